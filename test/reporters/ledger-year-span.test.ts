import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readInputs, resolveConfig } from '../../src/index.js';
import { createCompactBuilder } from '../../src/ledger/compact.js';
import { LEDGER_COLUMNS, LedgerJsonlSchema, LedgerRecordSchema } from '../../src/ledger/schema.js';
import { ledgerRecords } from '../../src/reporters/ledger-export.js';
import { memoryIo } from '../helpers.js';

/**
 * A figure of a span of years ("Kế hoạch giai đoạn 2016-2020") keeps its span in every export:
 * `year` its first year, `year_to` its last; a figure of one year has no `year_to`.
 */
const dir = mkdtempSync(join(tmpdir(), 'br-year-span-'));
const form = join(dir, 'nghe-an-2016.csv');
writeFileSync(form, [
  'BÁO CÁO KHUYẾN CÔNG TỈNH NGHỆ AN NĂM 2016',
  'Đơn vị tính: triệu đồng',
  'STT,Nội dung,Kế hoạch giai đoạn 2016-2020,Kế hoạch năm 2016',
  '1,Đào tạo nghề,"5.000,5","1.000,5"',
].join('\n'));

/** The span's figure (C4) and the year's (D4), by cell. */
const byCell = <T extends { cell: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.cell, r]));

describe('a span of years in the ledger exports', () => {
  it('CSV: year_to beside year, empty for one year; the span ends in its last year', async () => {
    const io = memoryIo();
    expect(await main(['ledger', form], io)).toBe(0);
    const [head, ...lines] = io.out().split('\r\n').filter(Boolean);
    expect(head).toBe(LEDGER_COLUMNS.join(','));
    expect(head!.startsWith('province_code,province,year,year_to,period,')).toBe(true);
    const rows = lines.map((l) => LedgerRecordSchema.parse(Object.fromEntries(l.split(',').map((v, i) => [LEDGER_COLUMNS[i], v]))));
    const cells = byCell(rows);
    expect(cells.C4).toMatchObject({ year: '2016', year_to: '2020', period_start: '2016-01', period_end: '2020-12', value: '5000500000' });
    expect(cells.D4).toMatchObject({ year: '2016', year_to: '', period_start: '2016-01', period_end: '2016-12' });
  });

  it('JSON lines: year_to the span\'s last year, null for one year', async () => {
    const io = memoryIo();
    expect(await main(['ledger', form, '--format', 'jsonl'], io)).toBe(0);
    const rows = io.out().trim().split('\n').map((l) => LedgerJsonlSchema.parse(JSON.parse(l)));
    const cells = byCell(rows);
    expect(cells.C4!.year_to).toBe('2020');
    expect(cells.D4!.year_to).toBeNull();
  });

  it('the compact ledger the `ledger` command exports keeps the span, and keeps it apart from the year', async () => {
    const compact = await readInputs([form], resolveConfig({}), {}, createCompactBuilder());
    const records = byCell([...ledgerRecords(compact.ledger)]);
    expect([records.C4!.year, records.C4!.year_to]).toEqual(['2016', '2020']);
    expect(records.D4!.year_to).toBe('');
  });

  it('Parquet: year_to an INT32 column, NULL for one year, as DuckDB reads it', async () => {
    const out = join(dir, 'span.parquet');
    expect(await main(['ledger', form, '--format', 'parquet', '-o', out], memoryIo())).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const types = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${out}')`)).getRowObjects() as Array<{ column_name: string; column_type: string }>;
    expect(types.map((t) => t.column_name)).toEqual([...LEDGER_COLUMNS]);
    expect(types.find((t) => t.column_name === 'year_to')!.column_type).toBe('INTEGER');
    const rows = (await conn.runAndReadAll(`SELECT cell, year, year_to FROM read_parquet('${out}') ORDER BY cell`)).getRowObjects();
    conn.closeSync();
    expect(rows).toEqual([{ cell: 'C4', year: 2016, year_to: 2020 }, { cell: 'D4', year: 2016, year_to: null }]);
  });
});
