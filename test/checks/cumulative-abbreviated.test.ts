import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-lk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// KH năm | Quý III 2024 | Quý III 2023 | LK 2024 | LK 2023 | LK/KH | LK 2024/LK 2023
const LINES: (string | number)[][] = [
  ['I', 'Tổng kinh phí', 5000, 1500, 1300, 3500, 3100, 70.0, 112.9],
  ['1', 'Khuyến công quốc gia', 2000, 600, 500, 1500, 1200, 75.0, 125.0],
  ['-', 'Hỗ trợ máy móc thiết bị', 2000, 600, 500, 1500, 1200, 75.0, 125.0],
  ['2', 'Khuyến công địa phương', 3000, 900, 800, 2000, 1900, 66.7, 105.3],
  ['-', 'Đào tạo nghề', 1000, 300, 250, 700, 600, 70.0, 116.7],
  ['-', 'Xây dựng mô hình trình diễn', 2000, 600, 550, 1300, 1300, 65.0, 100.0],
];

/** A Nghệ An third-quarter form: a three-row header, "LK" for "lũy kế", two years compared as "LK 2024/LK 2023". */
async function form(name: string, cumulative: string, typo?: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'SỞ CÔNG THƯƠNG NGHỆ AN';
  ws.getCell('A3').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG QUÝ III NĂM 2024';
  ws.getCell('I4').value = 'Đơn vị tính: triệu đồng';
  ws.getRow(5).values = ['STT', 'Nội dung', 'KH năm 2024', 'Thực hiện', '', '', '', 'So sánh (%)', ''];
  ws.getRow(6).values = ['', '', '', 'Quý III', '', cumulative, '', '', ''];
  ws.getRow(7).values = ['', '', '', 'Năm 2024', 'Năm 2023', 'Năm 2024', 'Năm 2023', 'LK/KH', 'LK 2024/LK 2023'];
  for (const m of ['A5:A7', 'B5:B7', 'C5:C7', 'D5:G5', 'D6:E6', 'F6:G6', 'H5:I6']) ws.mergeCells(m);
  LINES.forEach((l, i) => { ws.getRow(8 + i).values = l; });
  if (typo !== undefined) ws.getCell('D12').value = typo;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('"LK" written for "lũy kế"', () => {
  it.each(['Lũy kế 9 tháng', 'LK 9 tháng'])('reads "%s" and "LK 2024/LK 2023" as the cumulative and its growth on last year: no finding', async (cumulative) => {
    const r = await reconcile([await form(`nghe-an-${cumulative.length}.xlsx`, cumulative)]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const cols = r.inspections[0]!.sheets[0]!.layout!.columns;
    expect(cols.find((c) => c.header.endsWith('LK 2024/LK 2023'))).toMatchObject({ meaning: { kind: 'ratio', measure: 'ratio_prior', year: 2024 } });
    expect(cols.find((c) => c.header.includes('9 tháng Năm 2023'))).toMatchObject({ meaning: { kind: 'amount', measure: 'actual', year: 2023, period: { start: 1, end: 9 } } });
  });

  it('finds one line typed wrong, once, at its total', async () => {
    const r = await reconcile([await form('nghe-an-loi.xlsx', 'LK 9 tháng', 350)]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@D11']);
  });
});
