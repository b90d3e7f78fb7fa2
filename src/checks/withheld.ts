import type { FindingCode } from '../findings/catalog.js';
import type { RawFinding } from '../findings/types.js';
import { words, type WordKey } from '../findings/params.js';
import type { SheetReading } from '../ledger/build-ledger.js';
import { DOUBT } from '../ledger/doubt.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { columnLetter } from '../read/grid.js';

/** Why an error was withheld: what about the reading was uncertain. */
export type UncertainReason = 'figures-disagree' | 'conflicting-columns' | 'unreadable-figure' | 'column-weak' | 'column-guessed' | 'band-weak' | 'period-weak' | 'year-weak' | 'unit-weak' | 'hidden-row' | 'pair-guessed';

/** An error a check would have raised, had every figure of its relation been read with certainty. */
export interface Withheld {
  code: FindingCode;
  reason: UncertainReason;
  total: LedgerEntry;
  /** Sheet columns whose reading is in doubt. */
  columns: number[];
  /** The reading the figures bear out for the total's column, as a mapping column spec ({ "ratio": "growth_prior" }). */
  reading?: Record<string, unknown>;
  /** The sheet's own decisions in doubt (DOUBT bits: band, period, year, unit), each named and settled by the fragment. */
  sheetDoubts?: number;
}

/** The reasons of the sheet's decisions in doubt, the band first (everything is read from it). */
const SHEET_REASONS: Array<[number, UncertainReason]> = [[DOUBT.bandWeak, 'band-weak'], [DOUBT.periodWeak, 'period-weak'], [DOUBT.yearWeak, 'year-weak'], [DOUBT.unitWeak, 'unit-weak']];

export function sheetReasons(bits: number): UncertainReason[] {
  return SHEET_REASONS.filter(([bit]) => (bits & bit) !== 0).map(([, r]) => r);
}

/** The reasons of any doubts: two readings of one fact, a column guessed, a row placed by inference or hidden, then the sheet's. */
export function doubtReasons(bits: number): UncertainReason[] {
  const own: Array<[number, UncertainReason]> = [[DOUBT.columnConflict, 'conflicting-columns'], [DOUBT.columnWeak, 'column-guessed'], [DOUBT.rowWeak, 'figures-disagree'], [DOUBT.rowHidden, 'hidden-row']];
  return [...own.filter(([bit]) => (bits & bit) !== 0).map(([, r]) => r), ...sheetReasons(bits)];
}

const CELLS_SHOWN = 12;

/**
 * The title facts that settle doubts of the sheet's own decisions: the year, period and unit as
 * read, stated by the mapping file (and so certain). The header band is settled by confirming the
 * structure as read.
 */
function titleRule(list: Withheld[], reading: SheetReading | undefined): Record<string, unknown> | undefined {
  const bits = list.reduce((a, w) => a | (w.sheetDoubts ?? 0), 0);
  const e = list.find((w) => w.sheetDoubts)?.total;
  if (!e) return undefined;
  const title: Record<string, unknown> = {};
  if (bits & (DOUBT.yearWeak | DOUBT.periodWeak)) title.year = reading?.year ?? e.reportYear ?? e.year;
  if (bits & DOUBT.periodWeak) title.period = reading?.period ?? e.reportPeriod ?? e.period;
  if (bits & DOUBT.unitWeak && reading?.unit) title.unit = reading.unit;
  return Object.keys(title).length ? title : undefined;
}

/** The mapping-file rule that settles the doubt: the columns' meanings, the title facts, or the structure as read. */
function fragment(file: string, sheet: string, list: Withheld[], reading: SheetReading | undefined): string {
  const base = file.replace(/^.*[\\/]/, '');
  const rule: Record<string, unknown> = { file: base, sheet };
  const title = titleRule(list, reading);
  if (title) rule.title = title;
  const conflicting = list.filter((w) => w.reason === 'conflicting-columns');
  if (conflicting.length) {
    const columns: Record<string, unknown> = {};
    for (const w of conflicting) {
      for (const col of w.columns) columns[columnLetter(col)] = { measure: w.total.measure, line: `${w.total.label || 'line'} (${columnLetter(col)})` };
    }
    rule.columns = columns;
  }
  // A guessed column: the other reading spelled out, since the guess gave errors (a bare "cùng kỳ"
  // read as the month is likely the cumulative figure, and the reverse).
  for (const w of list.filter((x) => x.reason === 'column-weak')) {
    const e = w.total;
    const [start, end] = e.period.split('-');
    const spec: Record<string, unknown> = { measure: e.measure, year: e.year, period: start === end ? `01-${end}` : `${end}-${end}` };
    rule.columns = { ...(rule.columns as Record<string, unknown> | undefined), [columnLetter(e.source.column)]: spec };
  }
  // A column whose figures bear out another reading (a percentage header read as the wrong ratio).
  for (const w of list.filter((x) => x.reading)) rule.columns = { ...(rule.columns as Record<string, unknown> | undefined), [columnLetter(w.total.source.column)]: w.reading };
  // What the title facts or a column's reading settle needs no structure; anything else (a sum or
  // a ratio missing where the structure was read, a hidden row, a weak header band) is settled by
  // confirming the structure as read.
  const settledElsewhere = new Set<UncertainReason>(['conflicting-columns', 'column-weak', 'period-weak', 'year-weak', 'unit-weak']);
  const structural = (w: Withheld) => !settledElsewhere.has(w.reason) || ((w.sheetDoubts ?? 0) & DOUBT.bandWeak) !== 0;
  if (list.some(structural)) rule.structure = 'as-read';
  return JSON.stringify({ rules: [rule] });
}

/** One `reading-uncertain` warning per sheet for the errors withheld there, by any check. */
export function uncertainFindings(withheld: Withheld[], readings: SheetReading[] = []): RawFinding[] {
  const bySheet = new Map<string, Withheld[]>();
  for (const w of withheld) {
    const k = `${w.total.source.file}\u0000${w.total.source.sheet}`;
    const l = bySheet.get(k);
    if (l) l.push(w);
    else bySheet.set(k, [w]);
  }
  const out: RawFinding[] = [];
  for (const list of bySheet.values()) {
    const first = list[0]!.total.source;
    const cells = [...new Set(list.map((w) => w.total.source.cell))];
    const reasons = [...new Set(list.flatMap((w) => [w.reason, ...sheetReasons(w.sheetDoubts ?? 0)]))] as WordKey[];
    const reading = readings.find((r) => r.file === first.file && r.sheet === first.sheet);
    const counts = new Map<string, number>();
    for (const w of list) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
    out.push({
      code: 'reading-uncertain',
      params: {
        withheld: list.length,
        // Every error withheld on the sheet, by code: one warning says them all.
        check: { kind: 'codes', codes: [...counts].map(([code, count]) => ({ code, count })) },
        reason: words(reasons),
        cells: cells.slice(0, CELLS_SHOWN).join(', ') + (cells.length > CELLS_SHOWN ? ', …' : ''),
        fragment: fragment(first.file, first.sheet, list, reading),
      },
      location: { file: first.file, sheet: first.sheet, cell: first.cell, row: first.row, column: first.column },
      related: list.slice(1, 50).map((w) => ({ file: w.total.source.file, sheet: w.total.source.sheet, cell: w.total.source.cell, row: w.total.source.row, column: w.total.source.column })),
    });
  }
  return out;
}

/** A check's findings: its withheld errors go to the run's list, or (a check run alone) become its own warnings. */
export function settleWithheld(findings: RawFinding[], withheld: Withheld[], sink: Withheld[] | undefined, readings?: SheetReading[]): RawFinding[] {
  if (sink) {
    sink.push(...withheld);
    return findings;
  }
  return [...findings, ...uncertainFindings(withheld, readings)];
}
