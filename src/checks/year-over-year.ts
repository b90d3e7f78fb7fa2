import { MATTERS } from '../ledger/doubt.js';
import type { Check } from './check.js';
import { ratioFindings } from './ratio-columns.js';

/**
 * Year-over-year: the ratio to the same period last year ("So với cùng kỳ (%)"), the growth
 * on it ("Tăng (+), giảm (-) %"), and plan growth ("KH 2024 so với KH 2023"). Which column is
 * this year's and which last year's rests on the report's year: a miss where that year was
 * guessed (or the header band decided weakly), and most of the sheet's ratios miss, is withheld.
 */
export const yearOverYear: Check = {
  name: 'year-over-year',
  codes: ['ratio-prior-mismatch', 'growth-prior-mismatch', 'plan-growth-mismatch', 'percent-without-base', 'reading-uncertain'],
  run(ledger, _config, withheld) {
    return ratioFindings(ledger, ['ratio_prior', 'growth_prior', 'plan_growth'], withheld, MATTERS.yearOverYear);
  },
};
