import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { isStored, plainEntry } from '../../src/ledger/entry-store.js';
import { buildReport } from '../../src/findings/build-report.js';

/** The English long export with faults typed in: a percentage, an actual, a duplicated row with another value, a missing row. */
function faultyExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'br-store-'));
  const lines = readFileSync('fixtures/long/facts-2022-9m-en.csv', 'utf8').split('\n');
  lines[3] = lines[3]!.replace(',33.00,', ',38.00,');
  lines[20] = lines[20]!.replace(/,(\d+),VND$/, (_, v: string) => `,${Number(v) + 7_000_000},VND`);
  lines.splice(40, 0, lines[40]!.replace(/,(\d+),VND$/, (_, v: string) => `,${Number(v) * 2},VND`));
  lines.splice(60, 1);
  const file = join(dir, 'facts-faulty.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

// Long exports' figures held packed (issue 12): the checks see the same entries and say the same.
describe('EntryStore', async () => {
  const inputs = ['fixtures/long', faultyExport(), 'fixtures/region/2024'];
  const plain = await reconcile(inputs, { lang: 'en' });
  const packed = await reconcile(inputs, { lang: 'en' }, { pack: true });

  it('holds the figures of long exports packed, and those of forms as they are', () => {
    const stored = packed.ledger.entries.filter(isStored);
    const longFigures = packed.report.files.filter((f) => f.layout === 'long').reduce((n, f) => n + f.entries, 0);
    expect(longFigures).toBeGreaterThan(3000);
    expect(stored.length).toBe(longFigures);
    expect(packed.ledger.entries.length - stored.length).toBeGreaterThan(100);
  });

  it('gives back every entry field for field, in the same order', () => {
    expect(packed.ledger.entries.length).toBe(plain.ledger.entries.length);
    packed.ledger.entries.forEach((e, i) => {
      const p = plainEntry(e);
      expect(Object.keys(p)).toEqual(Object.keys(plain.ledger.entries[i]!));
      expect(p).toEqual(plain.ledger.entries[i]);
      const { file, sheet, cell, row, column } = e.source;
      expect({ file, sheet, cell, row, column }).toEqual(plain.ledger.entries[i]!.source);
      expect(JSON.parse(JSON.stringify(e, (_k, v) => (typeof v === 'bigint' ? String(v) : v)))).toEqual(JSON.parse(JSON.stringify(p, (_k, v) => (typeof v === 'bigint' ? String(v) : v))));
    });
  });

  it('finds what the plain ledger finds', () => {
    expect(plain.report.findings.length).toBeGreaterThan(2);
    expect(packed.report.findings).toEqual(plain.report.findings);
    expect(packed.report.table).toEqual(plain.report.table);
    const vi = (r: typeof plain) => buildReport([], [], r.ledger, { severity: {}, lang: 'vi' }).table;
    expect(vi(packed)).toEqual(vi(plain));
  });

  it('takes a changed field on one entry only', () => {
    const e = packed.ledger.entries.find(isStored)!;
    const next = packed.ledger.entries[packed.ledger.entries.indexOf(e) + 1]!;
    const level = next.level;
    e.level = 'subtotal';
    e.amount = { units: 123456789012345678901234567890n, scale: 0 };
    expect(e.level).toBe('subtotal');
    expect(e.amount).toEqual({ units: 123456789012345678901234567890n, scale: 0 });
    expect(next.level).toBe(level);
  });
});
