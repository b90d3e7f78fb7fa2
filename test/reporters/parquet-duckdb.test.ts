import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { reconcile } from '../../src/index.js';
import { buildConference, type ProgFigures } from '../../src/ledger/conference.js';
import { parseDec, rescale, type Dec } from '../../src/ledger/money.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The query the README shows, as written there. */
function readmeQuery(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- region-table\.sql[^>]*-->\s*```sql\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README has no region-table.sql block');
  return m[1]!;
}

/** Ledgers of four years, one Parquet file per input set; 2024 from two (two regions). */
const YEARS: Record<number, string[][]> = {
  2021: [['fixtures/long/region-2021-6thang-khongdau.tsv']],
  2022: [['fixtures/long/facts-2022-9m-en.csv']],
  2023: [['fixtures/region/2023']],
  2024: [['fixtures/region/2024'], ['fixtures/long/region-2024-9thang-vi.csv']],
};

const silent = () => new Writable({ write(_c, _e, cb) { cb(); } });

/** Exact equality of a model figure and DuckDB's text of a DECIMAL (NULL when absent). */
function expectSame(model: Dec | undefined, duck: string | null, what: string): void {
  if (model === undefined) {
    expect(duck, what).toBeNull();
    return;
  }
  expect(duck, what).not.toBeNull();
  const d = parseDec(duck!)!;
  const scale = Math.max(d.scale, model.scale);
  expect(rescale(d, scale).units, `${what}: ${duck}`).toBe(rescale(model, scale).units);
}

const COLUMNS: Array<[string, 'KCQG' | 'KCDP' | '', keyof ProgFigures]> = [
  ['kcqg_plan', 'KCQG', 'plan'], ['kcqg_actual', 'KCQG', 'actual'],
  ['kcdp_plan', 'KCDP', 'plan'], ['kcdp_actual', 'KCDP', 'actual'],
  ['plan', '', 'plan'], ['actual', '', 'actual'],
];

describe("the README's DuckDB query over Parquet ledgers", () => {
  it('rebuilds the conference funding table of every year, figure for figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-duckdb-'));
    const ledgers = join(dir, 'ledgers');
    mkdirSync(ledgers);
    for (const [year, sets] of Object.entries(YEARS)) {
      for (const [i, paths] of sets.entries()) {
        const code = await main(['ledger', ...paths, '--format', 'parquet', '-o', join(ledgers, `${year}-${i}.parquet`)], { stdout: silent(), stderr: silent(), env: {} });
        expect(code, paths.join(' ')).toBe(0);
      }
    }

    const sql = readmeQuery().trim().replace(/;$/, '').replace("'ledgers/*.parquet'", `'${join(ledgers, '*.parquet')}'`);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const text = COLUMNS.map(([c]) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ');
    const result = await conn.runAndReadAll(`SELECT year, period, province_code, province, ${text} FROM (${sql}) q`);
    const rows = result.getRowObjects() as Array<Record<string, string | number | null>>;
    conn.closeSync();

    expect([...new Set(rows.map((r) => Number(r.year)))]).toEqual([2021, 2022, 2023, 2024]);
    for (const [year, sets] of Object.entries(YEARS)) {
      const { ledger } = await reconcile(sets.flat());
      const conference = buildConference(ledger)!;
      expect(conference.year).toBe(Number(year));
      const mine = rows.filter((r) => Number(r.year) === conference.year);
      expect(new Set(mine.map((r) => r.period)), `${year} period`).toEqual(new Set([conference.period]));
      const provinces = conference.regions.flatMap((g) => g.provinces);
      expect(provinces.length).toBeGreaterThan(3);
      expect(mine.filter((r) => r.province_code !== null).map((r) => r.province_code)).toEqual(provinces.map((p) => p.code).sort());
      for (const p of provinces) {
        const row = mine.find((r) => r.province_code === p.code)!;
        expect(row.province).toBe(p.name);
        for (const [column, prog, measure] of COLUMNS) expectSame(p.programs[prog][measure]?.value, row[column] as string | null, `${year} ${p.name} ${column}`);
      }
      const total = mine.find((r) => r.province_code === null)!;
      expect(total.province).toBe('TỔNG CỘNG');
      for (const [column, prog, measure] of COLUMNS) expectSame(conference.total[prog][measure]?.value, total[column] as string | null, `${year} total ${column}`);
    }
  });
});
