import type { RawFinding } from '../findings/types.js';
import { amount, amountOf, subject, word } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { doubtIn, isConflicting, MATTERS } from '../ledger/doubt.js';
import { abs, add, cmp, formatDec, halfUnit, sub, sum, ZERO, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { allowance } from './fact-places.js';
import { settleWithheld, type UncertainReason, type Withheld } from './withheld.js';

/** One "Trong đó" column group tested on one row: the whole and its parts there. */
interface Place {
  relation: string;
  whole: LedgerEntry;
  parts: LedgerEntry[];
  finding?: RawFinding;
  /** The parts exceed the whole by more than a unit of the last digit per figure. */
  gross: boolean;
}

/**
 * A "TRONG ĐÓ" column group (columns under a "Trong đó" header, `partOf` the whole column)
 * breaks its whole down in part: on every row each part, and the parts' sum, is at most the
 * whole. The figures are evidence of the reading: a group that exceeds its whole on most rows
 * was misread (one `reading-uncertain`), where it holds on most rows an excess is a fault.
 */
export function ofWhichColumnFindings(ledger: Ledger, sink?: Withheld[]): RawFinding[] {
  const places = groupPlaces(ledger.entries);
  const evidence = new Map<string, { holds: number; fails: number }>();
  for (const p of places) {
    const e = evidence.get(p.relation) ?? { holds: 0, fails: 0 };
    if (p.finding && p.gross) e.fails++;
    else e.holds++;
    evidence.set(p.relation, e);
  }
  const out: RawFinding[] = [];
  const withheld: Withheld[] = [];
  for (const p of places) {
    if (!p.finding) continue;
    const reason = doubtOf(p, evidence.get(p.relation)!);
    if (!reason) out.push(p.finding);
    else withheld.push({ code: 'of-which-exceeds', reason, total: p.whole, columns: [...new Set([p.whole, ...p.parts].map((e) => e.source.column))] });
  }
  return settleWithheld(out, withheld, sink);
}

function doubtOf(p: Place, relation: { holds: number; fails: number }): UncertainReason | undefined {
  if ([p.whole, ...p.parts].some((e) => isConflicting(e.doubt))) return 'conflicting-columns';
  if (p.whole.confirmed) return undefined;
  // A breakdown read as partial must hold where it was tested: exceeding its whole on most rows
  // (or on its only row, read from a guessed column) means the columns were misread.
  if (relation.fails > relation.holds) return 'figures-disagree';
  if (relation.fails === relation.holds && [p.whole, ...p.parts].some((e) => doubtIn(e.doubt, MATTERS.withinTable))) return 'figures-disagree';
  return undefined;
}

function groupPlaces(entries: LedgerEntry[]): Place[] {
  // Only sheets that have a "Trong đó" column group are looked at.
  const sheets = new Set<string>();
  for (const e of entries) if (e.partOf !== undefined) sheets.add(`${e.source.file}\u0000${e.source.sheet}`);
  if (sheets.size === 0) return [];
  const byRow = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    if (e.column === undefined || e.unit === '%' || !sheets.has(`${e.source.file}\u0000${e.source.sheet}`)) continue;
    const l = byRow.get(e.rowKey);
    if (l) l.push(e);
    else byRow.set(e.rowKey, [e]);
  }
  const places: Place[] = [];
  for (const row of byRow.values()) {
    const groups = new Map<number, LedgerEntry[]>();
    for (const e of row) {
      if (e.partOf === undefined) continue;
      const g = groups.get(e.partOf) ?? [];
      g.push(e);
      groups.set(e.partOf, g);
    }
    for (const [col, members] of groups) {
      const whole = row.find((e) => e.column === col && e.unit === members[0]!.unit);
      if (!whole || whole.amount.units < 0n) continue;
      const parts = members.filter((m) => m.unit === whole.unit && m.amount.units >= 0n);
      if (parts.length === 0) continue;
      places.push(testPlace(whole, parts));
    }
  }
  return places;
}

function testPlace(whole: LedgerEntry, parts: LedgerEntry[]): Place {
  const relation = `${whole.source.file}\u0000${whole.source.sheet}\u0000${whole.column}`;
  const total = sum(parts.map((p) => p.amount));
  const excess = sub(total, whole.amount);
  const place: Place = { relation, whole, parts, gross: false };
  if (cmp(excess, allowance(whole, ...parts)) <= 0) return place;
  const lastDigits = [whole, ...parts].reduce((acc, p) => add(acc, add(halfUnit(p.precision), halfUnit(p.precision))), ZERO);
  place.gross = cmp(abs(excess), lastDigits) > 0;
  place.finding = exceedsFinding(whole, parts, total, 'of-which-columns');
  return place;
}

/** "Trong đó" parts (rows or columns) adding up to more than their whole: the finding at the whole. */
export function exceedsFinding(whole: LedgerEntry, parts: LedgerEntry[], total: Dec, kind: 'of-which-rows' | 'of-which-columns'): RawFinding {
  return {
    code: 'of-which-exceeds',
    params: { what: subject('figure', whole.label || whole.province), reported: amountOf(whole), expected: amount(total, whole), parts: word(kind) },
    location: locationOf(whole.source),
    related: parts.map((p) => locationOf(p.source)),
    expected: formatDec(total),
    reported: formatDec(whole.amount),
  };
}
