import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ReadError, type Cell, type Row, type SheetGrid, type Workbook } from './grid.js';
import { inspectPackage, PackageError, type PackageInfo } from './ooxml-package.js';

const DAYS_1900_TO_1904 = 1462;

type ExcelCell = { value: unknown; numFmt?: string; type: number; formula?: string; text?: string };

function cellFrom(c: ExcelCell, row: number, col: number, shiftDates: boolean): Cell {
  const v = c.value;
  let value: Cell['value'] = null;
  let formula: string | undefined;
  let noCachedValue = false;
  let error: string | undefined;
  const plain = (x: unknown): Cell['value'] => {
    if (x === null || x === undefined) return null;
    if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') return x;
    if (x instanceof Date) return shiftDates ? new Date(x.getTime() + DAYS_1900_TO_1904 * 86_400_000) : x;
    const o = x as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('error' in o) {
      error = String(o.error);
      return null;
    }
    if ('text' in o) return String(o.text);
    return String(x);
  };
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const o = v as Record<string, unknown>;
    formula = String(o.formula ?? o.sharedFormula);
    if (o.result === undefined || o.result === null) noCachedValue = !('error' in (typeof o.result === 'object' && o.result ? o.result : {}));
    value = plain(o.result);
  } else value = plain(v);
  const text = value === null ? error ?? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const cell: Cell = { row, col, value, text };
  if (c.numFmt && c.numFmt !== 'General') cell.numFmt = c.numFmt;
  if (formula !== undefined) cell.formula = formula;
  if (noCachedValue) cell.noCachedValue = true;
  if (error !== undefined) cell.error = error;
  return cell;
}

/**
 * Reads every worksheet of an .xlsx package. Cells come from exceljs's streaming reader (its
 * full reader can spin for minutes on a whole-sheet data validation); the package pre-pass
 * supplies what that reader drops or gets wrong: merges, sheet kinds and visibility, parts at
 * non-standard paths, and LibreOffice's date1904="true".
 */
export async function readWorkbook(path: string, display: string): Promise<Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message });
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ReadError('file-unreadable', { reason: 'password-protected (encrypted) workbook, or an Excel 97-2003 file named .xlsx; remove the password or save it as .xlsx' });
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReadError('file-unreadable', { reason: 'not an .xlsx package (no zip signature)' });
  let info: PackageInfo;
  try {
    info = await inspectPackage(bytes);
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: e instanceof PackageError ? e.message : `damaged .xlsx package (${(e as Error).message})` });
  }

  const notes: Workbook['notes'] = [];
  // exceljs names a sheet "Sheet<n>" when the zip lists the worksheet before workbook.xml, so
  // sheets are matched by their part (xl/worksheets/sheet<n>.xml), and named from the package.
  const byPart = new Map(info.sheets.map((s) => [s.path.toLowerCase(), s]));
  const sheets: SheetGrid[] = [];
  const seen = new Set<string>();
  const ExcelJS = (await import('exceljs')).default;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as never);
    for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; eachCell: (o: object, f: (c: ExcelCell, col: number) => void) => void }> & { name: string; id: number }>) {
      const pkg = byPart.get(`xl/worksheets/sheet${ws.id}.xml`);
      const name = pkg?.name ?? ws.name;
      const readerSaid1904 = !!(reader as unknown as { properties?: { date1904?: boolean } }).properties?.date1904;
      const shiftDates = info.date1904 && !readerSaid1904;
      const rows: Row[] = [];
      for await (const r of ws) {
        const row: Row = [];
        r.eachCell({ includeEmpty: false }, (c, col) => row.push(cellFrom(c, r.number, col, shiftDates)));
        if (row.length) rows.push(row);
      }
      seen.add(name);
      if (pkg && pkg.state !== 'visible') {
        notes.push({ code: 'sheet-skipped', params: { reason: pkg.state === 'hidden' ? 'it is hidden' : 'it is very hidden' }, sheet: name });
        continue;
      }
      sheets.push({ file: display, sheet: name, merges: pkg?.merges ?? [], typed: true, rows: (async function* () { yield* rows; })() });
    }
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: `damaged .xlsx: ${(e as Error).message.split('\n')[0]}` });
  }
  for (const s of info.sheets) {
    if (s.kind === 'chartsheet') notes.push({ code: 'sheet-skipped', params: { reason: 'it is a chart sheet' }, sheet: s.name });
    else if (s.kind === 'worksheet' && !seen.has(s.name) && s.hasCells) {
      throw new ReadError('file-unreadable', {
        reason: `worksheet "${s.name}" could not be read (its parts are not where Excel puts them); open and save the file again in Excel or LibreOffice`,
      });
    }
  }
  return { file: display, sheets, notes };
}
