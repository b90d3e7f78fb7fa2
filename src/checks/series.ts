import type { Ledger } from '../ledger/build-ledger.js';
import { abs, cmp, sub } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { agreementKey, allowance, entriesByPlace, provinceKey, provinceKeys, samePlace } from './fact-places.js';

/** One province's report for one month (its title, sheet or file name says the month). */
export interface MonthlyReport {
  place: string;
  month: number;
  year: number;
  entries: LedgerEntry[];
}

/** A province's monthly reports of one year, by month: the series the month checks walk. */
export interface MonthlySeries {
  province: string;
  year: number;
  months: Map<number, MonthlyReport[]>;
}

/** "07-07": a report of one month. */
export function monthOf(period: string | undefined): number | undefined {
  if (!period) return undefined;
  const [s, e] = period.split('-').map(Number);
  return s !== undefined && s === e ? s : undefined;
}

/**
 * The monthly series of the inputs: sheets whose figures are all of one province and whose
 * report period is a single month, grouped by province and year. Last year's inputs (--prior)
 * are left out: they are references, not the series checked. With `anyPeriod`, reports of any
 * period count, by the month they end (quarterly reports: Quý II ends in June).
 */
export function monthlySeries(ledger: Ledger, anyPeriod = false): MonthlySeries[] {
  const byPlace = entriesByPlace(ledger.entries);
  const series = new Map<string, MonthlySeries>();
  for (const [place, entries] of byPlace) {
    // One province or more than one is all that is asked.
    const provinces = provinceKeys(entries, undefined, 2);
    const first = entries.find((e) => e.reportYear !== undefined && e.reportPeriod !== undefined);
    const month = anyPeriod && first?.reportPeriod ? Number(first.reportPeriod.slice(3)) : monthOf(first?.reportPeriod);
    if (provinces.size !== 1 || !first || !first.provinceCode || month === undefined || first.reportYear === undefined) continue;
    const key = `${provinceKey(first)}|${first.reportYear}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { province: first.province, year: first.reportYear, months: new Map() }));
    const report: MonthlyReport = { place, month, year: first.reportYear, entries };
    const at = s.months.get(month);
    if (at) at.push(report);
    else s.months.set(month, [report]);
  }
  return [...series.values()];
}

/** True when two entries are the same figure in two reports of one month (or of one series). */
export const sameFigure = (a: LedgerEntry, b: LedgerEntry) => cmp(abs(sub(a.amount, b.amount)), allowance(a, b)) <= 0;

/** The figures of `later` that differ from the same fact in `earlier`, each with its counterpart. */
export function differences(earlier: Pick<MonthlyReport, 'entries'>, later: Pick<MonthlyReport, 'entries'>): Array<[LedgerEntry, LedgerEntry]> {
  const before = new Map<string, LedgerEntry>();
  for (const e of earlier.entries) if (!e.ofWhich && !before.has(agreementKey(e))) before.set(agreementKey(e), e);
  const out: Array<[LedgerEntry, LedgerEntry]> = [];
  const seen = new Set<string>();
  for (const e of later.entries) {
    const k = agreementKey(e);
    if (e.ofWhich || seen.has(k)) continue;
    seen.add(k);
    const other = before.get(k);
    if (other && !sameFigure(e, other)) out.push([e, other]);
  }
  return out;
}

/** The one report of a month, if there is one (copies with the same figures count once). */
export function soleReport(s: MonthlySeries, month: number): MonthlyReport | undefined {
  const reports = s.months.get(month);
  if (!reports?.length) return undefined;
  const [first, ...rest] = reports;
  return rest.every((r) => differences(first!, r).length === 0) ? first : undefined;
}

/** True when two places are two reports of one province for one month (the series-twice check's pair). */
export function sameMonthReports(a: LedgerEntry, b: LedgerEntry): boolean {
  return !a.prior && !b.prior && monthOf(a.reportPeriod) !== undefined && a.reportPeriod === b.reportPeriod
    && a.reportYear === b.reportYear && provinceKey(a) === provinceKey(b) && !samePlace(a, b);
}

/** The figure of a line in a report: measure actual of the report's year, the period given. */
export function lineKey(e: LedgerEntry): string {
  return `${e.program}|${e.line}|${e.unit}|${e.ofWhich ? 1 : 0}`;
}

/** Actual figures of a report's own year, by line and period ("07-07", "01-07"); a line stated twice with two values is left out. */
export function actualsOf(r: MonthlyReport): Map<string, LedgerEntry> {
  const out = new Map<string, LedgerEntry>();
  const bad = new Set<string>();
  for (const e of r.entries) {
    if (e.measure !== 'actual' || e.year !== r.year || e.ofWhich || e.unit === '%') continue;
    const k = `${lineKey(e)}|${e.period}`;
    const have = out.get(k);
    if (!have) out.set(k, e);
    else if (!sameFigure(have, e)) bad.add(k);
  }
  for (const k of bad) out.delete(k);
  return out;
}
