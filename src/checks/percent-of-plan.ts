import { MATTERS } from '../ledger/doubt.js';
import type { Check } from './check.js';
import { ratioFindings } from './ratio-columns.js';

/**
 * Percent of plan ("Tỷ lệ (%)", "TH/KH (%)", "Đạt (%)"): actual ÷ plan × 100, to the digits shown;
 * "Tỷ lệ lũy kế/KH điều chỉnh (%)" against the adjusted plan, "… /KH năm" against the year's plan.
 * A miss on a sheet whose header band was decided weakly, where most of its percentages miss too,
 * is withheld: the columns were likely misread.
 */
export const percentOfPlan: Check = {
  name: 'percent-of-plan',
  codes: ['percent-of-plan-mismatch', 'percent-without-base', 'reading-uncertain'],
  run(ledger, _config, withheld) {
    return ratioFindings(ledger, ['pct_of_plan', 'pct_of_plan_adjusted'], withheld, MATTERS.percentOfPlan);
  },
};
