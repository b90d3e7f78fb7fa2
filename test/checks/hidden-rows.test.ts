import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { DOUBT } from '../../src/ledger/doubt.js';

const dir = mkdtempSync(join(tmpdir(), 'br-hidden-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, plan: number, actual: number, hidden?: boolean];

/** A one-programme form in đồng whose rows may be hidden, as Excel writes it. */
async function form(name: string, lines: Line[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC 9T');
  ws.getCell('A1').value = 'SỞ CÔNG THƯƠNG BÌNH ĐỊNH';
  ws.getCell('A2').value = 'BÁO CÁO KINH PHÍ KHUYẾN CÔNG ĐỊA PHƯƠNG 9 THÁNG NĂM 2024';
  ws.getCell('D3').value = 'Đơn vị tính: đồng';
  ws.getRow(4).values = ['TT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'];
  lines.forEach(([stt, label, plan, actual, hidden], i) => {
    const row = ws.getRow(5 + i);
    row.values = [stt, label, plan, actual];
    if (hidden) row.hidden = true;
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const errorsAndWarnings = async (path: string) => (await reconcile([path])).report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`);

describe('rows the file hides', () => {
  it('marks the figures of a hidden row, and reads a hidden check row under the table as no part of it', async () => {
    const path = await form('check-row.xlsx', [
      ['', 'Tổng cộng', 1_500_000_000, 900_000_000],
      ['1', 'Đào tạo nghề', 500_000_000, 300_000_000],
      ['2', 'Tư vấn, trợ giúp', 1_000_000_000, 600_000_000],
      ['-', 'Tư vấn lập dự án', 600_000_000, 400_000_000],
      ['-', 'Tư vấn marketing', 400_000_000, 200_000_000],
      ['', 'Kiểm tra', 1_500_000_000, 900_000_000, true],
    ]);
    const { report, ledger } = await reconcile([path]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const hidden = ledger.entries.filter((e) => ((e.doubt ?? 0) & DOUBT.rowHidden) !== 0).map((e) => e.source.cell);
    expect(hidden).toEqual(['C10', 'D10']);
  });

  it('takes a typed total over the lines as printed: a superseded line hidden in the section is left out', async () => {
    expect(await errorsAndWarnings(await form('superseded.xlsx', [
      ['', 'Tổng cộng', 1_500_000_000, 900_000_000],
      ['1', 'Đào tạo nghề', 500_000_000, 300_000_000],
      ['2', 'Mô hình trình diễn (số cũ)', 700_000_000, 100_000_000, true],
      ['2', 'Mô hình trình diễn', 1_000_000_000, 600_000_000],
    ]))).toEqual([]);
  });

  it('and a total that counts the hidden line (Excel\'s SUM over the range) holds as well; a visible fault is still one error', async () => {
    expect(await errorsAndWarnings(await form('counted.xlsx', [
      ['', 'Tổng cộng', 1_500_000_000, 900_000_000],
      ['1', 'Đào tạo nghề', 500_000_000, 300_000_000],
      ['2', 'Hội chợ', 0, 100_000_000, true],
      ['3', 'Mô hình trình diễn', 1_000_000_000, 500_000_000],
    ]))).toEqual([]);
    expect(await errorsAndWarnings(await form('fault.xlsx', [
      ['', 'Tổng cộng', 1_500_000_000, 900_000_000],
      ['1', 'Đào tạo nghề', 500_000_000, 300_000_000],
      ['2', 'Mô hình trình diễn (số cũ)', 700_000_000, 100_000_000, true],
      ['2', 'Mô hình trình diễn', 1_000_000_000, 650_000_000],
    ]))).toEqual(['sum-mismatch@D5']);
  });
});
