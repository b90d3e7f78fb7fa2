import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/read/read-input.js';
import type { Row, Workbook } from '../../src/read/grid.js';

// Real workbooks from many producers, copied into the repository (fixtures/corpus/SOURCES.md).
const CORPUS = resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus', 'spreadsheets');
const at = (f: string) => join(CORPUS, f);

async function rows(wb: Workbook, sheet = 0): Promise<Row[]> {
  const out: Row[] = [];
  for await (const r of wb.sheets[sheet]!.rows) out.push(r);
  return out;
}

describe('readWorkbook on real producers', () => {
  it('honours date1904="true" as LibreOffice writes it (exceljs reads these dates four years early)', async () => {
    const wb = await readInput(at('calamine_date_1904_libreoffice.xlsx'), 'x');
    const [r1] = await rows(wb);
    expect(r1![0]!.text).toBe('2021-01-01');
  });

  it('reads the 1904 date system as Excel writes it (date1904="1") to the dates its own formulas show', async () => {
    const b = await rows(await readInput(at('sheetjs_1904.xlsx'), 'b'));
    // Column C holds =TEXT(B,"YYYY-MM-DD") with its cached result: what Excel shows for B.
    for (const r of b.slice(0, 5)) expect(r[1]!.text).toBe(r[2]!.text);
  });

  it('does not spin on a whole-sheet data validation (exceljs issue 1842)', async () => {
    const wb = await readInput(at('exceljs_test-issue-1842_excel_online.xlsx'), 'x');
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['Sheet1']);
  });

  it('says password-protected for an encrypted package, not a broken zip', async () => {
    await expect(readInput(at('calamine_pass_protected.xlsx'), 'x')).rejects.toMatchObject({ code: 'file-unreadable', params: { reason: expect.stringMatching(/^password-protected/) } });
  });

  it('reads worksheets where the relationships put them (wtf/ instead of xl/), which exceljs alone reads as empty', async () => {
    const wb = await readInput(at('sheetjs_wtf_path.xlsx'), 'x');
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['SheetJS']);
    expect(wb.notes).toEqual([expect.objectContaining({ code: 'sheet-skipped', sheet: 'Hidden' })]);
    const cells = (await rows(wb)).flat();
    expect(cells.find((c) => c.row === 1 && c.col === 3)).toMatchObject({ value: 3, formula: 'A1+B1' });
    expect(wb.sheets[0]).toMatchObject({ hiddenRows: [5], hiddenCols: [4] });
  });

  it('rejects, with a clear reason, packages exceljs cannot parse', async () => {
    await expect(readInput(at('exceljs_missing-bits.xlsx'), 'x')).rejects.toMatchObject({ params: { reason: expect.stringContaining('no workbook part') } });
    await expect(readInput(at('exceljs_invalid-xml.xlsx'), 'x')).rejects.toMatchObject({ params: { reason: expect.stringContaining('damaged .xlsx') } });
  });

  it('skips chart sheets and hidden sheets, and says so', async () => {
    const chart = await readInput(at('exceljs_chart-sheet.xlsx'), 'x');
    expect(chart.sheets.map((s) => s.sheet)).toEqual(['Sheet1']);
    expect(chart.notes).toEqual([expect.objectContaining({ code: 'sheet-skipped', params: { reason: 'it is a chart sheet' } })]);
    const strict = await readInput(at('sheetjs_sheet_visibility_strict.xlsx'), 'x');
    expect(strict.sheets.map((s) => s.sheet)).toEqual(['Visible']);
    expect(strict.notes.map((n) => `${n.sheet}: ${n.params.reason}`).sort()).toEqual(['Hidden: it is hidden', 'VeryHidden: it is very hidden']);
  });

  it('reads strict OOXML, inline strings, and sheets named before workbook.xml is read', async () => {
    const strict = await readInput(at('calamine_strict_iso_paths.xlsx'), 'x');
    expect((await rows(strict)).length).toBeGreaterThan(50);
    const inline = await readInput(at('exceljs_test-pr-1220_openpyxl_inline.xlsx'), 'x');
    expect(inline.sheets.map((s) => s.sheet)).toEqual(['Sheet', 'KA lijst']);
    const data = await rows(inline, 1);
    expect(data.flat().length).toBeGreaterThan(6000);
    const crlf = await rows(await readInput(at('calamine_has_x000D_inline.xlsx'), 'x'));
    expect(crlf[0]![0]!.text).toBe('ABC\r\nDEF');
  });

  it('keeps merges, cached formula results and error values', async () => {
    const merged = await readInput(at('sheetjs_merge_cells.xlsx'), 'x');
    expect(merged.sheets[0]!.merges).toContainEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    const fib = (await rows(await readInput(at('exceljs_fibonacci_shared_formulas.xlsx'), 'x'))).flat();
    const withFormula = fib.filter((c) => c.formula);
    expect(withFormula.length).toBeGreaterThan(30);
    expect(withFormula.every((c) => typeof c.value === 'number')).toBe(true);
    const errs = (await rows(await readInput(at('sheetjs_ErrorTypes.xlsx'), 'x'))).flat();
    expect(new Set(errs.filter((c) => c.error).map((c) => c.error))).toEqual(new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']));
  });

  it('keeps number formats: the shown precision and the percent scale come from them', async () => {
    const cells = (await rows(await readInput(at('sheetjs_xlsx_stream_d_date_cell.xlsx'), 'x'))).flat();
    const byLabel = (label: string) => cells.find((c) => c.row === cells.find((x) => x.text === label)?.row && c.col === 2);
    expect(byLabel('Percentage Built-in format #9')).toMatchObject({ value: 0.5, numFmt: '0.00%' });
    expect(byLabel('2 Decimals Built-in format #2')).toMatchObject({ value: 1.5, numFmt: '0.00' });
  });
});
