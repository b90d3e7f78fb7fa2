import type { RawFinding } from '../findings/types.js';
import { words } from '../findings/params.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { columnLetter } from '../read/grid.js';

/** Why an error was withheld: what about the reading was uncertain. */
export type UncertainReason = 'figures-disagree' | 'conflicting-columns' | 'unreadable-figure' | 'column-weak' | 'hidden-row';

/** An error a check would have raised, had every figure of its relation been read with certainty. */
export interface Withheld {
  code: 'sum-mismatch' | 'duplicate-fact' | 'of-which-exceeds' | 'agreement-mismatch' | 'prior-restated'
    | 'percent-of-plan-mismatch' | 'ratio-prior-mismatch' | 'growth-prior-mismatch' | 'plan-growth-mismatch' | 'percent-without-base';
  reason: UncertainReason;
  total: LedgerEntry;
  /** Sheet columns whose reading is in doubt. */
  columns: number[];
  /** The reading the figures bear out for the total's column, as a mapping column spec ({ "ratio": "growth_prior" }). */
  reading?: Record<string, unknown>;
}

const CELLS_SHOWN = 12;

/** The mapping-file rule that settles the doubt: the columns' meanings, or the structure as read. */
function fragment(file: string, sheet: string, list: Withheld[]): string {
  const base = file.replace(/^.*[\\/]/, '');
  const rule: Record<string, unknown> = { file: base, sheet };
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
  if (list.some((w) => w.reason !== 'conflicting-columns' && w.reason !== 'column-weak')) rule.structure = 'as-read';
  return JSON.stringify({ rules: [rule] });
}

/** One `reading-uncertain` warning per sheet for the errors withheld there, by any check. */
export function uncertainFindings(withheld: Withheld[]): RawFinding[] {
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
    const reasons = [...new Set(list.map((w) => w.reason))];
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
        fragment: fragment(first.file, first.sheet, list),
      },
      location: { file: first.file, sheet: first.sheet, cell: first.cell, row: first.row, column: first.column },
      related: list.slice(1, 50).map((w) => ({ file: w.total.source.file, sheet: w.total.source.sheet, cell: w.total.source.cell, row: w.total.source.row, column: w.total.source.column })),
    });
  }
  return out;
}

/** A check's findings: its withheld errors go to the run's list, or (a check run alone) become its own warnings. */
export function settleWithheld(findings: RawFinding[], withheld: Withheld[], sink: Withheld[] | undefined): RawFinding[] {
  if (sink) {
    sink.push(...withheld);
    return findings;
  }
  return [...findings, ...uncertainFindings(withheld)];
}
