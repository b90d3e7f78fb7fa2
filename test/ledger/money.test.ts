import { describe, expect, it } from 'vitest';
import { add, cmp, formatDec, halfUnit, mul, parseDec, ratioText, ratioWithin, shift, sub, sum } from '../../src/ledger/money.js';

const d = (s: string) => parseDec(s)!;

describe('money', () => {
  it('adds exactly where binary floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatDec(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(formatDec(sum(['91.301', '0.001', '-0.302'].map(d)))).toBe('91');
  });

  it('converts units exactly: 91,301 tỷ đồng is 91,301,000,000 đồng', () => {
    expect(formatDec(shift(d('91.301'), 9))).toBe('91301000000');
    expect(formatDec(shift(d('128925'), 6))).toBe('128925000000');
    expect(formatDec(shift(d('5'), -3))).toBe('0.005');
  });

  it('parses and formats plain decimals, exponents and signs', () => {
    expect(formatDec(d('-0012.500'))).toBe('-12.5');
    expect(formatDec(d('3.00E+05'))).toBe('300000');
    expect(parseDec('1,234')).toBeUndefined();
    expect(cmp(d('1.10'), d('1.1'))).toBe(0);
    expect(formatDec(sub(d('1'), d('1.0001')))).toBe('-0.0001');
    expect(formatDec(mul(d('1.5'), d('-2')))).toBe('-3');
  });

  it('decides a stated percentage by cross-multiplication, inclusive at half a unit', () => {
    // The seed's own figure: 46.022 ÷ 130.005 = 35.4002… % → "35,4" holds. (DOMAIN.md says
    // 35.3994 %; the quotient is 35.40018 %, and the conclusion is the same.)
    expect(ratioWithin(d('46022'), d('130005'), d('35.4'), halfUnit(-1))).toBe(true);
    expect(ratioWithin(d('46022'), d('130005'), d('35.5'), halfUnit(-1))).toBe(false);
    // 1 ÷ 8 = 12.5 % exactly: "12" with tolerance 0.5 holds at the boundary, "11.9" (±0.05) does not.
    expect(ratioWithin(d('1'), d('8'), d('12'), halfUnit(0))).toBe(true);
    expect(ratioWithin(d('1'), d('8'), d('13'), halfUnit(0))).toBe(true);
    expect(ratioWithin(d('1'), d('8'), d('11.9'), halfUnit(-1))).toBe(false);
    expect(ratioText(d('46022'), d('130005'), 4)).toBe('35.4002');
  });
});
