import type { Cell } from '../read/grid.js';
import type { FindingContent } from '../findings/types.js';
import { word } from '../findings/params.js';
import { parseDec } from '../ledger/money.js';
import { inStyle, readNumberText, styleEvidence, type NumberStyle } from '../read/parse-number.js';
import { splitFigureNote } from './footnote-marks.js';

/** Step 3: a figure cell read as an exact decimal, with the digits it shows. */
export interface FigureReading {
  kind: 'figure';
  value: string;
  /** Decimals shown (number format, or digits written). */
  decimals: number;
  /** Decimals of the stored value (a stored number may hold more than it shows). */
  storedDecimals: number;
  percentSign: boolean;
  /** A percentage-formatted cell: the stored value is a fraction (0.354 shown as 35.4%). */
  fraction: boolean;
  /** A text figure that settled its column's undecided style by its own digits. */
  learnedStyle?: NumberStyle;
  /** A footnote mark written with the figure ("(1) 1.234.567"), stripped from it. */
  note?: string;
}

/** A cell holding only a footnote mark ("(1)", "(*)"): a figure the table does not state readably. */
export interface FigureGap {
  kind: 'gap';
  note: string;
}

/** A figure that could not be read: the finding to raise (code and params). */
export type FigureProblem = { kind: 'problem' } & FindingContent;

/** Decimal places a number format shows ("#,##0.00" → 2, "0.0%" → 1); undefined for General. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt)) return undefined;
  const section = numFmt.split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const m = section.match(/[0#?][.,]?([0#?]*)/);
  const dot = section.match(/\.([0#?]+)/);
  if (dot) return dot[1]!.length;
  return m ? 0 : undefined;
}

/** Shortest decimal that round-trips the stored double: what Excel's stored value says, no more. */
export function numberToDecimal(n: number): string {
  // A whole number below 10^15 has at most 15 digits and no exponent: itself (most figures).
  if (Number.isInteger(n) && n < 1e15 && n > -1e15) return String(n);
  // Excel keeps and shows 15 significant digits: 1234.0000000000002 and 9.99999999999998 are
  // binary noise of 1234 and 10, never figures with more digits than anyone typed.
  const s = Number.isFinite(n) && n !== 0 ? String(Number(n.toPrecision(15))) : String(n);
  if (!/e/i.test(s)) return s;
  const d = parseDec(s);
  return d ? formatShort(d.units, d.scale) : s;
}

function formatShort(units: bigint, scale: number): string {
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  }
  return (neg ? '-' : '') + digits;
}

/** What a number format says of its figures: decimals shown, and whether it shows a fraction as a percentage. */
interface FormatReading {
  decimals: number | undefined;
  fraction: boolean;
}

const GENERAL: FormatReading = { decimals: undefined, fraction: false };
/** Each number format read once: a sheet has a handful, repeated on every row. */
const formats = new Map<string, FormatReading>();

function formatReading(numFmt: string | undefined): FormatReading {
  if (!numFmt) return GENERAL;
  let f = formats.get(numFmt);
  if (!f) {
    f = { decimals: formatDecimals(numFmt), fraction: /%/.test(numFmt.split(';')[0]!.replace(/"[^"]*"/g, '')) };
    if (formats.size >= 1000) formats.clear();
    formats.set(numFmt, f);
  }
  return f;
}

function readStoredNumber(cell: Cell & { value: number }): FigureReading {
  const { decimals, fraction } = formatReading(cell.numFmt);
  const value = numberToDecimal(cell.value);
  const stored = value.split('.')[1]?.length ?? 0;
  const shown = decimals ?? stored;
  const reading: FigureReading = { kind: 'figure', value, decimals: shown, storedDecimals: Math.max(0, stored - (fraction ? 2 : 0)), percentSign: fraction, fraction };
  if (cell.note) reading.note = cell.note;
  return reading;
}

/**
 * Reads one figure cell in its column's decided style (undefined: undecided). Blank and dash
 * cells are nothing ('skip'); cells that cannot be read give the finding to raise. `signed`: a
 * column whose figures go either way (an increase or decrease, a growth rate), where "(30)"
 * alone is minus thirty as accountants write it, not a footnote mark.
 */
export function readFigure(cell: Cell, columnStyle: NumberStyle | undefined, signed = false): FigureReading | FigureProblem | FigureGap | 'skip' {
  if (cell.noCachedValue) return { kind: 'problem', code: 'formula-no-value', params: { formula: cell.formula ?? '' } };
  if (cell.error) {
    const shown = cell.formula && cell.formula !== '(shared formula)' ? ` (=${cell.formula})` : '';
    return { kind: 'problem', code: 'formula-error', params: { error: cell.error, formula: shown } };
  }
  if (typeof cell.value === 'number') return readStoredNumber(cell as Cell & { value: number });
  const noted = splitFigureNote(cell.text);
  if (noted.markOnly && !(signed && /^\(\s*\d+\s*\)$/.test(noted.note!))) return { kind: 'gap', note: noted.note! };
  if (noted.markOnly) noted.text = cell.text.trim();
  const r = readNumberText(noted.text);
  if (r.kind === 'blank' || r.kind === 'dash') return 'skip';
  if (r.kind === 'invalid') return { kind: 'problem', code: 'number-unparseable', params: { text: cell.text.trim() } };
  const evid = styleEvidence(r);
  const mark = noted.note ?? cell.note;
  const note = mark ? { note: mark } : {};
  if (evid === 'either') return { kind: 'figure', value: r.vi!, decimals: r.viDecimals, storedDecimals: r.viDecimals, percentSign: r.percentSign, fraction: false, ...note };
  let style = columnStyle;
  let learned: NumberStyle | undefined;
  if (!style && (evid === 'vi' || evid === 'en')) style = learned = evid;
  if (!style) return { kind: 'problem', code: 'number-ambiguous', params: { text: cell.text.trim(), vi: r.vi ?? '', en: r.en ?? '', count: 1, cells: '' } };
  const v = inStyle(r, style);
  if (!v) return { kind: 'problem', code: 'number-style-conflict', params: { text: cell.text.trim(), style: word(style === 'vi' ? 'style-vi' : 'style-en') } };
  const reading: FigureReading = { kind: 'figure', value: v.value, decimals: v.decimals, storedDecimals: v.decimals, percentSign: r.percentSign, fraction: false, ...note };
  if (learned) reading.learnedStyle = learned;
  return reading;
}
