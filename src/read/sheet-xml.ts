import { createRequire } from 'node:module';

/*
 * A lean reader of a worksheet part's rows: the cells exceljs's streaming WorksheetReader makes
 * of them (exceljs 4.4.0, stream/xlsx/worksheet-reader.js), without its SAX parser, Row and Cell
 * objects. It reads the XML every producer writes — tags, attributes, text, the five entities
 * and character references — and gives up (LeanUnsupported) on anything else (comments, CDATA,
 * a DOCTYPE, a processing instruction but the declaration, an unknown entity, a tag that does
 * not close its own, a character XML forbids …): the caller then reads the part with exceljs
 * from its start, skipping the rows already given. Its cells are exceljs's, quirks included:
 * a cell's text is what follows its last <v>, <f>, <is> or <t> up to the next one; a row's
 * style is its cells' unless they name their own; a formula's result that is 0 is no result.
 */

/** The part uses XML this reader does not read: read it with exceljs instead. */
export class LeanUnsupported extends Error {}

/** A style as exceljs's StyleManager models it (the parts a cell keeps of it). */
export interface StyleModel {
  numFmt?: string;
  font?: { name?: string };
  alignment?: { indent?: number };
}

/** What the rows need of the workbook: exceljs's styles, the shared strings, the date system. */
export interface LeanBook {
  styles: { getStyleModel(id: number): StyleModel | null | undefined };
  sharedStrings?: unknown[];
  date1904: boolean;
}

/** A cell as exceljs's Row.eachCell hands it over. */
export interface LeanCell {
  value: unknown;
  numFmt?: string;
  font?: { name?: string };
  alignment?: { indent?: number };
}

/** A row as exceljs's WorksheetReader yields it: its number, and its cells in column order. */
export interface LeanRow {
  number: number;
  eachCell(options: object, f: (cell: LeanCell, col: number) => void): void;
}

interface Utils {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904: boolean): Date;
  xmlDecode(text: string): string;
}
let utils: Utils | undefined;
const excelUtils = (): Utils => (utils ??= createRequire(import.meta.url)('exceljs/lib/utils/utils.js') as Utils);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|]]>/;
/** Anything in a text that needs a second look: a character XML forbids, a carriage return, an entity, "]]>". */
const SPECIAL = /[\x00-\x08\x0b-\x1f&\ufffe\uffff]|]]>/;
const NAME = /^[A-Za-z_][\w.:-]*$/;
/** The longest text or tag carried from one piece to the next (a cell holds at most 32,767 characters). */
export const MAX_CARRY = 1 << 20;
/** The tags the reader acts on: their names need no check. */
const KNOWN = new Set(['c', 'v', 'f', 'is', 't', 'r', 'row', 'sheetData']);

/** Text as a SAX parser reports it: entities and character references decoded, line ends as \n. */
export function xmlText(raw: string): string {
  if (!SPECIAL.test(raw)) return raw;
  if (FORBIDDEN.test(raw)) throw new LeanUnsupported('a character XML forbids');
  let t = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (t.includes('&')) t = t.replace(/&([^;&<]*);|&/g, (_, name: string | undefined) => decodeEntity(name));
  return t;
}

function decodeEntity(name: string | undefined): string {
  if (name === undefined) throw new LeanUnsupported('a bare &');
  if (name in ENTITIES) return ENTITIES[name]!;
  const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
  if (!m) throw new LeanUnsupported(`the entity &${name};`);
  const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  if (!allowed) throw new LeanUnsupported(`the character reference &${name};`);
  return String.fromCodePoint(code);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** ASCII letters, digits, "_", ".", ":", "-": the names producers write (others are left to exceljs). */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45;

/** One attribute's value as written between its quotes: entities decoded; "<", line breaks and characters XML forbids are not read. */
function attributeValue(raw: string): string {
  if (!/[<&\x00-\x1f\ufffe\uffff]/.test(raw)) return raw;
  if (/[<\t\n\r]/.test(raw)) throw new LeanUnsupported('an attribute value with "<" or a line break');
  return xmlText(raw);
}

/** The attributes of an opening tag's text after its name; only plain, distinct, quoted ones. */
export function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const n = text.length;
  let i = 0;
  for (;;) {
    const before = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(start, i);
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    // Attributes are separated by white space (a SAX parser rejects r="A1"t="s").
    if (start === before || !NAME.test(name) || text.charCodeAt(i) !== 61 /* = */) throw new LeanUnsupported('an attribute it cannot read');
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    const end = quote === '"' || quote === "'" ? text.indexOf(quote, i + 1) : -1;
    if (end < 0 || attrs.has(name)) throw new LeanUnsupported('an attribute it cannot read, or one repeated');
    attrs.set(name, attributeValue(text.slice(i + 1, end)));
    i = end + 1;
  }
  return attrs;
}

/** The column of a cell reference ("AB12" → 28), as exceljs's colCache reads the canonical ones. */
export function refColumn(ref: string | undefined): number {
  let col = 0;
  let i = 0;
  const n = ref?.length ?? 0;
  for (; i < n; i++) {
    const c = ref!.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const letters = i;
  for (; i < n; i++) {
    const c = ref!.charCodeAt(i);
    if (c < 48 || c > 57) break;
  }
  // Past XFD, exceljs throws ("Excel supports columns from 1 to 16384"): it says so itself.
  if (letters === 0 || i === letters || i !== n || col > 16384) throw new LeanUnsupported(`the cell reference ${ref}`);
  return col;
}

interface Text { text: string }
interface OpenCell { ref: string | undefined; s: number; t: string | undefined; f?: Text; v?: Text }
interface CellState { style: StyleModel; value: unknown }
interface RowState { number: number; style?: StyleModel; cells: CellState[] }

/** What exceljs's cell value getter returns for a value set: a formula's truthy fields, else the value. */
function shownValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (!o.formula && !o.sharedFormula) return v;
  const copy: Record<string, unknown> = {};
  for (const k of ['formula', 'result', 'ref', 'shareType', 'sharedFormula']) if (o[k]) copy[k] = o[k];
  return copy;
}

function leanRow(state: RowState): LeanRow {
  return {
    number: state.number,
    eachCell(_options, f) {
      const cells = state.cells;
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        if (cell === undefined || cell.value === null || cell.value === undefined) continue;
        f({ value: shownValue(cell.value), numFmt: cell.style.numFmt, font: cell.style.font, alignment: cell.style.alignment }, col);
      }
    },
  };
}

/**
 * The state of one worksheet part being read: tags and text are fed in document order, rows come
 * out as their closing tags pass. Mirrors WorksheetReader.parse for the tags it handles.
 */
export class SheetScanner {
  private stack: string[] = [];
  private rootSeen = false;
  private started = false;
  private inRows = false;
  private row: RowState | null = null;
  private c: OpenCell | null = null;
  private current: Text | null = null;
  private carry = '';
  /** How far into `carry` a search for "<" or ">" has already looked. */
  private searched = 0;
  private out: LeanRow[] = [];

  constructor(private readonly book: LeanBook) {}

  /**
   * Reads a piece of the part's text; returns the rows it completed. What is left unfinished (a
   * text or a tag running on into the next piece) is carried over, up to MAX_CARRY characters:
   * a longer one (no producer writes a cell text or a tag that long) goes to exceljs, so that a
   * part without "<" or ">" is never searched again and again, piece after piece.
   */
  feed(piece: string): LeanRow[] {
    const s = this.carry + piece;
    // The carried text holds no "<", a carried tag no ">" after its "<": neither is looked for again.
    const gtFrom = this.searched;
    const ltFrom = s.charCodeAt(0) === 60 /* < */ ? 0 : gtFrom;
    this.carry = '';
    this.searched = 0;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', Math.max(i, ltFrom));
      if (lt < 0) break;
      if (lt > i) this.text(s.slice(i, lt));
      const gt = s.indexOf('>', Math.max(lt, gtFrom));
      if (gt < 0) {
        i = lt;
        break;
      }
      this.tag(s.slice(lt + 1, gt));
      i = gt + 1;
    }
    this.carry = s.slice(i);
    if (this.carry.length > MAX_CARRY) throw new LeanUnsupported(`a text or tag longer than ${MAX_CARRY} characters`);
    this.searched = this.carry.length;
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private text(raw: string): void {
    this.started = true;
    if (this.stack.length === 0) {
      if (!/^\s*$/.test(raw)) throw new LeanUnsupported('text outside the root element');
      return;
    }
    const text = xmlText(raw);
    if (this.current) this.current.text += text;
  }

  private tag(body: string): void {
    const first = body.charCodeAt(0);
    if (first === 47 /* / */) return this.close(body.slice(1).trimEnd());
    if (first === 63 /* ? */) {
      if (this.started || this.rootSeen || !body.startsWith('?xml ') || !body.endsWith('?')) throw new LeanUnsupported('a processing instruction');
      this.started = true;
      return;
    }
    if (first === 33 /* ! */) throw new LeanUnsupported('a comment, CDATA or DOCTYPE');
    const selfClosing = body.charCodeAt(body.length - 1) === 47;
    const end = selfClosing ? body.length - 1 : body.length;
    let space = 0;
    while (space < end && !isSpace(body.charCodeAt(space))) space++;
    const name = body.slice(0, space);
    if (!KNOWN.has(name) && !NAME.test(name)) throw new LeanUnsupported(`the tag name ${name}`);
    if (this.stack.length === 0 && this.rootSeen) throw new LeanUnsupported('a second root element');
    this.rootSeen = true;
    this.started = true;
    this.open(name, space < end ? body.slice(space, end) : '');
    this.stack.push(name);
    if (selfClosing) this.close(name);
  }

  private open(name: string, attrText: string): void {
    const wanted = name === 'row' || name === 'c';
    const attrs = wanted || attrText !== '' ? parseAttributes(attrText) : undefined;
    if (name === 'sheetData') this.inRows = true;
    else if (name === 'row' && this.inRows) this.row = this.openRow(attrs!);
    else if (name === 'c' && this.row) this.c = { ref: attrs!.get('r'), s: parseInt(attrs!.get('s') as string, 10), t: attrs!.get('t') };
    else if (name === 'f' && this.c) this.current = this.c.f = { text: '' };
    else if ((name === 'v' || name === 'is' || name === 't') && this.c) this.current = this.c.v = { text: '' };
  }

  private openRow(attrs: Map<string, string>): RowState {
    const r = attrs.get('r');
    if (r === undefined || !/^[0-9]+$/.test(r)) throw new LeanUnsupported('a row without its number');
    const row: RowState = { number: parseInt(r, 10), cells: [] };
    const s = attrs.get('s');
    if (s) {
      const style = this.book.styles.getStyleModel(parseInt(s, 10));
      if (style) row.style = style;
    }
    return row;
  }

  private close(name: string): void {
    if (this.stack.pop() !== name) throw new LeanUnsupported(`a closing tag </${name}> that closes no open tag`);
    if (name === 'sheetData') this.inRows = false;
    else if (name === 'row') {
      if (!this.row) throw new LeanUnsupported('a row outside the sheet data');
      this.out.push(leanRow(this.row));
      this.row = null;
    } else if (name === 'c' && this.row && this.c) {
      this.closeCell(this.row, this.c);
      this.c = null;
    }
  }

  private closeCell(row: RowState, c: OpenCell): void {
    const col = refColumn(c.ref);
    let cell = row.cells[col];
    if (!cell) {
      const style: StyleModel = {};
      if (row.style?.numFmt) style.numFmt = row.style.numFmt;
      if (row.style?.font) style.font = row.style.font;
      if (row.style?.alignment) style.alignment = row.style.alignment;
      cell = { style, value: null };
      row.cells[col] = cell;
    }
    if (c.s) {
      const style = this.book.styles.getStyleModel(c.s);
      if (style) cell.style = style;
    }
    if (c.f) {
      const value: { formula: string; result?: unknown } = { formula: c.f.text };
      if (c.v) value.result = c.t === 'str' ? excelUtils().xmlDecode(c.v.text) : parseFloat(c.v.text);
      cell.value = value;
    } else if (c.v) cell.value = this.plainValue(c, c.v.text, cell.style.numFmt);
  }

  private plainValue(c: OpenCell, text: string, numFmt: string | undefined): unknown {
    switch (c.t) {
      case 's': {
        if (!this.book.sharedStrings) throw new LeanUnsupported('a shared string without the shared strings part');
        return this.book.sharedStrings[parseInt(text, 10)];
      }
      case 'inlineStr':
      case 'str':
        return excelUtils().xmlDecode(text);
      case 'e':
        return { error: text };
      case 'b':
        return parseInt(text, 10) !== 0;
      default:
        return excelUtils().isDateFmt(numFmt) ? excelUtils().excelToDate(parseFloat(text), this.book.date1904) : parseFloat(text);
    }
  }
}

/** Parts handed to exceljs after all, since the run started (the tests see that the lean reader reads). */
export const leanFallbacks = { count: 0 };

/** Decodes a piece of the part as exceljs does: each piece by itself (pieces end on whole characters). */
const decoder = new TextDecoder('utf-8');

/**
 * The rows of a worksheet part, read by the lean scanner; on XML it does not read, by `fallback`
 * (exceljs from the part's start), less the rows already given.
 */
export async function* leanSheetRows<R>(book: LeanBook, pieces: () => Iterable<Buffer> | AsyncIterable<Buffer>, fallback: () => AsyncIterable<R>): AsyncGenerator<LeanRow | R> {
  let given = 0;
  try {
    const scanner = new SheetScanner(book);
    for await (const piece of pieces()) {
      for (const row of scanner.feed(decoder.decode(piece))) {
        given++;
        yield row;
      }
    }
    return;
  } catch (e) {
    if (!(e instanceof LeanUnsupported)) throw e;
    leanFallbacks.count++;
  }
  let skip = given;
  for await (const row of fallback()) {
    if (skip > 0) skip--;
    else yield row;
  }
}
