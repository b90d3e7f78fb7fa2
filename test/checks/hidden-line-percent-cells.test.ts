import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-hidden-line-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, plan: number, done: number, prior: number];
const LINES: Line[] = [
  ['I', 'Khuyến công quốc gia', 1200, 480.3, 400.1],
  ['1', 'Mô hình trình diễn', 800, 320.2, 300],
  ['2', 'Máy móc thiết bị', 400, 160.1, 100.1],
  ['II', 'Khuyến công địa phương', 1800, 690.6, 620],
  ['1', 'Đào tạo nghề', 600, 230.3, 200],
  ['(cũ) 1', 'Đào tạo nghề (số cũ)', 500, 999, 999],
  ['2', 'Máy móc thiết bị', 1200, 460.3, 420],
  ['', 'Tổng cộng', 3000, 1170.9, 1020.1],
];

/**
 * A Thái Nguyên form: the unit in each header, "TH/KH" and "So cùng kỳ" without "(%)" over
 * formulas formatted "0.0%", a superseded line kept on a hidden row, a total with float noise.
 */
async function form(name: string, typo?: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'SỞ CÔNG THƯƠNG THÁI NGUYÊN';
  ws.getCell('A2').value = 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2024';
  ws.getRow(4).values = ['STT', 'Nội dung', 'KH năm 2024 (triệu đồng)', 'TH 6 tháng 2024 (triệu đồng)', 'TH 6 tháng 2023 (triệu đồng)', 'TH/KH', 'So cùng kỳ'];
  LINES.forEach((l, i) => {
    const r = 5 + i;
    const row = ws.getRow(r);
    row.values = l;
    if (l[0] === '(cũ) 1') row.hidden = true;
    if (l[1] === 'Tổng cộng') row.getCell(4).value = { formula: 'D5+D8', result: 480.3 + 690.6 };
    row.getCell(6).value = { formula: `D${r}/C${r}`, result: l[3] / l[2] };
    row.getCell(7).value = { formula: `D${r}/E${r}`, result: l[3] / l[4] };
    row.getCell(6).numFmt = '0.0%';
    row.getCell(7).numFmt = '0.0%';
  });
  if (typo !== undefined) ws.getCell('D9').value = typo;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a superseded line on a hidden row, percentages named without "(%)"', () => {
  it('reads "TH/KH" and "So cùng kỳ" over percentage cells as the percentages they name, and warns of nothing on the hidden line', async () => {
    const r = await reconcile([await form('thai-nguyen.xlsx')]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const cols = r.inspections[0]!.sheets[0]!.layout!.columns;
    expect(cols.find((c) => c.header === 'TH/KH')).toMatchObject({ meaning: { kind: 'ratio', measure: 'pct_of_plan' }, certainty: 'certain' });
    expect(cols.find((c) => c.header === 'So cùng kỳ')).toMatchObject({ meaning: { kind: 'ratio', measure: 'ratio_prior' } });
  });

  it('finds a line typed wrong at the line, its total checked over the rows the page shows', async () => {
    const r = await reconcile([await form('thai-nguyen-loi.xlsx', 236.3)]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['figure-total-ratios-mismatch@D9']);
    expect(r.report.findings[0]!.expected).toBe('230300000');
  });
});
