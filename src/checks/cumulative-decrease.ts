import type { RawFinding } from '../findings/types.js';
import { amountOf, fact, places } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { cmp, formatDec, sub } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { sameFigure, sameMonthReports } from './series.js';
import { allowance } from './fact-places.js';
import { lineGroups } from './line-groups.js';
import { MATTERS } from '../ledger/doubt.js';
import { SheetEvidence } from './sheet-evidence.js';
import { settleWithheld, type Withheld } from './withheld.js';

const ERRORS = new Set(['cumulative-decrease']);

/** Cumulative actuals from January, one per period end (the first place that states it); an end stated twice with two values is the series-twice check's. */
function cumulativeByEnd(list: LedgerEntry[]): Map<number, LedgerEntry> {
  const cumulative = new Map<number, LedgerEntry>();
  const twice = new Set<number>();
  for (const e of list) {
    if (e.measure !== 'actual' || !e.period.startsWith('01-')) continue;
    const end = Number(e.period.slice(3));
    const have = cumulative.get(end);
    if (!have) cumulative.set(end, e);
    else if (sameMonthReports(have, e) && !sameFigure(have, e)) twice.add(end);
  }
  for (const end of twice) cumulative.delete(end);
  return cumulative;
}

/**
 * A cumulative actual never decreases from one report to the next: 6 months ≤ 9 months ≤ the
 * year, July's "lũy kế" ≤ August's, whatever the headers call them.
 */
export const cumulativeDecrease: Check = {
  name: 'cumulative-decrease',
  codes: ['cumulative-decrease', 'reading-uncertain'],
  run(ledger: Ledger, _config, sink?: Withheld[]) {
    const tested = new SheetEvidence(MATTERS.series);
    for (const list of lineGroups(ledger)) {
      const cumulative = cumulativeByEnd(list);
      const ends = [...cumulative.keys()].sort((a, b) => a - b);
      for (let i = 1; i < ends.length; i++) {
        const earlier = cumulative.get(ends[i - 1]!)!;
        const later = cumulative.get(ends[i]!)!;
        if (cmp(sub(earlier.amount, later.amount), allowance(earlier, later)) <= 0) {
          tested.add([later, earlier]);
          continue;
        }
        tested.add([later, earlier], {
          code: 'cumulative-decrease',
          params: { what: fact(later), end: ends[i]!, earlier: ends[i - 1]!, reported: amountOf(later), expected: amountOf(earlier), other: places([earlier]) },
          location: locationOf(later.source),
          related: [locationOf(earlier.source)],
          reported: formatDec(later.amount),
          expected: formatDec(earlier.amount),
        });
      }
    }
    // Which period each figure covers rests on its report's period: where that is uncertain and
    // most of the report's figures do not follow on, the periods were likely misread.
    const { findings, withheld } = tested.weigh(ERRORS);
    return settleWithheld(findings, withheld, sink, ledger.readings);
  },
};
