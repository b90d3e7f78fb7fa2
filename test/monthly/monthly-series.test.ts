import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const M = (p: string) => join(ROOT, 'fixtures', 'monthly', p);
const PRIOR = M('consistent/2023');

interface Manifest {
  faults: Array<{ name: string; what: string; expect: Array<{ code: string; file: string; cell?: string }> }>;
}
const manifest = JSON.parse(readFileSync(M('manifest.json'), 'utf8')) as Manifest;

const SERIES_CODES = ['month-cumulative-mismatch', 'month-missing', 'month-reported-twice', 'cumulative-decrease', 'plan-changed', 'prior-restated', 'percent-of-plan-mismatch', 'duplicate-fact', 'agreement-mismatch', 'period-conflict'];

describe('a year of monthly reports (fixtures/monthly, scripts/make-monthly-fixtures.mjs)', () => {
  it('reads the consistent year of two provinces with no error and no warning, every month of every file read', async () => {
    const { report, ledger } = await reconcile([M('consistent/2024')], {}, { prior: [PRIOR] });
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${basename(f.location.file)}!${f.location.cell}`)).toEqual([]);
    const own = report.files.filter((f) => !f.prior);
    expect(own).toHaveLength(20);
    expect(own.every((f) => f.status === 'ok' && f.layout === 'form' && f.entries > 0)).toBe(true);
    // Each report's own month and cumulative figures: period read from title, sheet or file name.
    const months = new Map<string, Set<string>>();
    for (const e of ledger.entries) {
      if (e.prior || e.measure !== 'actual' || e.year !== 2024) continue;
      const k = `${e.province} ${e.reportPeriod}`;
      (months.get(k) ?? months.set(k, new Set()).get(k)!).add(e.period);
    }
    expect(months.size).toBe(20);
    for (const [k, periods] of months) {
      const m = k.slice(-2);
      expect([...periods].sort(), k).toEqual(m === '01' ? ['01-01'] : [`01-${m}`, `${m}-${m}`]);
    }
  });

  it('reads the percentage against the plan its header names: the adjusted plan, or the year\'s', async () => {
    const { ledger } = await reconcile([M('consistent/2024')]);
    const ratios = ledger.entries.filter((e) => e.measure === 'pct_of_plan' || e.measure === 'pct_of_plan_adjusted');
    const adjusted = ratios.filter((e) => e.measure === 'pct_of_plan_adjusted');
    expect(adjusted.length).toBeGreaterThan(0);
    expect(adjusted.every((e) => e.basis?.base.measure === 'plan_adjusted' && e.basis.of.period === e.period)).toBe(true);
    // Hà Tĩnh states both from June: "… /KH năm (%)" stays against the year's plan.
    const both = ratios.filter((e) => e.province === 'Hà Tĩnh' && e.reportPeriod === '09-09' && e.line === '' && e.program === '');
    expect(both.map((e) => `${e.measure}:${e.basis?.base.measure}`).sort()).toEqual(['pct_of_plan:plan', 'pct_of_plan_adjusted:plan_adjusted']);
  });

  for (const fault of manifest.faults) {
    it(`finds the seeded fault "${fault.name}" at its cells and nothing else`, async () => {
      const { report } = await reconcile([M(`faults/${fault.name}`)], {}, { prior: [PRIOR] });
      const got = report.findings.filter((f) => f.severity !== 'info').map((f) => ({ code: f.code, file: basename(f.location.file), ...(f.location.cell ? { cell: f.location.cell } : {}) }));
      expect(got, fault.what).toEqual(fault.expect);
      for (const f of report.findings.filter((x) => SERIES_CODES.includes(x.code))) expect(f.message).not.toMatch(/undefined|\{/);
    });
  }

  it('words the month findings in Vietnamese with --lang vi', async () => {
    const { report } = await reconcile([M('faults/month-off')], { lang: 'vi' }, { prior: [PRIOR] });
    const f = report.findings.find((x) => x.code === 'month-cumulative-mismatch')!;
    expect(f.message).toMatch(/tháng 7 năm 2024: .*nhưng lũy kế .* trừ lũy kế .*chênh lệch 50\.000\.000 đồng/);
  });
});
