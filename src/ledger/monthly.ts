import type { Ledger } from './build-ledger.js';
import { ratioDecimal, sum, type Dec } from './money.js';
import type { LedgerEntry } from './schema.js';

/** One month of a province's series: what its report states for the whole province (its total row). */
export interface MonthRow {
  month: number;
  /** No report for this month between the first and the last. */
  missing: boolean;
  /** Reports of this month (two or more: reported twice). */
  reports: number;
  file?: string;
  sheet?: string;
  monthActual?: Dec;
  cumulative?: Dec;
  /** The plan the month's percentage is of: the adjusted plan where the report states one. */
  plan?: Dec;
  planAdjusted: boolean;
  /** Cumulative ÷ plan × 100, exact to 1 decimal (undefined without both). */
  pctOfPlan?: string;
  /** Cumulative of the same months last year, as the report states it (cùng kỳ). */
  prior?: Dec;
  pctOfPrior?: string;
}

export interface ProvinceSeries {
  province: string;
  year: number;
  rows: MonthRow[];
  /** How many of its reports' money figures show their last digit at each exponent (in đồng): the unit(s) they are written in. */
  precisions: Record<number, number>;
}

/**
 * A report's figure for the whole province: its stated total, else KCQG + KCĐP totals, else the
 * one programme's total where the report has no line of the other (a KCQG-only report).
 */
function wholeFigure(entries: LedgerEntry[], pred: (e: LedgerEntry) => boolean): Dec | undefined {
  const es = entries.filter((e) => pred(e) && e.unit === 'VND' && !e.ofWhich && e.line === '');
  const both = es.find((e) => e.program === '');
  if (both) return both.amount;
  const qg = es.find((e) => e.program === 'KCQG'), dp = es.find((e) => e.program === 'KCDP');
  if (qg && dp) return sum([qg.amount, dp.amount]);
  const only = qg ?? dp;
  return only && !entries.some((e) => e.program !== '' && e.program !== only.program) ? only.amount : undefined;
}

const pct = (a: Dec | undefined, b: Dec | undefined) => (a && b && b.units !== 0n ? ratioDecimal(a, b, 100).toDecimalPlaces(1).toFixed(1) : undefined);
const mm = (n: number) => String(n).padStart(2, '0');

function monthRow(month: number, year: number, reports: LedgerEntry[][]): MonthRow {
  const entries = reports[0];
  if (!entries) return { month, missing: true, reports: 0, planAdjusted: false };
  const own = (e: LedgerEntry) => e.year === year && e.measure === 'actual';
  const monthActual = wholeFigure(entries, (e) => own(e) && e.period === `${mm(month)}-${mm(month)}`);
  const cumulative = wholeFigure(entries, (e) => own(e) && e.period === `01-${mm(month)}`);
  const adjusted = wholeFigure(entries, (e) => e.year === year && e.measure === 'plan_adjusted' && e.period === '01-12');
  const plan = adjusted ?? wholeFigure(entries, (e) => e.year === year && e.measure === 'plan' && e.period === '01-12');
  const prior = wholeFigure(entries, (e) => e.year === year - 1 && e.measure === 'actual' && e.period === `01-${mm(month)}`);
  const row: MonthRow = { month, missing: false, reports: reports.length, file: entries[0]!.source.file, sheet: entries[0]!.source.sheet, planAdjusted: adjusted !== undefined };
  if (monthActual) row.monthActual = monthActual;
  // January: the month is the cumulative.
  else if (month === 1 && cumulative) row.monthActual = cumulative;
  if (cumulative) row.cumulative = cumulative;
  if (plan) row.plan = plan;
  if (prior) row.prior = prior;
  const p = pct(cumulative, plan), q = pct(cumulative, prior);
  if (p) row.pctOfPlan = p;
  if (q) row.pctOfPrior = q;
  return row;
}

/** The money figures of a series' reports counted by the exponent of the last digit they show. */
function precisionCounts(months: Map<number, LedgerEntry[][]>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const reports of months.values()) for (const entries of reports) for (const e of entries) if (e.unit === 'VND') out[e.precision] = (out[e.precision] ?? 0) + 1;
  return out;
}

/**
 * Each province's monthly reports of a year as a month-by-month series: the month's actual, the
 * cumulative, % of plan (adjusted where stated), the same period last year; the months missing
 * between the first and the last report marked. Only sheets whose report period is one month
 * count; last year's inputs (--prior) are left out. Exact until written.
 */
export function monthlyView(ledger: Ledger): ProvinceSeries[] {
  const byPlace = new Map<string, LedgerEntry[]>();
  // Whether a report period is one month, decided once per period text (there are few).
  const oneMonth = new Map<string, boolean>();
  for (const e of ledger.entries) {
    if (e.prior || !e.provinceCode || !e.reportPeriod || e.reportYear === undefined) continue;
    let single = oneMonth.get(e.reportPeriod);
    if (single === undefined) {
      const [s, t] = e.reportPeriod.split('-');
      oneMonth.set(e.reportPeriod, (single = s === t));
    }
    if (!single) continue;
    const k = `${e.source.file}\u0000${e.source.sheet}`;
    (byPlace.get(k) ?? byPlace.set(k, []).get(k)!).push(e);
  }
  const series = new Map<string, { province: string; year: number; months: Map<number, LedgerEntry[][]> }>();
  for (const entries of byPlace.values()) {
    const e = entries[0]!;
    if (entries.some((x) => x.provinceCode !== e.provinceCode)) continue;
    const k = `${e.provinceList ?? '63'}:${e.provinceCode}|${e.reportYear}`;
    const s = series.get(k) ?? series.set(k, { province: e.province, year: e.reportYear!, months: new Map() }).get(k)!;
    const m = Number(e.reportPeriod!.slice(0, 2));
    (s.months.get(m) ?? s.months.set(m, []).get(m)!).push(entries);
  }
  return [...series.values()]
    .sort((a, b) => a.province.localeCompare(b.province, 'vi') || a.year - b.year)
    .map((s) => {
      const months = [...s.months.keys()];
      const first = Math.min(...months), last = Math.max(...months);
      const rows: MonthRow[] = [];
      for (let m = first; m <= last; m++) rows.push(monthRow(m, s.year, s.months.get(m) ?? []));
      return { province: s.province, year: s.year, rows, precisions: precisionCounts(s.months) };
    });
}
