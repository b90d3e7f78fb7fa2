import { describe, expect, it } from 'vitest';
import { inStyle, readNumberText, styleEvidence, type NumberReading } from '../../src/read/parse-number.js';

const num = (t: string) => readNumberText(t) as Extract<NumberReading, { kind: 'number' }>;

describe('readNumberText', () => {
  it('reads Vietnamese style', () => {
    expect(num('128.925.000').vi).toBe('128925000');
    expect(num('1.234,5').vi).toBe('1234.5');
    expect(num('95,6').vi).toBe('95.6');
    expect(styleEvidence(num('1.234.567'))).toBe('vi');
    expect(styleEvidence(num('12,5'))).toBe('vi');
  });

  it('reads English style', () => {
    expect(num('1,234,567.5').en).toBe('1234567.5');
    expect(num('35.40').en).toBe('35.40');
    expect(num('35.40').enDecimals).toBe(2);
    expect(styleEvidence(num('1,234.5'))).toBe('en');
    expect(styleEvidence(num('0.5'))).toBe('en');
  });

  it('keeps a lone "1.234" ambiguous instead of guessing', () => {
    const r = num('1.234');
    expect(r.vi).toBe('1234');
    expect(r.en).toBe('1.234');
    expect(styleEvidence(r)).toBe('ambiguous');
    expect(inStyle(r, 'vi')).toEqual({ value: '1234', decimals: 0 });
    expect(inStyle(r, 'en')).toEqual({ value: '1.234', decimals: 3 });
  });

  it('reads negatives written with a sign or in parentheses', () => {
    expect(num('(1.234)').vi).toBe('-1234');
    expect(num('-1.234.567').vi).toBe('-1234567');
    expect(num('−12,5').vi).toBe('-12.5');
    expect(num('(12.5)').en).toBe('-12.5');
  });

  it('takes percent signs, apostrophes and non-breaking spaces', () => {
    expect(num('12,5%').vi).toBe('12.5');
    expect(num('12,5%').percentSign).toBe(true);
    expect(num("'1.234.567").vi).toBe('1234567');
    expect(num('1\u00a0234\u00a0567').vi).toBe('1234567');
    expect(num('1 234 567,5').vi).toBe('1234567.5');
    expect(num('1\u202f234').en).toBe('1234');
    expect(num('3.00E+05').en).toBe('3.00e+05');
  });

  it('says nothing for dashes and blanks, and rejects words', () => {
    expect(readNumberText('-').kind).toBe('dash');
    expect(readNumberText('–').kind).toBe('dash');
    expect(readNumberText('x').kind).toBe('dash');
    expect(readNumberText('  ').kind).toBe('blank');
    expect(readNumberText('abc').kind).toBe('invalid');
    expect(readNumberText('1.23.4').kind).toBe('invalid');
    expect(readNumberText('12a').kind).toBe('invalid');
  });

  it('treats a plain integer as either style', () => {
    expect(styleEvidence(num('46022'))).toBe('either');
  });
});
