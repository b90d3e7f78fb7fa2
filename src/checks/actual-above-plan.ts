import type { RawFinding } from '../findings/types.js';
import { amountOf, fact } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { cmp, sub } from '../ledger/money.js';
import { onHiddenRow } from '../ledger/doubt.js';
import type { Check } from './check.js';
import { allowance, samePlace } from './fact-places.js';
import { lineGroups } from './line-groups.js';

/** An actual above the year's plan (the adjusted plan where stated), within one report, on a row it shows: a warning. */
export const actualAbovePlan: Check = {
  name: 'actual-above-plan',
  codes: ['actual-above-plan'],
  run(ledger: Ledger) {
    const out: RawFinding[] = [];
    for (const list of lineGroups(ledger)) {
      for (const a of list) {
        // A line the file hides (a superseded one kept out of sight) is not what the report states.
        if (a.measure !== 'actual' || a.prior || onHiddenRow(a)) continue;
        const plan = list.find((p) => samePlace(p, a) && p.measure === 'plan_adjusted' && p.period === '01-12') ?? list.find((p) => samePlace(p, a) && p.measure === 'plan' && p.period === '01-12');
        if (!plan || plan.amount.units <= 0n) continue;
        if (cmp(sub(a.amount, plan.amount), allowance(a, plan)) > 0) {
          out.push({
            code: 'actual-above-plan',
            params: { what: fact(a), reported: amountOf(a), expected: amountOf(plan) },
            location: locationOf(a.source),
            related: [locationOf(plan.source)],
          });
        }
      }
    }
    return out;
  },
};
