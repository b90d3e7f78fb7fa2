import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const F = (p: string) => join(resolve(import.meta.dirname, '..', '..'), 'fixtures', 'date-range', p);

describe('a form whose period and year are only dates under its title', () => {
  it('"(Từ ngày 01/01/2024 đến ngày 30/6/2024)": six months of 2024, and nothing to say', async () => {
    const { report, inspections, ledger } = await reconcile([F('thanh-hoa-ket-qua-de-an.xlsx')]);
    expect(report.findings).toEqual([]);
    const title = inspections[0]!.sheets[0]!.layout!.title;
    expect(title.year).toBe(2024);
    expect(title.period).toEqual({ start: 1, end: 6 });
    expect(ledger.entries.find((e) => e.source.cell === 'E8')).toMatchObject({ measure: 'actual', year: 2024, period: '01-06' });
  });

  it('a percentage typed wrong is the one finding, at it', async () => {
    const { report } = await reconcile([F('thanh-hoa-ket-qua-de-an-loi.xlsx')]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['percent-of-plan-mismatch@F10']);
  });
});
