import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-short-part-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// STT | Nội dung | KH năm | TH: Tổng số | Trong đó KCQG | KCĐP | Tỷ lệ
const LINES: (string | number)[][] = [
  ['1', 'Đào tạo nghề, truyền nghề', 600, 250, 0, 250, 41.7],
  ['2', 'Mô hình trình diễn kỹ thuật', 1500, 800, 800, 0, 53.3],
  ['3', 'Ứng dụng máy móc thiết bị', 2400, 1100, 300, 800, 45.8],
  ['4', 'Hội chợ, triển lãm', 500, 150, 0, 150, 30.0],
  ['5', 'Thông tin tuyên truyền', 200, 80, 0, 80, 40.0],
  ['', 'Tổng cộng', 5200, 2380, 1100, 1280, 45.8],
];

/** A Sóc Trăng half-year form: "Thực hiện" over "Tổng số | Trong đó: KCQG | KCĐP", the two programmes adding up to the whole on every row. */
async function form(name: string, typo?: [string, number], partial = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('BC 6T');
  ws.getCell('A1').value = 'UBND TỈNH SÓC TRĂNG';
  ws.getCell('A3').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2024';
  ws.getCell('G4').value = 'ĐVT: Triệu đồng';
  ws.getRow(5).values = ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 6 tháng đầu năm 2024', '', '', 'Tỷ lệ TH/KH (%)'];
  ws.getRow(6).values = ['', '', '', 'Tổng số', 'Trong đó', '', ''];
  ws.getRow(7).values = ['', '', '', '', 'KCQG', 'KCĐP', ''];
  for (const m of ['A5:A7', 'B5:B7', 'C5:C7', 'D5:F5', 'D6:D7', 'E6:F6', 'G5:G7']) ws.mergeCells(m);
  LINES.forEach((l, i) => { ws.getRow(8 + i).values = l; });
  // A breakdown partial in fact: the first line's KCĐP left out on two rows.
  if (partial) for (const c of ['F8', 'F11']) ws.getCell(c).value = 0;
  if (partial) ws.getCell('F13').value = 880;
  if (typo) ws.getCell(typo[0]).value = typo[1];
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const codes = async (path: string) => (await reconcile([path])).report.findings.map((f) => `${f.code}@${f.location.cell}`);

describe('a part of a "Trong đó" column group typed too low', () => {
  it('is one figure-mismatch at the part where the group adds up to its whole on every other row', async () => {
    expect(await codes(await form('soc-trang.xlsx'))).toEqual([]);
    expect(await codes(await form('soc-trang-loi.xlsx', ['F10', 600]))).toEqual(['figure-mismatch@F10']);
  });

  it('stays a sum-mismatch at the column total where the group is partial on other rows', async () => {
    expect(await codes(await form('soc-trang-partial.xlsx', ['F10', 600], true))).toEqual(['sum-mismatch@F13']);
  });
});
