import { describe, expect, it } from 'vitest';
import { readNumberText } from '../../src/read/parse-number.js';
import { splitFigureNote } from '../../src/normalise/footnote-marks.js';

/** A few texts of each shape: ints of 1 to 5 digits (leading zeros too), fractions of 1 to 4. */
function texts(): string[] {
  const ints = ['0', '00', '7', '35', '100', '007', '1234', '98765'];
  const fracs = ['5', '30', '000', '123', '4567'];
  return ints.flatMap((i) => fracs.flatMap((f) => [`${i}.${f}`, `${i},${f}`]));
}

describe('readNumberText, one separator between digits', () => {
  it('reads "35.30" and "1,234" as the general path reads the same text with a space before it', () => {
    for (const t of texts()) expect(readNumberText(t), t).toEqual(readNumberText(` ${t}`));
  });

  it('keeps both readings apart', () => {
    expect(readNumberText('1.234')).toEqual({ kind: 'number', vi: '1234', en: '1.234', viDecimals: 0, enDecimals: 3, percentSign: false });
    expect(readNumberText('35,30')).toEqual({ kind: 'number', vi: '35.30', en: null, viDecimals: 2, enDecimals: 0, percentSign: false });
    expect(readNumberText('0,500')).toEqual({ kind: 'number', vi: '0.500', en: null, viDecimals: 3, enDecimals: 0, percentSign: false });
  });
});

describe('splitFigureNote', () => {
  it('finds no mark in a figure without a parenthesis or a star, and still finds marks', () => {
    expect(splitFigureNote(' 1.234,5 ')).toEqual({ text: ' 1.234,5 ', markOnly: false });
    expect(splitFigureNote('1.234 (1)')).toEqual({ text: '1.234', note: '(1)', markOnly: false });
    expect(splitFigureNote('12.345*')).toEqual({ text: '12.345', note: '*', markOnly: false });
    expect(splitFigureNote('(*)')).toEqual({ text: '', note: '(*)', markOnly: true });
  });
});
