import { describe, expect, it } from 'vitest';
import { provinceKeys } from '../../src/checks/fact-places.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

const at = (provinceCode: string, province: string, provinceList?: '63' | '34') => ({ provinceCode, province, ...(provinceList ? { provinceList } : {}) }) as LedgerEntry;

describe('provinceKeys', () => {
  // A sheet listing its provinces' figures together, one coming back after another.
  const entries = [at('01', 'Hà Nội'), at('01', 'Hà Nội'), at('79', 'TP. Hồ Chí Minh'), at('', 'Toàn quốc'), at('01', 'Hà Nội'), at('01', 'Hà Nội', '34'), at('48', 'Đà Nẵng')];

  it('gives every province of the figures kept, each once', () => {
    expect([...provinceKeys(entries)]).toEqual(['63:01', '63:79', '~Toàn quốc', '34:01', '63:48']);
    expect([...provinceKeys(entries, (e) => !!e.provinceCode)]).toEqual(['63:01', '63:79', '34:01', '63:48']);
  });

  it('stops when `upTo` are found, with the first ones', () => {
    expect([...provinceKeys(entries, undefined, 2)]).toEqual(['63:01', '63:79']);
    expect([...provinceKeys(entries, (e) => !!e.provinceCode, 3)]).toEqual(['63:01', '63:79', '34:01']);
    expect([...provinceKeys(entries.slice(0, 2), undefined, 2)]).toEqual(['63:01']);
    expect(provinceKeys([], undefined, 1).size).toBe(0);
  });
});
