import { period } from '../findings/params.js';
import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { locationOf } from '../findings/types.js';
import type { Check } from './check.js';
import { monthlySeries } from './series.js';

const mm = (n: number) => String(n).padStart(2, '0');
const monthPeriod = (m: number, year: number) => period(`${mm(m)}-${mm(m)}`, year);

/** A report's cumulative figure for its whole table (the total row's "lũy kế"), else its first figure: where a gap before it shows. */
function cumulativeTotal(entries: LedgerEntry[]): LedgerEntry {
  const cum = entries.filter((e) => e.measure === 'actual' && !e.prior && e.period.startsWith('01-') && e.period !== '01-01');
  return cum.find((e) => e.rowTotal) ?? cum.find((e) => e.line === '') ?? cum[0] ?? entries[0]!;
}

/**
 * A month missing from a province's series: between its first and its last monthly report of
 * the year, every month has a report. The finding stands at the cumulative total of the report
 * after the gap (the figure that spans the missing month), beside the one before it.
 */
export const monthGaps: Check = {
  name: 'series-gaps',
  codes: ['month-missing'],
  run(ledger: Ledger) {
    const out: RawFinding[] = [];
    for (const s of monthlySeries(ledger)) {
      const months = [...s.months.keys()].sort((a, b) => a - b);
      const first = months[0]!, last = months[months.length - 1]!;
      for (let m = first + 1; m < last; m++) {
        if (s.months.has(m)) continue;
        const next = months.find((x) => x > m)!;
        const before = [...months].reverse().find((x) => x < m)!;
        const at = cumulativeTotal(s.months.get(next)![0]!.entries);
        const prev = cumulativeTotal(s.months.get(before)![0]!.entries);
        out.push({
          code: 'month-missing',
          params: { province: s.province, period: monthPeriod(m, s.year), first: monthPeriod(first, s.year), last: monthPeriod(last, s.year) },
          location: locationOf(at.source),
          related: [locationOf(prev.source)],
        });
      }
    }
    return out;
  },
};
