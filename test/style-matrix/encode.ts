import { TCVN3_TABLE, VNI_TABLE } from '../../src/reference/data/legacy-tables.js';

/** Unicode text → Windows-1258 bytes: base letters with their own codes, tone marks as combining bytes. */
export function encodeCp1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (!byChar.has(ch)) byChar.set(ch, b);
  }
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((c) => TONES.test(c));
    const base = parts.filter((c) => !TONES.test(c)).join('').normalize('NFC');
    const b = byChar.get(base);
    const t = tone ? byChar.get(tone) : undefined;
    if (b === undefined || (tone && t === undefined)) throw new Error(`not in Windows-1258: ${ch}`);
    out.push(b);
    if (t !== undefined) out.push(t);
  }
  return Buffer.from(out);
}

const TCVN3 = new Map<string, string>();
for (const r of TCVN3_TABLE) {
  const b = parseInt(r.hex, 16);
  if (b < 0x80) continue;
  if (!TCVN3.has(r.unicode)) TCVN3.set(r.unicode, String.fromCharCode(b));
}

/**
 * Unicode → TCVN3 (ABC) as a Unicode reader shows it without the .Vn font ("Tæng céng"). The
 * fonts have no toned capitals: a capital is typed with the small letter's code (an H font draws
 * it as a capital), so "TỔNG" becomes "TæNG".
 */
export function toTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TCVN3.get(ch) ?? TCVN3.get(ch.toLowerCase()) ?? ch).join('');
}

const VNI = new Map<string, string>();
for (const r of VNI_TABLE) {
  const bytes = r.hex.split(/\s+/).map((h) => parseInt(h, 16));
  if (!VNI.has(r.unicode)) VNI.set(r.unicode, String.fromCharCode(...bytes));
}

/** Unicode → VNI text as its bytes read one per character (Latin-1): "Toång coäng". */
export function toVni(text: string): string {
  return [...text.normalize('NFC')].map((ch) => VNI.get(ch) ?? ch).join('');
}

/** VNI text (one character per byte) as the bytes of a VNI file. */
export function vniBytes(text: string): Buffer {
  return Buffer.from([...toVni(text)].map((c) => c.charCodeAt(0) & 0xff));
}
