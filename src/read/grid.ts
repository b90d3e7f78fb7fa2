import { Decimal } from 'decimal.js';
/** A cell as the reader found it. `text` is what the file shows (for text files, as written). */
export interface Cell {
  row: number;
  col: number;
  value: string | number | boolean | Date | null;
  text: string;
  /** Excel number format ("0.0", "#,##0", "0.00%") when the producer stored one. */
  numFmt?: string;
  formula?: string;
  /** A formula saved without its result: the file does not say what the cell shows. */
  noCachedValue?: boolean;
  /** An error value the cell shows (#DIV/0!, #REF! …). */
  error?: string;
  /** The cell's font, where the file says (".VnTime" marks TCVN3 text, "VNI-Times" VNI). */
  fontName?: string;
  /** The cell's indent level as the file formats it (Excel's "Increase indent"): a label's place in an unnumbered hierarchy. */
  indent?: number;
  /** A footnote mark written beside the figure in another cell of its line ("(1)" above it). */
  note?: string;
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Row = Cell[];

/** One sheet; rows arrive lazily and in order, empty rows may be absent. */
export interface SheetGrid {
  file: string;
  sheet: string;
  merges: Merge[];
  rows: AsyncIterable<Row>;
  /** Whether values are typed (xlsx) or all text as written (CSV). */
  typed: boolean;
  /** Rows (1-based) the file hides; their cells are still read. */
  hiddenRows?: number[];
  /** Columns (1-based, A = 1) the file hides; their cells are still read. */
  hiddenCols?: number[];
  /** Set when the sheet was produced by a conversion (none is made today; kept for the inspection output). */
  convertedFrom?: string;
}

export interface Workbook {
  file: string;
  sheets: SheetGrid[];
  /** Reader notes for the report, e.g. the encoding decided. */
  notes: Array<{ code: string; params: Record<string, string | number>; sheet?: string }>;
}

/**
 * A stored double as Excel shows and computes with it: 15 significant digits, rounded half up
 * from its shortest decimal form (as LibreOffice writes it too). The binary noise beyond them
 * ("20030299999.999996" for 20030300000) is not part of any figure.
 */
export function excelNumber(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  // Whole numbers below 10^15 and numbers written in 15 characters have at most 15 digits.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n;
  const s = String(n);
  if (s.length <= 15) return n;
  const m = /^-?(\d+)(?:\.(\d+))?(?:e[+-]\d+)?$/i.exec(s);
  if (!m || (m[1]! + (m[2] ?? '')).replace(/^0+/, '').length <= 15) return n;
  return new Decimal(s).toSignificantDigits(15, Decimal.ROUND_HALF_UP).toNumber();
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "C" → 3, "AB" → 28: the inverse of columnLetter (upper-case letters). */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export class ReadError extends Error {
  /** `where`: the sheet and cell the problem was met at, when known. */
  constructor(readonly code: string, readonly params: Record<string, string | number>, readonly where: { sheet?: string; cell?: string } = {}) {
    super(String(params.reason ?? code));
  }
}

/** Splits an async row stream into the first `n` rows and the rest, reading no further than needed. */
export async function peekRows(rows: AsyncIterable<Row>, n: number): Promise<{ head: Row[]; rest: AsyncIterable<Row> }> {
  const it = rows[Symbol.asyncIterator]();
  const head: Row[] = [];
  let done = false;
  while (head.length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
  }
  const rest: AsyncIterable<Row> = {
    [Symbol.asyncIterator]: () => (done ? { next: async () => ({ done: true, value: undefined }) } : it),
  };
  return { head, rest };
}
