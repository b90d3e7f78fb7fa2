import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-count-money-groups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// [STT, label, ĐVT, KCQG (plan n, plan money, done n, done money), KCĐP (same)]
type Line = [string, string, string, number[], number[]];
const LINES: Line[] = [
  ['1', 'Đào tạo nghề, truyền nghề', 'Lớp', [2, 300, 1, 150], [6, 600, 4, 420]],
  ['1.1', 'Đào tạo nghề mây tre đan', 'Lớp', [1, 150, 1, 150], [3, 300, 2, 220]],
  ['1.2', 'Đào tạo nghề may công nghiệp', 'Lớp', [1, 150, 0, 0], [3, 300, 2, 200]],
  ['2', 'Xây dựng mô hình trình diễn kỹ thuật', 'Mô hình', [2, 1200, 1, 500], [1, 400, 1, 380]],
  ['3', 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến', 'Cơ sở', [4, 1000, 3, 760], [10, 1500, 7, 1010]],
];

/**
 * A Sở's 9-month form: "Tổng số | Khuyến công quốc gia | Khuyến công địa phương" over "Kế hoạch
 * năm 2024 | Lũy kế đến 30/9/2024" over "Số lượng | Kinh phí", the unit of money only in the
 * title, a ĐVT per row for the counts, STT 1 / 1.1.
 */
async function form(name: string, typo?: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 01');
  ws.getCell('A1').value = 'UBND TỈNH PHÚ YÊN';
  ws.getCell('A2').value = 'SỞ CÔNG THƯƠNG';
  ws.getCell('A4').value = 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024';
  ws.getCell('N5').value = 'Đơn vị tính: triệu đồng';
  const periods = ['Kế hoạch năm 2024', null, 'Lũy kế đến 30/9/2024', null];
  ws.getRow(6).values = ['TT', 'Nội dung', 'ĐVT', 'Tổng số', null, null, null, 'Khuyến công quốc gia', null, null, null, 'Khuyến công địa phương', null, null, null];
  ws.getRow(7).values = [null, null, null, ...periods, ...periods, ...periods];
  ws.getRow(8).values = [null, null, null, ...Array(6).fill(['Số lượng', 'Kinh phí']).flat()];
  ws.getRow(9).values = ['1', '2', '3', '4', '5=9+13', '6', '7=11+15', '8', '9', '10', '11', '12', '13', '14', '15'];
  for (const m of ['A6:A8', 'B6:B8', 'C6:C8', 'D6:G6', 'H6:K6', 'L6:O6', 'D7:E7', 'F7:G7', 'H7:I7', 'J7:K7', 'L7:M7', 'N7:O7']) ws.mergeCells(m);
  const row = (stt: string, label: string, unit: string, qg: number[], dp: number[]) => [stt, label, unit, ...qg.map((v, i) => v + dp[i]!), ...qg, ...dp];
  LINES.forEach((l, i) => { ws.getRow(10 + i).values = row(...l); });
  const top = LINES.filter((l) => !l[0].includes('.'));
  const sum = (k: 3 | 4) => [0, 1, 2, 3].map((i) => top.reduce((a, l) => a + l[k][i]!, 0));
  ws.getRow(10 + LINES.length).values = row('', 'Cộng', '', sum(3), sum(4));
  if (typo !== undefined) ws.getCell('O14').value = typo;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const found = async (path: string) => (await reconcile([path])).report.findings.map((f) => `${f.code}@${f.location.cell}`);

describe('"Số lượng | Kinh phí" under each period, programmes as column groups', () => {
  it('reads counts in the row\'s ĐVT and money in the title\'s unit: no collision, no false warning', async () => {
    const r = await reconcile([await form('phu-yen-9t2024.xlsx')]);
    expect(r.report.findings.map((f) => f.code)).toEqual([]);
    const at = (cell: string) => r.ledger.entries.find((e) => e.source.cell === cell)!;
    expect(at('J14')).toMatchObject({ measure: 'actual', period: '01-09', program: 'KCQG', unit: 'Cơ sở' });
    expect(at('K14')).toMatchObject({ measure: 'actual', period: '01-09', program: 'KCQG', unit: 'VND' });
    expect(at('D10')).toMatchObject({ measure: 'plan', unit: 'Lớp' });
    // The total row's counts (of lớp, mô hình and cơ sở together) have no ĐVT: a count, never money.
    expect(at('D15')).toMatchObject({ measure: 'plan', unit: 'Số lượng' });
  });

  it('finds one figure typed wrong, at it', async () => {
    expect(await found(await form('phu-yen-9t2024-loi.xlsx', 1100))).toEqual(['figure-mismatch@O14']);
  });
});
