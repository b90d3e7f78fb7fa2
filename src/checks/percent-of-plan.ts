import type { Check } from './check.js';
import { checkRatio } from './ratios.js';

/**
 * Percent of plan ("Tỷ lệ (%)", "TH/KH (%)", "Đạt (%)"): actual ÷ plan × 100, to the digits shown;
 * "Tỷ lệ lũy kế/KH điều chỉnh (%)" against the adjusted plan, "… /KH năm" against the year's plan.
 */
export const percentOfPlan: Check = {
  name: 'percent-of-plan',
  codes: ['percent-of-plan-mismatch', 'percent-without-base'],
  run(ledger) {
    return ledger.entries.flatMap((e) => (e.measure === 'pct_of_plan' || e.measure === 'pct_of_plan_adjusted' ? [checkRatio(ledger, e, ['pct_of_plan', 'pct_of_plan_adjusted'])].filter((f) => f !== undefined) : []));
  },
};
