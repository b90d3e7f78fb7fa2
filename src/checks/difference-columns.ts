import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import { amount, amountOf, subject } from '../findings/params.js';
import type { DifferenceFigure, Ledger } from '../ledger/build-ledger.js';
import { isRatioMeasure, type LedgerEntry } from '../ledger/entry.js';
import { formatDec, neg, parseDec, sub } from '../ledger/money.js';
import { compareSum } from './sums.js';
import { plainEntry } from '../ledger/entry-store.js';

/**
 * A difference tested on one row as the sum it is: `total` (the column it is worked out from)
 * equals `parts[0]` (the column taken away) plus `parts[1]` (the difference figure).
 */
export interface DifferenceRelation {
  relation: string;
  total: LedgerEntry;
  parts: [LedgerEntry, LedgerEntry];
  figure: DifferenceFigure;
  /** The pair is named by the table: a miss is a fault (the figures still weigh the column). */
  certain: boolean;
}

/** Rows a pair must hold on, and the share of the tested rows, to be adopted from the figures alone. */
const MIN_ROWS = 3;
const FITS = 0.75;

const sheetOf = (e: LedgerEntry) => `${e.source.file}\u0000${e.source.sheet}`;

type Cells = Map<string, Map<number, LedgerEntry>>;

/** The amounts of a sheet's rows by row and column. */
function cellsOf(entries: LedgerEntry[], sheets: Set<string>): Cells {
  const out: Cells = new Map();
  for (const e of entries) {
    if (e.column === undefined || isRatioMeasure(e.measure) || e.unit === '%' || !sheets.has(sheetOf(e))) continue;
    let row = out.get(e.rowKey);
    if (!row) out.set(e.rowKey, (row = new Map()));
    row.set(e.column, e);
  }
  return out;
}

/** The relation `of` − `minus` = figure on its row, when both are read and of the figure's unit. */
function relationAt(f: DifferenceFigure, cells: Cells, of: number, minus: number, certain: boolean): DifferenceRelation | undefined {
  const row = cells.get(f.entry.rowKey);
  const a = row?.get(of), b = row?.get(minus);
  if (!a || !b || a.unit !== f.entry.unit || b.unit !== f.entry.unit) return undefined;
  return { relation: `${sheetOf(f.entry)}\u0000diff\u0000${f.entry.column}`, total: a, parts: [b, f.entry], figure: f, certain };
}

const holds = (r: DifferenceRelation) => !compareSum(r.total, r.parts, subject('column', ''));

/** How many of a column's figures hold as `of` − `minus`, of how many tested. */
function score(figs: DifferenceFigure[], cells: Cells, of: number, minus: number): { holds: number; tested: number } {
  let h = 0, tested = 0;
  for (const f of figs) {
    const r = relationAt(f, cells, of, minus, false);
    if (!r) continue;
    tested++;
    if (holds(r)) h++;
  }
  return { holds: h, tested };
}

/** The columns of amounts on a difference column's rows: the pairs it may be worked out from. */
function columnsBeside(figs: DifferenceFigure[], cells: Cells): number[] {
  const cols = new Set<number>();
  for (const f of figs) for (const [c, e] of cells.get(f.entry.rowKey) ?? []) if (e.unit === f.entry.unit) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}

/**
 * The pair a column of differences is checked against: the table's, signed by the figures where
 * the header gives no order; else the one ordered pair the figures bear out on nearly every row
 * (as AggreCol finds differences in verbose tables), a guess whose misses are a reading in doubt.
 */
function pairOf(figs: DifferenceFigure[], cells: Cells): { of: number; minus: number; certain: boolean } | undefined {
  const first = figs[0]!;
  if (first.of !== undefined && first.minus !== undefined) {
    if (first.ordered) return { of: first.of, minus: first.minus, certain: first.certain };
    const ab = score(figs, cells, first.of, first.minus), ba = score(figs, cells, first.minus, first.of);
    return ba.holds > ab.holds ? { of: first.minus, minus: first.of, certain: first.certain } : { of: first.of, minus: first.minus, certain: first.certain };
  }
  const cols = columnsBeside(figs, cells);
  let best: { of: number; minus: number; holds: number; tested: number } | undefined;
  let tie = false;
  for (const a of cols) {
    for (const b of cols) {
      if (a === b) continue;
      const s = score(figs, cells, a, b);
      if (s.holds < MIN_ROWS || s.holds < FITS * s.tested) continue;
      if (best && s.holds === best.holds) tie = true;
      else if (!best || s.holds > best.holds) [best, tie] = [{ of: a, minus: b, ...s }, false];
    }
  }
  return best && !tie ? { of: best.of, minus: best.minus, certain: false } : undefined;
}

/** Every difference figure of the ledger as the relation it states on its row, by its column's pair. */
export function differenceRelations(ledger: Ledger): DifferenceRelation[] {
  const diffs = ledger.differences ?? [];
  if (diffs.length === 0) return [];
  const byColumn = new Map<string, DifferenceFigure[]>();
  for (const f of diffs) {
    const k = `${sheetOf(f.entry)}\u0000${f.entry.column}`;
    byColumn.set(k, [...(byColumn.get(k) ?? []), f]);
  }
  const cells = cellsOf(ledger.entries, new Set(diffs.map((f) => sheetOf(f.entry))));
  const out: DifferenceRelation[] = [];
  for (const figs of byColumn.values()) {
    const pair = pairOf(figs, cells);
    if (!pair) continue;
    for (const f of figs) {
      const r = relationAt(f, cells, pair.of, pair.minus, pair.certain);
      if (r) out.push(r);
    }
  }
  return out;
}

/** The finding of a difference that misses on its row, at the difference figure. */
export function differenceFinding(r: DifferenceRelation): RawFinding {
  const [minus, figure] = r.parts;
  const expected = sub(r.total.amount, minus.amount);
  return {
    code: 'difference-mismatch',
    params: {
      what: subject('row', figure.label || figure.province),
      column: r.figure.header,
      reported: amountOf(figure), expected: amount(expected, figure), diff: amount(sub(figure.amount, expected), figure),
      of: r.total.source.cell, minus: minus.source.cell,
    },
    location: locationOf(figure.source),
    related: [locationOf(r.total.source), locationOf(minus.source)],
    expected: formatDec(expected),
    reported: formatDec(figure.amount),
  };
}

/**
 * The same relation with the column taken away as its total (`minus` = `of` − figure): so that a
 * figure of either column, wrong, is one part shared with the total of its own column.
 */
export function turned(r: DifferenceRelation): { total: LedgerEntry; parts: LedgerEntry[] } {
  const [minus, figure] = r.parts;
  return { total: minus, parts: [r.total, { ...plainEntry(figure), amount: neg(figure.amount) }] };
}

const placeKey = (l: { file: string; sheet?: string | undefined; cell?: string | undefined }) => `${l.file}\u0000${l.sheet ?? ''}\u0000${l.cell ?? ''}`;

/**
 * One fault, one finding: a total typed wrong (its own sum-mismatch) makes the difference on its
 * row miss too. Where the difference holds once that figure is mended to what its parts give, its
 * miss is that fault's: not reported again, named as related by the fault's finding.
 */
export function foldDifferences(findings: RawFinding[], missed: DifferenceRelation[]): { findings: RawFinding[]; folded: Set<DifferenceRelation> } {
  const done = new Set<DifferenceRelation>();
  if (missed.length === 0) return { findings, folded: done };
  const faults = new Map<string, RawFinding>();
  for (const f of findings) if ((f.code === 'sum-mismatch' || f.code === 'figure-mismatch') && f.expected !== undefined) faults.set(placeKey(f.location), f);
  if (faults.size === 0) return { findings, folded: done };
  const folded = new Set<string>();
  for (const r of missed) {
    for (const at of [r.total, r.parts[0]]) {
      const fault = faults.get(placeKey(at.source));
      const right = fault?.expected === undefined ? undefined : parseDec(fault.expected);
      if (!fault || !right) continue;
      const mend = (e: LedgerEntry): LedgerEntry => (e === at ? { ...plainEntry(e), amount: right } : e);
      if (!holds({ ...r, total: mend(r.total), parts: [mend(r.parts[0]), r.parts[1]] })) continue;
      folded.add(placeKey(r.parts[1].source));
      done.add(r);
      fault.related = [...(fault.related ?? []), locationOf(r.parts[1].source)];
      break;
    }
  }
  return { findings: folded.size ? findings.filter((f) => f.code !== 'difference-mismatch' || !folded.has(placeKey(f.location))) : findings, folded: done };
}
