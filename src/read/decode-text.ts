import { Transform } from 'node:stream';

import { decodeTcvnBytes, decodeVni } from '../reference/legacy-encoding.js';

/** 'vni': a file of VNI bytes (one byte per character, tone marks as bytes after their letter). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** A whole text in a decided encoding, as Unicode (NFC left to the caller). */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvnBytes(bytes);
  if (encoding === 'vni') return decodeVni(latin1(bytes));
  return new TextDecoder(encoding).decode(bytes);
}

const COMMON_WORDS = ['tổng', 'số', 'thu', 'chi', 'ngân sách', 'tỉnh', 'thành phố', 'năm', 'đồng', 'triệu', 'kế hoạch', 'thực hiện',
  'của', 'các', 'và', 'cộng', 'nội dung', 'đơn vị', 'trung ương', 'địa phương', 'bổ sung', 'khuyến công', 'tỷ lệ', 'cùng kỳ', 'hỗ trợ'];

function vietnameseScore(text: string): number {
  const t = text.normalize('NFC').toLowerCase();
  return COMMON_WORDS.reduce((n, w) => n + (t.split(w).length - 1), 0);
}

/**
 * A single-byte file that is not UTF-8 is Windows-1258, TCVN3 (TCVN 5712) or VNI: whichever
 * decoding gives more common Vietnamese words wins (Windows-1258 on a tie).
 */
export function chooseSingleByte(sample: Uint8Array): 'windows-1258' | 'tcvn3' | 'vni' {
  const scores = (['windows-1258', 'tcvn3', 'vni'] as const).map((e) => [e, vietnameseScore(decodeBytes(sample, e))] as const);
  return scores.reduce((best, s) => (s[1] > best[1] ? s : best))[0];
}

export interface EncodingDecision {
  encoding: TextEncoding;
  bomLength: number;
}

/**
 * Decides a text file's encoding from its first bytes: a BOM wins; otherwise UTF-8 when the
 * sample is valid UTF-8 (a sequence cut at the sample's end is allowed), else Windows-1258,
 * the legacy Vietnamese Windows code page.
 */
export function sniffEncoding(sample: Uint8Array): EncodingDecision {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without BOM: every other byte zero in ASCII-heavy text.
  if (sample.length >= 4) {
    let evenZeros = 0, oddZeros = 0;
    const n = Math.min(sample.length, 512) & ~1;
    for (let i = 0; i < n; i += 2) {
      if (sample[i] === 0) evenZeros++;
      if (sample[i + 1] === 0) oddZeros++;
    }
    if (oddZeros > n / 4 && evenZeros === 0) return { encoding: 'utf-16le', bomLength: 0 };
    if (evenZeros > n / 4 && oddZeros === 0) return { encoding: 'utf-16be', bomLength: 0 };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: chooseSingleByte(sample), bomLength: 0 };
  }
}

/**
 * A stream that turns bytes into NFC text, skipping `skip` leading bytes (the BOM). It gives
 * strings (not the text encoded again as UTF-8 bytes for the next stage to decode once more).
 */
export function decodingStream(encoding: TextEncoding, skip: number): Transform {
  // TCVN3 is one byte per letter: each chunk decodes on its own. VNI puts a tone mark's byte after
  // its letter: the chunk's last byte waits for the next chunk.
  let vniHeld = '';
  const vni = {
    decode: (b?: Uint8Array, o?: { stream: boolean }) => {
      const raw = vniHeld + (b ? latin1(b) : '');
      vniHeld = o?.stream && raw.length ? raw.slice(-1) : '';
      return decodeVni(o?.stream ? raw.slice(0, raw.length - vniHeld.length) : raw);
    },
  };
  const decoder: { decode(b?: Uint8Array, o?: { stream: boolean }): string } =
    encoding === 'tcvn3' ? { decode: (b?: Uint8Array) => (b ? decodeTcvnBytes(b) : '') } : encoding === 'vni' ? vni : new TextDecoder(encoding);
  let toSkip = skip;
  // NFC must not split a base letter from its combining marks: hold back the last character run.
  let pending = '';
  const flushable = (text: string): [string, string] => {
    let cut = text.length;
    while (cut > 0 && /[\u0300-\u036f]/.test(text[cut - 1]!)) cut--;
    cut = Math.max(0, cut - 1);
    // Nor split a character outside the BMP (its two UTF-16 units): csv-parse, reading UTF-8,
    // would get each half as U+FFFD.
    const unit = text.charCodeAt(cut - 1);
    if (cut > 0 && unit >= 0xd800 && unit <= 0xdbff) cut--;
    return [text.slice(0, cut), text.slice(cut)];
  };
  return new Transform({
    readableObjectMode: true,
    decodeStrings: true,
    transform(chunk: Buffer, _enc, done) {
      let bytes: Uint8Array = chunk;
      if (toSkip > 0) {
        const n = Math.min(toSkip, bytes.length);
        bytes = bytes.subarray(n);
        toSkip -= n;
      }
      const [ready, rest] = flushable(pending + decoder.decode(bytes, { stream: true }));
      pending = rest;
      done(null, ready.normalize('NFC'));
    },
    flush(done) {
      done(null, (pending + decoder.decode()).normalize('NFC'));
    },
  });
}
