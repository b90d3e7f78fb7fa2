import type { RawFinding } from '../findings/types.js';
import { amountOf, fact } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { cmp, sub } from '../ledger/money.js';
import type { Check } from './check.js';
import { allowance, samePlace } from './fact-places.js';
import { lineGroups } from './line-groups.js';

/** An actual above the year's plan (the adjusted plan where stated), within one report: a warning. */
export const actualAbovePlan: Check = {
  name: 'actual-above-plan',
  codes: ['actual-above-plan'],
  run(ledger: Ledger) {
    const out: RawFinding[] = [];
    for (const list of lineGroups(ledger)) {
      for (const a of list) {
        if (a.measure !== 'actual' || a.prior) continue;
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
