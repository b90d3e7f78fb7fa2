import { describe, expect, it } from 'vitest';
import { readInputs, resolveConfig } from '../../src/index.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

/** The fields every entry is made with, in the order it is made with them. */
const BASE = ['provinceCode', 'province', 'year', 'period', 'program', 'activity', 'measure', 'amount', 'unit', 'level', 'label', 'source', 'line', 'precision', 'rounded', 'ofWhich', 'rowKey', 'reportYear'];
/** The fields that follow when they have a value, in this order (explain --format json prints an entry's fields as they stand). */
const TAIL = ['yearTo', 'reportPeriod', 'provinceList', 'note', 'doubt', 'confirmed'];

async function entriesOf(dirs: string[]): Promise<LedgerEntry[]> {
  const { ledger } = await readInputs(dirs, resolveConfig({}));
  return ledger.entries;
}

// figureEntry makes an entry with room for its last fields (normalise/ledger-facts.ts, settleTail):
// the fields must stand as if added one by one, those without a value absent.
describe('a new entry’s fields', () => {
  it.each([['fixtures/long'], ['fixtures/forms'], ['fixtures/span'], ['fixtures/region/2024'], ['fixtures/monthly']])('stand in %s in the order they are made, those without a value absent', async (dir) => {
    const entries = await entriesOf([dir]);
    expect(entries.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const e of entries) {
      const keys = Object.keys(e);
      expect(keys.slice(0, BASE.length)).toEqual(BASE);
      expect(keys).not.toContain('room');
      const tail = keys.slice(BASE.length).filter((k) => TAIL.includes(k));
      expect(keys.slice(BASE.length, BASE.length + tail.length)).toEqual(tail);
      expect(tail).toEqual(TAIL.filter((k) => tail.includes(k)));
      for (const k of TAIL) {
        if (k in e) expect((e as unknown as Record<string, unknown>)[k]).not.toBeUndefined();
      }
      seen.add(tail.join(','));
    }
    if (dir === 'fixtures/long') expect(seen).toContain('reportPeriod,provinceList');
  });

  it('keeps a span’s last year before the report period', async () => {
    const entries = await entriesOf(['fixtures/span/phu-tho-2024-9thang-giai-doan.xlsx']);
    const spans = entries.filter((e) => e.yearTo !== undefined);
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) {
      const keys = Object.keys(e);
      expect(keys[BASE.length]).toBe('yearTo');
      if (e.reportPeriod !== undefined) expect(keys.indexOf('reportPeriod')).toBe(BASE.length + 1);
    }
  });

  it('shares the value of a short figure among the entries that state it, exact and unchangeable', async () => {
    const entries = await entriesOf(['fixtures/long/facts-2022-9m-en.csv']);
    const byValue = new Map<string, LedgerEntry[]>();
    for (const e of entries) {
      if (e.unit !== '%') continue;
      const k = `${e.amount.units}/${e.amount.scale}`;
      byValue.set(k, [...(byValue.get(k) ?? []), e]);
    }
    const shared = [...byValue.values()].filter((l) => l.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [a, ...rest] of shared) {
      for (const b of rest) expect(b.amount).toBe(a!.amount);
      expect(Object.isFrozen(a!.amount)).toBe(true);
    }
  });
});
