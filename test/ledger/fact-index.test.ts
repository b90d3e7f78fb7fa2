import { describe, expect, it } from 'vitest';
import { readInputs, resolveConfig } from '../../src/index.js';
import { FactIndex } from '../../src/ledger/fact-index.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

/** The identity of a fact as one string, written out here independently of the index. */
const identity = (e: LedgerEntry) => JSON.stringify([e.provinceCode || `~${e.province}`, e.year, e.yearTo ?? null, e.period, e.program, e.line, e.measure, e.unit === '%' && e.ratioOf ? `%${e.ratioOf}` : e.unit]);

// The checks find a percentage's amounts and a fact stated twice through the index: it must
// hold every entry under exactly its fact, in file order, and the facts in the order they came.
describe('FactIndex', () => {
  it.each([['fixtures/long'], ['fixtures/forms'], ['fixtures/region/2024']])('groups the entries of %s by fact exactly as a string key does', async (dir) => {
    const { ledger } = await readInputs([dir], resolveConfig({}));
    const expected = new Map<string, LedgerEntry[]>();
    for (const e of ledger.entries) expected.set(identity(e), [...(expected.get(identity(e)) ?? []), e]);
    expect(ledger.entries.length).toBeGreaterThan(50);
    const lists = [...ledger.facts.lists()];
    expect(lists.length).toBe(expected.size);
    expect(lists).toEqual([...expected.values()]);
    // The duplicates check reads only the facts stated more than once: the same lists, in the same order.
    const repeated = [...ledger.facts.repeatedLists()];
    expect(repeated.length).toBe(lists.filter((l) => l.length > 1).length);
    expect(repeated.every((l, i) => l === lists.filter((x) => x.length > 1)[i])).toBe(true);
    for (const e of ledger.entries) {
      expect(ledger.facts.get(e)).toEqual(expected.get(identity(e)));
      const who = (x: LedgerEntry) => x.provinceCode || `~${x.province}`;
      const onLine = ledger.entries.filter((x) => who(x) === who(e) && x.program === e.program && x.line === e.line);
      expect(ledger.facts.onLine(e)).toEqual(onLine);
    }
  });

  it('groups entries that take turns among groups, some alike in key but not in fields, exactly as a string key does', () => {
    // A small generator of its own (no Math.random): many entries from few values of each field.
    let seed = 7;
    const pick = <T>(xs: readonly T[]): T => xs[((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % xs.length]!;
    const entries: LedgerEntry[] = [];
    for (let i = 0; i < 3000; i++) {
      const [provinceCode, province] = pick([['01', 'Hà Nội'], ['01', 'Ha Noi'], ['', 'Vùng Đồng bằng'], ['', 'Toàn quốc'], ['79', 'TP. Hồ Chí Minh']] as const);
      const unit = pick(['VND', 'VND', '%', 'người']);
      const e = { provinceCode, province, year: pick([2024, 2024, 2023]), period: pick(['01-09', '01-09', '01-12']), program: pick(['KCDP', 'KCDP', '']), line: pick(['a', 'b', 'c', '']), measure: unit === '%' ? 'pct_of_plan' : pick(['plan', 'actual']), unit } as LedgerEntry;
      if (unit === '%' && pick([0, 1, 2])) e.ratioOf = pick(['VND', 'người']);
      if (pick([0, 0, 0, 1])) e.yearTo = 2025;
      // Runs of the same group, as a long export gives them, between jumps.
      const repeat = pick([1, 1, 2, 3]);
      for (let k = 0; k < repeat; k++) entries.push({ ...e });
    }
    const idx = new FactIndex();
    for (const e of entries) idx.add(e);
    const expected = new Map<string, LedgerEntry[]>();
    for (const e of entries) expected.set(identity(e), [...(expected.get(identity(e)) ?? []), e]);
    const same = (a: readonly LedgerEntry[], b: readonly LedgerEntry[] | undefined) => !!b && a.length === b.length && a.every((x, i) => x === b[i]);
    const lists = [...idx.lists()];
    expect(lists.length).toBe(expected.size);
    expect(lists.every((l, i) => same(l, [...expected.values()][i]))).toBe(true);
    const repeated = [...idx.repeatedLists()];
    const many = [...expected.values()].filter((l) => l.length > 1);
    expect(many.length).toBeGreaterThan(10);
    expect(repeated.length).toBe(many.length);
    expect(repeated.every((l, i) => same(l, many[i]!))).toBe(true);
    const who = (x: LedgerEntry) => x.provinceCode || `~${x.province}`;
    for (const e of entries) {
      expect(same(idx.get(e), expected.get(identity(e)))).toBe(true);
      expect(same(idx.onLine(e), entries.filter((x) => who(x) === who(e) && x.program === e.program && x.line === e.line))).toBe(true);
    }
  });

  it('tells units apart, a percentage of people from one of money, and holds each line\'s facts together', () => {
    const base = { provinceCode: '01', province: 'Hà Nội', year: 2024, period: '01-09', program: 'KCDP', line: 'chi thường xuyên' } as const;
    const money = { ...base, measure: 'actual', unit: 'VND' } as LedgerEntry;
    const people = { ...base, measure: 'actual', unit: 'người' } as LedgerEntry;
    const pctMoney = { ...base, measure: 'pct_of_plan', unit: '%', ratioOf: 'VND' } as LedgerEntry;
    const pctPeople = { ...base, measure: 'pct_of_plan', unit: '%', ratioOf: 'người' } as LedgerEntry;
    const otherLine = { ...money, line: 'chi đầu tư' } as LedgerEntry;
    const total = { ...money, provinceCode: '', province: 'Vùng Đông Nam Bộ' } as LedgerEntry;
    const idx = new FactIndex();
    for (const e of [money, people, pctMoney, pctPeople, otherLine, total, money]) idx.add(e);
    idx.add(people);
    idx.add(people);
    expect(idx.get(money)).toEqual([money, money]);
    expect(idx.get(people)).toEqual([people, people, people]);
    expect(idx.get(pctMoney)).toEqual([pctMoney]);
    expect(idx.get(pctPeople)).toEqual([pctPeople]);
    expect(idx.get(otherLine)).toEqual([otherLine]);
    expect(idx.get(total)).toEqual([total]);
    expect(idx.get({ ...money, period: '01-06' })).toEqual([]);
    expect(idx.onLine(money)).toEqual([money, people, pctMoney, pctPeople, money, people, people]);
    expect(idx.onLine(otherLine)).toEqual([otherLine]);
    expect(idx.onLine(total)).toEqual([total]);
    expect(idx.onLine({ ...base, program: 'KCQG' })).toEqual([]);
    expect([...idx.lists()]).toEqual([[money, money], [people, people, people], [pctMoney], [pctPeople], [otherLine], [total]]);
    expect([...idx.repeatedLists()]).toEqual([[money, money], [people, people, people]]);
    expect([...new FactIndex().repeatedLists()]).toEqual([]);
  });
});
