import { describe, expect, it } from 'vitest';
import { findUnitIn, ledgerUnit, parseUnit } from '../../src/reference/units.js';

const exp = (t: string) => {
  const u = parseUnit(t);
  return u?.kind === 'money' ? u.exponent : u?.kind;
};

describe('parseUnit', () => {
  it.each([
    ['đồng', 0], ['Đồng', 0], ['VND', 0], ['đ', 0],
    ['nghìn đồng', 3], ['ngàn đồng', 3], ['ng.đ', 3], ['1.000 đ', 3], ['1.000đ', 3], ['1000đ', 3], ['1.000VNĐ', 3], ['1000 VNĐ', 3],
    ['triệu đồng', 6], ['Triệu đồng', 6], ['tr.đ', 6], ['Tr.đ', 6], ['trđ', 6], ['trieu dong', 6], ['million VND', 6],
    ['tỷ đồng', 9], ['tỉ đồng', 9], ['Tỷ đ', 9], ['ty dong', 9], ['Bill. dongs', 9],
  ])('%s is money ×10^%i', (text, e) => {
    expect(exp(text)).toBe(e);
  });

  it('keeps count units as written', () => {
    const u = parseUnit('Người');
    expect(u).toEqual({ kind: 'count', name: 'Người', written: 'Người' });
    expect(ledgerUnit(parseUnit('đề án')!)).toBe('đề án');
    expect(parseUnit('cơ sở')?.kind).toBe('count');
    expect(parseUnit('%')?.kind).toBe('percent');
    expect(parseUnit('kg')).toBeUndefined();
  });

  it('finds the unit in headers and unit lines', () => {
    expect(findUnitIn('Kế hoạch năm 2024 (triệu đồng)')).toMatchObject({ kind: 'money', exponent: 6 });
    expect(findUnitIn('Đơn vị tính: tỷ đồng')).toMatchObject({ kind: 'money', exponent: 9 });
    expect(findUnitIn('ĐVT: nghìn đồng')).toMatchObject({ kind: 'money', exponent: 3 });
    expect(findUnitIn('KH năm (1.000đ)')).toMatchObject({ kind: 'money', exponent: 3 });
    expect(findUnitIn('Thực hiện (1)')).toBeUndefined();
  });
});
