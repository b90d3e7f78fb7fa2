import { Readable } from 'node:stream';
import { cellAddress, excelNumber, ReadError, type Cell, type Row, type SheetGrid, type Workbook } from './grid.js';
import { inspectPackage, PackageError, type PackageInfo } from './ooxml-package.js';

const DAYS_1900_TO_1904 = 1462;

type ExcelCell = { value: unknown; numFmt?: string; type: number; formula?: string; text?: string; font?: { name?: string } };

/** OOXML escapes characters XML cannot hold as _xHHHH_ ("_x000D_" is a carriage return); exceljs leaves them. */
function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}

function cellFrom(c: ExcelCell, row: number, col: number, shiftDates: boolean): Cell {
  const v = c.value;
  let value: Cell['value'] = null;
  let formula: string | undefined;
  let noCachedValue = false;
  let error: string | undefined;
  const plain = (x: unknown): Cell['value'] => {
    if (x === null || x === undefined) return null;
    if (typeof x === 'string') return unescapeOoxml(x);
    if (typeof x === 'number') return excelNumber(x);
    if (typeof x === 'boolean') return x;
    if (x instanceof Date) return shiftDates ? new Date(x.getTime() + DAYS_1900_TO_1904 * 86_400_000) : x;
    const o = x as Record<string, unknown>;
    if (Array.isArray(o.richText)) return unescapeOoxml((o.richText as Array<{ text: string }>).map((t) => t.text).join(''));
    if ('error' in o) {
      error = String(o.error);
      return null;
    }
    if ('text' in o) return String(o.text);
    return String(x);
  };
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const o = v as Record<string, unknown>;
    // The streaming reader gives shared-formula clones an empty text; their result is there.
    formula = String(o.formula || o.sharedFormula || '(shared formula)');
    if (o.result === undefined || o.result === null) noCachedValue = !('error' in (typeof o.result === 'object' && o.result ? o.result : {}));
    value = plain(o.result);
  } else value = plain(v);
  const text = value === null ? error ?? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const cell: Cell = { row, col, value, text };
  if (c.numFmt && c.numFmt !== 'General') cell.numFmt = c.numFmt;
  if (formula !== undefined) cell.formula = formula;
  if (noCachedValue) cell.noCachedValue = true;
  if (error !== undefined) cell.error = error;
  const font = c.font?.name;
  if (font && typeof value === 'string') cell.fontName = font;
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

/**
 * Reads every worksheet of an .xlsx package. Cells come from exceljs's streaming reader (its
 * full reader can spin for minutes on a whole-sheet data validation); the package pre-pass
 * supplies what that reader drops or gets wrong: merges, sheet kinds and visibility, parts at
 * non-standard paths, and LibreOffice's date1904="true".
 */
export async function readWorkbook(bytes: Buffer, display: string): Promise<Workbook> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReadError('file-unreadable', { reason: 'not an .xlsx package (no zip signature)' });
  let info: PackageInfo;
  try {
    info = await inspectPackage(bytes);
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: e instanceof PackageError ? e.message : `damaged .xlsx package (${(e as Error).message})` });
  }

  const notes: Workbook['notes'] = [];
  if (info.generatedBy) return { file: display, sheets: [], notes: [{ code: 'file-generated-skipped', params: { generator: info.generatedBy } }] };
  // exceljs gives a sheet its workbook name and sheetId when it has read workbook.xml, but
  // "Sheet<n>" and the part number n when the zip lists the worksheet first: match on either.
  const match = (name: string, id: number) =>
    info.sheets.find((s) => s.kind === 'worksheet' && s.name === name) ??
    info.sheets.find((s) => s.kind === 'worksheet' && s.path.toLowerCase() === `xl/worksheets/sheet${id}.xml` && name === `Sheet${id}`) ??
    info.sheets.find((s) => s.kind === 'worksheet' && s.sheetId === id);
  const sheets: SheetGrid[] = [];
  const seen = new Set<string>();
  const ExcelJS = (await import('exceljs')).default;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as never);
    for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; eachCell: (o: object, f: (c: ExcelCell, col: number) => void) => void }> & { name: string; id: number }>) {
      const pkg = match(ws.name, Number(ws.id));
      const name = pkg?.name ?? ws.name;
      const shiftDates = info.date1904AsTrue;
      const rows: Row[] = [];
      for await (const r of ws) {
        const row: Row = [];
        r.eachCell({ includeEmpty: false }, (c, col) => {
          const cell = cellFrom(c, r.number, col, shiftDates);
          if (cell.formula !== undefined && (cell.noCachedValue || (typeof cell.value === 'number' && Number.isNaN(cell.value)))) {
            const saved = pkg?.formulaValues.get(cellAddress(r.number, col));
            if (saved) restoreSaved(cell, saved);
          }
          row.push(cell);
        });
        if (row.length) rows.push(row);
      }
      seen.add(name);
      if (pkg && pkg.state !== 'visible') {
        notes.push({ code: 'sheet-skipped', params: { reason: pkg.state === 'hidden' ? 'it is hidden' : 'it is very hidden' }, sheet: name });
        continue;
      }
      const sheet: SheetGrid = { file: display, sheet: name, merges: pkg?.merges ?? [], typed: true, rows: (async function* () { yield* rows; })() };
      if (pkg?.hiddenRows.length) sheet.hiddenRows = pkg.hiddenRows;
      if (pkg?.hiddenCols.length) sheet.hiddenCols = pkg.hiddenCols;
      sheets.push(sheet);
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
