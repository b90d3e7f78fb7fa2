import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { CsvTokenizer } from './csv-tokenizer.js';
import { decodeBytes, decodingStream, sniffEncoding, type TextEncoding } from './decode-text.js';
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
  const sheet = basename(path, extname(path));
  const failed = (e: unknown, rowNo: number): never => {
    if ((e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE' && options.maxCellChars) {
      throw new ReadError('input-limit-exceeded', { key: 'maxCellChars', value: `> ${maxRecord}`, limit: options.maxCellChars, at: '' }, { sheet, cell: `A${rowNo + 1}` });
    }
    throw new ReadError('file-unreadable', { reason: `row ${rowNo + 1}: ${(e as Error).message}` });
  };
  const source: TextSource = { path, encoding, bomLength, delimiter, maxRecord };
  const rows: AsyncIterable<Row> = { [Symbol.asyncIterator]: () => rowsOf(recordBatches(source), failed) };

  return {
    file: displayName,
    notes,
    sheets: [{ file: displayName, sheet, merges: [], rows, typed: false }],
  };
}

interface TextSource {
  path: string;
  encoding: TextEncoding;
  bomLength: number;
  delimiter: string;
  maxRecord: number;
}

/** The file's text, decoded and in NFC, as it streams (destroying it closes the file; a read error ends it). */
function textOf(src: TextSource, ...then: Transform[]): Readable {
  return pipeline([createReadStream(src.path), decodingStream(src.encoding, src.bomLength), ...then], () => {}) as unknown as Readable;
}

/**
 * The file's records in batches (one per chunk read): split by csv-tokenizer.ts, or by csv-parse
 * from where the tokenizer steps aside (csv-parse reads the file again from its start and the
 * records already given are skipped: both read them alike).
 */
async function* recordBatches(src: TextSource): AsyncGenerator<string[][]> {
  const tokenizer = new CsvTokenizer(src.delimiter, src.maxRecord);
  let given = 0;
  let handled = true;
  const text = textOf(src);
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      const out: string[][] = [];
      handled = tokenizer.push(chunk, out);
      given += out.length;
      if (out.length) yield out;
      if (!handled) break;
    }
    if (handled) {
      const out: string[][] = [];
      handled = tokenizer.end(out);
      given += out.length;
      if (out.length) yield out;
    }
  } finally {
    text.destroy();
  }
  if (!handled) yield* csvParseRecords(src, given);
}

/** csv-parse's records of the file after the first `skip`, one batch each. */
async function* csvParseRecords(src: TextSource, skip: number): AsyncGenerator<string[][]> {
  const parser = textOf(src, parse({ delimiter: src.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false, max_record_size: src.maxRecord }));
  let n = 0;
  for await (const record of parser as AsyncIterable<string[]>) if (++n > skip) yield [record];
}

/** A record as a row: its non-empty fields as text cells. */
function rowOf(record: string[], rowNo: number): Row {
  const row: Row = [];
  for (let i = 0; i < record.length; i++) {
    const text = record[i]!;
    if (text !== '') row.push({ row: rowNo, col: i + 1, value: text, text });
  }
  return row;
}

/**
 * Rows from batches of records: while a batch lasts, each row is handed on in a promise already
 * settled (no generator step per row). An error while reading becomes `failed`'s ReadError.
 */
function rowsOf(batches: AsyncGenerator<string[][]>, failed: (e: unknown, rowNo: number) => never): AsyncIterator<Row> {
  let batch: string[][] = [];
  let i = 0;
  let rowNo = 0;
  const take = (): IteratorResult<Row> => ({ done: false, value: rowOf(batch[i++]!, ++rowNo) });
  const refill = async (): Promise<IteratorResult<Row>> => {
    for (;;) {
      let r: IteratorResult<string[][]>;
      try {
        r = await batches.next();
      } catch (e) {
        return failed(e, rowNo);
      }
      if (r.done) return { done: true, value: undefined };
      batch = r.value;
      i = 0;
      if (batch.length) return take();
    }
  };
  return {
    next: () => (i < batch.length ? Promise.resolve(take()) : refill()),
    return: async () => {
      batch = [];
      await batches.return(undefined);
      return { done: true, value: undefined };
    },
  };
}
