import { amountOf, period, places } from '../findings/params.js';
import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { formatDec } from '../ledger/money.js';
import type { Check } from './check.js';
import { differences, monthlySeries } from './series.js';

/**
 * A month reported twice with different figures: one finding per later copy, at its first figure
 * that differs, the other differing cells related. (The same figures twice are one report; the
 * agreement and completeness checks leave such pairs to this check.)
 */
export const monthTwice: Check = {
  name: 'series-twice',
  codes: ['month-reported-twice'],
  run(ledger: Ledger) {
    const out: RawFinding[] = [];
    for (const s of monthlySeries(ledger)) {
      for (const [m, reports] of s.months) {
        const [first, ...rest] = reports;
        for (const r of rest) {
          const diffs = differences(first!, r);
          if (!diffs.length) continue;
          // At the first figure that differs on its own: a subtotal carrying a line's difference is no place to look.
          const carries = ([e]: [LedgerEntry, LedgerEntry]) => diffs.some(([c]) => c !== e && c.source.column === e.source.column && (e.rowTotal ? !c.rowTotal : (c.rowPath ?? []).includes(e.rowKey)));
          const [here, there] = diffs.find((d) => !carries(d)) ?? diffs[0]!;
          out.push({
            code: 'month-reported-twice',
            params: { province: s.province, period: period(`${String(m).padStart(2, '0')}-${String(m).padStart(2, '0')}`, s.year), other: places([there]), count: diffs.length, reported: amountOf(here), expected: amountOf(there) },
            location: locationOf(here.source),
            related: [locationOf(there.source), ...diffs.filter(([e]) => e !== here).map(([e]) => locationOf(e.source))],
            expected: formatDec(there.amount),
            reported: formatDec(here.amount),
          });
        }
      }
    }
    return out;
  },
};
