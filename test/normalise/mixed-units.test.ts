import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const F = (p: string) => join(resolve(import.meta.dirname, '..', '..'), 'fixtures', 'mixed-units', p);
const found = (fs: Array<{ code: string; location: { cell?: string } }>) => fs.map((f) => `${f.code}@${f.location.cell}`);

describe('money and counts under each line, "Cộng kinh phí" at the bottom', () => {
  it('reads "Cộng kinh phí" as the total of the money rows: a consistent form gives nothing', async () => {
    const { report, ledger } = await reconcile([F('cao-bang-2024-9thang-kcdp.csv')]);
    expect(report.findings).toEqual([]);
    const at = (cell: string) => ledger.entries.find((e) => e.source.cell === cell)!;
    expect(at('D22')).toMatchObject({ level: 'total', program: 'KCDP', amount: { units: 3580400000n } });
    expect(at('D11')).toMatchObject({ unit: 'VND', program: 'KCDP' });
    expect(at('D9')).toMatchObject({ unit: 'người' });
  });

  it('a percentage of a count typed wrong is the one finding, at it', async () => {
    const { report } = await reconcile([F('cao-bang-2024-9thang-kcdp-loi-ty-le.csv')]);
    expect(found(report.findings)).toEqual(['percent-of-plan-mismatch@F9']);
  });

  it('a "+" line typed wrong under a "-" line is the one finding, at it', async () => {
    const { report } = await reconcile([F('cao-bang-2024-9thang-kcdp-loi-dong-con.csv')]);
    expect(found(report.findings)).toEqual(['figure-total-ratios-mismatch@E18']);
  });
});
