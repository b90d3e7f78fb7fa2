import type { ColumnSpec } from './column-spec.js';

/**
 * A percentage "so với KH giai đoạn" beside a programme's span of years (columns "KH giai đoạn
 * 2021-2025" and "Lũy kế 2021 - 9 tháng 2024"): a percentage of that span, not of the year. It
 * takes the years of the span's plan column of its programme, where exactly one states them;
 * else it stays unplaced (its figures then meet no amounts, and nothing is said of them).
 */
export function spanRatioYears(columns: ColumnSpec[]): void {
  for (const c of columns) {
    const m = c.meaning;
    if (m.kind !== 'ratio' || !m.ofSpan || m.yearTo !== undefined) continue;
    const plans = columns.filter((p) => p.meaning.kind === 'amount' && (p.meaning.measure === 'plan' || p.meaning.measure === 'plan_adjusted') && p.meaning.yearTo !== undefined && p.meaning.year !== undefined && (p.meaning.program ?? '') === (m.program ?? ''));
    const spans = new Set(plans.map((p) => `${(p.meaning as { year: number }).year}-${(p.meaning as { yearTo: number }).yearTo}`));
    if (spans.size !== 1) continue;
    const plan = plans[0]!.meaning as { year: number; yearTo: number };
    m.year = plan.year;
    m.yearTo = plan.yearTo;
  }
}
