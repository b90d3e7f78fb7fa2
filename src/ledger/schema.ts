import { z } from 'zod';
import type { Dec } from './money.js';
import { AMOUNT_MEASURES, LEDGER_COLUMNS, LEVELS, PROGRAMS, RATIO_MEASURES, type FactRef as PlainFactRef, type LedgerEntry as PlainEntry, type SourceRef as PlainSourceRef } from './entry.js';

/*
 * The ledger's contract as zod schemas, for the API and export boundary. The reading path never
 * loads this module (nor zod): it uses the plain types and tests of entry.ts, which the
 * assertions at the end of this file keep identical to these schemas.
 */
export { AMOUNT_MEASURES, LEDGER_COLUMNS, LEVELS, MEASURES, PROGRAMS, RATIO_MEASURES, entryIssues, isMeasure, isRatioMeasure, surelyValidEntry } from './entry.js';
export type { RatioMeasure } from './entry.js';

/** Where a value was read: the A1 address a spreadsheet program shows for it. */
export const SourceRefSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  row: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const MeasureSchema = z.enum([...AMOUNT_MEASURES, ...RATIO_MEASURES]);
export type Measure = z.infer<typeof MeasureSchema>;

/** Which amounts a stated percentage is computed from: same province, programme and line. */
export const FactRefSchema = z.object({
  measure: MeasureSchema,
  year: z.number().int(),
  period: z.string(),
  unit: z.string(),
  yearTo: z.number().int().optional(),
});
export type FactRef = z.infer<typeof FactRefSchema>;

const DecSchema = z.custom<Dec>((v) => typeof v === 'object' && v !== null && typeof (v as Dec).units === 'bigint' && Number.isInteger((v as Dec).scale));

export const LedgerEntrySchema = z.object({
  provinceCode: z.string().regex(/^(\d\d)?$/),
  province: z.string(),
  year: z.number().int().min(1990).max(2100),
  /** A fact of a span of years ("giai đoạn 2016 - 2020", "KH 2021-2025"): its last year; `year` is its first. */
  yearTo: z.number().int().min(1990).max(2100).optional(),
  period: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$/),
  program: z.enum(PROGRAMS),
  activity: z.string(),
  measure: MeasureSchema,
  /** Exact value in base units: đồng for money, the count for counts, percent points for %. */
  amount: DecSchema,
  unit: z.string().min(1),
  level: z.enum(LEVELS),
  label: z.string(),
  source: SourceRefSchema,
  /** Identity of the line within a report: the activity code, or the folded label; '' for a total. */
  line: z.string(),
  /** Exponent (base units) of the last digit the figure shows: -1 for "35,4" %, 6 for whole triệu. */
  precision: z.number().int(),
  /** True when the figure is written with decimals of a coarse unit (tỷ đồng to 3 places): it was rounded. */
  rounded: z.boolean(),
  /** A "Trong đó" (of which) breakdown: never a part of a sum. */
  ofWhich: z.boolean(),
  /** For a percentage: the amounts it is computed from (resolved by convention when absent). */
  basis: z.object({ of: FactRefSchema, base: FactRefSchema }).optional(),
  /** For a percentage: the unit of the amounts it is computed from (VND, người…), part of its identity. */
  ratioOf: z.string().optional(),
  /** The sheet row the entry came from, to group a row's facts. */
  rowKey: z.string(),
  /**
   * Forms and summaries: the row keys of the rows above this one in the STT hierarchy
   * (outermost first). Absent for long exports, whose sums go by fact keys instead.
   */
  rowPath: z.array(z.string()).optional(),
  /** Which list the province code is from: codes mean other provinces before and after 1 July 2025. */
  provinceList: z.enum(['63', '34']).optional(),
  /** The year of the report the figure came from: a "cùng kỳ" figure is of the year before. */
  reportYear: z.number().int().optional(),
  /** The period of that report (MM-MM), where it states one. */
  reportPeriod: z.string().optional(),
  /** From an input given as last year's reports (--prior): used for agreement only. */
  prior: z.boolean().optional(),
  /** False where the table does not mark its hierarchy (no STT, no regions): rows are then not summed. */
  rowSums: z.boolean().optional(),
  /** A total row: the whole table's ("Tổng cộng"), or with a scope, one section's ("Cộng"). */
  rowTotal: z.boolean().optional(),
  rowScope: z.string().optional(),
  /** Column of the sheet, and the column-group total it adds up into (TỔNG SỐ over its siblings). */
  column: z.number().int().optional(),
  sumColumn: z.number().int().optional(),
  /** What was not certain about the figure's reading: DOUBT bit flags (ledger/doubt.ts); absent when certain. */
  doubt: z.number().int().positive().optional(),
  /** A footnote mark written on the figure or its row label ("(1)", "(*)"), kept apart from the number. */
  note: z.string().optional(),
  /** Columns this one equals the sum of, as the numbering row declares it ("3=4+5"). */
  sumOf: z.array(z.number().int()).optional(),
  /** A column under a "Trong đó" group: a partial breakdown of this column of the same row. */
  partOf: z.number().int().optional(),
  /** The mapping file confirms the sheet's structure as read ("structure": "as-read"): its figures' misses are faults. */
  confirmed: z.literal(true).optional(),
  /** A total whose label names its parts ("Tổng số (A+B+C)"): the row keys of exactly those rows. */
  sumRows: z.array(z.string()).optional(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

const YEAR_TEXT = /^\d{4}$/;
const MONTH_TEXT = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * One record of the ledger export, as the CSV writes it (every field text, in LEDGER_COLUMNS'
 * order): `year_to` is a span's last year ("giai đoạn 2014 - 2018": year 2014, year_to 2018),
 * empty for a figure of one year. Parquet writes the same columns, `year` and `year_to` as INT32
 * (`year_to` NULL for one year).
 */
export const LedgerRecordSchema = z.object({
  province_code: z.string().regex(/^(\d\d)?$/),
  province: z.string(),
  year: z.string().regex(YEAR_TEXT),
  year_to: z.union([z.literal(''), z.string().regex(YEAR_TEXT)]),
  period: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$/),
  program: z.enum(PROGRAMS),
  activity: z.string(),
  measure: MeasureSchema,
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  unit: z.string().min(1),
  level: z.enum(LEVELS),
  label: z.string(),
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  period_start: z.string().regex(MONTH_TEXT),
  period_end: z.string().regex(MONTH_TEXT),
}).strict();
export type LedgerRecordShape = z.infer<typeof LedgerRecordSchema>;

/** One line of `ledger --format jsonl`: the record, `year_to` null for one year, and how the figure was shown. */
export const LedgerJsonlSchema = LedgerRecordSchema.extend({
  year_to: z.string().regex(YEAR_TEXT).nullable(),
  precision: z.number().int(),
  rounded: z.boolean(),
  of_which: z.boolean(),
}).strict();

/** True only when A and B are the same type (each assignable to the other, property by property). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const sameEntry: Same<LedgerEntry, PlainEntry> = true;
const sameSource: Same<SourceRef, PlainSourceRef> = true;
const sameFactRef: Same<FactRef, PlainFactRef> = true;
/** The record schema names exactly the export's columns. */
const sameColumns: Same<keyof LedgerRecordShape, (typeof LEDGER_COLUMNS)[number]> = true;
void [sameEntry, sameSource, sameFactRef, sameColumns];
