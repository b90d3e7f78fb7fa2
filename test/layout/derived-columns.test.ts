import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-derived-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [label: string, ...figures: number[]];

/**
 * A form as an office writes it in Excel: no STT, programmes as column groups under each measure,
 * totals as formulas with cached values, a last column worked out from two others.
 */
async function form(name: string, lastHeader: string, hideLast: boolean, lines: Line[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 01');
  ws.getCell('A1').value = 'SỞ CÔNG THƯƠNG TỈNH THÁI BÌNH';
  ws.getCell('A2').value = 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2025';
  ws.getCell('F3').value = 'Đơn vị tính: triệu đồng';
  ws.getRow(4).values = ['Nội dung', 'Kế hoạch năm 2025', null, null, 'Thực hiện 6 tháng', null, null, lastHeader];
  ws.getRow(5).values = [null, 'KCQG', 'KCĐP', 'Tổng cộng', 'KCQG', 'KCĐP', 'Tổng cộng', null];
  for (const m of ['A4:A5', 'B4:D4', 'E4:G4', 'H4:H5']) ws.mergeCells(m);
  lines.forEach(([label, ...f], i) => {
    const r = 6 + i;
    ws.getRow(r).values = [label, f[0], f[1], { formula: `B${r}+C${r}`, result: f[0]! + f[1]! }, f[2], f[3], { formula: `E${r}+F${r}`, result: f[2]! + f[3]! }, { formula: `G${r}-D${r}`, result: f[2]! + f[3]! - f[0]! - f[1]! }];
    if (i > 0) ws.getCell(`A${r}`).alignment = { indent: 1 };
  });
  if (hideLast) ws.getColumn(8).hidden = true;
  ws.getRow(6 + lines.length + 1).values = ['Ghi chú: Số liệu chưa bao gồm kinh phí sự nghiệp.'];
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const LINES: Line[] = [
  ['TỔNG CỘNG', 1000, 2000, 400, 900],
  ['Đào tạo nghề', 300, 500, 100, 200],
  ['Mô hình trình diễn', 400, 0, 200, 0],
  ['Hỗ trợ máy móc thiết bị', 300, 1200, 100, 600],
  ['Hội chợ triển lãm', 0, 300, 0, 100],
];

describe('columns worked out from others, and columns the file hides', () => {
  it.each([
    ['a difference column, shown', 'Chênh lệch', false, 'column-derived'],
    ['what is left, shown', 'Kinh phí còn lại', false, 'column-derived'],
    ['a difference against last year, without %', 'Tăng (+), giảm (-) so với cùng kỳ', false, 'column-derived'],
    ['a working column the file hides', 'Cột phụ', true, 'column-hidden'],
  ])('%s: read as no fact of its own, never a budget line', async (_, header, hidden, code) => {
    const path = await form(`${header.replace(/\W+/g, '-')}-${hidden}.xlsx`, header, hidden, LINES);
    const { report, ledger, inspections } = await reconcile([path]);
    expect(report.findings.map((f) => `${f.severity} ${f.code}@${f.location.cell}`)).toEqual([`info ${code}@H5`]);
    expect(ledger.entries.filter((e) => e.source.column === 8)).toEqual([]);
    // 5 rows × 6 figure columns: plans and actuals only, none a "value" of a line named by the header.
    expect(ledger.entries).toHaveLength(30);
    expect(new Set(ledger.entries.map((e) => e.measure))).toEqual(new Set(['plan', 'actual']));
    // A table without STT: each line placed by its label, as a guess that says so.
    const roles = inspections[0]!.sheets[0]!.stats?.roles ?? [];
    expect(roles.find((r) => r.label === 'Đào tạo nghề')).toMatchObject({ certainty: 'weak', evidence: { key: 'row-no-stt' } });
  });

  it('still finds a wrong figure beside such a column', async () => {
    const bad = LINES.map((l) => [...l]) as Line[];
    bad[1]![4] = 250;
    const { report } = await reconcile([await form('bad.xlsx', 'Chênh lệch', true, bad)]);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.cell}`);
    // The KCĐP actual of one line 50 too high: the column's total no longer holds.
    expect(errors).toContain('sum-mismatch@F6');
  });
});
