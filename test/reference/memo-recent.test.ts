import { describe, expect, it } from 'vitest';
import { recentText } from '../../src/reference/memo.js';

describe('recentText', () => {
  it('gives what the function gives, calling it once per text while the text is among the last few', () => {
    const calls: string[] = [];
    const f = recentText((t: string) => {
      calls.push(t);
      return t === 'x' ? undefined : { len: t.length };
    }, 3);
    // Each row its own copy of the texts, as a reader gives them.
    const copy = (t: string) => [...t].join('');
    const asked = ['VND', 'VND', '%', 'x', 'VND', '%', 'x', 'người', 'triệu', 'VND'];
    const got = asked.map((t) => f(copy(t)));
    expect(got).toEqual(asked.map((t) => (t === 'x' ? undefined : { len: t.length })));
    // VND, %, x once each; people and millions push VND out of three, so it is read again.
    expect(calls).toEqual(['VND', '%', 'x', 'người', 'triệu', 'VND']);
  });
});
