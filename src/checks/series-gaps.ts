import { period } from '../findings/params.js';
import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import type { Check } from './check.js';
import { monthlySeries } from './series.js';

const mm = (n: number) => String(n).padStart(2, '0');
const monthPeriod = (m: number, year: number) => period(`${mm(m)}-${mm(m)}`, year);

/**
 * A month missing from a province's series: between its first and its last monthly report of
 * the year, every month has a report. The finding stands at the report after the gap.
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
        const where = s.months.get(next)![0]!.entries[0]!.source;
        out.push({
          code: 'month-missing',
          params: { province: s.province, period: monthPeriod(m, s.year), first: monthPeriod(first, s.year), last: monthPeriod(last, s.year) },
          location: { file: where.file, sheet: where.sheet },
        });
      }
    }
    return out;
  },
};
