import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { createLedgerBuilder } from '../../src/ledger/build-ledger.js';
import { entryRefused } from '../../src/findings/types.js';
import { entryIssues, LedgerEntrySchema, surelyValidEntry, type LedgerEntry } from '../../src/ledger/schema.js';

// The builder skips zod for entries that pass plain tests: those tests must never accept what
// the schema (the contract) rejects, and must accept what real inputs give.
describe('surelyValidEntry', async () => {
  const { ledger } = await reconcile(['fixtures/long', 'fixtures/region/2024', 'fixtures/forms/exceljs']);
  const entries = ledger.entries;

  it('accepts every entry read from the fixtures, as the schema does', () => {
    expect(entries.length).toBeGreaterThan(500);
    for (const e of entries) {
      expect(LedgerEntrySchema.safeParse(e).success).toBe(true);
      expect(surelyValidEntry(e)).toBe(true);
    }
  });

  it('names no field of a valid entry', () => {
    for (const e of entries) expect(entryIssues(e)).toEqual([]);
  });

  const breakages: Array<[string, (e: LedgerEntry) => LedgerEntry]> = [
    ['a three-digit province code', (e) => ({ ...e, provinceCode: '123' })],
    ['a year out of range', (e) => ({ ...e, year: 1989 })],
    ['a fractional year', (e) => ({ ...e, year: 2024.5 })],
    ['a span ending out of range', (e) => ({ ...e, yearTo: 2200 })],
    ['a period not MM-MM', (e) => ({ ...e, period: '1-9' })],
    ['an unknown programme', (e) => ({ ...e, program: 'KCX' as LedgerEntry['program'] })],
    ['an unknown measure', (e) => ({ ...e, measure: 'budget' as LedgerEntry['measure'] })],
    ['an empty unit', (e) => ({ ...e, unit: '' })],
    ['a number as amount', (e) => ({ ...e, amount: 5 as unknown as LedgerEntry['amount'] })],
    ['row 0 in the source', (e) => ({ ...e, source: { ...e.source, row: 0 } })],
    ['a missing label', (e) => ({ ...e, label: undefined as unknown as string })],
    ['a zero doubt', (e) => ({ ...e, doubt: 0 })],
    ['a basis without a base', (e) => ({ ...e, basis: { of: { measure: 'actual', year: 2024, period: '01-09', unit: 'VND' } } as LedgerEntry['basis'] })],
    ['a row path of numbers', (e) => ({ ...e, rowPath: [1 as unknown as string] })],
    ['confirmed false', (e) => ({ ...e, confirmed: false as unknown as true })],
  ];
  it.each(breakages)('rejects %s, as the schema does', (_, broken) => {
    const e = broken(entries[0]!);
    const zod = LedgerEntrySchema.safeParse(e);
    expect(zod.success).toBe(false);
    expect(surelyValidEntry(e)).toBe(false);
    // The plain tests name the field zod names.
    expect(entryIssues(e)).toEqual([...new Set(zod.error!.issues.map((i) => String(i.path[0])))]);
  });

  it('reports a broken entry as an internal error naming the field, without zod', () => {
    const b = createLedgerBuilder();
    const problem = b.add({ ...entries[0]!, period: '13-14' });
    expect(problem?.reason).toBe('period: invalid value "13-14"');
    expect(entryRefused(problem!)).toMatchObject({ code: 'internal-error', params: { check: 'ledger' } });
    expect(b.add(entries[1]!)).toBeUndefined();
  });
});
