import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { doubtIn, isConflicting, SHEET_DOUBTS } from '../ledger/doubt.js';
import type { LedgerEntry, RatioMeasure } from '../ledger/schema.js';
import { testRatio } from './ratios.js';
import { SheetEvidence } from './sheet-evidence.js';
import { settleWithheld, type UncertainReason, type Withheld } from './withheld.js';
import { plainEntry } from '../ledger/entry-store.js';

/** The readings a percentage column may have instead of the one its header gave. */
const READINGS: RatioMeasure[] = ['pct_of_plan', 'ratio_prior', 'growth_prior', 'plan_growth'];
/** Share of a column's percentages another reading must explain to be proposed in the fragment. */
const FITS = 0.8;

/** Where a stated percentage was tested and what it gave. */
interface Missed {
  e: LedgerEntry;
  finding: RawFinding;
  column: string;
  /** The percentage and the two amounts it was tested on. */
  entries: LedgerEntry[];
}

/** A column's evidence: its percentages that hold (to the digits shown) and those that miss. */
interface ColumnEvidence {
  holds: number;
  fails: number;
}

const columnOf = (e: LedgerEntry) => `${e.source.file}\u0000${e.source.sheet}\u0000${e.source.column}\u0000${e.measure}`;

/** Why a missed percentage is not a certain fault, or undefined when it is one. */
function doubtOf(e: LedgerEntry, c: ColumnEvidence): UncertainReason | undefined {
  if (isConflicting(e.doubt)) return 'conflicting-columns';
  if (e.confirmed) return undefined;
  // A column of percentages that misses in most rows where it was tested: its reading (measure,
  // basis or period) is wrong, not every row of the table.
  if (c.holds + c.fails >= 2 && c.fails > c.holds) return 'figures-disagree';
  return undefined;
}

/** Another reading of a column that its figures bear out (≥ 80 % of its tested rows), if one does. */
function otherReading(ledger: Ledger, entries: LedgerEntry[], current: ColumnEvidence): RatioMeasure | undefined {
  const tested = current.holds + current.fails;
  let best: { m: RatioMeasure; holds: number } | undefined;
  for (const m of READINGS) {
    if (m === entries[0]!.measure) continue;
    let holds = 0;
    for (const e of entries) {
      const alt: LedgerEntry = { ...plainEntry(e), measure: m };
      delete alt.basis;
      const t = testRatio(ledger, alt, [m]);
      if (t && !t.finding) holds++;
    }
    if (holds >= FITS * tested && holds > current.holds && (!best || holds > best.holds)) best = { m, holds };
  }
  return best?.m;
}

/**
 * Every stated percentage of the given measures tested against its amounts. The figures are
 * evidence of the reading: a column whose percentages miss in most rows was misread (the header
 * named another ratio, or another basis), so its misses are withheld into the sheet's one
 * `reading-uncertain`, with the reading its figures bear out when there is one; a column that
 * holds nearly everywhere reports the rows that miss as errors. A miss that rests on a weak
 * decision of the sheet (those in `sheetMask`: its header band, its year) is then weighed by
 * the sheet's other percentages (sheet-evidence.ts).
 */
export function ratioFindings(ledger: Ledger, measures: RatioMeasure[], sink: Withheld[] | undefined, sheetMask = 0): RawFinding[] {
  const evidence = new Map<string, ColumnEvidence>();
  const missed: Missed[] = [];
  // Every percentage tested, counted as it is: the evidence on a sheet whose decisions are weak.
  const sheets = new SheetEvidence(sheetMask);
  let last: LedgerEntry | undefined;
  let lastColumn = '';
  for (const e of ledger.entries) {
    if (!measures.includes(e.measure as RatioMeasure)) continue;
    const t = testRatio(ledger, e, measures);
    if (!t) continue;
    // A column's percentages come one after another: its key is made where the column changes.
    const column = last && last.source.column === e.source.column && last.measure === e.measure && last.source.sheet === e.source.sheet && last.source.file === e.source.file ? lastColumn : columnOf(e);
    last = e;
    lastColumn = column;
    let c = evidence.get(column);
    if (!c) evidence.set(column, (c = { holds: 0, fails: 0 }));
    if (!t.finding) {
      c.holds++;
      sheets.add(t.entries);
    } else {
      if (t.finding.code !== 'percent-without-base') c.fails++;
      missed.push({ e, finding: t.finding, column, entries: t.entries });
    }
  }
  const withheld: Withheld[] = [];
  const proposals = new Map<string, RatioMeasure | undefined>();
  for (const m of missed) {
    const c = evidence.get(m.column)!;
    const reason = doubtOf(m.e, c);
    if (!reason) {
      sheets.add(m.entries, m.finding);
      continue;
    }
    if (reason === 'figures-disagree' && !proposals.has(m.column)) proposals.set(m.column, otherReading(ledger, columnEntries(ledger, m.column), c));
    const w: Withheld = { code: m.finding.code as Withheld['code'], reason, total: m.e, columns: [m.e.source.column] };
    const ratio = proposals.get(m.column);
    if (ratio) w.reading = { ratio };
    // A weak decision of the sheet under it (its header band, its year) is named too, and restated by the fragment.
    const sheet = m.entries.reduce((a, x) => a | (x.confirmed ? 0 : doubtIn(x.doubt, sheetMask)), 0) & SHEET_DOUBTS;
    if (sheet) w.sheetDoubts = sheet;
    withheld.push(w);
  }
  const weighed = sheets.weigh(ERRORS);
  return settleWithheld(weighed.findings, [...withheld, ...weighed.withheld], sink, ledger.readings);
}

/** The errors a weak sheet decision may hold back: a percentage without base says no more than it can. */
const ERRORS: ReadonlySet<string> = new Set(['percent-of-plan-mismatch', 'ratio-prior-mismatch', 'growth-prior-mismatch', 'plan-growth-mismatch']);

/** The percentages of one column (as keyed by columnOf), in file order. */
function columnEntries(ledger: Ledger, column: string): LedgerEntry[] {
  return ledger.entries.filter((e) => columnOf(e) === column);
}
