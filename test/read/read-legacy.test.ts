import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelNumber, type Row, type Workbook } from '../../src/read/grid.js';
import { readInput } from '../../src/read/read-input.js';

// The legacy formats are read by SheetJS into the same Grid as .xlsx (no LibreOffice).
const CORPUS = resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const at = (f: string) => join(CORPUS, f);

async function cells(wb: Workbook, sheet: string | number = 0): Promise<Map<string, Row[number]>> {
  const s = typeof sheet === 'number' ? wb.sheets[sheet]! : wb.sheets.find((x) => x.sheet === sheet)!;
  const out = new Map<string, Row[number]>();
  for await (const r of s.rows) for (const c of r) out.set(`${String.fromCharCode(64 + c.col)}${c.row}`, c);
  return out;
}

describe('Excel 97-2003 (.xls) through SheetJS', () => {
  it('keeps the TCVN3 fonts SheetJS does not expose, so H-font capitals are recovered', async () => {
    const wb = await readInput(at('vietnamese/mof_budget_Plan_2003.xls'), 'x');
    const c = await cells(wb);
    expect(c.get('A1')).toMatchObject({ value: 'Bé Tµi chÝnh', fontName: expect.stringMatching(/^\.Vn/) });
    expect(c.get('G9')).toMatchObject({ text: 'Tr.®ã: chi c.tr×nh', fontName: '.VnArialH' });
  });

  it('says which rows and columns are hidden, and keeps saved formula results and errors as saved', async () => {
    const wb = await readInput(at('vietnamese/mof_budget_Plan_2003.xls'), 'x');
    expect(wb.sheets[0]).toMatchObject({ hiddenCols: [8], hiddenRows: [16, 17] });
    const c = await cells(wb);
    expect(c.get('H17')).toMatchObject({ value: null, error: '#VALUE!', formula: 'SUM(H19:H23)' });
    expect(c.get('C16')).toMatchObject({ error: '#REF!', formula: 'SUM(C17,#REF!,#REF!)' });
    expect(c.get('C17')).toMatchObject({ value: 27156700, numFmt: expect.stringContaining('#,##0') });
  });

  it('turns a header centred across selection into the merge Excel shows', async () => {
    const wb = await readInput(at('vietnamese/mof_budget_Plan_2011.xls'), 'x');
    const m09 = wb.sheets.find((s) => s.sheet === 'M09(R)')!;
    expect(m09.merges).toContainEqual({ top: 9, left: 8, bottom: 9, right: 10 });
    expect(m09.merges).toContainEqual({ top: 8, left: 6, bottom: 8, right: 10 });
  });

  it('reads BIFF5 with code page 1258 and its number formats', async () => {
    const wb = await readInput(at('vietnamese/sheetjs_biff5_number_format_vietnamese_cp1258.xls'), 'x');
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['Implied', 'ImpliedNegative', '2011', 'Miscellany', 'SSF']);
    const c = await cells(wb);
    expect(c.get('B3')).toMatchObject({ value: 12345.6789, numFmt: '0' });
    expect(c.get('B4')).toMatchObject({ numFmt: '0.00' });
  });

  it('rounds stored doubles to the 15 digits Excel shows', async () => {
    expect(excelNumber(20030299999.999996)).toBe(20030300000);
    expect(excelNumber(0.1 + 0.2)).toBe(0.3);
    expect(excelNumber(193258.077844)).toBe(193258.077844);
    // Half up from the shortest form, as LibreOffice and Excel show it: …5825 → …583.
    expect(excelNumber(759939.5203995825)).toBe(759939.520399583);
    // Whole numbers up to 15 digits and short forms stand as stored; a 16th digit is rounded away.
    expect([excelNumber(999_999_999_999_999), excelNumber(-123456789012345), excelNumber(1.5e-7), excelNumber(0.12345678901234)]).toEqual([999_999_999_999_999, -123456789012345, 1.5e-7, 0.12345678901234]);
    expect([excelNumber(1234567890123456), excelNumber(-1234567890123456), excelNumber(1.0000000000000002)]).toEqual([1234567890123460, -1234567890123460, 1]);
    const c = await cells(await readInput(at('vietnamese/mof_budget_Plan_2016.xls'), 'x'), 'M03');
    expect(c.get('C10')!.value).toBe(1014499.6);
  });

  it('says password-protected for an encrypted .xls', async () => {
    await expect(readInput(at('spreadsheets/sheetjs_password_2002_40_xor.xls'), 'x')).rejects.toMatchObject({ code: 'file-unreadable', params: { reason: expect.stringMatching(/^password-protected/) } });
  });
});

describe('OpenDocument through SheetJS', () => {
  it('reads .ods merges and flat .fods numbers', async () => {
    const ods = await readInput(at('spreadsheets/calamine_merged_cells_libreoffice.ods'), 'x');
    expect(ods.sheets[0]!.merges.length).toBeGreaterThan(0);
    const fods = await cells(await readInput(at('spreadsheets/sheetjs_LO7322_all_formats.fods'), 'x'));
    expect(fods.get('A1')).toMatchObject({ value: 1.2345 });
    expect(fods.get('B1')).toMatchObject({ value: 'Number' });
  });
});
