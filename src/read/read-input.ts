import { extname } from 'node:path';
import { ReadError, type Workbook } from './grid.js';
import { readTextTable } from './read-text-table.js';

/** Opens any supported input; throws ReadError (never another error) when it cannot. */
export async function readInput(path: string, display: string): Promise<Workbook> {
  const ext = extname(path).toLowerCase();
  try {
    switch (ext) {
      case '.csv':
      case '.tsv':
      case '.txt':
        return await readTextTable(path, display);
      case '.xlsx':
      case '.xlsm': {
        const { readWorkbook } = await import('./read-workbook.js');
        return await readWorkbook(path, display);
      }
      case '.xls':
      case '.ods':
      case '.fods': {
        const { convertWithLibreOffice } = await import('./convert-with-libreoffice.js');
        const { readWorkbook } = await import('./read-workbook.js');
        const { xlsx, cleanup } = await convertWithLibreOffice(path);
        try {
          const wb = await readWorkbook(xlsx, display);
          // The converted rows are already in memory; the temporary copy can go.
          for (const s of wb.sheets) s.convertedFrom = ext;
          wb.notes.unshift({ code: 'converted-with-libreoffice', params: { ext } });
          return wb;
        } finally {
          await cleanup();
        }
      }
      default:
        throw new ReadError('file-unsupported', { ext: ext || '(none)' });
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('file-unreadable', { reason: (e as Error).message });
  }
}
