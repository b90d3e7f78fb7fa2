import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { LEDGER_COLUMNS } from '../../src/ledger/schema.js';
import { csvField, type LedgerRecord } from '../../src/reporters/ledger-export.js';
import { ParquetValueError, renderLedgerParquet } from '../../src/reporters/ledger-parquet.js';

const tmp = mkdtempSync(join(tmpdir(), 'br-parquet-'));

function quietIo(): Io & { err: () => string; out: () => string } {
  const sink = () => {
    const chunks: string[] = [];
    const w = new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb(); } });
    return { w, text: () => chunks.join('') };
  };
  const o = sink();
  const e = sink();
  return { stdout: o.w, stderr: e.w, env: {}, out: o.text, err: e.text };
}

function arrayBuffer(file: string): ArrayBuffer {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** A DECIMAL's unscaled integer from its big-endian two's complement bytes. */
function unscaledOf(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return bytes.length && bytes[0]! & 0x80 ? v - (1n << BigInt(bytes.length * 8)) : v;
}

/** unscaled × 10^-scale as the CSV writes a decimal: no exponent, no trailing zeros after the point. */
function plainDecimal(units: bigint, scale: number): string {
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
  digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return (neg && digits !== '0' ? '-' : '') + digits;
}

/**
 * Reads a Parquet ledger back with hyparquet. `value` is read as its raw bytes (the DECIMAL
 * annotation taken off the schema handed to the reader, since hyparquet turns decimals into
 * floating point) and decoded exactly with the file's own scale.
 */
async function readLedgerParquet(file: string): Promise<{ rows: LedgerRecord[]; scale: number; types: Record<string, unknown> }> {
  const ab = arrayBuffer(file);
  const metadata = parquetMetadata(ab);
  const value = metadata.schema.find((e) => e.name === 'value')!;
  const scale = value.scale!;
  const raw = { ...metadata, schema: metadata.schema.map((e) => (e.name === 'value' ? { ...e, converted_type: undefined, logical_type: undefined } : e)) };
  const objects = await parquetReadObjects({ file: ab, metadata: raw });
  const rows = objects.map((o) => Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, c === 'value' ? plainDecimal(unscaledOf(o[c] as Uint8Array), scale) : o[c] === null ? '' : String(o[c])])) as LedgerRecord);
  const types = Object.fromEntries(metadata.schema.slice(1).map((e) => [e.name, e.logical_type ?? e.converted_type ?? e.type]));
  return { rows, scale, types };
}

describe('ledger --format parquet', () => {
  const inputs = [['fixtures/region/2024'], ['fixtures/long'], ['fixtures/samples'], ['fixtures/forms/libreoffice']];

  it.each(inputs)('holds exactly what the CSV export holds, column for column: %s', async (input) => {
    const name = input.replace(/\W+/g, '-');
    const csvFile = join(tmp, `${name}.csv`);
    const pqFile = join(tmp, `${name}.parquet`);
    await main(['ledger', input, '-o', csvFile], quietIo());
    await main(['ledger', input, '--format', 'parquet', '-o', pqFile], quietIo());
    const csvLines = readFileSync(csvFile, 'utf8').split('\r\n').filter(Boolean);
    const { rows, scale, types } = await readLedgerParquet(pqFile);
    expect(scale).toBe(18);
    expect(Object.keys(types)).toEqual([...LEDGER_COLUMNS]);
    expect(types.value).toEqual({ type: 'DECIMAL', scale: 18, precision: 38 });
    expect(types.year).toBe('INT32');
    expect(types.year_to).toBe('INT32');
    expect(types.province).toBe('UTF8');
    expect(rows.length).toBeGreaterThan(10);
    expect(csvLines[0]).toBe(LEDGER_COLUMNS.join(','));
    // Every row, rendered as the CSV export renders a record, is that export's line.
    expect(rows.map((r) => LEDGER_COLUMNS.map((c) => csvField(r[c])).join(','))).toEqual(csvLines.slice(1));
  });

  it('keeps values a float cannot hold, and refuses one DECIMAL(38, 18) cannot', () => {
    const base: LedgerRecord = { province_code: '01', province: 'Hà Nội', year: '2024', year_to: '', period: '01-09', program: 'KCQG', activity: '', measure: 'actual', value: '0', unit: 'VND', level: 'total', label: '=cmd', file: 'a.csv', sheet: 'a', cell: 'B2', period_start: '2024-01', period_end: '2024-09' };
    const big = '98765432109876543210.123456789012345678';
    const file = join(tmp, 'big.parquet');
    const bytes = renderLedgerParquet([{ ...base, value: big }, { ...base, value: '-0.000000000000000001' }, { ...base, value: '56.4427690198766' }], 'test');
    writeFileSync(file, bytes);
    return readLedgerParquet(file).then(({ rows }) => {
      expect(rows.map((r) => r.value)).toEqual([big, '-0.000000000000000001', '56.4427690198766']);
      expect(rows[0]!.label).toBe('=cmd');
      expect(() => renderLedgerParquet([{ ...base, value: '0.0000000000000000001' }], 'test')).toThrow(ParquetValueError);
      expect(() => renderLedgerParquet([{ ...base, value: '100000000000000000000' }], 'test')).toThrow(/B2.*DECIMAL\(38, 18\)/);
    });
  });

  it('writes atomically: no temporary file is left, and the same ledger gives the same bytes', async () => {
    const dir = mkdtempSync(join(tmp, 'atomic-'));
    const a = join(dir, 'a.parquet');
    const b = join(dir, 'b.parquet');
    expect(await main(['ledger', 'fixtures/region/2023', '--format', 'parquet', '-o', a], quietIo())).toBe(0);
    expect(await main(['ledger', 'fixtures/region/2023', '--format', 'parquet', '-o', b], quietIo())).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.parquet', 'b.parquet']);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).subarray(0, 4).toString()).toBe('PAR1');
  });

  it('will not write binary to a terminal', async () => {
    const io = quietIo();
    (io.stdout as { isTTY?: boolean }).isTTY = true;
    expect(await main(['ledger', 'fixtures/region/2023', '--format', 'parquet'], io)).toBe(2);
    expect(io.err()).toContain('-o/--out');
    expect(io.out()).toBe('');
  });
});
