import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const F = (p: string) => join(resolve(import.meta.dirname, '..', '..'), 'fixtures', 'span', p);

describe('a percentage of the programme period beside one of the year', () => {
  it('reads "Tỷ lệ so với KH giai đoạn (%)" as the span cumulative over the span plan: a consistent form gives nothing', async () => {
    const { report, ledger, inspections } = await reconcile([F('phu-tho-2024-9thang-giai-doan.xlsx')]);
    expect(report.findings).toEqual([]);
    // The title names the year and the span: the report is of 2024.
    expect(inspections[0]!.sheets[0]!.layout!.title.year).toBe(2024);
    const at = (cell: string) => ledger.entries.find((e) => e.source.cell === cell)!;
    expect(at('E9')).toMatchObject({ measure: 'pct_of_plan', year: 2024 });
    expect(at('E9').yearTo).toBeUndefined();
    expect(at('E9').basis).toMatchObject({ of: { measure: 'actual', year: 2024, period: '01-09' }, base: { measure: 'plan', year: 2024 } });
    expect(at('H9')).toMatchObject({ measure: 'pct_of_plan', year: 2021, yearTo: 2025 });
    expect(at('H9').basis).toMatchObject({ of: { measure: 'actual', year: 2021, yearTo: 2024 }, base: { measure: 'plan', year: 2021, yearTo: 2025 } });
  });

  it('finds the one percentage of the period typed wrong, at it', async () => {
    const { report } = await reconcile([F('phu-tho-2024-9thang-giai-doan-loi.xlsx')]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['percent-of-plan-mismatch@H9']);
    expect(report.findings[0]!.related?.map((l) => l.cell)).toEqual(['G9', 'F9']);
    // The message names the span, not the year's plan.
    expect(report.findings[0]!.message).toContain('Stated 70.5% of plan for the period 2021–2025, but');
    const vi = await reconcile([F('phu-tho-2024-9thang-giai-doan-loi.xlsx')], { lang: 'vi' });
    expect(vi.report.findings[0]!.message).toContain('Ghi đạt 70,5% kế hoạch giai đoạn 2021–2025, nhưng');
  });
});
