import type { RawFinding } from '../findings/types.js';
import { doubtIn, SHEET_DOUBTS } from '../ledger/doubt.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { doubtReasons, type Withheld } from './withheld.js';

const sheetOf = (e: LedgerEntry) => `${e.source.file}\u0000${e.source.sheet}`;

/** One relation a check tested: the figures it rests on, and its error if it missed. */
export interface Tested {
  entries: LedgerEntry[];
  finding?: RawFinding | undefined;
}

/**
 * Relations resting on a sheet's uncertain decisions (header band, period, year, unit, a column
 * read against its cells: those in `mask`, the ones that matter to the check), weighed by the figures. Where most of a sheet's
 * relations hold, the figures confirm its reading, and a miss among them is a fault reported
 * with confidence; where most miss (or the one tested misses), the error is withheld into the
 * sheet's one `reading-uncertain`, naming the decision and restating it in the fragment.
 */
export function weighSheetDoubts(tested: Tested[], mask: number, errors: ReadonlySet<string>): { findings: RawFinding[]; withheld: Withheld[]; held: RawFinding[] } {
  // A figure the mapping file confirms as read is in no doubt.
  const doubts = (e: LedgerEntry) => (e.confirmed ? 0 : doubtIn(e.doubt, mask));
  const tally = new Map<string, { holds: number; fails: number }>();
  for (const t of tested) {
    for (const k of new Set(t.entries.filter((e) => doubts(e)).map(sheetOf))) {
      const c = tally.get(k) ?? { holds: 0, fails: 0 };
      if (t.finding) c.fails++;
      else c.holds++;
      tally.set(k, c);
    }
  }
  const confirmed = (e: LedgerEntry) => {
    const c = tally.get(sheetOf(e));
    return c !== undefined && c.holds > c.fails;
  };
  const findings: RawFinding[] = [];
  const withheld: Withheld[] = [];
  const held: RawFinding[] = [];
  for (const t of tested) {
    if (!t.finding) continue;
    // Only errors are held back: a warning or a hint says no more than it can.
    const doubted = errors.has(t.finding.code) ? t.entries.find((e) => doubts(e) && !confirmed(e)) : undefined;
    if (!doubted) {
      findings.push(t.finding);
      continue;
    }
    const bits = doubts(doubted);
    withheld.push({ code: t.finding.code, reason: doubtReasons(bits)[0]!, total: doubted, columns: [doubted.source.column], sheetDoubts: bits & SHEET_DOUBTS });
    held.push(t.finding);
  }
  return { findings, withheld, held };
}
