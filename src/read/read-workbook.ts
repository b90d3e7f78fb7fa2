import { cellAddress, excelNumber, ReadError, type Cell, type Row, type SheetGrid, type Workbook } from './grid.js';
import { inspectPackage, NO_DETAILS, PackageError, sheetDetailsOf, sheetDetailsOfPieces, type PackageInfo, type PackageSheet, type SheetDetails } from './ooxml-package.js';
import { inflateParts, inflatePieces, type ZipParts } from './zip-parts.js';
import { inflateRawSync } from 'node:zlib';
import { primeBook, worksheetRows, type Book } from './excel-parts.js';
import { leanSheetRows, type LeanBook } from './sheet-xml.js';
import { prependRows, transformRows } from './row-stream.js';

const DAYS_1900_TO_1904 = 1462;

type ExcelCell = { value: unknown; numFmt?: string; formula?: string; text?: string; font?: { name?: string }; alignment?: { indent?: number } };

/** OOXML escapes characters XML cannot hold as _xHHHH_ ("_x000D_" is a carriage return); exceljs leaves them. */
function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}

/** What a cell shows of exceljs's value (a formula's: its result); an error value sets `err.error` and shows nothing. */
function plainValue(x: unknown, shiftDates: boolean, err: { error?: string }): Cell['value'] {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') return excelNumber(x);
  if (typeof x === 'string') return unescapeOoxml(x);
  if (typeof x === 'boolean') return x;
  if (x instanceof Date) return shiftDates ? new Date(x.getTime() + DAYS_1900_TO_1904 * 86_400_000) : x;
  const o = x as Record<string, unknown>;
  if (Array.isArray(o.richText)) return unescapeOoxml((o.richText as Array<{ text: string }>).map((t) => t.text).join(''));
  if ('error' in o) {
    err.error = String(o.error);
    return null;
  }
  if ('text' in o) return String(o.text);
  return String(x);
}

function cellFrom(c: ExcelCell, row: number, col: number, shiftDates: boolean): Cell {
  const v = c.value;
  // Most cells of an export: a number or a text, read without a second look.
  if (typeof v === 'number' || typeof v === 'string') {
    const value = typeof v === 'number' ? excelNumber(v) : unescapeOoxml(v);
    const cell: Cell = { row, col, value, text: String(value) };
    if (c.numFmt && c.numFmt !== 'General') cell.numFmt = c.numFmt;
    if (typeof value === 'string') {
      const font = c.font?.name;
      if (font) cell.fontName = font;
      const indent = c.alignment?.indent;
      if (indent) cell.indent = indent;
    }
    return cell;
  }
  let value: Cell['value'] = null;
  let formula: string | undefined;
  let noCachedValue = false;
  const err: { error?: string } = {};
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const o = v as Record<string, unknown>;
    // The streaming reader gives shared-formula clones an empty text; their result is there.
    formula = String(o.formula || o.sharedFormula || '(shared formula)');
    if (o.result === undefined || o.result === null) noCachedValue = !('error' in (typeof o.result === 'object' && o.result ? o.result : {}));
    value = plainValue(o.result, shiftDates, err);
  } else value = plainValue(v, shiftDates, err);
  const error = err.error;
  const text = value === null ? error ?? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const cell: Cell = { row, col, value, text };
  if (c.numFmt && c.numFmt !== 'General') cell.numFmt = c.numFmt;
  if (formula !== undefined) cell.formula = formula;
  if (noCachedValue) cell.noCachedValue = true;
  if (error !== undefined) cell.error = error;
  const font = c.font?.name;
  if (font && typeof value === 'string') cell.fontName = font;
  const indent = c.alignment?.indent;
  if (indent && typeof value === 'string') cell.indent = indent;
  return cell;
}

/** Puts back the saved result of a formula cell as the package holds it. */
function restoreSaved(cell: Cell, saved: { type: string; value: string }): void {
  delete cell.noCachedValue;
  if (saved.type === 'e') {
    cell.error = saved.value;
    cell.value = null;
    cell.text = saved.value;
  } else if (saved.type === 'str' || saved.type === 's' || saved.type === 'inlineStr') {
    cell.value = saved.value;
    cell.text = saved.value;
  } else if (saved.type === 'b') {
    cell.value = saved.value === '1';
    cell.text = String(cell.value);
  } else {
    const n = Number(saved.value);
    cell.value = Number.isFinite(n) ? excelNumber(n) : null;
    cell.text = Number.isFinite(n) ? String(n) : '';
    if (!Number.isFinite(n)) cell.noCachedValue = true;
  }
}

type ExcelRow = { number: number; eachCell: (o: object, f: (c: ExcelCell, col: number) => void) => void };

/**
 * A part's bytes as a stream of 64 KiB pieces: exceljs's SAX parser gathers the events of each
 * piece it is given, so a whole part in one piece would hold every cell of a sheet at once. Each
 * piece ends on a whole UTF-8 character (exceljs decodes each piece by itself).
 */
function* pieces(bytes: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let i = 0; i < bytes.length; ) {
    let end = Math.min(i + size, bytes.length);
    // Never inside a character: back to the first byte of one (not a 10xxxxxx continuation byte).
    while (end < bytes.length && end > i + 1 && (bytes[end]! & 0xc0) === 0x80) end--;
    yield bytes.subarray(i, end);
    i = end;
  }
}

/** exceljs's parsers primed with the workbook, styles and shared strings, whatever order the zip holds them in. */
async function primedReader(info: PackageInfo): Promise<Book> {
  const styles = info.stylesPath ? info.partBytes(info.stylesPath) : undefined;
  const shared = info.sharedStringsPath ? info.partBytes(info.sharedStringsPath) : undefined;
  return primeBook(pieces(Buffer.from(info.workbookXml)), styles && pieces(styles), shared && pieces(shared));
}

/** A row of exceljs's as grid cells, saved formula results put back. */
function rowFrom(r: ExcelRow, info: PackageInfo, details: SheetDetails): Row {
  const row: Row = [];
  r.eachCell({ includeEmpty: false }, (c, col) => {
    const cell = cellFrom(c, r.number, col, info.date1904AsTrue);
    if (cell.formula !== undefined && (cell.noCachedValue || (typeof cell.value === 'number' && Number.isNaN(cell.value)))) {
      const saved = details.formulaValues.get(cellAddress(r.number, col));
      if (saved) restoreSaved(cell, saved);
    }
    row.push(cell);
  });
  return row;
}

type Pieces = Iterable<Buffer> | AsyncIterable<Buffer>;

/** Which reader parses worksheet rows: the lean one (falling back to exceljs), or exceljs alone (the tests compare them). */
export const rowReader: { lean: boolean } = { lean: true };

/** What the lean row reader needs of exceljs's primed workbook. */
function leanBook(reader: Book): LeanBook {
  const properties = reader.properties as { model?: { date1904?: boolean } } | undefined;
  const book: LeanBook = { styles: reader.styles as LeanBook['styles'], date1904: !!properties?.model?.date1904 };
  if (reader.sharedStrings) book.sharedStrings = reader.sharedStrings;
  return book;
}

/** A row's problem in the parsers as the reader's own: a damaged part. */
function damaged(e: unknown): never {
  if (e instanceof ReadError) throw e;
  throw new ReadError('file-unreadable', { reason: `damaged .xlsx: ${(e as Error).message.split('\n')[0]}` });
}

/**
 * A worksheet's rows, passed on as they are parsed: a sheet is never held as cells. The lean
 * reader (sheet-xml.ts) reads them as exceljs would; XML it does not read goes to exceljs.
 */
function sheetRows(reader: Book, xml: () => Pieces, index: number, info: PackageInfo, details: SheetDetails): AsyncIterable<Row> {
  const excel = () => worksheetRows<ExcelRow>(reader, String(index + 1), xml());
  const parsed: AsyncIterable<ExcelRow> = {
    [Symbol.asyncIterator]: () => {
      try {
        return (rowReader.lean ? leanSheetRows<ExcelRow>(leanBook(reader), xml, excel) : excel())[Symbol.asyncIterator]();
      } catch (e) {
        return damaged(e);
      }
    },
  };
  const rows = transformRows(parsed, {
    row(r, emit) {
      const row = rowFrom(r, info, details);
      if (row.length) emit(row);
    },
  });
  return {
    [Symbol.asyncIterator]: () => {
      const it = rows[Symbol.asyncIterator]();
      return { next: () => it.next().catch(damaged), return: (v?: unknown) => it.return!(v) };
    },
  };
}

async function readSheet(reader: Book, info: PackageInfo, s: PackageSheet, index: number, display: string): Promise<SheetGrid> {
  const xml = s.path ? info.partBytes(s.path) : undefined;
  const deflated = s.path && !xml ? info.deferredPart(s.path) : undefined;
  if (xml === undefined && deflated === undefined) throw new ReadError('file-unreadable', { reason: `worksheet "${s.name}" is missing from the package (no part ${s.path || 'named'})` });
  // A part too large to have been kept is inflated again, piece by piece, as it is parsed.
  // A part the zip guard saw hold no merge, formula or hidden row is not inflated once more for them.
  const details = xml ? sheetDetailsOf(xml) : info.plainPart(s.path) ? NO_DETAILS() : await sheetDetailsOfPieces(inflatePieces(deflated!), () => inflateRawSync(deflated!));
  // The first row is parsed now: a part exceljs cannot parse from its start fails here, as a whole.
  const rows = sheetRows(reader, () => (xml ? pieces(xml) : inflatePieces(deflated!)), index, info, details);
  const it = rows[Symbol.asyncIterator]();
  const first = await it.next();
  const sheet: SheetGrid = { file: display, sheet: s.name, merges: details.merges, typed: true, rows: prependRows(first.done ? [] : [first.value], { [Symbol.asyncIterator]: () => it }) };
  if (details.hiddenRows.length) sheet.hiddenRows = details.hiddenRows;
  if (details.hiddenCols.length) sheet.hiddenCols = details.hiddenCols;
  return sheet;
}

/**
 * Reads every worksheet of an .xlsx package. The package is unzipped once: by the zip guard,
 * which hands over the XML parts it inflated (`parts`), else here (zip-parts.ts); each part goes
 * to exceljs's streaming parsers in pieces (its full reader can spin for minutes
 * on a whole-sheet data validation), never through its own unzipping, which read worksheets
 * before workbook.xml ("Cannot read properties of undefined (reading 'sheets')" on exceljs's own
 * five-sheet files) and lost parts at random when a package has no shared strings. The pre-pass
 * supplies what the parsers drop or get wrong: merges, sheet kinds and visibility, parts at
 * non-standard paths, saved formula results, hidden rows and columns, date1904="true".
 */
export async function readWorkbook(bytes: Buffer, display: string, parts?: ZipParts): Promise<Workbook> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReadError('file-unreadable', { reason: 'not an .xlsx package (no zip signature)' });
  let info: PackageInfo;
  try {
    info = inspectPackage(parts ?? inflateParts(bytes));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('file-unreadable', { reason: e instanceof PackageError ? e.message : `damaged .xlsx package (${(e as Error).message})` });
  }
  if (info.generatedBy) return { file: display, sheets: [], notes: [{ code: 'file-generated-skipped', params: { generator: info.generatedBy } }] };
  const notes: Workbook['notes'] = [];
  const sheets: SheetGrid[] = [];
  try {
    const reader = await primedReader(info);
    for (const [i, s] of info.sheets.entries()) {
      if (s.kind === 'chartsheet') notes.push({ code: 'sheet-skipped', params: { reason: 'it is a chart sheet' }, sheet: s.name });
      else if (s.kind === 'worksheet' && s.state !== 'visible') notes.push({ code: 'sheet-skipped', params: { reason: s.state === 'hidden' ? 'it is hidden' : 'it is very hidden' }, sheet: s.name });
      else if (s.kind === 'worksheet') sheets.push(await readSheet(reader, info, s, i, display));
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('file-unreadable', { reason: `damaged .xlsx: ${(e as Error).message.split('\n')[0]}` });
  }
  return { file: display, sheets, notes };
}
