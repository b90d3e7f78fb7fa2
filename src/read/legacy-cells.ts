import { decodeLegacy, detectLegacy, type LegacyEncoding } from '../reference/legacy-encoding.js';
import { cellAddress, type Row } from './grid.js';

export interface LegacyConversion {
  encoding: LegacyEncoding;
  cells: string[];
}

/** The encoding two or more cells of the sheet were found in, on their own evidence. */
function sheetEncoding(seen: Map<LegacyEncoding, string[]>): LegacyEncoding | undefined {
  const [best] = [...seen].sort((a, b) => b[1].length - a[1].length);
  return best && best[1].length >= 2 ? best[0] : undefined;
}

/**
 * Converts TCVN3 and VNI text cells to Unicode as rows stream by, recording which cells were
 * converted so that the report can say so. Numbers and Unicode text pass untouched.
 */
export async function* convertLegacyRows(rows: AsyncIterable<Row>, seen: Map<LegacyEncoding, string[]>): AsyncGenerator<Row> {
  // The sheet's encoding changes only when a cell is converted: worked out again then.
  let current = sheetEncoding(seen);
  for await (const row of rows) {
    let changed: Row | undefined;
    row.forEach((c, i) => {
      if (typeof c.value === 'number' || !c.text) return;
      const enc = detectLegacy(c.text, c.fontName, current);
      if (!enc) return;
      const text = decodeLegacy(c.text, enc, c.fontName);
      if (text === c.text) return;
      changed ??= [...row];
      changed[i] = { ...c, text, value: typeof c.value === 'string' ? text : c.value };
      const list = seen.get(enc) ?? [];
      list.push(cellAddress(c.row, c.col));
      seen.set(enc, list);
      current = sheetEncoding(seen);
    });
    yield changed ?? row;
  }
}
