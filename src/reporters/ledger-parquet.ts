import { parquetWriteBuffer } from 'hyparquet-writer';
import { parseDec, rescale } from '../ledger/money.js';
import { LEDGER_COLUMNS } from '../ledger/entry.js';
import type { LedgerRecord } from './ledger-export.js';

/**
 * `value` in Parquet: DECIMAL(38, 18), one type for every file, whatever the ledger holds. A
 * reader given several files (DuckDB's read_parquet, Spark, pyarrow datasets) takes the first
 * file's type for all of them and would round a value of a finer scale: with one scale they all
 * agree, and every value is exact — up to 20 digits before the point (10^20 đồng) and 18 after
 * (a percentage an office program computed to 15 significant digits). A value outside that
 * cannot be written exactly and stops the export.
 */
export const PARQUET_VALUE_PRECISION = 38;
export const PARQUET_VALUE_SCALE = 18;
const LIMIT = 10n ** BigInt(PARQUET_VALUE_PRECISION);

/** A value that DECIMAL(38, 18) cannot hold exactly; `record` says where it was read. */
export class ParquetValueError extends Error {
  /** The same in Vietnamese. */
  readonly vi: string;
  constructor(readonly record: LedgerRecord) {
    const where = `${record.file}${record.sheet ? `:${record.sheet}` : ''}!${record.cell}`;
    const type = `DECIMAL(${PARQUET_VALUE_PRECISION}, ${PARQUET_VALUE_SCALE})`;
    super(`the value ${record.value} (${where}) does not fit ${type}`);
    this.vi = `giá trị ${record.value} (${where}) không vừa kiểu ${type}`;
  }
}

/** The value as the unscaled integer of DECIMAL(38, 18). */
function unscaled(r: LedgerRecord): bigint {
  const d = parseDec(r.value);
  if (!d || d.scale > PARQUET_VALUE_SCALE) throw new ParquetValueError(r);
  const units = rescale(d, PARQUET_VALUE_SCALE).units;
  if (units >= LIMIT || units <= -LIMIT) throw new ParquetValueError(r);
  return units;
}

type TextColumn = Exclude<(typeof LEDGER_COLUMNS)[number], 'year' | 'year_to' | 'value'>;

/**
 * The ledger as one Parquet file (Snappy): the CSV export's columns in its order, `year` as
 * INT32, `year_to` as optional INT32 (NULL for one year, a span's last year), `value` as exact
 * DECIMAL(38, 18), every other column as UTF-8 text ('' where the CSV field is empty).
 * Deterministic: the same ledger gives the same bytes.
 */
export function renderLedgerParquet(records: Iterable<LedgerRecord>, createdBy: string): Uint8Array {
  const text = new Map<TextColumn, string[]>();
  const years: number[] = [];
  const yearsTo: Array<number | null> = [];
  const values: bigint[] = [];
  for (const c of LEDGER_COLUMNS) if (c !== 'year' && c !== 'year_to' && c !== 'value') text.set(c, []);
  for (const r of records) {
    for (const [c, list] of text) list.push(r[c]);
    years.push(Number(r.year));
    yearsTo.push(r.year_to === '' ? null : Number(r.year_to));
    values.push(unscaled(r));
  }
  const data = (name: (typeof LEDGER_COLUMNS)[number]) => (name === 'year' ? years : name === 'year_to' ? yearsTo : name === 'value' ? values : text.get(name)!);
  const columnData = LEDGER_COLUMNS.map((name) => ({ name, data: data(name) }));
  const schema = [
    { name: 'root', num_children: LEDGER_COLUMNS.length },
    ...LEDGER_COLUMNS.map((name) =>
      name === 'year' || name === 'year_to'
        ? { name, type: 'INT32' as const, repetition_type: name === 'year' ? 'REQUIRED' as const : 'OPTIONAL' as const }
        : name === 'value'
          ? {
              name, type: 'FIXED_LEN_BYTE_ARRAY' as const, type_length: 16, repetition_type: 'REQUIRED' as const,
              converted_type: 'DECIMAL' as const, scale: PARQUET_VALUE_SCALE, precision: PARQUET_VALUE_PRECISION,
              logical_type: { type: 'DECIMAL' as const, scale: PARQUET_VALUE_SCALE, precision: PARQUET_VALUE_PRECISION },
            }
          : { name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'REQUIRED' as const },
    ),
  ];
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy }));
}
