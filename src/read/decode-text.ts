import { Transform } from 'node:stream';

import { decodeTcvnBytes } from '../reference/legacy-encoding.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

const COMMON_WORDS = ['tổng', 'số', 'thu', 'chi', 'ngân sách', 'tỉnh', 'thành phố', 'năm', 'đồng', 'triệu', 'kế hoạch', 'thực hiện',
  'của', 'các', 'và', 'cộng', 'nội dung', 'đơn vị', 'trung ương', 'địa phương', 'bổ sung', 'khuyến công', 'tỷ lệ', 'cùng kỳ', 'hỗ trợ'];

function vietnameseScore(text: string): number {
  const t = text.normalize('NFC').toLowerCase();
  return COMMON_WORDS.reduce((n, w) => n + (t.split(w).length - 1), 0);
}

/**
 * A single-byte file that is not UTF-8 is Windows-1258 or TCVN3 (TCVN 5712): whichever decoding
 * gives more common Vietnamese words wins.
 */
export function chooseSingleByte(sample: Uint8Array): 'windows-1258' | 'tcvn3' {
  const cp = new TextDecoder('windows-1258').decode(sample);
  const tcvn = decodeTcvnBytes(sample);
  return vietnameseScore(tcvn) > vietnameseScore(cp) ? 'tcvn3' : 'windows-1258';
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

/** A stream that turns bytes into NFC text, skipping `skip` leading bytes (the BOM). */
export function decodingStream(encoding: TextEncoding, skip: number): Transform {
  // TCVN3 is one byte per letter: each chunk decodes on its own.
  const decoder: { decode(b?: Uint8Array, o?: { stream: boolean }): string } =
    encoding === 'tcvn3' ? { decode: (b?: Uint8Array) => (b ? decodeTcvnBytes(b) : '') } : new TextDecoder(encoding);
  let toSkip = skip;
  // NFC must not split a base letter from its combining marks: hold back the last character run.
  let pending = '';
  const flushable = (text: string): [string, string] => {
    let cut = text.length;
    while (cut > 0 && /[\u0300-\u036f]/.test(text[cut - 1]!)) cut--;
    cut = Math.max(0, cut - 1);
    return [text.slice(0, cut), text.slice(cut)];
  };
  return new Transform({
    readableObjectMode: false,
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
