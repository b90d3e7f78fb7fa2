import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { buildConference } from '../../src/ledger/conference.js';
import { renderXlsx } from '../../src/reporters/xlsx.js';
import { renderText } from '../../src/reporters/text.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

async function workbook(paths: string[], lang: 'en' | 'vi', prior?: string[], unit?: 'trieu' | 'ty' | 'dong') {
  const { report, ledger } = await reconcile(paths, { lang }, prior ? { prior } : {});
  const wb = await load(await renderXlsx(report, buildConference(ledger), { unit, linkBase: process.cwd() }));
  return { wb, report, ledger };
}

/** Independent recomputation: the province forms' programme subtotal rows, summed as bigints. */
function formSum(entries: LedgerEntry[], program: string, measure: string, year: number): bigint {
  return entries
    .filter((e) => !e.prior && e.provinceCode && !e.source.file.includes('tong-hop') && e.program === program && e.measure === measure && e.year === year && e.level === 'subtotal' && e.line === '' && e.unit === 'VND')
    .reduce((a, e) => a + e.amount.units * 10n ** BigInt(-e.amount.scale), 0n);
}

const formulaOf = (c: ExcelJS.Cell) => c.value as { formula: string; result: number | string };

describe('summary workbook: conference tables', () => {
  it('Kinh phí: provinces under their region, SUM formulas whose cached values equal an exact recomputation from the forms', async () => {
    const { wb, ledger } = await workbook(['fixtures/region/2024'], 'vi', ['fixtures/region/2023']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kinh phí', 'Nội dung', 'Chỉ tiêu', 'Đối chiếu', 'Phát hiện', 'Tệp']);
    const ws = wb.getWorksheet('Kinh phí')!;
    expect(ws.getCell('A1').value).toBe('TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG 9 THÁNG NĂM 2024');
    // The region the regional summary's title names ("… KHU VỰC BẮC TRUNG BỘ"), not an inferred one.
    expect(ws.getCell('A2').value).toBe('Khu vực Bắc Trung Bộ');
    expect(ws.getCell('B7').value).toBe('Khu vực Bắc Trung Bộ');
    expect(ws.getCell('A3').value).toBe('Đơn vị tính: triệu đồng');
    expect([ws.getCell('C4').value, ws.getCell('C5').value, ws.getCell('D5').value, ws.getCell('E5').value]).toEqual(['Kế hoạch năm 2024', 'KCQG', 'KCĐP', 'Cộng']);
    expect(ws.getCell('F4').value).toBe('Thực hiện 9 tháng năm 2024');
    // Row 6 is the grand total, row 7 the region, rows 8–13 its six provinces.
    expect([ws.getCell('B6').value, ws.getCell('A7').value, ws.getCell('A8').value, ws.getCell('B8').value]).toEqual(['TỔNG CỘNG', 'I', '1', 'Thanh Hóa']);
    const total = formulaOf(ws.getCell('C6'));
    expect(total.formula).toBe('SUM(C7)');
    expect(formulaOf(ws.getCell('C7')).formula).toBe('SUM(C8,C9,C10,C11,C12,C13)');
    const entries = ledger.entries;
    const expectM = (v: bigint) => Number(v / 1_000_000n);
    expect(total.result).toBe(expectM(formSum(entries, 'KCQG', 'plan', 2024)));
    expect(formulaOf(ws.getCell('D6')).result).toBe(expectM(formSum(entries, 'KCDP', 'plan', 2024)));
    expect(formulaOf(ws.getCell('E6')).result).toBe(expectM(formSum(entries, 'KCQG', 'plan', 2024) + formSum(entries, 'KCDP', 'plan', 2024)));
    expect(formulaOf(ws.getCell('G6')).result).toBe(expectM(formSum(entries, 'KCDP', 'actual', 2024)));
    // Same period last year, from the forms' "cùng kỳ" columns.
    expect(formulaOf(ws.getCell('L6')).result).toBe(expectM(formSum(entries, 'KCQG', 'actual', 2023)));
    // A province's Cộng is the SUM of its two programmes.
    expect(formulaOf(ws.getCell('E8')).formula).toBe('SUM(C8:D8)');
    // Percentages are live formulas, cached exactly.
    const pct = formulaOf(ws.getCell('K6'));
    expect(pct.formula).toBe('IF(OR(H6="",E6="",N(E6)=0),"",H6/E6*100)');
    const act = formSum(entries, 'KCQG', 'actual', 2024) + formSum(entries, 'KCDP', 'actual', 2024);
    const plan = formSum(entries, 'KCQG', 'plan', 2024) + formSum(entries, 'KCDP', 'plan', 2024);
    expect(pct.result).toBeCloseTo(Number((act * 10n ** 12n) / plan) / 1e10, 9);
    const growth = formulaOf(ws.getCell('T6'));
    const prior = formSum(entries, 'KCQG', 'actual', 2023) + formSum(entries, 'KCDP', 'actual', 2023);
    expect(growth.formula).toBe('IF(OR(H6="",N6="",N(N6)=0),"",(H6/N6-1)*100)');
    expect(growth.result).toBeCloseTo(Number(((act - prior) * 10n ** 12n) / prior) / 1e10, 9);
    expect(ws.getCell('C8').numFmt).toBe('#,##0');
    expect(ws.getCell('I8').numFmt).toBe('#,##0.0');
  });

  it('prints landscape on A4, one page wide, header rows repeated; frozen header; merged group headers', async () => {
    const { wb } = await workbook(['fixtures/region/2024'], 'vi');
    for (const name of ['Kinh phí', 'Nội dung', 'Chỉ tiêu', 'Đối chiếu', 'Phát hiện', 'Tệp']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      expect(ws.getCell('A4').value).toBe('STT');
    }
    const ws = wb.getWorksheet('Kinh phí')!;
    expect(ws.getCell('D4').isMerged).toBe(true);
    expect(ws.getCell('D4').master.address).toBe('C4');
  });

  it('uses no English word and never "KCDP" in a Vietnamese workbook', async () => {
    const { wb } = await workbook(['fixtures/region/faulty-2024'], 'vi', ['fixtures/region/2023']);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      // File names, codes and the findings' messages are data (checks/ words them); the workbook's own words are the rest.
      const col = Number(c.col);
      const message = (ws.name === 'Phát hiện' && col === 7) || (ws.name === 'Đối chiếu' && col === 11);
      if (typeof c.value === 'string' && !message && !/\.xlsx|^[a-z]+(-[a-z]+)+/.test(c.value)) texts.push(c.value);
    })));
    expect(texts.some((t) => t.includes('KCĐP'))).toBe(true);
    expect(texts.filter((t) => /KCDP|\b(error|warning|ok|form|summary|long|Total|Plan|Actual)\b/.test(t))).toEqual([]);
  });

  it('Đối chiếu: the regional summary\'s stated total beside the sum of the provinces, a mismatch highlighted with its finding', async () => {
    const { wb } = await workbook(['fixtures/region/faulty-2024'], 'vi', ['fixtures/region/2023']);
    const ws = wb.getWorksheet('Đối chiếu')!;
    const rows = ws.getRows(6, ws.rowCount - 5)!;
    const kcqgPlan = rows.find((r) => r.getCell(4).value === 'C8')!;
    expect(kcqgPlan.getCell(8).value).toBe(29534); // the summary's (faulty) KCQG plan
    // Every province: Thanh Hóa sent no form, so its figure is the summary's own row (5,807); the others' from their forms.
    const computed = 5807 + 5836 + 4761 + 6306 + 2002 + 4573;
    expect(kcqgPlan.getCell(9).value).toBe(computed);
    expect(formulaOf(kcqgPlan.getCell(10))).toEqual({ formula: 'IF(I' + kcqgPlan.number + '="","",H' + kcqgPlan.number + '-I' + kcqgPlan.number + ')', result: 29534 - computed });
    expect((kcqgPlan.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(kcqgPlan.getCell(11).value)).toContain('sum-mismatch');
    // Totals that agree within the rounding of the summary's tỷ đồng are not highlighted.
    const kcdpPlan = rows.find((r) => r.getCell(4).value === 'D8')!;
    expect((kcdpPlan.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFC7CE');
    expect(String(kcdpPlan.getCell(11).value)).toBe('Khớp');
    // The computed total row never copies the stated total.
    expect(formulaOf(wb.getWorksheet('Kinh phí')!.getCell('C6')).result).toBe(computed);
  });

  it('Phát hiện links each finding to its file and cell; Tệp gives status and layout in words', async () => {
    const { wb, report } = await workbook(['fixtures/region/faulty-2024'], 'vi');
    const ws = wb.getWorksheet('Phát hiện')!;
    const row = ws.getRows(6, ws.rowCount - 5)!.find((r) => r.getCell(3).value === 'percent-of-plan-mismatch')!;
    expect(row.getCell(2).value).toBe('Lỗi');
    const link = row.getCell(6).value as { text: string; hyperlink: string };
    expect(link.text).toBe('F10');
    expect(link.hyperlink).toMatch(/^file:\/\/\/.*40-Ngh%E1%BB%87%20An-2024-9thang\.xlsx#'Bao cao'!F10$/);
    const files = wb.getWorksheet('Tệp')!;
    expect(files.getCell('B6').value).toBe(report.files[0]!.file);
    expect(['Đạt', 'Có lỗi']).toContain(files.getCell('C6').value);
    expect(files.getCell('D6').value).toBe('Biểu mẫu tỉnh');
  });

  it('Nội dung and Chỉ tiêu: by activity per programme, and counts with % of plan', async () => {
    const { wb } = await workbook(['fixtures/samples'], 'en');
    const act = wb.getWorksheet('Activities')!;
    expect(act.getCell('B7').value).toBe('Đào tạo nghề, truyền nghề');
    const totalPlan = formulaOf(act.getCell('D6'));
    expect(totalPlan.formula).toMatch(/^SUM\(D7,D8,/);
    const targets = wb.getWorksheet('Targets')!;
    expect([targets.getCell('C6').value, targets.getCell('D6').value, targets.getCell('E6').value]).toEqual(['người', 3311, 1937]);
    expect(formulaOf(targets.getCell('F6')).result).toBeCloseTo((1937 / 3311) * 100, 10);
  });

  it('writes money in the unit asked for, with its number format', async () => {
    const { wb } = await workbook(['fixtures/region/2024'], 'vi', undefined, 'ty');
    const ws = wb.getWorksheet('Kinh phí')!;
    expect(ws.getCell('A3').value).toBe('Đơn vị tính: tỷ đồng');
    expect(ws.getCell('C8').value).toBe(5.807);
    expect(ws.getCell('C8').numFmt).toBe('#,##0.000');
  });
});

describe('text report', () => {
  it('groups by file and ends with the counts', async () => {
    const { report } = await reconcile(['fixtures/samples']);
    const text = renderText(report, { color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^fixtures\/samples\/dong-bac-2024-9m-loi\.csv {2}\(\d+ figures\)$/);
    expect(lines).toContain('1 file(s) without findings (122 figures)');
    expect(lines.at(-1)).toMatch(/^2 error\(s\), 0 warning\(s\), 0 info in 2 file\(s\); \d+ figure\(s\) read$/);
  });
});
