import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/reporters/text-width.js';
import { loadColour, textStyles } from '../../src/reporters/text-style.js';

// The text report measures by length what is one column a character, and asks string-width
// (loaded only then) for anything else: the two must always agree.
describe('textWidth', () => {
  it('agrees with string-width on every character of the narrow ranges, and on wide, combining and coloured text', async () => {
    const narrow = [[0x20, 0x7e], [0xa0, 0x24f], [0x1e00, 0x1eff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0]];
    for (const [from, to] of narrow) for (let c = from!; c <= to!; c++) expect(textWidth(String.fromCodePoint(c)), c.toString(16)).toBe(stringWidth(String.fromCodePoint(c)));
    await loadColour();
    const samples = ['Nghệ An', 'Tổng cộng (A+B)', '中文 báo cáo', 'e\u0301', 'soft\u00adhyphen', '👍 ok', 'tab\there', textStyles(true).red.bold('lỗi'), ''];
    for (const s of samples) expect(textWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
  });

  it('styles nothing without colour, and colours through chalk with it', () => {
    expect(textStyles(false).red.bold('lỗi')).toBe('lỗi');
    expect(textStyles(false).bold.underline('a.xlsx')).toBe('a.xlsx');
    expect(textStyles(true).yellow('cảnh báo')).toBe('\u001b[33mcảnh báo\u001b[39m');
  });
});
