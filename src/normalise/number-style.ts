import type { Row } from '../read/grid.js';
import { readNumberText, styleEvidence, type NumberReading, type NumberStyle } from '../read/parse-number.js';
import { isDataRow, type ColumnIndex } from './column-index.js';
import type { ColumnSpec } from '../layout/column-spec.js';
import { decided, type Decision } from '../ledger/doubt.js';

/** Evidence for a number style: how many text figures only one style can read. */
export interface StyleCounts {
  vi: number;
  en: number;
}

/**
 * How a column writes figures that both styles read ("1.200": 1200 or 1.2), beside the plain
 * whole numbers it writes: a writer who puts the separator only on figures of four digits and
 * more ("600", "1.200") groups thousands with it; one who writes "1500" bare uses it for decimals.
 */
export interface GroupingCounts {
  /** Ambiguous figures by their one separator. */
  dot: number;
  comma: number;
  /** Plain whole numbers of one to three digits, and of four or more. */
  short: number;
  long: number;
}

/** Step 2 input: evidence gathered per text figure column and for the whole file. */
export interface StyleEvidence {
  columns: Map<number, StyleCounts>;
  file: StyleCounts;
  grouping: Map<number, GroupingCounts>;
  fileGrouping: GroupingCounts;
  /** Columns holding at least one text figure (the others are all numeric cells). */
  textColumns: Set<number>;
}

/** Step 2: the style decided per column, where the evidence (or the configured style) settles it, with how sure and why. */
export interface StyleDecision {
  columns: ReadonlyMap<number, Decision<NumberStyle>>;
  file: NumberStyle | undefined;
  textColumns: ReadonlySet<number>;
}

export function emptyEvidence(): StyleEvidence {
  return { columns: new Map(), file: { vi: 0, en: 0 }, grouping: new Map(), fileGrouping: { dot: 0, comma: 0, short: 0, long: 0 }, textColumns: new Set() };
}

/** What kind of figure a text is for the grouping evidence, if any. */
function groupingKind(text: string, r: NumberReading): keyof GroupingCounts | undefined {
  if (r.kind !== 'number') return undefined;
  const t = text.trim().replace(/^[-−–(]+|[)%]+$/g, '');
  if (/^\d+$/.test(t)) return t.replace(/^0+(?=\d)/, '').length <= 3 ? 'short' : 'long';
  if (styleEvidence(r) !== 'ambiguous') return undefined;
  return t.includes('.') ? 'dot' : t.includes(',') ? 'comma' : undefined;
}

function noteGrouping(ev: StyleEvidence, text: string, r: NumberReading, col: number): void {
  const k = groupingKind(text, r);
  if (!k) return;
  let g = ev.grouping.get(col);
  if (!g) ev.grouping.set(col, (g = { dot: 0, comma: 0, short: 0, long: 0 }));
  g[k]++;
  ev.fileGrouping[k]++;
}

function noteReading(ev: StyleEvidence, r: NumberReading, col: number): void {
  if (r.kind === 'number') ev.textColumns.add(col);
  const e = styleEvidence(r);
  if (e !== 'vi' && e !== 'en') return;
  const counts = ev.columns.get(col) ?? { vi: 0, en: 0 };
  counts[e]++;
  ev.file[e]++;
  ev.columns.set(col, counts);
}

/** Adds a row's text figures to the evidence. Evidence comes from data rows only: "(3)" in a numbering row is no figure. */
export function gatherEvidence(ev: StyleEvidence, row: Row, index: ColumnIndex): void {
  if (!isDataRow(row, index.layout)) return;
  for (const cell of row) {
    const spec = index.byCol.get(cell.col);
    if (!spec || !index.figureSpecs.includes(spec) || typeof cell.value === 'number') continue;
    const r = readNumberText(cell.text);
    noteReading(ev, r, cell.col);
    noteGrouping(ev, cell.text, r, cell.col);
  }
}

/** A column's own evidence: one style only (certain), or both (conflicting: the majority reads). */
function styleOf(c: StyleCounts | undefined): Decision<NumberStyle> | undefined {
  if (!c) return undefined;
  if (c.vi > 0 && c.en === 0) return decided('vi', 'certain', 'style-column', { n: c.vi });
  if (c.en > 0 && c.vi === 0) return decided('en', 'certain', 'style-column', { n: c.en });
  if (c.vi > 0 && c.en > 0) return decided(c.vi >= c.en ? 'vi' : 'en', 'conflicting', 'style-mixed', { vi: c.vi, en: c.en });
  return undefined;
}

/**
 * The style the way figures are written bears out, where no figure decides it alone: ambiguous
 * figures with one separator beside bare numbers of at most three digits (and none longer) group
 * thousands with it; beside bare numbers of four digits or more, it marks decimals.
 */
function groupingStyle(g: GroupingCounts | undefined, key: 'style-grouping' | 'style-file-grouping'): Decision<NumberStyle> | undefined {
  if (!g || (g.dot > 0) === (g.comma > 0)) return undefined;
  const sep = g.dot > 0 ? '.' : ',';
  const n = g.dot + g.comma;
  if (g.short > 0 && g.long === 0) return decided<NumberStyle>(sep === '.' ? 'vi' : 'en', g.short >= 2 && key === 'style-grouping' ? 'certain' : 'weak', key, { n, short: g.short, sep });
  if (g.long > 0 && g.short === 0) return decided<NumberStyle>(sep === '.' ? 'en' : 'vi', 'weak', key === 'style-grouping' ? 'style-decimals' : 'style-file-decimals', { n, long: g.long, sep });
  return undefined;
}

/**
 * The style a column's unit bears out: amounts in đồng are whole (no one writes a fraction of a
 * đồng), so the one separator of its ambiguous figures groups thousands; in nghìn đồng and in
 * counts they almost always are (weak).
 */
function unitStyle(spec: ColumnSpec, index: ColumnIndex, g: GroupingCounts | undefined): Decision<NumberStyle> | undefined {
  if (!g || (g.dot > 0) === (g.comma > 0) || spec.meaning.kind !== 'amount') return undefined;
  const unit = spec.meaning.unit ?? index.layout.title.unit;
  const whole = unit?.kind === 'money' ? (unit.exponent === 0 ? 'certain' : unit.exponent === 3 ? 'weak' : undefined) : unit?.kind === 'count' ? 'weak' : undefined;
  if (!whole || !unit) return undefined;
  const sep = g.dot > 0 ? '.' : ',';
  return decided<NumberStyle>(sep === '.' ? 'vi' : 'en', whole, 'style-unit', { unit: unit.written, sep });
}

/** Decides each figure column's style: its own evidence, else the file's, else the configured style. */
export function decideStyles(ev: StyleEvidence, index: ColumnIndex, configured: 'auto' | NumberStyle): StyleDecision {
  const fileSays = ev.file.vi > 0 && ev.file.en === 0 ? 'vi' : ev.file.en > 0 && ev.file.vi === 0 ? 'en' : undefined;
  const file = fileSays ?? (configured !== 'auto' ? configured : undefined);
  const fileDecision: Decision<NumberStyle> | undefined = fileSays ? decided<NumberStyle>(fileSays, 'weak', 'style-file') : configured !== 'auto' ? decided<NumberStyle>(configured, 'certain', 'style-config') : undefined;
  const fileGrouping = configured === 'auto' ? groupingStyle(ev.fileGrouping, 'style-file-grouping') : undefined;
  const columns = new Map<number, Decision<NumberStyle>>();
  for (const spec of index.figureSpecs) {
    const g = ev.grouping.get(spec.col);
    const byUnit = configured === 'auto' ? unitStyle(spec, index, g) : undefined;
    const s = styleOf(ev.columns.get(spec.col)) ?? fileDecision ?? (byUnit?.certainty === 'certain' ? byUnit : undefined) ?? groupingStyle(g, 'style-grouping') ?? byUnit ?? fileGrouping;
    if (s) columns.set(spec.col, s);
  }
  return { columns, file, textColumns: ev.textColumns };
}
