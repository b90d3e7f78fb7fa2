import { open } from 'node:fs/promises';
import { ReadError, type Cell, type Merge, type Row, type SheetGrid, type Workbook } from './grid.js';

function decodeRange(range: string): Merge | undefined {
  const m = range.match(/^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]!), bottom: Number(m[4]), right: col(m[3]!) };
}

type ExcelValue = unknown;

/** Reduces an exceljs value to what the cell shows: formulas give their cached result. */
function plainValue(v: ExcelValue): { value: Cell['value']; formula?: string; missingResult?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v };
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = String(o.formula ?? o.sharedFormula);
    if (!('result' in o) || o.result === undefined) return { value: null, formula, missingResult: true };
    const r = plainValue(o.result);
    return { value: r.value, formula };
  }
  if ('richText' in o && Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map((t) => t.text).join('') };
  if ('text' in o) return { value: String(o.text) };
  if ('error' in o) return { value: String(o.error) };
  return { value: String(v) };
}

/** Reads every worksheet of an .xlsx package through exceljs (loaded only when needed). */
export async function readWorkbook(path: string, display: string): Promise<Workbook> {
  const fh = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new ReadError('file-unreadable', { reason: e.code === 'ENOENT' ? 'no such file' : e.message });
  });
  const head = Buffer.alloc(8);
  await fh.read(head, 0, 8, 0);
  await fh.close();
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new ReadError('file-unreadable', { reason: 'password-protected (encrypted) workbook, or an Excel 97-2003 file named .xlsx; remove the password or save it as .xlsx' });
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new ReadError('file-unreadable', { reason: 'not an .xlsx package (no zip signature)' });
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: `damaged .xlsx: ${(e as Error).message}` });
  }
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(decodeRange).filter((m): m is Merge => !!m);
    const rows: Row[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const row: Row = [];
      r.eachCell({ includeEmpty: false }, (c, colNumber) => {
        const pv = plainValue(c.value);
        const text = pv.value === null ? '' : pv.value instanceof Date ? pv.value.toISOString().slice(0, 10) : String(pv.value);
        const cell: Cell = { row: rowNumber, col: colNumber, value: pv.value, text };
        if (c.numFmt) cell.numFmt = c.numFmt;
        if (pv.formula) cell.formula = pv.formula;
        row.push(cell);
      });
      if (row.length) rows.push(row);
    });
    sheets.push({
      file: display,
      sheet: ws.name,
      merges,
      typed: true,
      rows: (async function* () {
        yield* rows;
      })(),
    });
  });
  return { file: display, sheets, notes: [] };
}
