import { ReadError, type Cell } from './grid.js';
import type { Limits } from './limits.js';
import { readInputBounded } from './read-bounded.js';

/**
 * One cell as the file stores it, for `explain`: the sheet's rows are read up to the cell's row
 * and no further. Undefined when the sheet or the cell is absent or the file cannot be read.
 */
export async function readCell(path: string, display: string, limits: Limits, sheet: string, row: number, col: number): Promise<Cell | null | undefined> {
  try {
    const wb = await readInputBounded(path, display, limits);
    const grid = wb.sheets.find((s) => s.sheet === sheet);
    if (!grid) return undefined;
    for await (const cells of grid.rows) {
      const at = cells[0]?.row ?? 0;
      if (at > row) break;
      if (at === row) return cells.find((c) => c.col === col) ?? null;
    }
    return null;
  } catch (e) {
    if (e instanceof ReadError) return undefined;
    throw e;
  }
}
