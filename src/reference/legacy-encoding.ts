import { TCVN3_TABLE, VNI_TABLE } from './data/legacy-tables.js';

/**
 * Pre-Unicode Vietnamese font encodings (shared/reference/legacy-encodings.md). Old workbooks
 * hold TCVN3 (.VnTime, "Tæng céng") or VNI (VNI-Times, "Toång coäng") bytes that a Unicode reader
 * shows as Latin-1 letters. These functions find such text and give the Vietnamese back, NFC.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** A legacy byte as it reaches us: the cp1252 character (the tables' `legacy`) or the Latin-1 code point. */
function byteChars(hex: string): string[] {
  const b = parseInt(hex, 16);
  const latin1 = String.fromCharCode(b);
  const cp1252 = new TextDecoder('windows-1252').decode(new Uint8Array([b]));
  return [...new Set([latin1, cp1252])];
}

const TCVN3 = new Map<string, { lower: string; upper: string }>();
for (const r of TCVN3_TABLE) {
  const b = parseInt(r.hex, 16);
  // Control bytes (VN1 extension capitals at 01-17) are too risky to decode in cell text.
  if (b < 0x80) continue;
  for (const ch of byteChars(r.hex)) if (!TCVN3.has(ch)) TCVN3.set(ch, { lower: r.unicode, upper: r.h || r.unicode.toUpperCase() });
}

const VNI = new Map<string, string>();
for (const r of VNI_TABLE) {
  const bytes = r.hex.split(/\s+/).map((h) => parseInt(h, 16));
  VNI.set(String.fromCharCode(...bytes), r.unicode);
  const cp = new TextDecoder('windows-1252').decode(new Uint8Array(bytes));
  VNI.set(cp, r.unicode);
}
const VNI_LONGEST = Math.max(...[...VNI.keys()].map((k) => k.length));

/** Letters only Vietnamese Unicode text has: ă đ ĩ ũ ơ ư (and capitals), precomposed tone marks, combining marks. */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/;
/** Latin-1 letters that are also Vietnamese letters in Unicode: alone they prove nothing. */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);

/**
 * Decodes TCVN3 text. The .Vn fonts have no toned capitals: they were typed with an H font
 * (.VnTimeH) that draws the lower-case codes as capitals. Without the font, capitals are
 * inferred from case: a cell whose ASCII letters are all capitals ("TæNG CéNG") is in capitals;
 * otherwise a word with two or more capitals and no small letter is. "KÕ ho¹ch" stays "Kế hoạch".
 */
export function decodeTcvn3(text: string, hFont = false): string {
  const capsOf = (s: string) => s.replace(/[^A-Za-z]/g, '');
  const allCaps = (s: string) => {
    const a = capsOf(s);
    return a.length >= 2 && a === a.toUpperCase();
  };
  const cellUpper = hFont || allCaps(text);
  return text
    .split(/(\s+)/)
    .map((w) => {
      const upper = cellUpper || allCaps(w);
      return [...w].map((ch) => {
        const m = TCVN3.get(ch);
        return m ? (upper ? m.upper : m.lower) : ch;
      }).join('');
    })
    .join('')
    .normalize('NFC');
}

export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    let hit: string | undefined;
    let len = 0;
    for (let n = Math.min(VNI_LONGEST, text.length - i); n >= 1; n--) {
      const v = VNI.get(text.slice(i, i + n));
      if (v && (n > 1 || text.charCodeAt(i) >= 0x80)) {
        hit = v;
        len = n;
        break;
      }
    }
    if (hit) {
      out += hit;
      i += len;
    } else {
      out += text[i];
      i++;
    }
  }
  return out.normalize('NFC');
}

function tcvn3Score(text: string): number {
  let n = 0;
  for (const ch of text) if (TCVN3.has(ch)) n++;
  return n;
}

function vniScore(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text.charCodeAt(i + 1) >= 0x80 && VNI.has(text.slice(i, i + 2))) n++;
  }
  return n;
}

/**
 * Says whether a string is TCVN3 or VNI text: it has none of the letters only Vietnamese
 * Unicode has, and two or more legacy letters (one is enough when the cell's font says so).
 * Every non-ASCII character must be explainable by the encoding. `sheetEncoding`: the encoding
 * the sheet's cells have already shown, which settles cells too short to show it themselves.
 */
export function detectLegacy(text: string, fontName?: string, sheetEncoding?: LegacyEncoding): LegacyEncoding | undefined {
  if (!/[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/.test(text) || VIETNAMESE_UNICODE.test(text)) return undefined;
  const font = (fontName ?? '').toLowerCase();
  const min = font.startsWith('.vn') || font.startsWith('vni') ? 1 : 2;
  const nonAscii = [...text].filter((c) => c.charCodeAt(0) >= 0x80);
  const t = tcvn3Score(text);
  const v = vniScore(text);
  if (font.startsWith('vni') && v >= 1) return 'vni';
  if (font.startsWith('.vn') && t >= 1) return 'tcvn3';
  // The sheet's other cells already showed its encoding (no font name needed): a short cell with
  // one legacy letter ("§VT"), or one whose letters are all Latin-1 look-alikes ("Néi dung"), is in it too.
  if (sheetEncoding === 'vni' && (v >= 1 || decodeVni(text) !== text)) return 'vni';
  if (sheetEncoding === 'tcvn3' && t >= 1 && t === nonAscii.length) return 'tcvn3';
  // Without a font to go by, at least one character that Vietnamese Unicode text never has.
  const foreign = nonAscii.filter((c) => !VIETNAMESE_LATIN1.has(c)).length;
  if (foreign === 0) return undefined;
  if (v >= min && v >= t / 2) return 'vni';
  if (t >= min && t === nonAscii.length) return 'tcvn3';
  return undefined;
}

/** An H font (.VnTimeH, .VnArialH) draws every letter as a capital, ASCII ones included. */
export function isHFont(fontName: string | undefined): boolean {
  return /^\.vn.*h$/i.test((fontName ?? '').trim());
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, fontName?: string): string {
  if (encoding === 'vni') return decodeVni(text);
  const decoded = decodeTcvn3(text, isHFont(fontName));
  return isHFont(fontName) ? decoded.toUpperCase() : decoded;
}

/** A whole text file in TCVN 5712 (e.g. iconv -t TCVN5712-1): every byte by the full table, capitals at their own codes. */
export function decodeTcvnBytes(bytes: Uint8Array): string {
  const full = new Map<number, string>();
  for (const r of TCVN3_TABLE) {
    const b = parseInt(r.hex, 16);
    if (!full.has(b)) full.set(b, r.unicode);
  }
  let out = '';
  for (const b of bytes) out += full.get(b) ?? String.fromCharCode(b);
  return out.normalize('NFC');
}
