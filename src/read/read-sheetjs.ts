import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { biffStyles, type BiffSheetStyles } from './biff-styles.js';
import { decodeHtml, tableCount, tablesWithTitles } from './html-tables.js';
import { excelNumber, ReadError, type Cell, type Merge, type Row, type SheetGrid, type Workbook } from './grid.js';

// BIFF5 and older store text in the workbook's code page (1258 for Vietnamese Windows): SheetJS
// decodes them only with its code page tables loaded.
XLSX.set_cptable(cptable);

/** What the bytes are, whatever the file is named. */
export type LegacyKind = 'ole2' | 'biff' | 'zip' | 'html' | 'xml';

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };
const DAYS_1900_TO_1904 = 1462;

type SjsCell = { t: string; v?: unknown; w?: string; z?: string | number; f?: string };
type SjsSheet = { '!data'?: SjsCell[][]; '!merges'?: Array<{ s: { r: number; c: number }; e: { r: number; c: number } }>; '!rows'?: Array<{ hidden?: boolean } | undefined>; '!cols'?: Array<{ hidden?: boolean } | undefined>; '!type'?: string };

/** Serial day number to a date, as exceljs converts one (so both readers give the same dates). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? DAYS_1900_TO_1904 : 0) - 25569) * 86_400_000));
}

function isDateFormat(z: string): boolean {
  try {
    return XLSX.SSF.is_date(z);
  } catch {
    return false;
  }
}

/** One SheetJS cell as the Grid holds it: the same fields the .xlsx reader fills. */
export function cellFromSheetJs(c: SjsCell, row: number, col: number, date1904: boolean, fontName?: string): Cell | undefined {
  const numFmt = typeof c.z === 'string' && c.z !== 'General' ? c.z : undefined;
  let value: Cell['value'] = null;
  let error: string | undefined;
  if (c.t === 'e') error = c.w ?? ERRORS[Number(c.v)] ?? '#VALUE!';
  else if (c.t === 'n' && typeof c.v === 'number') value = numFmt && isDateFormat(numFmt) ? serialToDate(c.v, date1904) : excelNumber(c.v);
  else if (c.t === 'b') value = Boolean(c.v);
  else if (c.t === 'd' && c.v instanceof Date) value = c.v;
  // Windows-1258 text (BIFF5) arrives with combining tone marks: Vietnamese is always NFC here.
  else if (c.t === 's' && c.v !== undefined && c.v !== null) value = String(c.v).normalize('NFC');
  const noCachedValue = c.f !== undefined && value === null && error === undefined;
  if (value === null && error === undefined && c.f === undefined) return undefined;
  if (value === '' && c.f === undefined) return undefined;
  const text = value === null ? error ?? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const cell: Cell = { row, col, value, text };
  if (numFmt) cell.numFmt = numFmt;
  if (c.f !== undefined) cell.formula = c.f;
  if (noCachedValue) cell.noCachedValue = true;
  if (error !== undefined) cell.error = error;
  if (fontName && typeof value === 'string') cell.fontName = fontName;
  return cell;
}

function mergesOf(ws: SjsSheet): Merge[] {
  return (ws['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
}

function hiddenOf(list: Array<{ hidden?: boolean } | undefined> | undefined): number[] {
  const out: number[] = [];
  (list ?? []).forEach((x, i) => {
    if (x?.hidden) out.push(i + 1);
  });
  return out;
}

function rowsOf(ws: SjsSheet, date1904: boolean, styles: BiffSheetStyles | undefined): Row[] {
  const rows: Row[] = [];
  (ws['!data'] ?? []).forEach((r, ri) => {
    if (!r) return;
    const row: Row = [];
    r.forEach((c, ci) => {
      if (!c) return;
      const cell = cellFromSheetJs(c, ri + 1, ci + 1, date1904, styles?.fonts.get(`${ri},${ci}`));
      if (!cell) return;
      const indent = typeof cell.value === 'string' ? styles?.indents.get(`${ri},${ci}`) : undefined;
      if (indent) cell.indent = indent;
      row.push(cell);
    });
    if (row.length) rows.push(row);
  });
  return rows;
}

/** SheetJS options: HTML keeps every cell as the text it shows, so the number-style evidence reads "4.081". */
function optionsFor(kind: LegacyKind | 'html-string'): XLSX.ParsingOptions {
  const html = kind === 'html' || kind === 'html-string';
  return { type: kind === 'html-string' ? 'string' : 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false, cellStyles: true, raw: html, WTF: false };
}

/** SheetJS writes notes to the console (e.g. "Excel does not support ODS format token quarter"); output is ours alone. */
function quietly<T>(f: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    return f();
  } finally {
    Object.assign(console, saved);
  }
}

function parse(input: Buffer | string, kind: LegacyKind | 'html-string', what: string): XLSX.WorkBook {
  try {
    return quietly(() => XLSX.read(input, optionsFor(kind)));
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/password|encrypt/i.test(msg)) throw new ReadError('file-unreadable', { reason: `password-protected ${what}: remove the password and save it again` });
    throw new ReadError('file-unreadable', { reason: `damaged ${what} (${msg.split('\n')[0]})` });
  }
}

interface BookOptions {
  display: string;
  typed: boolean;
  styles?: BiffSheetStyles[];
  name?: (index: number, name: string) => string;
}

function toWorkbook(wb: XLSX.WorkBook, o: BookOptions): Workbook {
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const notes: Workbook['notes'] = [];
  const sheets: SheetGrid[] = [];
  wb.SheetNames.forEach((sjsName, i) => {
    const ws = wb.Sheets[sjsName] as unknown as SjsSheet | undefined;
    const name = o.name ? o.name(i, sjsName) : sjsName;
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden ?? 0;
    if (ws?.['!type'] === 'chart') return void notes.push({ code: 'sheet-skipped', params: { reason: 'it is a chart sheet' }, sheet: name });
    if (hidden) return void notes.push({ code: 'sheet-skipped', params: { reason: hidden === 1 ? 'it is hidden' : 'it is very hidden' }, sheet: name });
    if (!ws || (ws['!type'] && ws['!type'] !== 'sheet')) return;
    const rows = rowsOf(ws, date1904, o.styles?.[i]);
    const sheet: SheetGrid = { file: o.display, sheet: name, merges: [...mergesOf(ws), ...(o.styles?.[i]?.spans ?? [])], typed: o.typed, rows: (async function* () { yield* rows; })() };
    const hiddenRows = hiddenOf(ws['!rows']);
    const hiddenCols = hiddenOf(ws['!cols']);
    if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
    if (hiddenCols.length) sheet.hiddenCols = hiddenCols;
    sheets.push(sheet);
  });
  return { file: o.display, sheets, notes };
}

/** Tables of an HTML document prepared by tablesWithTitles, one sheet each, every cell as its text. */
export function readHtmlTables(html: string, display: string, name?: (index: number, name: string) => string): Workbook {
  const o: BookOptions = { display, typed: false };
  if (name) o.name = name;
  return toWorkbook(parse(html, 'html-string', 'HTML table'), o);
}

/**
 * Reads an Excel 97-2003 (.xls, BIFF2-8), .xlsb, OpenDocument (.ods, .fods), SpreadsheetML 2003
 * or HTML-table workbook with SheetJS into the same Grid as the .xlsx reader: typed values,
 * number formats, merges, hidden rows and columns, cached formula results, errors, dates in
 * either system, and for BIFF the cells' font names (TCVN3 .VnTime text needs them).
 */
export function readWithSheetJs(bytes: Buffer, kind: LegacyKind, display: string, what: string): Workbook {
  if (kind === 'html') {
    const html = decodeHtml(bytes);
    if (tableCount(html) === 0) throw new ReadError('file-unreadable', { reason: 'an HTML file with no table in it' });
    return readHtmlTables(tablesWithTitles(html), display);
  }
  return toWorkbook(parse(bytes, kind, what), { display, typed: true, styles: kind === 'ole2' ? biffStyles(bytes) : [] });
}
