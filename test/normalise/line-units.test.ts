import { describe, expect, it } from 'vitest';
import { LineUnits } from '../../src/normalise/line-units.js';
import { normaliseTable } from '../helpers.js';

const line = (over: Partial<{ provinceCode: string; province: string; program: string; line: string; foldedLabel: string }> = {}) => ({
  provinceCode: '01', province: 'Hà Nội', program: 'KCDP', line: 'chi thuong xuyen', foldedLabel: 'chi thuong xuyen', ...over,
});

describe('LineUnits', () => {
  it('gives the unit last set on exactly that line', () => {
    const u = new LineUnits();
    expect(u.get(line())).toBeUndefined();
    u.set(line(), 'VND');
    u.set(line({ province: 'Hải Phòng', provinceCode: '31' }), 'người');
    u.set(line({ line: 'kc3', foldedLabel: 'mo hinh trinh dien' }), 'cơ sở');
    u.set(line({ line: 'kc3', foldedLabel: 'ho tro' }), 'VND');
    expect(u.get(line())).toBe('VND');
    expect(u.get(line({ province: 'Hải Phòng', provinceCode: '31' }))).toBe('người');
    expect(u.get(line({ program: 'KCQG' }))).toBeUndefined();
    expect(u.get(line({ line: 'kc3', foldedLabel: 'mo hinh trinh dien' }))).toBe('cơ sở');
    expect(u.get(line({ line: 'kc3', foldedLabel: 'ho tro' }))).toBe('VND');
    expect(u.get(line({ line: 'kc3', foldedLabel: 'kc3' }))).toBeUndefined();
    u.set(line(), 'người');
    expect(u.get(line())).toBe('người');
  });

  // A long export's percentage row is of the unit of the amounts before it on its line.
  it('makes a long export percentage of people or of money by its line', async () => {
    const { entries } = await normaliseTable([
      ['province_code', 'year', 'period', 'label', 'measure', 'value', 'unit'],
      ['01', '2024', '01-09', 'Số lao động', 'plan', '200', 'người'],
      ['01', '2024', '01-09', 'Số lao động', 'actual', '100', 'người'],
      ['01', '2024', '01-09', 'Chi đào tạo', 'actual', '5000000', 'VND'],
      ['01', '2024', '01-09', 'Số lao động', 'pct_of_plan', '50', '%'],
      ['01', '2024', '01-09', 'Chi đào tạo', 'pct_of_plan', '50', '%'],
      ['01', '2024', '01-09', 'Chi khác', 'pct_of_plan', '50', '%'],
    ]);
    const pct = entries.filter((e) => e.measure === 'pct_of_plan').map((e) => [e.label, e.ratioOf]);
    expect(pct).toEqual([['Số lao động', 'người'], ['Chi đào tạo', 'VND'], ['Chi khác', undefined]]);
  });
});
