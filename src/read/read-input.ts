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
      default:
        throw new ReadError('file-unsupported', { ext: ext || '(none)' });
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('file-unreadable', { reason: (e as Error).message });
  }
}
