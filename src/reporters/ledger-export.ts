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

/** A field that may need an apostrophe or quotes (see csvField): a start of = + - @ or white space, a quote, comma, line break or apostrophe, or white space at the end. */
const NEEDS_CARE = /^[=+\-@\s]|[",\r\n']|\s$/;

/** A plain decimal: the only text a cell may start with "-" or "+" and stay as written. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A CSV field as OWASP advises against CSV injection: a text starting with = + - @, tab or
 * carriage return (which Excel would run as a formula) gets a leading apostrophe, and the field
 * is quoted; plain numbers such as "-1500" stay numbers.
 */
export function csvField(s: string): string {
  // Most fields need neither: one test to say so.
  if (!NEEDS_CARE.test(s)) return s;
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
  if (!('facts' in ledger)) {
    yield* compactCsvLines(ledger);
    return;
  }
  for (const r of ledgerRecords(ledger)) yield csvLine(r);
}

function csvLine(r: LedgerRecord): string {
  return `${LEDGER_COLUMNS.map((c) => csvField(r[c])).join(',')}\r\n`;
}

/** The columns an entry of a compact ledger does not share with the others of its shared id. */
const OWN_COLUMNS: ReadonlySet<string> = new Set(['value', 'label', 'cell']);

/**
 * A line's text around its own columns (value, label, cell): the text before the first, between
 * them, and after the last, line end included. The same for every entry of one shared id.
 */
function sharedParts(r: LedgerRecord): string[] {
  const parts: string[] = [];
  let part = '';
  for (const [k, c] of LEDGER_COLUMNS.entries()) {
    if (k > 0) part += ',';
    if (OWN_COLUMNS.has(c)) {
      parts.push(part);
      part = '';
    } else part += csvField(r[c]);
  }
  parts.push(`${part}\r\n`);
  return parts;
}

/**
 * A compact ledger's lines, as csvLine writes each entry's record: the shared columns rendered
 * once per shared id, each label once, each line the shared text around its value, label and cell.
 */
function* compactCsvLines(ledger: CompactLedger): Generator<string> {
  const shared: string[][] = [];
  const labels: string[] = [];
  for (let i = 0; i < ledger.size; i++) {
    const d = ledger.sharedId(i);
    const parts = (shared[d] ??= sharedParts(ledgerRecord(ledger.entry(i))));
    const l = ledger.labelId(i);
    const label = (labels[l] ??= csvField(ledger.labelText(l)));
    yield parts[0]! + csvField(formatDec(ledger.amount(i))) + parts[1]! + label + parts[2]! + csvField(ledger.cell(i)) + parts[3]!;
  }
}

/** Bytes gathered into pieces of about a megabyte, each written once into its buffer (no text joined, then copied to bytes). */
class ByteChunks {
  private buf: Buffer;
  private at = 0;
  constructor(private readonly size = 1 << 20) {
    this.buf = Buffer.allocUnsafe(size);
  }

  get full(): boolean {
    return this.at >= this.size;
  }

  /** Room for `n` more bytes: a line longer than the rest of the piece makes the piece longer. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.size, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  text(s: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    this.room(s.length * 3);
    this.at += this.buf.write(s, this.at);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** The piece so far (a view of its own buffer, never written again); the next piece starts empty. */
  take(): Uint8Array {
    const piece = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(this.size);
    this.at = 0;
    return piece;
  }
}

/**
 * `renderLedgerCsv` as UTF-8 bytes in pieces of about a megabyte, the same bytes: for a compact
 * ledger each shared text and each label is encoded once, and a line is those bytes around its
 * value and cell.
 */
export function* ledgerCsvChunks(ledger: Ledger | CompactLedger, opts: CsvOptions = {}, size = 1 << 20): Generator<Uint8Array> {
  const out = new ByteChunks(size);
  if ('facts' in ledger) {
    for (const line of renderLedgerCsv(ledger, opts)) {
      out.text(line);
      if (out.full) yield out.take();
    }
  } else {
    out.text(`${opts.bom ? '\ufeff' : ''}${LEDGER_COLUMNS.join(',')}\r\n`);
    const shared: Buffer[][] = [];
    const labels: Buffer[] = [];
    for (let i = 0; i < ledger.size; i++) {
      const d = ledger.sharedId(i);
      const parts = (shared[d] ??= sharedParts(ledgerRecord(ledger.entry(i))).map((p) => Buffer.from(p)));
      const l = ledger.labelId(i);
      out.bytes(parts[0]!);
      out.text(csvField(formatDec(ledger.amount(i))));
      out.bytes(parts[1]!);
      out.bytes((labels[l] ??= Buffer.from(csvField(ledger.labelText(l)))));
      out.bytes(parts[2]!);
      out.text(csvField(ledger.cell(i)));
      out.bytes(parts[3]!);
      if (out.full) yield out.take();
    }
  }
  const last = out.take();
  if (last.length) yield last;
}

/** One JSON object per line: the contract's columns (`year_to` null for one year) plus the shown precision and whether it was rounded. */
export function* renderLedgerJsonl(ledger: Ledger | CompactLedger): Generator<string> {
  for (const e of exportEntries(ledger)) {
    const r = ledgerRecord(e);
    yield `${JSON.stringify({ ...r, year_to: r.year_to || null, precision: e.precision, rounded: e.rounded, of_which: e.ofWhich })}\n`;
  }
}
