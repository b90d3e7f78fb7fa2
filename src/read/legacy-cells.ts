import { decodeLegacy, detectLegacy, type LegacyEncoding } from '../reference/legacy-encoding.js';
import { cellAddress, type Row } from './grid.js';
import { transformRows } from './row-stream.js';

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

interface ConvertState {
  decided: LegacyEncoding | undefined;
  current: LegacyEncoding | undefined;
  /** detectLegacy's answer for each text without a font, under the sheet encoding `known` was filled for. */
  known: Map<string, LegacyEncoding | undefined>;
  knownFor: LegacyEncoding | undefined;
}

/** Texts remembered per sheet: the same province, period and label texts repeat on every row of an export. */
const KNOWN_LIMIT = 10_000;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** detectLegacy of a cell, remembered for texts without a font (a pure function of the text and the sheet's encoding). */
function detectCell(c: { text: string; fontName?: string }, state: ConvertState): LegacyEncoding | undefined {
  // Plain ASCII (a figure, a code, an English word) is in no legacy encoding, whatever the font: no lookup.
  if (isAscii(c.text)) return undefined;
  const sheet = state.decided ?? state.current;
  if (c.fontName !== undefined) return detectLegacy(c.text, c.fontName, sheet);
  if (state.knownFor !== sheet || state.known.size >= KNOWN_LIMIT) {
    state.known.clear();
    state.knownFor = sheet;
  }
  const hit = state.known.get(c.text);
  if (hit !== undefined || state.known.has(c.text)) return hit;
  const enc = detectLegacy(c.text, undefined, sheet);
  state.known.set(c.text, enc);
  return enc;
}

function convertRow(row: Row, seen: Map<LegacyEncoding, string[]>, state: ConvertState): Row {
  let changed: Row | undefined;
  row.forEach((c, i) => {
    if (typeof c.value === 'number' || !c.text) return;
    const enc = detectCell(c, state);
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
export function convertLegacyRows(rows: AsyncIterable<Row>, seen: Map<LegacyEncoding, string[]>): AsyncIterable<Row> {
  // Undecided, the sheet's encoding changes only when a cell is converted: worked out again then.
  const state: ConvertState = { decided: undefined, current: sheetEncoding(seen), known: new Map(), knownFor: undefined };
  const head: Row[] = [];
  let voted = false;
  const decide = (emit: (r: Row) => void) => {
    state.decided = voteEncoding(head);
    for (const r of head) emit(convertRow(r, seen, state));
    head.length = 0;
  };
  return transformRows(rows, {
    row(row, emit) {
      if (voted) return emit(convertRow(row, seen, state));
      head.push(row);
      if (head.length < VOTE_ROWS) return;
      voted = true;
      decide(emit);
    },
    end(emit) {
      if (!voted) decide(emit);
    },
  });
}
