/**
 * What a figure can be: amount measures, then the percentages a report states about them.
 * Knowledge of the domain, shared by the vocabulary tables that recognise them and the ledger
 * that stores them.
 */
export const AMOUNT_MEASURES = ['plan', 'plan_adjusted', 'estimate', 'actual', 'disbursed', 'advanced', 'settled', 'value'] as const;
export const RATIO_MEASURES = ['pct_of_plan', 'ratio_prior', 'growth_prior', 'plan_growth', 'pct_of_plan_adjusted'] as const;
export type Measure = (typeof AMOUNT_MEASURES)[number] | (typeof RATIO_MEASURES)[number];
export type RatioMeasure = (typeof RATIO_MEASURES)[number];
