import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { convertLegacyRows, voteEncoding } from '../../src/read/legacy-cells.js';
import { decodingStream, sniffEncoding } from '../../src/read/decode-text.js';
import type { LegacyEncoding } from '../../src/reference/legacy-encoding.js';
import { textRows } from '../helpers.js';
import { toVni, vniBytes } from '../style-matrix/encode.js';

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}

// A VNI form (no font names: a CSV) whose letterhead alone would read as TCVN3 ("TÆNH").
const FORM = [
  ['UBND TỈNH TIỀN GIANG', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ CÔNG THƯƠNG', '', 'Độc lập - Tự do - Hạnh phúc'],
  ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2024'],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024 (triệu đồng)'],
  ['1', 'Đào tạo nghề, truyền nghề', '979'],
];

describe('a sheet in a legacy encoding is decided on all its first cells', () => {
  it('converts every cell of a VNI sheet as VNI, its TCVN3-looking letterhead too', async () => {
    const rows = textRows(FORM.map((r) => r.map(toVni)));
    expect(voteEncoding(rows)).toBe('vni');
    const seen = new Map<LegacyEncoding, string[]>();
    const out = [];
    for await (const r of convertLegacyRows(iterate(rows), seen)) out.push(r);
    expect(out.map((r) => r.map((c) => c.text))).toEqual(textRows(FORM).map((r) => r.map((c) => c.text)));
    expect([...seen.keys()]).toEqual(['vni']);
  });

  it('reads a file of VNI bytes as VNI, a letter and its tone mark split across chunks included', async () => {
    const text = FORM.map((r) => r.join(',')).join('\r\n');
    const bytes = vniBytes(text);
    expect(sniffEncoding(bytes).encoding).toBe('vni');
    // Cut inside "Kế" (VNI "Keá"): the mark's byte arrives in the next chunk.
    const cut = Buffer.from(bytes).indexOf(Buffer.from('Ke', 'latin1')) + 2;
    const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
    let decoded = '';
    for await (const s of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(decodingStream('vni', 0))) decoded += String(s);
    expect(decoded).toBe(text.normalize('NFC'));
  });
});
