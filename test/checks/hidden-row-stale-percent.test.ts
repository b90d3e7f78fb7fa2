import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-hidden-pct-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, plan: number, actual: number, prior: number, pct: number, yoy: number, hidden?: boolean];

/** A Sóc Trăng form with "Tỷ lệ (%)" and "So với cùng kỳ (%)" columns; some rows hidden, as Excel writes them. */
async function form(name: string, lines: Line[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Quy III');
  ws.getCell('A1').value = 'UBND TỈNH SÓC TRĂNG';
  ws.getCell('A2').value = 'BÁO CÁO THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024';
  ws.getCell('A3').value = 'ĐVT: trđ';
  ws.getRow(4).values = ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023', 'Tỷ lệ TH/KH (%)', 'So với cùng kỳ (%)'];
  lines.forEach(([stt, label, plan, actual, prior, pct, yoy, hidden], i) => {
    const row = ws.getRow(5 + i);
    row.values = [stt, label, plan, actual, prior, pct, yoy];
    if (hidden) row.hidden = true;
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const LINES: Line[] = [
  ['', 'Tổng cộng', 1000, 700, 500, 70, 140],
  ['1', 'Đào tạo nghề', 400, 300, 200, 75, 150],
  ['2', 'Hỗ trợ máy móc thiết bị', 600, 400, 300, 67, 133],
];

const found = async (path: string) => (await reconcile([path])).report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`);

describe('percentages on a row the file hides', () => {
  it('that miss are a working line, not what the report shows: one reading-uncertain, no error', async () => {
    const path = await form('soc-trang.xlsx', [...LINES, ['', 'Dòng tạm', 1, 2, 3, 6, 7, true]]);
    expect(await found(path)).toEqual(['reading-uncertain@F8']);
  });

  it('the same row shown is checked as any other: its two errors', async () => {
    const path = await form('soc-trang-hien.xlsx', [...LINES, ['', 'Dòng tạm', 1, 2, 3, 6, 7]]);
    expect(await found(path)).toEqual(expect.arrayContaining(['percent-of-plan-mismatch@F8', 'ratio-prior-mismatch@G8']));
  });

  it('a visible percentage typed wrong is still an error beside a hidden row that holds', async () => {
    const lines = LINES.map((l) => [...l] as Line);
    lines[1]![5] = 57;
    const path = await form('soc-trang-loi.xlsx', [...lines, ['', 'Dòng tạm', 100, 50, 25, 50, 200, true]]);
    expect(await found(path)).toEqual(['percent-of-plan-mismatch@F6']);
  });
});

describe('a hidden working row under the last line', () => {
  const lines = (done: number, pct: number, yoy: number): Line[] => [
    ['', 'Tổng cộng', 1000, 700, 500, 70, 140],
    ['I', 'Khuyến công quốc gia', 400, done, 200, pct, yoy],
    ['1', 'Đào tạo nghề', 400, 300, 200, 75, 150],
    ['II', 'Khuyến công địa phương', 600, 400, 300, 67, 133],
    ['1', 'Hỗ trợ máy móc thiết bị', 600, 400, 300, 67, 133],
    ['', 'Dòng tạm', 1, 2, 3, 6, 7, true],
  ];

  it('is no part of what the line above it stands for: a section subtotal typed wrong is one sum-mismatch at it, not again at the total', async () => {
    const path = await form('soc-trang-muc-loi.xlsx', lines(350, 88, 175));
    expect((await found(path)).filter((c) => !c.startsWith('reading-uncertain'))).toEqual(['sum-mismatch@D6']);
  });
});
