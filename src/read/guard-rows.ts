import { cellAddress, type Cell, type Row, type SheetGrid, type Workbook } from './grid.js';
import type { Limits } from './limits.js';
import { limitError } from './zip-guard.js';
import { tapRows } from './row-stream.js';

/** A figure as a cell may write it in text: "1.234,5", "(3,5E+05)", "-2e-400%", "999…9". */
const FIGURE = /^\(?[+\-−–]?(\d[\d.,]*)(?:[eE][+\-−]?(\d+))?%?\)?$/;

/**
 * The order of magnitude a cell's text writes when it writes a figure: its digits plus its
 * exponent ("1e999999" → 1000000, a 400-digit integer → 400); 0 for any other text. Exact
 * decimal arithmetic on such a figure grows with it, so it is bounded (maxNumberExponent).
 */
export function writtenMagnitude(text: string): number {
  const m = FIGURE.exec(text.trim());
  if (!m) return 0;
  const digits = m[1]!.replace(/\D/g, '').replace(/^0+(?=\d)/, '').length;
  const exp = (m[2] ?? '').replace(/^0+/, '');
  return exp.length > 9 ? Number.MAX_SAFE_INTEGER : digits + Number(exp || 0);
}

/** Where a cell over a limit is: made only then (every cell of a sheet passes here). */
function where(sheet: string, cell: Cell): { sheet: string; cell: string } {
  return { sheet, cell: cellAddress(cell.row, cell.col) };
}

/** An "e" or "E" in the text (a written exponent may follow it): two searches, no regular expression per cell. */
function hasLetterE(text: string): boolean {
  return text.includes('e') || text.includes('E');
}

function checkCell(cell: Cell, sheet: string, limits: Limits): void {
  if (cell.col > limits.maxColumns) throw limitError('maxColumns', cell.col, limits, undefined, where(sheet, cell));
  const text = typeof cell.value === 'string' && cell.value.length > cell.text.length ? cell.value : cell.text;
  if (text.length > limits.maxCellChars) throw limitError('maxCellChars', text.length, limits, undefined, where(sheet, cell));
  if (typeof cell.value !== 'number' && (text.length > limits.maxNumberExponent || hasLetterE(text))) {
    const magnitude = writtenMagnitude(text);
    if (magnitude > limits.maxNumberExponent) throw limitError('maxNumberExponent', magnitude === Number.MAX_SAFE_INTEGER ? '> 999999999' : magnitude, limits, undefined, where(sheet, cell));
  }
}

/** The sheet's rows, each checked against the limits as it streams by; throws ReadError at the first one passed. */
function guardedRows(sheet: SheetGrid, limits: Limits, deadline: number): AsyncIterable<Row> {
  let cells = 0;
  return tapRows(sheet.rows, {
    row(row) {
      const first = row[0];
      if (Date.now() > deadline) {
        throw limitError('maxSecondsPerFile', `> ${limits.maxSecondsPerFile}`, limits, undefined, { sheet: sheet.sheet, ...(first ? { cell: cellAddress(first.row, first.col) } : {}) });
      }
      cells += row.length;
      if (cells > limits.maxCellsPerSheet) throw limitError('maxCellsPerSheet', `> ${limits.maxCellsPerSheet}`, limits, undefined, { sheet: sheet.sheet, ...(first ? { cell: cellAddress(first.row, first.col) } : {}) });
      for (const cell of row) checkCell(cell, sheet.sheet, limits);
    },
  });
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
