import type { Config } from '../config/schema.js';
import { fileRef, period as periodParam, places, word, type PlacesParam, type WordParam } from '../findings/params.js';
import type { RawFinding } from '../findings/types.js';
import { locationOf, type Location } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { matchProvince, provinceByCode, provinceListFor } from '../reference/provinces.js';
import type { Check } from './check.js';
import { entriesByPlace, provinceKey, provinceKeys } from './fact-places.js';
import { differences, monthOf } from './series.js';

interface Submission {
  key: string;
  province: string;
  year: number;
  period: string;
  place: string;
  where: LedgerEntry;
}

/** What was done in a period: a report stating it is a report of that period, whatever its title's. */
const DONE = new Set(['actual', 'estimate', 'disbursed', 'settled']);

/**
 * Every expected province reported once for the period. Expected: the config's
 * expectedProvinces, else the province rows of the regional summaries in the inputs (for the
 * same year and period). A province's report is a sheet whose figures are all of one province.
 * Runs only when the inputs hold province reports.
 */
export const completeness: Check = {
  name: 'completeness',
  codes: ['province-report-missing', 'province-report-duplicate'],
  run(ledger: Ledger, config: Config) {
    const out: RawFinding[] = [];
    const byPlace = entriesByPlace(ledger.entries);
    const reports: Submission[] = [];
    const summaries: LedgerEntry[][] = [];
    for (const [place, es] of byPlace) {
      // One province, or three and more (a summary): counted no further.
      const provinces = provinceKeys(es, (e) => !!e.provinceCode, 3);
      // The first of the report's own figures (not its "cùng kỳ" ones).
      const e = es.find((x) => x.reportYear === undefined || x.year === x.reportYear);
      if (provinces.size === 1 && es.every((x) => x.provinceCode) && e) {
        reports.push({ key: provinceKey(e), province: e.province, year: e.reportYear ?? e.year, period: e.reportPeriod ?? e.period, place, where: e });
      } else if (provinces.size >= 3 && es.some((e) => e.rowPath !== undefined)) summaries.push(es); // a summary table, not an export
    }
    if (reports.length === 0) return out;
    // Two reports of one province for one period.
    const seen = new Map<string, Submission>();
    for (const r of reports) {
      const k = `${r.key}|${r.year}|${r.period}`;
      const first = seen.get(k);
      if (!first) {
        seen.set(k, r);
        continue;
      }
      // Sheets of one workbook are one report in parts (the report, its annexes), not two reports.
      if (first.where.source.file === r.where.source.file) continue;
      // A month's report twice with different figures: the series-twice check's.
      if (monthOf(r.period) !== undefined && differences({ entries: byPlace.get(first.place)! }, { entries: byPlace.get(r.place)! }).length) continue;
      out.push({
        code: 'province-report-duplicate',
        params: { province: r.province, period: periodParam(r.period, r.year), other: fileRef(first.where.source.file) },
        location: { file: r.where.source.file, sheet: r.where.source.sheet },
        related: [{ file: first.where.source.file, sheet: first.where.source.sheet }],
      });
    }
    // A quarter's report that also states the months to date ("Quý III" beside "Lũy kế 9 tháng") is that period's report too.
    const covered = new Set<string>();
    for (const r of reports) {
      for (const e of byPlace.get(r.place)!) if (e.year === r.year && DONE.has(e.measure)) covered.add(`${r.key}|${r.year}|${e.period}`);
    }
    // The periods the reports are for; each wants every expected province.
    const periods = new Map<string, { year: number; period: string }>();
    for (const r of reports) periods.set(`${r.year}|${r.period}`, { year: r.year, period: r.period });
    for (const { year, period } of periods.values()) {
      const expected = new Map<string, { name: string; location: Location; source: PlacesParam | WordParam }>();
      const end = Number(period.slice(3));
      const list = provinceListFor(year, end);
      if (config.expectedProvinces?.length) {
        for (const name of config.expectedProvinces) {
          const p = /^\d{1,2}$/.test(name.trim()) ? provinceByCode(name, list) : matchProvince(name, list)?.province;
          if (p) expected.set(`${p.list}:${p.code}`, { name: p.name, location: { file: '(config)' }, source: word('source-config') });
        }
      } else {
        for (const es of summaries) {
          for (const e of es) {
            if (!e.provinceCode || e.year !== year || (e.reportPeriod ?? e.period) !== period) continue;
            const k = provinceKey(e);
            if (!expected.has(k)) expected.set(k, { name: e.province, location: locationOf(e.source), source: places([e]) });
          }
        }
      }
      for (const [k, x] of expected) {
        if (seen.has(`${k}|${year}|${period}`) || covered.has(`${k}|${year}|${period}`)) continue;
        out.push({ code: 'province-report-missing', params: { province: x.name, period: periodParam(period, year), source: x.source }, location: x.location });
      }
    }
    return out;
  },
};
