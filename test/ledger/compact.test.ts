import { describe, expect, it } from 'vitest';
import { readInputs, resolveConfig } from '../../src/index.js';
import { createLedgerBuilder } from '../../src/ledger/build-ledger.js';
import { createCompactBuilder } from '../../src/ledger/compact.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';
import { ledgerCsvChunks, renderLedgerCsv, renderLedgerJsonl } from '../../src/reporters/ledger-export.js';

const join = (lines: Iterable<string>) => [...lines].join('');

// The `ledger` command exports a packed ledger: it must write exactly what the full one writes.
describe('CompactLedger', () => {
  it.each([['fixtures/long'], ['fixtures/region/2024'], ['fixtures/forms'], ['fixtures/legacy']])('exports %s exactly as the full ledger does', async (dir) => {
    const config = resolveConfig({});
    const full = await readInputs([dir], config);
    const compact = await readInputs([dir], config, {}, createCompactBuilder());
    expect(compact.ledger.size).toBe(full.ledger.entries.length);
    expect(full.ledger.entries.length).toBeGreaterThan(50);
    expect(join(renderLedgerCsv(compact.ledger))).toBe(join(renderLedgerCsv(full.ledger)));
    expect(join(renderLedgerJsonl(compact.ledger))).toBe(join(renderLedgerJsonl(full.ledger)));
    expect(compact.raw).toEqual(full.raw);
  });

  it.each([['fixtures/long'], ['fixtures/forms'], ['fixtures/legacy']])('writes %s as CSV bytes in pieces exactly as the text export encodes, full or compact', async (dir) => {
    const config = resolveConfig({});
    const full = await readInputs([dir], config);
    const compact = await readInputs([dir], config, {}, createCompactBuilder());
    const text = Buffer.from(join(renderLedgerCsv(full.ledger, { bom: true })));
    // Small pieces: many piece ends, and lines longer than a piece.
    for (const size of [64, 1000, 1 << 20]) {
      for (const ledger of [full.ledger, compact.ledger]) {
        const pieces = [...ledgerCsvChunks(ledger, { bom: true }, size)];
        expect(Buffer.concat(pieces).equals(text)).toBe(true);
        expect(pieces.every((p) => p.length > 0)).toBe(true);
        if (size === 64) expect(pieces.length).toBeGreaterThan(10);
      }
    }
  });

  it('marks a parent activity with sub-lines as a subtotal, as the full ledger does', async () => {
    const compact = await readInputs(['fixtures/long/region-2024-9thang-vi.csv'], resolveConfig({}), {}, createCompactBuilder());
    const levels = new Map([...compact.ledger.entries()].map((e) => [e.activity, e.level]));
    expect(levels.get('KC3_MHTD')).toBe('subtotal');
    expect(levels.get('KC3a')).toBe('item');
  });

  it('keeps amounts beyond 2^53 units, odd scales and cells not named by row and column exactly', async () => {
    const { ledger } = await readInputs(['fixtures/long/facts-2022-9m-en.csv'], resolveConfig({}));
    const base = ledger.entries[0]!;
    const odd: LedgerEntry[] = [
      { ...base, amount: { units: 123456789012345678901234567890n, scale: 3 } },
      { ...base, amount: { units: -9007199254740993n, scale: 0 } },
      { ...base, amount: { units: 15n, scale: 40000 } },
      { ...base, amount: { units: -1500n, scale: 2 }, source: { ...base.source, cell: 'AA7' } },
    ];
    const full = createLedgerBuilder();
    const compact = createCompactBuilder();
    for (const e of odd) {
      full.add({ ...e });
      compact.add({ ...e });
    }
    const out = join(renderLedgerCsv(compact.build()));
    expect(out).toBe(join(renderLedgerCsv(full.build())));
    expect(out).toContain('123456789012345678901234567.89');
    expect(out).toContain('-9007199254740993');
    expect(out).toContain(',AA7,2022-01,2022-12\r\n');
  });

  it('writes labels that need an apostrophe or quotes as the full ledger does, each shared column once per line', async () => {
    const { ledger } = await readInputs(['fixtures/long/facts-2022-9m-en.csv'], resolveConfig({}));
    const base = ledger.entries[0]!;
    const labels = ['=SUM(A1)', ' lead', 'trail\t', 'a,"b"', "it's", '-1500', '+5', '@x', 'plain', '-x', 'line\nbreak'];
    const full = createLedgerBuilder();
    const compact = createCompactBuilder();
    for (const label of labels) {
      full.add({ ...base, label });
      compact.add({ ...base, label });
    }
    const out = join(renderLedgerCsv(compact.build()));
    expect(out).toBe(join(renderLedgerCsv(full.build())));
    const fields = ["\"'=SUM(A1)\"", '" lead"', '"trail\t"', '"a,""b"""', '"it\'s"', '-1500', '+5', "\"'@x\"", 'plain', "\"'-x\"", '"line\nbreak"'];
    for (const f of fields) expect(out).toContain(`,item,${f},`);
    expect(out.split('\r\n').filter((l) => l.includes(base.source.cell))).toHaveLength(labels.length);
  });

  it('reports an entry the schema rejects and leaves it out', () => {
    const compact = createCompactBuilder();
    const problem = compact.add({ provinceCode: '1' } as LedgerEntry);
    expect(problem?.reason).toBeTruthy();
    expect(compact.build().size).toBe(0);
  });
});
