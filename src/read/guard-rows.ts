import { cellAddress, type Cell, type Row, type SheetGrid, type Workbook } from './grid.js';
import type { Limits } from './limits.js';
import { limitError } from './zip-guard.js';

/** A figure in scientific notation, as a cell may hold it in text: "1e999999", "(3,5E+05)", "-2e-400%". */
const SCIENTIFIC = /^[\s('+\-−–]*\d[\d.,\s]*[eE]\s*[+\-−]?\s*(\d+)[\s)%]*$/;

/** The exponent a cell's text writes, when it writes a number in scientific notation. */
export function writtenExponent(text: string): number {
  if (text.length > 400) return text.length; // no figure is this long: the exponent is at least its digits
  const m = SCIENTIFIC.exec(text);
  if (!m) return 0;
  const digits = m[1]!.replace(/^0+/, '');
  return digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits);
}

function checkCell(cell: Cell, sheet: string, limits: Limits): void {
  const where = { sheet, cell: cellAddress(cell.row, cell.col) };
  if (cell.col > limits.maxColumns) throw limitError('maxColumns', cell.col, limits, undefined, where);
  const text = typeof cell.value === 'string' && cell.value.length > cell.text.length ? cell.value : cell.text;
  if (text.length > limits.maxCellChars) throw limitError('maxCellChars', text.length, limits, undefined, where);
  if (typeof cell.value !== 'number' && /[eE]/.test(text) && text.length <= 400) {
    const exp = writtenExponent(text.trim());
    if (exp > limits.maxNumberExponent) throw limitError('maxNumberExponent', exp === Number.MAX_SAFE_INTEGER ? '> 999999999' : exp, limits, undefined, where);
  }
}

/** The sheet's rows, each checked against the limits as it streams by; throws ReadError at the first one passed. */
async function* guardedRows(sheet: SheetGrid, limits: Limits, deadline: number): AsyncGenerator<Row> {
  let cells = 0;
  for await (const row of sheet.rows) {
    const first = row[0];
    if (Date.now() > deadline) {
      throw limitError('maxSecondsPerFile', `> ${limits.maxSecondsPerFile}`, limits, undefined, { sheet: sheet.sheet, ...(first ? { cell: cellAddress(first.row, first.col) } : {}) });
    }
    cells += row.length;
    if (cells > limits.maxCellsPerSheet) throw limitError('maxCellsPerSheet', `> ${limits.maxCellsPerSheet}`, limits, undefined, { sheet: sheet.sheet, ...(first ? { cell: cellAddress(first.row, first.col) } : {}) });
    for (const cell of row) checkCell(cell, sheet.sheet, limits);
    yield row;
  }
}

/**
 * Bounds a workbook as the pipeline reads it: sheets and merges at once, then cells per sheet,
 * columns per row, characters per cell, exponents written in text, and the time spent on the
 * file (from `startedAt`, checked between rows: reading and normalising both count).
 */
export function guardWorkbook(wb: Workbook, limits: Limits, startedAt: number): Workbook {
  if (wb.sheets.length > limits.maxSheets) throw limitError('maxSheets', wb.sheets.length, limits);
  for (const s of wb.sheets) if (s.merges.length > limits.maxMerges) throw limitError('maxMerges', s.merges.length, limits, undefined, { sheet: s.sheet });
  const deadline = startedAt + limits.maxSecondsPerFile * 1000;
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, rows: guardedRows(s, limits, deadline) })) };
}
