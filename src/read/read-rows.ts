import { ReadError, type Cell } from './grid.js';
import type { Limits } from './limits.js';
import { readInputBounded } from './read-bounded.js';

/**
 * Some rows of a workbook's sheets, read again within the limits, for outputs that show them
 * (`explain` shows a cell, the text output quotes a row). Each sheet is read up to its last
 * wanted row and no further. Rows absent from the file are absent from the result; a file that
 * cannot be read gives an empty result.
 */
export async function readRows(path: string, display: string, limits: Limits, wanted: Map<string, Set<number>>): Promise<Map<string, Map<number, Cell[]>>> {
  const found = new Map<string, Map<number, Cell[]>>();
  try {
    const wb = await readInputBounded(path, display, limits);
    for (const grid of wb.sheets) {
      const rows = wanted.get(grid.sheet);
      if (!rows?.size) continue;
      const last = Math.max(...rows);
      const mine = new Map<number, Cell[]>();
      found.set(grid.sheet, mine);
      for await (const cells of grid.rows) {
        const at = cells[0]?.row ?? 0;
        if (at > last) break;
        if (rows.has(at)) mine.set(at, cells);
      }
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
  }
  return found;
}
