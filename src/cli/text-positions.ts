import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes, sniffEncoding } from '../read/decode-text.js';
import { detectDelimiter } from '../read/detect-delimiter.js';
import type { Location } from '../findings/types.js';

/** A place in a text file as an editor shows it: physical line and column (UTF-16 code units), from 1. */
export interface TextPosition { line: number; column: number; lineText?: string }

export type { PositionOf } from '../reporters/sarif.js';
type PositionOf = (l: Location) => TextPosition | undefined;

export const isTextFile = (file: string) => /\.(csv|tsv|txt)$/i.test(file);

/**
 * Where each field of the wanted records starts, scanning the text as an RFC 4180 reader does
 * (quotes open a field only at its start; a quoted line break stays in the record). A record
 * number is what a spreadsheet program shows as the row; the physical line differs after a
 * quoted line break, and CI annotations want the line.
 */
export function fieldPositions(text: string, delimiter: string, wanted: Set<number>): Map<number, TextPosition[]> {
  const out = new Map<number, TextPosition[]>();
  let line = 1, column = 1, record = 1, atFieldStart = true, quoted = false;
  let fields: TextPosition[] | undefined = wanted.has(1) ? [] : undefined;
  if (fields) out.set(1, fields);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (atFieldStart) {
      fields?.push({ line, column });
      atFieldStart = false;
      if (c === '"') {
        quoted = true;
        column++;
        continue;
      }
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      column = 1;
      if (!quoted) {
        record++;
        atFieldStart = true;
        fields = wanted.has(record) ? [] : undefined;
        if (fields) out.set(record, fields);
      }
      continue;
    }
    if (quoted && c === '"') {
      if (text[i + 1] === '"') {
        i++;
        column += 2;
        continue;
      }
      quoted = false;
    } else if (!quoted && c === delimiter) atFieldStart = true;
    column++;
  }
  return out;
}

/** The text of a physical line (from 1), without its line end. */
function lineAt(text: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const i = text.indexOf('\n', start);
    if (i < 0) return '';
    start = i + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

function decode(bytes: Uint8Array): string {
  const { encoding, bomLength } = sniffEncoding(bytes.subarray(0, 64 * 1024));
  return decodeBytes(bytes.subarray(bomLength), encoding);
}

/**
 * The physical positions of the findings' places in text inputs (CSV, TSV, TXT), read again
 * from disk; workbooks have no lines. Unreadable files are left out (their findings keep the row).
 */
export async function textPositions(locations: Location[], paths: Map<string, string> = new Map()): Promise<PositionOf> {
  const wanted = new Map<string, Set<number>>();
  for (const l of locations) {
    if (!isTextFile(l.file) || !l.row) continue;
    const s = wanted.get(l.file) ?? new Set<number>();
    s.add(l.row);
    wanted.set(l.file, s);
  }
  const found = new Map<string, Map<number, TextPosition[]>>();
  const texts = new Map<string, string>();
  for (const [file, rows] of wanted) {
    try {
      const text = decode(await readFile(paths.get(file) ?? file));
      const ext = extname(file).toLowerCase();
      const delimiter = detectDelimiter(text.slice(0, 64 * 1024), ext === '.tsv' || ext === '.txt' ? '\t' : ',');
      found.set(file, fieldPositions(text, delimiter, rows));
      texts.set(file, text);
    } catch {
      // not readable again: the finding keeps its row
    }
  }
  return (l) => {
    const fields = l.row ? found.get(l.file)?.get(l.row) : undefined;
    if (!fields) return undefined;
    const p = fields[(l.column ?? 1) - 1] ?? fields[0]!;
    const lines = texts.get(l.file);
    return lines ? { ...p, lineText: lineAt(lines, p.line) } : p;
  };
}
