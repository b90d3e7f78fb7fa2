import type { Dec } from './money.js';
import { AMOUNT_MEASURES, RATIO_MEASURES, type Measure, type RatioMeasure } from '../reference/measures.js';

/*
 * A ledger entry as plain TypeScript: types, value lists and validation by plain tests, with no
 * zod. Every run reads through this module; schema.ts holds the zod contract (the API and export
 * boundary), which must describe exactly these types (asserted there when compiling) and accept
 * exactly what `entryIssues` accepts (test/ledger/entry-validation.test.ts).
 */

/** Where a value was read: the A1 address a spreadsheet program shows for it. */
export interface SourceRef {
  file: string;
  sheet: string;
  cell: string;
  row: number;
  column: number;
}

export const PROGRAMS = ['KCQG', 'KCDP', ''] as const;
export const LEVELS = ['item', 'subtotal', 'total'] as const;

/** Amount measures, then the percentages a report states about them (reference/measures.ts). */
export { AMOUNT_MEASURES, RATIO_MEASURES };
export type { Measure, RatioMeasure };
export const MEASURES = [...AMOUNT_MEASURES, ...RATIO_MEASURES] as const;

const MEASURE_SET = new Set<unknown>(MEASURES);

/** Each measure name by itself: a text read from a file (one per row) gives way to the one shared string. */
const MEASURE_NAMES = new Map<string, Measure>(MEASURES.map((m) => [m, m]));

/** The ledger's own measure named by `text` exactly (the shared string, not `text`), or undefined. */
export function measureNamed(text: string): Measure | undefined {
  return MEASURE_NAMES.get(text);
}

/** True for one of the ledger's own measure names. */
export function isMeasure(m: unknown): m is Measure {
  return MEASURE_SET.has(m);
}

/** The entries by a key, each list in the order given. */
export function groupBy(entries: LedgerEntry[], key: (e: LedgerEntry) => string): Map<string, LedgerEntry[]> {
  const out = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

export function isRatioMeasure(m: Measure): m is RatioMeasure {
  return (RATIO_MEASURES as readonly string[]).includes(m);
}

/** Which amounts a stated percentage is computed from: same province, programme and line. */
export interface FactRef {
  measure: Measure;
  year: number;
  period: string;
  unit: string;
  /** A span of years ("KH giai đoạn 2021-2025", "Lũy kế 2021 - 9 tháng 2024"): its last year. */
  yearTo?: number | undefined;
}

export interface LedgerEntry {
  provinceCode: string;
  province: string;
  year: number;
  /** A fact of a span of years ("giai đoạn 2016 - 2020", "KH 2021-2025"): its last year; `year` is its first. */
  yearTo?: number | undefined;
  period: string;
  program: (typeof PROGRAMS)[number];
  activity: string;
  measure: Measure;
  /** Exact value in base units: đồng for money, the count for counts, percent points for %. */
  amount: Dec;
  unit: string;
  level: (typeof LEVELS)[number];
  label: string;
  source: SourceRef;
  /** Identity of the line within a report: the activity code, or the folded label; '' for a total. */
  line: string;
  /** Exponent (base units) of the last digit the figure shows: -1 for "35,4" %, 6 for whole triệu. */
  precision: number;
  /** True when the figure is written with decimals of a coarse unit (tỷ đồng to 3 places): it was rounded. */
  rounded: boolean;
  /** A "Trong đó" (of which) breakdown: never a part of a sum. */
  ofWhich: boolean;
  /** For a percentage: the amounts it is computed from (resolved by convention when absent). */
  basis?: { of: FactRef; base: FactRef } | undefined;
  /** For a percentage: the unit of the amounts it is computed from (VND, người…), part of its identity. */
  ratioOf?: string | undefined;
  /** The sheet row the entry came from, to group a row's facts. */
  rowKey: string;
  /**
   * Forms and summaries: the row keys of the rows above this one in the STT hierarchy
   * (outermost first). Absent for long exports, whose sums go by fact keys instead.
   */
  rowPath?: string[] | undefined;
  /** Which list the province code is from: codes mean other provinces before and after 1 July 2025. */
  provinceList?: '63' | '34' | undefined;
  /** The year of the report the figure came from: a "cùng kỳ" figure is of the year before. */
  reportYear?: number | undefined;
  /** The period of that report (MM-MM), where it states one. */
  reportPeriod?: string | undefined;
  /** From an input given as last year's reports (--prior): used for agreement only. */
  prior?: boolean | undefined;
  /** False where the table does not mark its hierarchy (no STT, no regions): rows are then not summed. */
  rowSums?: boolean | undefined;
  /** A total row: the whole table's ("Tổng cộng"), or with a scope, one section's ("Cộng"). */
  rowTotal?: boolean | undefined;
  rowScope?: string | undefined;
  /** Column of the sheet, and the column-group total it adds up into (TỔNG SỐ over its siblings). */
  column?: number | undefined;
  sumColumn?: number | undefined;
  /** What was not certain about the figure's reading: DOUBT bit flags (ledger/doubt.ts); absent when certain. */
  doubt?: number | undefined;
  /** A footnote mark written on the figure or its row label ("(1)", "(*)"), kept apart from the number. */
  note?: string | undefined;
  /** Columns this one equals the sum of, as the numbering row declares it ("3=4+5"). */
  sumOf?: number[] | undefined;
  /** A column under a "Trong đó" group: a partial breakdown of this column of the same row. */
  partOf?: number | undefined;
  /** The mapping file confirms the sheet's structure as read ("structure": "as-read"): its figures' misses are faults. */
  confirmed?: true | undefined;
  /** A total whose label names its parts ("Tổng số (A+B+C)"): the row keys of exactly those rows. */
  sumRows?: string[] | undefined;
}

/** The ledger export's columns, in the contract's order. */
export const LEDGER_COLUMNS = [
  'province_code', 'province', 'year', 'year_to', 'period', 'program', 'activity', 'measure', 'value',
  'unit', 'level', 'label', 'file', 'sheet', 'cell', 'period_start', 'period_end',
] as const;

const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const opt = (p: (x: unknown) => boolean) => (v: unknown) => v === undefined || p(v);
const strings = (v: unknown) => Array.isArray(v) && v.every(isStr);
const PERIOD_RE = /^(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$/;
const optStr = (v: unknown) => v === undefined || isStr(v);
const optInt = (v: unknown) => v === undefined || isInt(v);
const optBool = (v: unknown) => v === undefined || isBool(v);
const optStrings = (v: unknown) => v === undefined || strings(v);
const optBasis = (b: unknown) => b === undefined || (typeof b === 'object' && b !== null && isFactRef((b as { of: unknown }).of) && isFactRef((b as { base: unknown }).base));

function isFactRef(r: unknown): boolean {
  const f = r as FactRef | null;
  return typeof f === 'object' && f !== null && MEASURE_SET.has(f.measure) && isInt(f.year) && isStr(f.period) && isStr(f.unit) && optInt(f.yearTo);
}

function isSource(v: unknown): boolean {
  const s = v as SourceRef | null;
  return typeof s === 'object' && s !== null && isStr(s.file) && isStr(s.sheet) && isStr(s.cell) && isInt(s.row) && s.row > 0 && isInt(s.column) && s.column > 0;
}

/** Each field's plain test, in the schema's order. */
const FIELD_TESTS: Array<[keyof LedgerEntry, (v: unknown) => boolean]> = [
  ['provinceCode', (v) => isStr(v) && (v === '' || /^\d\d$/.test(v))],
  ['province', isStr],
  ['year', (v) => isInt(v) && v >= 1990 && v <= 2100],
  ['yearTo', opt((v) => isInt(v) && v >= 1990 && v <= 2100)],
  ['period', (v) => isStr(v) && PERIOD_RE.test(v)],
  ['program', (v) => (PROGRAMS as readonly unknown[]).includes(v)],
  ['activity', isStr],
  ['measure', (v) => MEASURE_SET.has(v)],
  ['amount', (v) => typeof v === 'object' && v !== null && typeof (v as Dec).units === 'bigint' && Number.isInteger((v as Dec).scale)],
  ['unit', (v) => isStr(v) && v.length > 0],
  ['level', (v) => (LEVELS as readonly unknown[]).includes(v)],
  ['label', isStr],
  ['source', isSource],
  ['line', isStr],
  ['precision', isInt],
  ['rounded', isBool],
  ['ofWhich', isBool],
  ['basis', opt((b) => typeof b === 'object' && b !== null && isFactRef((b as { of: unknown }).of) && isFactRef((b as { base: unknown }).base))],
  ['ratioOf', opt(isStr)],
  ['rowKey', isStr],
  ['rowPath', opt(strings)],
  ['provinceList', opt((v) => v === '63' || v === '34')],
  ['reportYear', opt(isInt)],
  ['reportPeriod', opt(isStr)],
  ['prior', opt(isBool)],
  ['rowSums', opt(isBool)],
  ['rowTotal', opt(isBool)],
  ['rowScope', opt(isStr)],
  ['column', opt(isInt)],
  ['sumColumn', opt(isInt)],
  ['doubt', opt((v) => isInt(v) && v > 0)],
  ['note', opt(isStr)],
  ['sumOf', opt((v) => Array.isArray(v) && v.every(isInt))],
  ['partOf', opt(isInt)],
  ['confirmed', opt((v) => v === true)],
  ['sumRows', opt(strings)],
];

/**
 * The fields of an entry that break the ledger's contract (empty when none does), by plain
 * tests: no allocation for a valid entry beyond the loop, and no zod on the reading path.
 */
export function entryIssues(e: LedgerEntry): Array<keyof LedgerEntry> {
  const out: Array<keyof LedgerEntry> = [];
  for (const [key, test] of FIELD_TESTS) if (!test(e[key])) out.push(key);
  return out;
}

function validCore(e: LedgerEntry): boolean {
  return isStr(e.provinceCode) && (e.provinceCode === '' || /^\d\d$/.test(e.provinceCode)) && isStr(e.province)
    && isInt(e.year) && e.year >= 1990 && e.year <= 2100 && isStr(e.period) && PERIOD_RE.test(e.period)
    && (PROGRAMS as readonly unknown[]).includes(e.program) && isStr(e.activity) && MEASURE_SET.has(e.measure)
    && typeof e.amount === 'object' && e.amount !== null && typeof e.amount.units === 'bigint' && Number.isInteger(e.amount.scale)
    && isStr(e.unit) && e.unit.length > 0 && (LEVELS as readonly unknown[]).includes(e.level) && isStr(e.label) && isSource(e.source)
    && isStr(e.line) && isInt(e.precision) && isBool(e.rounded) && isBool(e.ofWhich) && isStr(e.rowKey);
}

function validOptional(e: LedgerEntry): boolean {
  return (e.yearTo === undefined || (isInt(e.yearTo) && e.yearTo >= 1990 && e.yearTo <= 2100)) && optBasis(e.basis) && optStr(e.ratioOf) && optStrings(e.rowPath) && (e.provinceList === undefined || e.provinceList === '63' || e.provinceList === '34')
    && optInt(e.reportYear) && optStr(e.reportPeriod) && optBool(e.prior) && optBool(e.rowSums) && optBool(e.rowTotal)
    && optStr(e.rowScope) && optInt(e.column) && optInt(e.sumColumn) && (e.doubt === undefined || (isInt(e.doubt) && e.doubt > 0))
    && optStr(e.note) && (e.sumOf === undefined || (Array.isArray(e.sumOf) && e.sumOf.every(isInt))) && (e.confirmed === undefined || e.confirmed === true)
    && optStrings(e.sumRows) && optInt(e.partOf);
}

/**
 * True when the entry satisfies the ledger's contract (`LedgerEntrySchema` in schema.ts): the
 * test every entry read passes, written out for speed; `entryIssues` names the fields when not.
 */
export function surelyValidEntry(e: LedgerEntry): boolean {
  return validCore(e) && validOptional(e);
}
