import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const F = (p: string) => join(resolve(import.meta.dirname, '..', '..'), 'fixtures', 'merged-cells', p);
const errors = (fs: Array<{ code: string; severity: string; location: { cell?: string } }>) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`);

describe('a programme column merged down over its group, "Cộng" at the bottom of each group', () => {
  for (const [style, file] of [['xlsx with merges', 'ha-giang-2024-chuong-trinh-gop-doc'], ['LibreOffice CSV, merges lost', 'ha-giang-2024-chuong-trinh-lo']] as const) {
    const ext = style.startsWith('xlsx') ? 'xlsx' : 'csv';
    it(`${style}: each group is its programme's section, each "Cộng" its total, "Tổng cộng" the form's`, async () => {
      const { report, ledger } = await reconcile([F(`${file}.${ext}`)]);
      expect(errors(report.findings)).toEqual([]);
      const at = (cell: string) => ledger.entries.find((e) => e.source.cell === cell)!;
      // Lines under the merge carry its programme; each group's "Cộng" is that programme's total.
      expect(at('D8')).toMatchObject({ program: 'KCQG', level: 'item' });
      expect(at('D9')).toMatchObject({ program: 'KCQG', level: 'total' });
      expect(at('D12')).toMatchObject({ program: 'KCDP', level: 'item' });
      expect(at('D14')).toMatchObject({ program: 'KCDP', level: 'total' });
      // "Tổng cộng" written in the programme column (merged over the label, or alone in a CSV).
      expect(at('D15')).toMatchObject({ program: '', level: 'total', label: 'Tổng cộng' });
    });

    it(`${style}: a decrease "(20)" typed for (30) is the one finding, at it`, async () => {
      const { report } = await reconcile([F(`${file}-loi.${ext}`)]);
      expect(errors(report.findings)).toEqual(['difference-mismatch@G11']);
    });
  }
});

describe('"TỔNG CỘNG" written in the STT column, merged over the label', () => {
  it('is the form\'s total row, not a line numbered "TỔNG CỘNG"', async () => {
    const { report, ledger } = await reconcile([F('bac-giang-2024-tong-cong-o-stt.xlsx')]);
    expect(report.findings).toEqual([]);
    expect(ledger.entries.find((e) => e.source.cell === 'D7')).toMatchObject({ level: 'total', label: 'TỔNG CỘNG' });
  });

  it('a line typed wrong under it gives the total\'s sum-mismatch', async () => {
    const { report } = await reconcile([F('bac-giang-2024-tong-cong-o-stt-loi.xlsx')]);
    expect(errors(report.findings)).toEqual(['sum-mismatch@D7']);
  });
});
