import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { formatDec } from '../../src/ledger/money.js';

const dir = mkdtempSync(join(tmpdir(), 'br-count-money-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, unit: string, ...figures: Array<number | null>];

/**
 * An annex as a Sở writes it: a per-row ĐVT for the counts, "Số lượng | Kinh phí (tr.đ)" under
 * each period ("Quý III", "Lũy kế 9 tháng"), a numbering row that declares the percentage "10=9/5".
 */
async function annex(name: string, lines: Line[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phu luc 1');
  ws.getCell('A1').value = 'UBND TỈNH QUẢNG NGÃI\nSỞ CÔNG THƯƠNG';
  ws.getCell('A3').value = 'TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG QUÝ III NĂM 2024';
  ws.getRow(6).values = ['TT', 'Nội dung', 'ĐVT', 'Kế hoạch năm 2024', null, 'Thực hiện', null, null, null, 'Tỷ lệ TH lũy kế/KH (%)'];
  ws.getRow(7).values = [null, null, null, null, null, 'Quý III', null, 'Lũy kế 9 tháng', null, null];
  ws.getRow(8).values = [null, null, null, 'Số lượng', 'Kinh phí (tr.đ)', 'Số lượng', 'Kinh phí (tr.đ)', 'Số lượng', 'Kinh phí (tr.đ)', null];
  ws.getRow(9).values = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10=9/5'];
  for (const m of ['A6:A8', 'B6:B8', 'C6:C8', 'D6:E7', 'F6:I6', 'F7:G7', 'H7:I7', 'J6:J8']) ws.mergeCells(m);
  lines.forEach((l, i) => {
    const r = 10 + i;
    ws.getRow(r).values = l;
    const [plan, done] = [l[4] as number, l[8] as number];
    ws.getCell(`J${r}`).value = { formula: `I${r}/E${r}*100`, result: (done / plan) * 100 };
    ws.getCell(`J${r}`).numFmt = '0.0';
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const LINES: Line[] = [
  ['', 'TỔNG CỘNG', '', null, 3600, null, 800, null, 2350],
  ['A', 'KHUYẾN CÔNG QUỐC GIA', '', null, 1200, null, 300, null, 900],
  ['1', 'Đào tạo nghề', 'lao động', 150, 450, 50, 100, 120, 360],
  ['2', 'Mô hình trình diễn kỹ thuật', 'mô hình', 2, 750, 1, 200, 1, 540],
  ['B', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', '', null, 2400, null, 500, null, 1450],
  ['1', 'Hỗ trợ máy móc thiết bị', 'cơ sở', 12, 1800, 3, 400, 8, 1200],
  ['2', 'Hội chợ triển lãm', 'hội chợ', 2, 600, 1, 100, 1, 250],
];

describe('counts and money in pairs under each period, a ĐVT per row', () => {
  it('reads the row\'s ĐVT for its counts and the header\'s unit for its money: no finding', async () => {
    const { report, ledger } = await reconcile([await annex('good.xlsx', LINES)]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const at = (cell: string) => ledger.entries.find((e) => e.source.cell === cell)!;
    expect([at('D12').unit, formatDec(at('D12').amount)]).toEqual(['lao động', '150']);
    expect([at('E12').unit, formatDec(at('E12').amount)]).toEqual(['VND', '450000000']);
    expect([at('I13').unit, at('I13').period]).toEqual(['VND', '01-09']);
    expect(at('G13').period).toBe('07-09');
  });

  it('finds a wrong line once, at its programme\'s total', async () => {
    const bad = LINES.map((l) => [...l]) as Line[];
    bad[2]![8] = 380;
    const { report } = await reconcile([await annex('bad.xlsx', bad)]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@I11']);
  });
});

/** A Kiên Giang form: "Số lượng | Kinh phí" under the plan, the actual and the percentage of plan alike. */
async function rates(name: string, lines: Array<[string, string, string, number | null, number, number | null, number, number | null, number]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nam 2024');
  ws.getCell('A1').value = 'UBND TỈNH KIÊN GIANG';
  ws.getCell('A2').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG NĂM 2024';
  ws.getCell('A3').value = 'ĐVT kinh phí: triệu đồng';
  ws.getRow(4).values = ['TT', 'Nội dung', 'ĐVT', 'Kế hoạch năm 2024', null, 'Thực hiện năm 2024', null, 'Tỷ lệ TH/KH (%)', null];
  ws.getRow(5).values = [null, null, null, 'Số lượng', 'Kinh phí', 'Số lượng', 'Kinh phí', 'Số lượng', 'Kinh phí'];
  for (const m of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:I4']) ws.mergeCells(m);
  lines.forEach((l, i) => { ws.getRow(6 + i).values = l; });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('"Tỷ lệ TH/KH (%)" over "Số lượng | Kinh phí"', () => {
  const lines = (modelRate: number) => [
    ['1', 'Đào tạo nghề', 'lao động', 300, 1200, 210, 850, 70, 70.83],
    ['2', 'Mô hình trình diễn', 'mô hình', 3, 2500, 2, 1800, modelRate, 72],
    ['', 'Tổng cộng', '', null, 3700, null, 2650, null, 71.62],
  ] as Array<[string, string, string, number | null, number, number | null, number, number | null, number]>;

  it('are two percentages, of the counts and of the money: no collision, no finding', async () => {
    const { report, ledger } = await reconcile([await rates('rates.xlsx', lines(66.67))]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const at = (cell: string) => ledger.entries.find((e) => e.source.cell === cell)!;
    expect([at('H7').ratioOf, at('I7').ratioOf]).toEqual(['mô hình', 'VND']);
  });

  it('a count percentage typed wrong is one error at it', async () => {
    const { report } = await reconcile([await rates('rates-bad.xlsx', lines(33.33))]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['percent-of-plan-mismatch@H7']);
  });
});
