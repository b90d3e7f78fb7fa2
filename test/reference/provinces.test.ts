import { describe, expect, it } from 'vitest';
import { allProvinces, matchProvince, predecessorsOf, provinceByCode, provinceListFor } from '../../src/reference/provinces.js';
import { compactKey } from '../../src/reference/fold-text.js';

describe('provinces', () => {
  it('has 63 and 34 units whose folded names never collide', () => {
    for (const list of ['63', '34'] as const) {
      const all = allProvinces(list);
      expect(all).toHaveLength(Number(list));
      expect(new Set(all.map((p) => compactKey(p.name))).size).toBe(all.length);
    }
  });

  it.each([
    ['TP. Hồ Chí Minh', '79'], ['TP HCM', '79'], ['Hồ Chí Minh', '79'], ['Thành phố Hồ Chí Minh', '79'],
    ['Bà Rịa - Vũng Tàu', '77'], ['Bà Rịa–Vũng Tàu', '77'], ['BÀ RỊA - VŨNG TÀU', '77'],
    ['Thừa Thiên Huế', '46'], ['Huế', '46'], ['Tỉnh Nghệ An', '40'], ['nghe an', '40'],
    ['Hòa Bình', '17'], ['Hoà Bình', '17'], ['HÒA BÌNH', '17'], ['Khánh Hoà', '56'], ['Đăk Lăk', '66'],
    ['Hà\u00a0Nội', '01'],
  ])('%s is %s in the 63-list', (name, code) => {
    expect(matchProvince(name, '63')?.province.code).toBe(code);
  });

  it('chooses the list in force by date', () => {
    expect(provinceListFor(2024)).toBe('63');
    expect(provinceListFor(2025, 6)).toBe('63');
    expect(provinceListFor(2025, 9)).toBe('34');
    expect(provinceListFor(2026)).toBe('34');
    // Code 15 is Yên Bái before 1 July 2025 and Lào Cai after.
    expect(provinceByCode('15', '63')?.name).toBe('Yên Bái');
    expect(provinceByCode('15', '34')?.name).toBe('Lào Cai');
  });

  it('flags an old name in a new report as the other list', () => {
    const m = matchProvince('Yên Bái', '34');
    expect(m?.otherList).toBe(true);
    expect(m?.province.list).toBe('63');
    expect(matchProvince('Atlantis', '63')).toBeUndefined();
  });

  it('knows which old provinces a merged one comes from', () => {
    expect(predecessorsOf('15').map((p) => p.name).sort()).toEqual(['Lào Cai', 'Yên Bái']);
  });
});
