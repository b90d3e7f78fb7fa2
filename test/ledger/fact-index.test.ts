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
    for (const e of ledger.entries) {
      expect(ledger.facts.get(e)).toEqual(expected.get(identity(e)));
      const who = (x: LedgerEntry) => x.provinceCode || `~${x.province}`;
      const onLine = ledger.entries.filter((x) => who(x) === who(e) && x.program === e.program && x.line === e.line);
      expect(ledger.facts.onLine(e)).toEqual(onLine);
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
  });
});
