/**
 * A CSV tokenizer for the common case, several times faster than csv-parse on a long export:
 * it reads decoded text (not bytes) and slices fields out of it. It reads exactly what
 * csv-parse reads with the options of read-text-table.ts (the delimiter given, `"` quotes with
 * doubled quotes inside, the record delimiter discovered at the first line break outside quotes
 * — CRLF, LF or CR — and used alone after that, quotes inside an unquoted field kept as they
 * are, ragged rows, empty lines as one empty field, no BOM handling). Whatever else it meets —
 * a closing quote followed by something other than a delimiter or a line break, a quote left
 * open at the end, a record longer than csv-parse would take — it reports as `unhandled`
 * instead of guessing, and the reader hands the file to csv-parse (test/read/csv-tokenizer.test.ts
 * compares the two on the fixtures and on generated text).
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The record delimiter: not yet seen, LF, CR or CRLF. */
const enum Break {
  Unknown,
  Lf,
  Cr,
  CrLf,
}

/** A record cannot be finished with the text so far. */
const NEED = -1;
/** The text holds something this tokenizer leaves to csv-parse. */
const UNHANDLED = -2;

/** Partial records are re-read from their start when the next chunk comes: bounded so that this stays linear. */
const MAX_CARRY = 1 << 20;

/** Long texts copied lately: a province or a label repeats on many rows, and is copied once. */
const copies = new Map<string, string>();
const COPIES_KEPT = 4096;

/**
 * The text from `start` to `end` as a string of its own. V8 makes a long substring a view of the
 * string it is cut from: a text kept (in a cache, in the ledger) would keep its whole chunk of
 * the file (64 KB) alive. A long text is copied (once while it repeats, so that repeated texts
 * are one string); short substrings are copies already.
 */
function own(s: string, start: number, end: number): string {
  const view = s.slice(start, end);
  if (end - start < 13) return view;
  let copy = copies.get(view);
  if (copy === undefined) {
    copy = Buffer.from(view, 'utf16le').toString('utf16le');
    if (copies.size >= COPIES_KEPT) copies.clear();
    copies.set(copy, copy);
  }
  return copy;
}

export class CsvTokenizer {
  private carry = '';
  private brk = Break.Unknown;
  private failed = false;
  private readonly maxSpan: number;

  /**
   * `delimiter`: one character. `maxRecordBytes`: csv-parse's max_record_size (0 for none); a
   * record whose raw text could reach it (3 UTF-8 bytes per UTF-16 unit) is left to csv-parse,
   * which fails it in its own words.
   */
  constructor(delimiter: string, maxRecordBytes = 0) {
    this.delimiter = delimiter.charCodeAt(0);
    this.maxSpan = Math.min(maxRecordBytes > 0 ? Math.floor(maxRecordBytes / 3) : Infinity, MAX_CARRY);
  }

  private readonly delimiter: number;

  /** Adds the records `chunk` completes to `out`; false when the text must go to csv-parse instead. */
  push(chunk: string, out: string[][]): boolean {
    return this.scan(this.carry + chunk, false, out);
  }

  /** Adds the last record to `out` at the end of the text; false when the text must go to csv-parse instead. */
  end(out: string[][]): boolean {
    return this.scan(this.carry, true, out);
  }

  private scan(s: string, end: boolean, out: string[][]): boolean {
    if (this.failed) return false;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const fields: string[] = [];
      const next = this.record(s, pos, end, fields);
      if (next === NEED) break;
      if (next === UNHANDLED || next - pos > this.maxSpan) return this.fail();
      out.push(fields);
      pos = next;
    }
    this.carry = pos < n ? s.slice(pos) : '';
    return this.carry.length > this.maxSpan ? this.fail() : true;
  }

  private fail(): false {
    this.failed = true;
    this.carry = '';
    return false;
  }

  /** One record read from `pos` into `fields`: where the next begins, NEED or UNHANDLED. */
  private record(s: string, pos: number, end: boolean, fields: string[]): number {
    for (;;) {
      const at = s.charCodeAt(pos) === QUOTE ? this.quoted(s, pos, end, fields) : this.unquoted(s, pos, end, fields);
      if (at < 0) return at;
      // A field ended at a delimiter (the next field starts after it), or the record at a line break or the end.
      if (at < s.length && s.charCodeAt(at) === this.delimiter) {
        pos = at + 1;
        continue;
      }
      if (at >= s.length) return end ? at : NEED;
      return at + this.breakAt(s, at, end);
    }
  }

  /** A field without quotes from `pos`: where it stops (a delimiter, a line break or the end of the text). */
  private unquoted(s: string, pos: number, end: boolean, fields: string[]): number {
    const n = s.length;
    const d = this.delimiter;
    let i = pos;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === d) break;
      if (c === LF || c === CR) {
        const b = this.breakAt(s, i, end);
        if (b === NEED) return NEED;
        if (b > 0) break;
      }
    }
    if (i >= n && !end) return NEED;
    fields.push(own(s, pos, i));
    return i;
  }

  /** A quoted field from its opening quote at `pos`: where it stops, after its closing quote. */
  private quoted(s: string, pos: number, end: boolean, fields: string[]): number {
    const n = s.length;
    let text = '';
    let from = pos + 1;
    for (;;) {
      const q = s.indexOf('"', from);
      if (q < 0) return end ? UNHANDLED : NEED;
      if (q + 1 >= n && !end) return NEED;
      if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
        text += s.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      if (text) {
        // Pieces joined: a string of its own too (the join would keep its pieces' chunk alive).
        text += s.slice(from, q);
        fields.push(own(text, 0, text.length));
      } else fields.push(own(s, from, q));
      const after = q + 1;
      if (after >= n || s.charCodeAt(after) === this.delimiter) return after;
      const b = this.breakAt(s, after, end);
      if (b === NEED) return NEED;
      return b > 0 ? after : UNHANDLED;
    }
  }

  /**
   * The length of the record delimiter at `i` (0 when there is none there, NEED when the text
   * ends before it can tell CR from CRLF). The first line break outside quotes decides which it is.
   */
  private breakAt(s: string, i: number, end: boolean): number {
    const c = s.charCodeAt(i);
    if (c !== LF && c !== CR) return 0;
    switch (this.brk) {
      case Break.Lf:
        return c === LF ? 1 : 0;
      case Break.Cr:
        return c === CR ? 1 : 0;
      case Break.CrLf:
        if (c !== CR) return 0;
        if (i + 1 >= s.length) return end ? 0 : NEED;
        return s.charCodeAt(i + 1) === LF ? 2 : 0;
      default:
        if (c === LF) {
          this.brk = Break.Lf;
          return 1;
        }
        if (i + 1 >= s.length && !end) return NEED;
        this.brk = i + 1 < s.length && s.charCodeAt(i + 1) === LF ? Break.CrLf : Break.Cr;
        return this.brk === Break.CrLf ? 2 : 1;
    }
  }
}
