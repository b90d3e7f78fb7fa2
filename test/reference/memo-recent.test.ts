import { describe, expect, it } from 'vitest';
import { RecentByColumn, recentText } from '../../src/reference/memo.js';

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

describe('RecentByColumn', () => {
  it('remembers the last few texts of each column apart, and forgets the oldest', () => {
    const r = new RecentByColumn<string>(2);
    r.set(3, 'VND', 'v');
    r.set(4, 'VND', 'other column');
    r.set(3, '%', 'p');
    expect([r.get(3, 'VND'), r.get(3, '%'), r.get(4, 'VND'), r.get(4, '%'), r.get(9, 'VND')]).toEqual(['v', 'p', 'other column', undefined, undefined]);
    r.set(3, 'người', 'n');
    expect([r.get(3, 'VND'), r.get(3, '%'), r.get(3, 'người')]).toEqual([undefined, 'p', 'n']);
  });
});
