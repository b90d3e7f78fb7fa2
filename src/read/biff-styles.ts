import * as XLSX from '@e965/xlsx';
import type { Merge } from './grid.js';

/** What SheetJS does not keep of an Excel 97-2003 sheet's cell formatting, and the Grid needs. */
export interface BiffSheetStyles {
  /** Font name of each text cell, by "row,col" (0-based): TCVN3 ".VnTimeH" text is all capitals. */
  fonts: Map<string, string>;
  /** Indent level of each indented text cell, by "row,col" (0-based; BIFF8 only). */
  indents: Map<string, number>;
  /** "Centre across selection" spans, which Excel shows as one cell (LibreOffice turns them into merges). */
  spans: Merge[];
}

/**
 * Reads the Workbook stream's records that SheetJS parses but does not keep on cells: FONT
 * (0x31), XF (0xE0, font, horizontal alignment and indent), BOUNDSHEET (0x85), BOF (0x809), and the
 * cell records' XF index. BIFF5 and BIFF8 only; anything it does not understand gives nothing,
 * never an error. Index by sheet position (as SheetJS's SheetNames).
 */
export function biffStyles(bytes: Buffer): BiffSheetStyles[] {
  try {
    const stream = workbookStream(bytes);
    return stream ? walk(stream).map(finish) : [];
  } catch {
    return [];
  }
}

function workbookStream(bytes: Buffer): Buffer | undefined {
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf) return undefined;
  const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book');
  return entry?.content ? Buffer.from(entry.content as Uint8Array) : undefined;
}

const TEXT = new Set([0xfd, 0x204, 0xd6, 0x06]);
const VALUE = new Set([0xfd, 0x204, 0xd6, 0x06, 0x203, 0x27e, 0x205]);
const BLANK = 0x201;
const MULBLANK = 0xbe;
const CENTRE_ACROSS = 6;

function fontName(data: Buffer, biff8: boolean): string {
  const cch = data[14] ?? 0;
  if (!biff8) return data.toString('latin1', 15, 15 + cch);
  return ((data[15] ?? 0) & 1) === 1 ? data.toString('utf16le', 16, 16 + 2 * cch) : data.toString('latin1', 16, 16 + cch);
}

interface RawSheet {
  fonts: Map<string, string>;
  indents: Map<string, number>;
  /** Cells formatted "centre across selection": true when they hold a value, false when blank. */
  across: Map<string, boolean>;
}

function walk(s: Buffer): RawSheet[] {
  const fonts: string[] = [];
  const xfs: Array<{ font: number; alc: number; indent: number }> = [];
  const sheetAt = new Map<number, number>();
  const out: RawSheet[] = [];
  let biff8 = true;
  let sheet = -1;
  let depth = 0;
  const cell = (row: number, col: number, ixfe: number, type: number) => {
    const raw = (out[sheet] ??= { fonts: new Map(), indents: new Map(), across: new Map() });
    const xf = xfs[ixfe];
    if (!xf) return;
    if (TEXT.has(type) && fonts[xf.font]) raw.fonts.set(`${row},${col}`, fonts[xf.font]!);
    if (TEXT.has(type) && xf.indent) raw.indents.set(`${row},${col}`, xf.indent);
    if (xf.alc === CENTRE_ACROSS) raw.across.set(`${row},${col}`, VALUE.has(type));
  };
  for (let at = 0; at + 4 <= s.length; ) {
    const type = s.readUInt16LE(at);
    const len = s.readUInt16LE(at + 2);
    const data = s.subarray(at + 4, at + 4 + len);
    if (type === 0x809 && data.length >= 2) {
      if (depth === 0 && data.readUInt16LE(0) < 0x600) biff8 = false;
      if (depth === 0 && sheetAt.has(at)) sheet = sheetAt.get(at)!;
      depth++;
    } else if (type === 0x0a) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) sheet = -1;
    } else if (type === 0x31 && sheet < 0) {
      // Font index 4 is never written: the fifth FONT record is index 5.
      if (fonts.length === 4) fonts.push('');
      fonts.push(fontName(data, biff8));
    } else if (type === 0xe0 && sheet < 0 && data.length >= 7) xfs.push({ font: data.readUInt16LE(0), alc: data[6]! & 7, indent: biff8 && data.length >= 9 ? data[8]! & 15 : 0 });
    else if (type === 0x85 && data.length >= 4) sheetAt.set(data.readUInt32LE(0), sheetAt.size);
    else if (sheet >= 0 && depth === 1 && (VALUE.has(type) || type === BLANK) && data.length >= 6) cell(data.readUInt16LE(0), data.readUInt16LE(2), data.readUInt16LE(4), type);
    else if (sheet >= 0 && depth === 1 && type === MULBLANK && data.length >= 6) {
      const row = data.readUInt16LE(0);
      const first = data.readUInt16LE(2);
      for (let i = 0; 4 + 2 * i + 2 <= data.length - 2; i++) cell(row, first + i, data.readUInt16LE(4 + 2 * i), BLANK);
    }
    at += 4 + len;
  }
  return out;
}

/** A valued cell centred across selection spans the blank cells so formatted to its right. */
function finish(raw: RawSheet | undefined): BiffSheetStyles {
  const spans: Merge[] = [];
  for (const [key, valued] of raw?.across ?? []) {
    if (!valued) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    let right = c;
    while (raw!.across.get(`${r},${right + 1}`) === false) right++;
    if (right > c) spans.push({ top: r + 1, left: c + 1, bottom: r + 1, right: right + 1 });
  }
  return { fonts: raw?.fonts ?? new Map(), indents: raw?.indents ?? new Map(), spans };
}
