import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { summarise } from '../../src/ledger/summarise.js';
import { monthlyView } from '../../src/ledger/monthly.js';

describe('buildReport: the table and the monthly series', () => {
  it('are those of the ledger when read, in their place among the keys, and can be replaced', async () => {
    const { report, ledger } = await reconcile(['fixtures/region/2024', 'fixtures/monthly'], { lang: 'en' });
    expect(Object.keys(report)).toEqual(['findings', 'files', 'summary', 'table', 'monthly', 'lang']);
    expect(report.table.length).toBeGreaterThan(5);
    expect(report.table).toEqual(summarise(ledger));
    expect(report.monthly).toEqual(monthlyView(ledger));
    expect(report.monthly!.length).toBeGreaterThan(0);
    // Read once: the same rows each time.
    expect(report.table).toBe(report.table);
    // A copy (as safeReport makes) holds the values.
    const copy = { ...report };
    expect(Object.keys(copy)).toEqual(Object.keys(report));
    expect(Object.getOwnPropertyDescriptor(copy, 'table')).toMatchObject({ value: summarise(ledger), writable: true });
    report.table = [];
    expect(report.table).toEqual([]);
    expect({ ...report }.table).toEqual([]);
  });

  it('can be replaced before they are ever read', async () => {
    const { report } = await reconcile(['fixtures/region/2024'], { lang: 'en' });
    report.monthly = [];
    expect(report.monthly).toEqual([]);
    expect(Object.keys(report)).toEqual(['findings', 'files', 'summary', 'table', 'monthly', 'lang']);
  });
});
