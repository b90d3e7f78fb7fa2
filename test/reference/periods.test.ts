import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, parseYear } from '../../src/reference/periods.js';

const p = (t: string) => {
  const r = parsePeriod(t);
  return r ? formatPeriod(r) : undefined;
};

describe('parsePeriod', () => {
  it.each([
    ['9 tháng', '01-09'],
    ['9 THÁNG NĂM 2024', '01-09'],
    ['6 tháng đầu năm', '01-06'],
    ['6 thang dau nam', '01-06'],
    ['6 tháng cuối năm', '07-12'],
    ['Quý III', '07-09'],
    ['Quý I', '01-03'],
    ['quy iv', '10-12'],
    ['Q3', '07-09'],
    ['Tháng 10', '10-10'],
    ['Lũy kế đến tháng 10', '01-10'],
    ['Luỹ kế đến hết tháng 11', '01-11'],
    ['Thực hiện lũy kế 9 tháng', '01-09'],
    ['Năm', '01-12'],
    ['Cả năm', '01-12'],
    ['01-09', '01-09'],
    ['07-09', '07-09'],
    ['H1', '01-06'],
    ['9M', '01-09'],
  ])('%s → %s', (text, expected) => {
    expect(p(text)).toBe(expected);
  });

  it('rejects what is not a period', () => {
    expect(p('Hà Nội')).toBeUndefined();
    expect(p('Tháng 13')).toBeUndefined();
    expect(p('09-01')).toBeUndefined();
    expect(p('Kế hoạch năm 2024')).toBeUndefined();
  });
});

describe('parseYear', () => {
  it('finds a four-digit year in headers and titles', () => {
    expect(parseYear('Kế hoạch năm 2024')).toBe(2024);
    expect(parseYear('KH2023')).toBe(2023);
    expect(parseYear('BÁO CÁO 9 THÁNG NĂM 2025')).toBe(2025);
    expect(parseYear('12345')).toBeUndefined();
    expect(parseYear('Tỷ lệ (%)')).toBeUndefined();
  });
});

// Every figure's period text comes from a table made once: each must read as its months.
describe('formatPeriod', () => {
  it('writes every period of months 1..12 as MM-MM, and any other as it is', () => {
    for (let start = 1; start <= 12; start++) {
      for (let end = 1; end <= 12; end++) expect(formatPeriod({ start, end })).toBe(`${start < 10 ? '0' : ''}${start}-${end < 10 ? '0' : ''}${end}`);
    }
    expect(formatPeriod({ start: 1, end: 9 })).toBe('01-09');
    expect(formatPeriod({ start: 10, end: 12 })).toBe('10-12');
    expect(formatPeriod({ start: 0, end: 13 })).toBe('00-13');
    expect(formatPeriod({ start: 1.5, end: 2 })).toBe('1.5-02');
  });
});
