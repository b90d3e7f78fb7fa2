import type { Ledger } from '../ledger/build-ledger.js';
import { formatDec } from '../ledger/money.js';
import { LEDGER_COLUMNS, type LedgerEntry } from '../ledger/schema.js';

export type LedgerRecord = Record<(typeof LEDGER_COLUMNS)[number], string>;

/** The export record of an entry: the contract's columns, value as a plain decimal. */
export function ledgerRecord(e: LedgerEntry): LedgerRecord {
  return {
    province_code: e.provinceCode,
    province: e.province,
    year: String(e.year),
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
  };
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, UTF-8, header row first; one line per entry. */
export function* renderLedgerCsv(ledger: Ledger): Generator<string> {
  yield `${LEDGER_COLUMNS.join(',')}\r\n`;
  for (const e of ledger.entries) {
    const r = ledgerRecord(e);
    yield `${LEDGER_COLUMNS.map((c) => csvField(r[c])).join(',')}\r\n`;
  }
}

/** One JSON object per line: the contract's columns plus the shown precision and whether it was rounded. */
export function* renderLedgerJsonl(ledger: Ledger): Generator<string> {
  for (const e of ledger.entries) {
    yield `${JSON.stringify({ ...ledgerRecord(e), precision: e.precision, rounded: e.rounded, of_which: e.ofWhich })}\n`;
  }
}
