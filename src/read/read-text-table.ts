import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse';
import { decodeBytes, decodingStream, sniffEncoding } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { ReadError, type Row, type Workbook } from './grid.js';

const SAMPLE_BYTES = 64 * 1024;

export interface TextTableOptions {
  /** limits.maxCellChars: a record 16 times as long is cut off while parsing (a 10 MB field would cost seconds). */
  maxCellChars?: number;
}

/**
 * Reads a CSV/TSV/TXT table as one sheet named after the file (as LibreOffice does). Rows are
 * parsed as a stream; row numbers are record numbers, which is what a spreadsheet shows.
 */
export async function readTextTable(path: string, displayName: string, options: TextTableOptions = {}): Promise<Workbook> {
  let sample: Uint8Array;
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(SAMPLE_BYTES);
      const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0);
      sample = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new ReadError('file-unreadable', { reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message });
  }
  const { encoding, bomLength } = sniffEncoding(sample);
  const sampleText = decodeBytes(sample.subarray(bomLength), encoding);
  const ext = extname(path).toLowerCase();
  const delimiter = detectDelimiter(sampleText, ext === '.tsv' || ext === '.txt' ? '\t' : ',');
  const notes: Workbook['notes'] = [];
  const names: Record<string, string> = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (TCVN 5712)', vni: 'VNI', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };
  if (encoding !== 'utf-8') notes.push({ code: 'encoding-converted', params: { encoding: names[encoding] ?? encoding } });

  const maxRecord = options.maxCellChars ? options.maxCellChars * 16 : 0;
  async function* rows(): AsyncGenerator<Row> {
    const parser = createReadStream(path)
      .pipe(decodingStream(encoding, bomLength))
      .pipe(parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false, max_record_size: maxRecord }));
    let rowNo = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        rowNo++;
        const row: Row = [];
        record.forEach((text, i) => {
          if (text !== '') row.push({ row: rowNo, col: i + 1, value: text, text });
        });
        yield row;
      }
    } catch (e) {
      if ((e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE' && options.maxCellChars) {
        throw new ReadError('input-limit-exceeded', { key: 'maxCellChars', value: `> ${maxRecord}`, limit: options.maxCellChars, at: '' }, { sheet: basename(path, extname(path)), cell: `A${rowNo + 1}` });
      }
      throw new ReadError('file-unreadable', { reason: `row ${rowNo + 1}: ${(e as Error).message}` });
    }
  }

  return {
    file: displayName,
    notes,
    sheets: [{ file: displayName, sheet: basename(path, extname(path)), merges: [], rows: rows(), typed: false }],
  };
}
