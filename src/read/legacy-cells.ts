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

/** Rows read before a sheet's encoding is decided: its title and header give most of the evidence. */
const VOTE_ROWS = 40;

/**
 * The encoding a sheet's text is in, decided on the evidence of all its first cells together
 * (each cell's own reading, no cell biased by the ones before it): the one most cells show,
 * when at least two show it and it outnumbers the other two to one. A VNI title that happens to
 * read as TCVN3 ("UBND TÆNH …") then no longer sets the encoding of the cells after it.
 */
export function voteEncoding(rows: Row[]): LegacyEncoding | undefined {
  const votes = new Map<LegacyEncoding, number>();
  for (const row of rows) {
    for (const c of row) {
      if (typeof c.value === 'number' || !c.text) continue;
      const enc = detectLegacy(c.text, c.fontName);
      if (enc) votes.set(enc, (votes.get(enc) ?? 0) + 1);
    }
  }
  const [best, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2 || (second && best[1] < 2 * second[1])) return undefined;
  return best[0];
}

function convertRow(row: Row, seen: Map<LegacyEncoding, string[]>, state: { decided: LegacyEncoding | undefined; current: LegacyEncoding | undefined }): Row {
  let changed: Row | undefined;
  row.forEach((c, i) => {
    if (typeof c.value === 'number' || !c.text) return;
    const enc = detectLegacy(c.text, c.fontName, state.decided ?? state.current);
    if (!enc) return;
    const text = decodeLegacy(c.text, enc, c.fontName);
    if (text === c.text) return;
    changed ??= [...row];
    changed[i] = { ...c, text, value: typeof c.value === 'string' ? text : c.value };
    const list = seen.get(enc) ?? [];
    list.push(cellAddress(c.row, c.col));
    seen.set(enc, list);
    state.current = sheetEncoding(seen);
  });
  return changed ?? row;
}

/**
 * Converts TCVN3 and VNI text cells to Unicode as rows stream by, recording which cells were
 * converted so that the report can say so. Numbers and Unicode text pass untouched. The first
 * rows are held until the sheet's encoding is decided from all of them (voteEncoding).
 */
export async function* convertLegacyRows(rows: AsyncIterable<Row>, seen: Map<LegacyEncoding, string[]>): AsyncGenerator<Row> {
  // Undecided, the sheet's encoding changes only when a cell is converted: worked out again then.
  const state = { decided: undefined as LegacyEncoding | undefined, current: sheetEncoding(seen) };
  const head: Row[] = [];
  let voted = false;
  for await (const row of rows) {
    if (!voted) {
      head.push(row);
      if (head.length < VOTE_ROWS) continue;
      voted = true;
      state.decided = voteEncoding(head);
      for (const r of head) yield convertRow(r, seen, state);
      continue;
    }
    yield convertRow(row, seen, state);
  }
  if (!voted) {
    state.decided = voteEncoding(head);
    for (const r of head) yield convertRow(r, seen, state);
  }
}
