import type { Location } from '../findings/types.js';
import { columnLetter, type Cell } from '../read/grid.js';
import type { Limits } from '../read/limits.js';
import { readRows } from '../read/read-rows.js';
import { isTextFile } from './text-positions.js';

/** A workbook row as the text output quotes it: "B: Đào tạo nghề │ C: 1898 │ D: 1499", and where a cell starts in it. */
export type RowOf = (l: Location) => { row: number; column: number; lineText: string } | undefined;

const SEPARATOR = '  │ ';
const CELL_CHARS = 28;

/** A stored number as its format shows it, for the formats forms use (0.0%, #,##0.0); else as stored. */
function shownNumber(v: number, numFmt: string | undefined): string | undefined {
  const f = numFmt?.split(';')[0]?.replace(/"[^"]*"|\[[^\]]*\]|[_*\\]./g, '') ?? '';
  const m = /0(?:\.(0+))?(%?)\s*$/.exec(f);
  if (!m) return undefined;
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(v * 100).toFixed(decimals)}%` : v.toFixed(decimals);
}

function cellText(c: Cell): string {
  const shown = typeof c.value === 'number' && !c.error ? shownNumber(c.value, c.numFmt) : undefined;
  const t = (c.error ?? shown ?? c.text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > CELL_CHARS ? `${t.slice(0, CELL_CHARS - 1)}…` : t;
}

/** One row's cells as a line, and the offset at which each column's cell starts. */
function rowLine(cells: Cell[]): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  let text = '';
  for (const c of [...cells].sort((a, b) => a.col - b.col)) {
    const shown = cellText(c);
    if (!shown) continue;
    if (text) text += SEPARATOR;
    starts.set(c.col, text.length);
    text += `${columnLetter(c.col)}: ${shown}`;
  }
  return { text, starts };
}

/**
 * The rows of workbooks that findings point at, read again (within the limits) so that the
 * text output can quote them as it quotes a CSV line. A file that cannot be read again is left
 * out: its findings keep their cell.
 */
export async function workbookRows(locations: Location[], limits: Limits): Promise<RowOf> {
  const wanted = new Map<string, Map<string, Set<number>>>();
  for (const l of locations) {
    if (isTextFile(l.file) || !l.sheet || !l.row) continue;
    const sheets = wanted.get(l.file) ?? new Map<string, Set<number>>();
    sheets.set(l.sheet, (sheets.get(l.sheet) ?? new Set<number>()).add(l.row));
    wanted.set(l.file, sheets);
  }
  const found = new Map<string, ReturnType<typeof rowLine>>();
  for (const [file, sheets] of wanted) {
    for (const [sheet, rows] of await readRows(file, file, limits, sheets)) {
      for (const [row, cells] of rows) found.set(`${file}\n${sheet}\n${row}`, rowLine(cells));
    }
  }
  return (l) => {
    const r = l.sheet && l.row ? found.get(`${l.file}\n${l.sheet}\n${l.row}`) : undefined;
    if (!r || !r.text) return undefined;
    return { row: l.row!, column: (r.starts.get(l.column ?? 0) ?? -1) + 1, lineText: r.text };
  };
}
