import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode-text.js';
import { readInput } from '../../src/read/read-input.js';

/**
 * The whole reader (bytes → decoder → tokenizer, or csv-parse where it steps aside) against
 * csv-parse over the file's whole text decoded at once: long files (several 64 KB chunks) in each
 * encoding, with quoted line breaks, doubled quotes, a BOM, combining marks and characters
 * outside the BMP at every offset, so that chunk boundaries fall inside them.
 */

const dir = mkdtempSync(join(tmpdir(), 'br-chunks-'));
const OPTS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false };

async function readTexts(name: string, bytes: Buffer): Promise<{ texts: string[][]; rowNos: number[] }> {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  const wb = await readInput(p, name);
  const texts: string[][] = [];
  const rowNos: number[] = [];
  for await (const r of wb.sheets[0]!.rows) {
    texts.push(r.map((c) => c.text));
    rowNos.push(r[0]?.row ?? 0);
  }
  return { texts, rowNos };
}

/** csv-parse's rows of the text, each cut to its non-empty fields (what the reader keeps). */
function want(text: string, delimiter: string): string[][] {
  return (parse(text, { ...OPTS, delimiter }) as string[][]).map((r) => r.filter((t) => t !== ''));
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['Hà Nội', 'Ha\u0300 Nô\u0323i', '1.234,5', '', '😀 năm 2024 𝔸', '"Bắc ""Ninh"""', '"dòng 1\r\ndòng 2"', '"a,b;c\td"', 'x"y', 'Thừa Thiên Huế', '12'];

function longText(seed: number, delimiter: string, eol: string, lines: number): string {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const n = 1 + Math.floor(next() * 6);
    const row: string[] = [String(i)];
    for (let k = 0; k < n; k++) row.push(FIELDS[Math.floor(next() * FIELDS.length)]!);
    out.push(row.join(delimiter));
  }
  return out.join(eol) + eol;
}

const bom8 = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const b = utf16le(s);
  b.swap16();
  return b;
};

describe('text tables read in chunks, against csv-parse over the whole text', () => {
  it('gives csv-parse rows for long files in UTF-8 (with and without BOM) and UTF-16 LE/BE, CRLF, LF and CR', async () => {
    const cases: [string, string, string, (s: string) => Buffer][] = [
      ['u8.csv', ',', '\r\n', (s) => Buffer.from(s)],
      ['u8bom.csv', ';', '\n', (s) => Buffer.concat([bom8, Buffer.from(s)])],
      ['le.txt', '\t', '\r\n', utf16le],
      ['be.txt', '\t', '\r', utf16be],
    ];
    for (const [name, d, eol, encode] of cases) {
      const text = longText(name.length, d, eol, 9000);
      const bytes = encode(text);
      expect(bytes.length).toBeGreaterThan(3 * 65536);
      const got = await readTexts(name, bytes);
      const expected = want(text.normalize('NFC'), d);
      expect(got.texts.length, name).toBe(expected.length);
      expect(got.texts, name).toEqual(expected);
      // Row numbers are record numbers: each row's first field is its record's number.
      expect(got.rowNos.slice(0, 3)).toEqual([1, 2, 3]);
      expect(got.rowNos.at(-1)).toBe(expected.length);
    }
  });

  it('keeps a character outside the BMP whole wherever the chunks of the file fall', async () => {
    // One 4-byte character at every offset around the first chunk boundaries (64 KB).
    for (let shift = 0; shift < 8; shift++) {
      const pad = 'a'.repeat(65536 - 40 + shift);
      const text = `h,${pad}\n` + '1,😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀,z\n'.repeat(3);
      // Read by the tokenizer, and by csv-parse when a loose quote at the end hands it the file.
      for (const [name, t] of [[`astral${shift}.csv`, text], [`astral-loose${shift}.csv`, '"x"y\n' + text]] as const) {
        const got = await readTexts(name, Buffer.from(t));
        expect(got.texts, name).toEqual(want(t, ','));
        expect(got.texts.join(''), name).not.toContain('\uFFFD');
      }
    }
  });

  it('gives csv-parse rows for a long file that csv-parse must take over half way (a loose quote past the first chunks)', async () => {
    const text = longText(7, ',', '\r\n', 9000);
    const at = text.indexOf('\r\n', Math.floor(text.length * 0.7)) + 2;
    const loose = text.slice(0, at) + '"loose"quote,1\r\n' + text.slice(at);
    for (const [name, bytes] of [['loose8.csv', Buffer.from(loose)], ['loose16.csv', utf16le(loose)]] as const) {
      const got = await readTexts(name, bytes);
      expect(got.texts).toEqual(want(loose.normalize('NFC'), ','));
      expect(got.texts.some((r) => r.includes('"loose"quote'))).toBe(true);
    }
  });

  it('gives csv-parse rows for a long Windows-1258 file (tone marks as combining bytes, split across chunks)', async () => {
    // "Hà Nội;1" and a quoted "Tổng, cộng" in CP1258: ô = F4, dot below = F2, ổ = F4 + D2 (hook above).
    const line = (i: number) => Buffer.concat([
      Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x3b]),
      Buffer.from(`${i};"T`, 'latin1'),
      Buffer.from([0xf4, 0xd2]),
      Buffer.from(`ng, c${'\r\n'.repeat(i % 3 ? 0 : 1)}`, 'latin1'),
      Buffer.from([0xf4, 0xf2]),
      Buffer.from('ng"\r\n', 'latin1'),
    ]);
    const bytes = Buffer.concat(Array.from({ length: 12000 }, (_, i) => line(i)));
    const got = await readTexts('cp1258.csv', bytes);
    const expected = want(decodeBytes(bytes, 'windows-1258').normalize('NFC'), ';');
    expect(got.texts).toEqual(expected);
    expect(got.texts[0]).toEqual(['Hà Nội', '0', 'Tổng, c\r\nộng']);
  });
});
