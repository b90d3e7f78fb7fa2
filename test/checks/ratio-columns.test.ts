import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { formatDec } from '../../src/ledger/money.js';

const dir = mkdtempSync(join(tmpdir(), 'br-ratio-cols-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES: Array<[string, number, number, number]> = [['Đào tạo nghề', 650.5, 400.75, 380], ['Mô hình trình diễn', 1200, 850, 900.5], ['Máy móc thiết bị', 2100.3, 1600, 1400], ['Hội chợ triển lãm', 300, 150, 200]];

/**
 * A form as Excel writes it: "So sánh (%)" over "Lũy kế/KH năm" (a 0.0% fraction) and
 * "Tăng trưởng" (this year ÷ last year × 100 − 100, stored to 15 digits, shown "0.0"). `shown`
 * overrides the growth of one row as a typed value.
 */
async function form(name: string, growthOverride?: { row: number; value: number }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 01');
  ws.getCell('A1').value = 'SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI';
  ws.getCell('A2').value = 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024';
  ws.getCell('F3').value = 'ĐVT: Triệu đồng';
  ws.getRow(4).values = ['STT', 'Nội dung', 'KH năm 2024', 'Lũy kế 9 tháng', '', 'So sánh (%)', ''];
  ws.getRow(5).values = ['', '', '', 'Năm 2024', 'Năm 2023', 'Lũy kế/KH năm', 'Tăng trưởng'];
  ws.mergeCells('D4:E4');
  ws.mergeCells('F4:G4');
  LINES.forEach(([label, plan, act, prior], i) => {
    const r = 6 + i;
    ws.getRow(r).values = [i + 1, label, plan, act, prior];
    ws.getCell(`F${r}`).value = { formula: `D${r}/C${r}`, result: act / plan };
    ws.getCell(`F${r}`).numFmt = '0.0%';
    const g = growthOverride?.row === r ? growthOverride.value : { formula: `D${r}/E${r}*100-100`, result: (act / prior) * 100 - 100 };
    ws.getCell(`G${r}`).value = g;
    ws.getCell(`G${r}`).numFmt = '0.0';
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('percentage columns read as Excel shows them, and judged by their figures', () => {
  it('reads "Tăng trưởng" as the growth on last year and judges each percentage on the value its format shows', async () => {
    const { report, ledger } = await reconcile([await form('quang-ngai.xlsx')]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const growth = ledger.entries.filter((e) => e.measure === 'growth_prior').map((e) => formatDec(e.amount));
    // 400.75 ÷ 380 × 100 − 100 = 5.4605… shown "5.5"; 850 ÷ 900.5 → −5.6; 1600 ÷ 1400 → 14.3; 150 ÷ 200 → −25.
    expect(growth).toEqual(['5.5', '-5.6', '14.3', '-25']);
    expect(ledger.entries.filter((e) => e.measure === 'pct_of_plan').map((e) => formatDec(e.amount))).toEqual(['61.6', '70.8', '76.2', '50']);
  });

  it('still reports one mistyped percentage in a column its other rows bear out', async () => {
    const { report } = await reconcile([await form('quang-ngai-typo.xlsx', { row: 8, value: 41.3 })]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`)).toEqual(['growth-prior-mismatch@G8']);
  });
});
