import type { Ledger } from '../ledger/build-ledger.js';
import type { CompactLedger, ExportEntry } from '../ledger/compact.js';
import { formatDec } from '../ledger/money.js';
import { LEDGER_COLUMNS } from '../ledger/entry.js';

export type LedgerRecord = Record<(typeof LEDGER_COLUMNS)[number], string>;

/** The export record of an entry: the contract's columns, value as a plain decimal. */
export function ledgerRecord(e: ExportEntry): LedgerRecord {
  return {
    province_code: e.provinceCode,
    province: e.province,
    year: String(e.year),
    // A span of years ("giai đoạn 2014 - 2018"): its last year; empty for one year.
    year_to: e.yearTo === undefined ? '' : String(e.yearTo),
    period: e.period,
    program: e.program,
    activity: e.activity,
    measure: e.measure,
    value: formatDec(e.amount),
    unit: e.unit,
    level: e.level,
    label: e.label,
    file: e.source.file,
    sheet: e.source.sheet,
    cell: e.source.cell,
    period_start: `${e.year}-${e.period.slice(0, 2)}`,
    period_end: `${e.yearTo ?? e.year}-${e.period.slice(3)}`,
  };
}

/** A plain decimal: the only text a cell may start with "-" or "+" and stay as written. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A CSV field as OWASP advises against CSV injection: a text starting with = + - @, tab or
 * carriage return (which Excel would run as a formula) gets a leading apostrophe, and the field
 * is quoted; plain numbers such as "-1500" stay numbers.
 */
export function csvField(s: string): string {
  const text = /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
  return /[",\r\n']/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8 (Vietnamese names intact). */
  bom?: boolean;
}

/** The entries of a ledger, full or compact, in order. */
export function exportEntries(ledger: Ledger | CompactLedger): Iterable<ExportEntry> {
  return 'facts' in ledger ? ledger.entries : ledger.entries();
}

/** Every entry's export record, in ledger order: what the CSV, JSON lines and Parquet exports write. */
export function* ledgerRecords(ledger: Ledger | CompactLedger): Generator<LedgerRecord> {
  for (const e of exportEntries(ledger)) yield ledgerRecord(e);
}

/** RFC 4180 CSV, UTF-8 (with a BOM on request), CRLF line ends, header row first; one line per entry. */
export function* renderLedgerCsv(ledger: Ledger | CompactLedger, opts: CsvOptions = {}): Generator<string> {
  yield `${opts.bom ? '\ufeff' : ''}${LEDGER_COLUMNS.join(',')}\r\n`;
  for (const r of ledgerRecords(ledger)) yield `${LEDGER_COLUMNS.map((c) => csvField(r[c])).join(',')}\r\n`;
}

/** One JSON object per line: the contract's columns (`year_to` null for one year) plus the shown precision and whether it was rounded. */
export function* renderLedgerJsonl(ledger: Ledger | CompactLedger): Generator<string> {
  for (const e of exportEntries(ledger)) {
    const r = ledgerRecord(e);
    yield `${JSON.stringify({ ...r, year_to: r.year_to || null, precision: e.precision, rounded: e.rounded, of_which: e.ofWhich })}\n`;
  }
}
