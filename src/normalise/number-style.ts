import type { Row } from '../read/grid.js';
import { readNumberText, styleEvidence, type NumberReading, type NumberStyle } from '../read/parse-number.js';
import { isDataRow, type ColumnIndex } from './column-index.js';
import { decided, type Decision } from '../ledger/doubt.js';

/** Evidence for a number style: how many text figures only one style can read. */
export interface StyleCounts {
  vi: number;
  en: number;
}

/** Step 2 input: evidence gathered per text figure column and for the whole file. */
export interface StyleEvidence {
  columns: Map<number, StyleCounts>;
  file: StyleCounts;
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
  return { columns: new Map(), file: { vi: 0, en: 0 }, textColumns: new Set() };
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
    if (spec && index.figureSpecs.includes(spec) && typeof cell.value !== 'number') noteReading(ev, readNumberText(cell.text), cell.col);
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

/** Decides each figure column's style: its own evidence, else the file's, else the configured style. */
export function decideStyles(ev: StyleEvidence, index: ColumnIndex, configured: 'auto' | NumberStyle): StyleDecision {
  const fileSays = ev.file.vi > 0 && ev.file.en === 0 ? 'vi' : ev.file.en > 0 && ev.file.vi === 0 ? 'en' : undefined;
  const file = fileSays ?? (configured !== 'auto' ? configured : undefined);
  const fileDecision: Decision<NumberStyle> | undefined = fileSays ? decided<NumberStyle>(fileSays, 'weak', 'style-file') : configured !== 'auto' ? decided<NumberStyle>(configured, 'certain', 'style-config') : undefined;
  const columns = new Map<number, Decision<NumberStyle>>();
  for (const spec of index.figureSpecs) {
    const s = styleOf(ev.columns.get(spec.col)) ?? fileDecision;
    if (s) columns.set(spec.col, s);
  }
  return { columns, file, textColumns: ev.textColumns };
}
