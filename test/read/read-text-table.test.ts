import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/read/detect-delimiter.js';
import { sniffEncoding } from '../../src/read/decode-text.js';
import { readInput } from '../../src/read/read-input.js';
import { ReadError, type Row } from '../../src/read/grid.js';

const dir = mkdtempSync(join(tmpdir(), 'br-read-'));
function file(name: string, bytes: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
async function rowsOf(path: string): Promise<{ rows: Row[]; notes: unknown[]; sheet: string }> {
  const wb = await readInput(path, path);
  const rows: Row[] = [];
  for await (const r of wb.sheets[0]!.rows) rows.push(r);
  return { rows, notes: wb.notes, sheet: wb.sheets[0]!.sheet };
}
const texts = (rows: Row[]) => rows.map((r) => r.map((c) => c.text));

describe('text tables', () => {
  const table = 'Tỉnh;Kế hoạch\r\nHà Nội;1.234,5\r\n';

  it('reads UTF-8 with and without BOM, naming the sheet after the file', async () => {
    for (const [name, bytes] of [['a.csv', Buffer.from(table)], ['b.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(table)])]] as const) {
      const { rows, notes, sheet } = await rowsOf(file(name, bytes));
      expect(texts(rows)).toEqual([['Tỉnh', 'Kế hoạch'], ['Hà Nội', '1.234,5']]);
      expect(notes).toEqual([]);
      expect(sheet).toBe(name.replace('.csv', ''));
    }
  });

  it('reads UTF-16 LE and BE with BOM (Excel "Unicode Text", tab-separated)', async () => {
    const tsv = 'Tỉnh\tKế hoạch\r\nHà Nội\t12\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      const { rows, notes } = await rowsOf(file(name, bytes));
      expect(texts(rows)).toEqual([['Tỉnh', 'Kế hoạch'], ['Hà Nội', '12']]);
      expect(notes).toHaveLength(1);
    }
  });

  it('reads Windows-1258 (tone marks as combining bytes) into NFC text', async () => {
    // "Hà Nội;1" in CP1258: à = E0, ô = F4 followed by the combining dot below F2.
    const bytes = Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x3b, 0x31, 0x0d, 0x0a, 0x42, 0x3b, 0x32, 0x0d, 0x0a]);
    const { rows, notes } = await rowsOf(file('cp.csv', bytes));
    expect(rows[0]![0]!.text).toBe('Hà Nội');
    expect(rows[0]![0]!.text).toBe('Hà Nội'.normalize('NFC'));
    expect(notes).toEqual([{ code: 'encoding-converted', params: { encoding: 'Windows-1258' } }]);
  });

  it('numbers rows as a spreadsheet shows them: a quoted newline stays in one row', async () => {
    const { rows } = await rowsOf(file('q.csv', 'a,b\n"x\ny",2\n\nlast,3\n'));
    expect(rows.map((r) => r[0]?.row)).toEqual([1, 2, undefined, 4]);
    expect(rows[1]![0]!.text).toBe('x\ny');
    expect(rows[3]![1]).toMatchObject({ row: 4, col: 2, text: '3' });
  });

  it('reads CR-only line endings', async () => {
    const { rows } = await rowsOf(file('cr.csv', 'a,b\r1,2\r3,4\r'));
    expect(texts(rows)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('detects the delimiter, title lines notwithstanding', () => {
    expect(detectDelimiter('BÁO CÁO\nTỉnh;Kế hoạch;Thực hiện\nHà Nội;1,5;2\nHải Phòng;3;4\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('"x;y",b,c\n"1;2",2,3\n')).toBe(',');
  });

  it('sniffs encodings from the first bytes', () => {
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffEncoding(Buffer.from('plain ascii'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(sniffEncoding(Buffer.from([0x48, 0xe0, 0x20]))).toEqual({ encoding: 'windows-1258', bomLength: 0 });
  });

  it('reads a long file across its chunks as csv-parse does, and hands a loosely quoted one to csv-parse', async () => {
    const opts = { delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false };
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) lines.push(i % 7 === 0 ? `${i},"Hà Nội, ""quận ${i}""\nhàng 2",,${i * 3}` : `${i},Hải Phòng ${i},x"y,${i}`);
    for (const [name, text] of [['plain.csv', lines.join('\r\n') + '\r\n'], ['loose.csv', [...lines.slice(0, 5000), '"x"y,1', ...lines.slice(5000)].join('\n')]] as const) {
      const want = (parse(text, opts) as string[][]).map((r) => r.filter((t) => t !== ''));
      const { rows } = await rowsOf(file(name, text));
      expect(texts(rows)).toEqual(want);
      expect(rows.at(-1)![0]!.row).toBe(want.length);
    }
  });

  it('stops at a record longer than maxCellChars allows, naming the row, whichever parser meets it', async () => {
    const text = `a,b\n1,2\n3,${'x'.repeat(400)}\n5,6\n`;
    await expect((async () => {
      const wb = await readInput(file('long-record.csv', text), 'long-record.csv', { maxCellChars: 10 });
      for await (const _ of wb.sheets[0]!.rows) void _;
    })()).rejects.toMatchObject({ code: 'input-limit-exceeded', where: { cell: 'A3' } });
  });

  it('fails with a ReadError, never another error, on a missing file or an unknown type', async () => {
    await expect(readInput(join(dir, 'nope.csv'), 'nope.csv')).rejects.toMatchObject({ code: 'file-unreadable', params: { reason: 'no such file' } });
    await expect(readInput(file('x.pdf', 'x'), 'x.pdf')).rejects.toBeInstanceOf(ReadError);
    await expect(readInput(file('x.pdf', 'x'), 'x.pdf')).rejects.toMatchObject({ code: 'file-unsupported' });
  });

  it('says "password-protected" for an encrypted package instead of "broken zip"', async () => {
    const p = file('locked.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(readInput(p, 'locked.xlsx')).rejects.toMatchObject({ code: 'file-unreadable', params: { reason: expect.stringContaining('password-protected') } });
  });
});

describe('.xls and other legacy formats, by their bytes', () => {
  it('rejects an .xls that is no workbook, whatever its name says', async () => {
    await expect(readInput(file('text.xls', 'Attachment f:\\x\\y'), 'text.xls')).rejects.toMatchObject({ code: 'file-unreadable', params: { reason: expect.stringContaining('match no workbook format') } });
  });

  it('says an OLE2 file too short for its header is damaged', async () => {
    const xls = file('old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]));
    await expect(readInput(xls, 'old.xls')).rejects.toMatchObject({ code: 'file-unreadable', params: { reason: expect.stringContaining('shorter than an Excel 97-2003 header') } });
  });
});
