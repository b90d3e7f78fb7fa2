import { ReadError, type Workbook } from './grid.js';
import { tableCount, tablesWithTitles } from './html-tables.js';
import { readHtmlTables } from './read-sheetjs.js';

/**
 * Reads a Word report (.docx): mammoth turns it into HTML (merged cells as colspan/rowspan),
 * and each table becomes a sheet named "Bảng N", the paragraphs before it (title, unit line) as
 * its first rows, through the same path as an HTML table saved as .xls.
 */
export async function readWord(bytes: Buffer, display: string): Promise<Workbook> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: `damaged Word document (${(e as Error).message.split('\n')[0]})` });
  }
  if (tableCount(html) === 0) throw new ReadError('file-unreadable', { reason: 'the Word document holds no table' });
  return readHtmlTables(tablesWithTitles(html), display, (i) => `Bảng ${i + 1}`);
}
