import type { RawFinding } from '../findings/types.js';
import { amountOf, fact, places } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { abs, cmp, sub } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { allowance, placeOf, samePlace } from './fact-places.js';
import { lineGroups, lineKey } from './line-groups.js';

/**
 * The year's plan from one report to the next (by the month it ends): where it changed with no
 * adjusted-plan column beside it, a warning. A subtotal or total whose plan changed only because
 * its lines' did is left to the lines.
 */
export const planChanged: Check = {
  name: 'plan-changed',
  codes: ['plan-changed'],
  run(ledger: Ledger) {
    const changed: Array<{ at: LedgerEntry; f: RawFinding }> = [];
    const adjustedAt = new Set<string>();
    for (const x of ledger.entries) if (x.measure === 'plan_adjusted') adjustedAt.add(`${placeOf(x)}\u0000${lineKey(x)}`);
    const end = (p: LedgerEntry) => Number(p.reportPeriod!.slice(3));
    for (const list of lineGroups(ledger)) {
      const plans = list.filter((p) => p.measure === 'plan' && p.period === '01-12' && p.reportPeriod && !p.prior).sort((a, b) => end(a) - end(b));
      for (let i = 1; i < plans.length; i++) {
        const [earlier, later] = [plans[i - 1]!, plans[i]!];
        if (earlier.reportPeriod === later.reportPeriod || samePlace(earlier, later)) continue;
        if (cmp(abs(sub(earlier.amount, later.amount)), allowance(earlier, later)) <= 0) continue;
        if (adjustedAt.has(`${placeOf(later)}\u0000${lineKey(later)}`)) continue;
        changed.push({
          at: later,
          f: {
            code: 'plan-changed',
            params: { what: fact(later), reported: amountOf(later), expected: amountOf(earlier), other: places([earlier]) },
            location: locationOf(later.source),
            related: [locationOf(earlier.source)],
          },
        });
      }
    }
    const carries = (e: LedgerEntry) => changed.some(({ at: c }) => c !== e && samePlace(c, e) && c.source.column === e.source.column && (e.rowTotal ? !c.rowTotal : (c.rowPath ?? []).includes(e.rowKey)));
    return changed.filter(({ at }) => !carries(at)).map(({ f }) => f);
  },
};
