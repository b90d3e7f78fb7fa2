import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ReadError, type Workbook } from './grid.js';
import { readTextTable, type TextTableOptions } from './read-text-table.js';
import type { LegacyKind } from './read-sheetjs.js';
import type { ZipParts } from './zip-parts.js';

/** How to read an input: text-table options, and a zip package the zip guard already read and inflated. */
export interface ReadOptions extends TextTableOptions {
  zip?: { bytes: Buffer; parts: ZipParts };
}

const ENCRYPTED = 'password-protected (encrypted) workbook, or an Excel 97-2003 file named .xlsx; remove the password or save it as .xlsx';
const TEXT = new Set(['.csv', '.tsv', '.txt']);
const BOOK = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.fods', '.xml', '.htm', '.html', '.docx', '.doc']);
const NAMES: Record<string, string> = { '.xls': 'Excel 97-2003 workbook', '.xlsb': '.xlsb workbook', '.ods': 'OpenDocument spreadsheet', '.fods': 'OpenDocument spreadsheet', '.docx': 'Word document', '.doc': 'Word 97-2003 document' };

/**
 * The whole file, for the readers that need it in memory (every format but text tables, which
 * are streamed). The one place such a file is loaded: a size check belongs here.
 */
export async function readInputBytes(path: string): Promise<Buffer> {
  try {
    // Synchronously: the caller has made sure it is a regular file (read-bounded.ts).
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError('file-unreadable', { reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message });
  }
}

/** What the bytes are: a file's name is a hint, its first bytes are the truth. */
export function sniff(bytes: Buffer): LegacyKind | 'unknown' {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole2';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  // A bare BIFF2-5 stream starts with its BOF record: 09 00 / 09 02 / 09 04 / 09 08.
  if (bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1)) return 'biff';
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return 'unknown';
  return /^<\?xml/i.test(head) && !/<html/i.test(head) ? 'xml' : 'html';
}

async function checkOle2(bytes: Buffer, ext: string): Promise<void> {
  const kind = (await import('./ole2.js')).ole2Kind(bytes);
  if (kind === 'word' || ext === '.doc') throw new ReadError('needs-conversion', { ext: '.doc' });
  // The catalog has this reason in Vietnamese too (findings/params.ts READER_REASONS): keep it word for word.
  if (kind === 'encrypted') throw new ReadError('file-unreadable', { reason: ENCRYPTED });
  if (kind === 'damaged' && (ext === '.xlsx' || ext === '.xlsm')) throw new ReadError('file-unreadable', { reason: ENCRYPTED });
  if (kind === 'damaged' && bytes.length < 512) throw new ReadError('file-unreadable', { reason: `damaged: only ${bytes.length} bytes, shorter than an Excel 97-2003 header` });
  if (kind === 'other') throw new ReadError('file-unreadable', { reason: 'an OLE2 file that holds no workbook' });
}

async function readSpreadsheet(path: string, ext: string, display: string, zip?: ReadOptions['zip']): Promise<Workbook> {
  const bytes = zip?.bytes ?? (await readInputBytes(path));
  const kind = sniff(bytes);
  const what = NAMES[ext] ?? `${ext} file`;
  if (kind === 'unknown') throw new ReadError('file-unreadable', { reason: `not a spreadsheet: its first bytes match no workbook format (named ${ext})` });
  if (kind === 'ole2') await checkOle2(bytes, ext);
  if (kind === 'zip' && ext === '.docx') return (await import('./read-word.js')).readWord(bytes, display);
  if (kind === 'zip' && ext !== '.ods' && ext !== '.xlsb') return (await import('./read-workbook.js')).readWorkbook(bytes, display, zip?.parts);
  const { readWithSheetJs } = await import('./read-sheetjs.js');
  return readWithSheetJs(bytes, kind, display, what);
}

/** Opens any supported input; throws ReadError (never another error) when it cannot. */
export async function readInput(path: string, display: string, options: ReadOptions = {}): Promise<Workbook> {
  const ext = extname(path).toLowerCase();
  const { zip, ...text } = options;
  try {
    if (TEXT.has(ext)) return await readTextTable(path, display, text);
    if (BOOK.has(ext)) return await readSpreadsheet(path, ext, display, zip);
    throw new ReadError('file-unsupported', { ext: ext || '(none)' });
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('file-unreadable', { reason: (e as Error).message });
  }
}
