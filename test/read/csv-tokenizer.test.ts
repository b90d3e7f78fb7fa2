import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../src/read/csv-tokenizer.js';
import { detectDelimiter } from '../../src/read/detect-delimiter.js';

/** csv-parse with read-text-table.ts's options: the records it gives, and whether it then failed. */
function csvParse(text: string, delimiter: string, maxRecord = 0): { records: string[][]; failed: boolean } {
  const records: string[][] = [];
  try {
    parse(text, {
      delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false, max_record_size: maxRecord,
      on_record: (r: string[]) => {
        records.push(r);
        return r;
      },
    });
    return { records, failed: false };
  } catch {
    return { records, failed: true };
  }
}

/** The tokenizer over `chunks`: the records it gives, and whether it handed the text on to csv-parse. */
function tokenize(chunks: string[], delimiter: string, maxRecord = 0): { records: string[][]; handled: boolean } {
  const t = new CsvTokenizer(delimiter, maxRecord);
  const records: string[][] = [];
  for (const c of chunks) if (!t.push(c, records)) return { records, handled: false };
  return { records, handled: t.end(records) };
}

/**
 * The tokenizer agrees with csv-parse or steps aside: when it handles the text, the same records;
 * when csv-parse fails, it does not handle it; when it steps aside, the records it gave first
 * are csv-parse's first records (the reader skips those when csv-parse takes over).
 */
function agree(text: string, delimiter: string, chunks: string[], maxRecord = 0): boolean {
  const want = csvParse(text, delimiter, maxRecord);
  const got = tokenize(chunks, delimiter, maxRecord);
  if (got.handled) {
    expect(want.failed, JSON.stringify({ text, chunks })).toBe(false);
    expect(got.records, JSON.stringify({ text, chunks })).toEqual(want.records);
  } else {
    expect(got.records, JSON.stringify({ text, chunks })).toEqual(want.records.slice(0, got.records.length));
  }
  return got.handled;
}

/** Every split of the text into two chunks, and into three around each position. */
function splits(text: string): string[][] {
  const out: string[][] = [[text]];
  for (let i = 0; i <= text.length; i++) {
    out.push([text.slice(0, i), text.slice(i)]);
    const j = Math.min(text.length, i + 1 + (i % 3));
    out.push([text.slice(0, i), text.slice(i, j), text.slice(j)]);
  }
  return out;
}

function fixtureTexts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtureTexts(p));
    else if (/\.(csv|tsv|txt)$/i.test(name)) out.push(p);
  }
  return out;
}

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'b', 'Hà Nội', '12', ' ', '"', '""', '"x"', '"a,b"', '"l1\nl2"', ',', ',', ';', '\t', '|', '\n', '\n', '\r', '\r\n', '\r\n', '\uFEFF', 'ẩ'];

function nastyText(next: () => number): string {
  let s = '';
  const n = Math.floor(next() * 24);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('CSV tokenizer against csv-parse', () => {
  it('reads every text fixture of the repository as csv-parse does, whole and in chunks', () => {
    const files = fixtureTexts('fixtures');
    expect(files.length).toBeGreaterThan(20);
    let handled = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const d = detectDelimiter(text.slice(0, 65536), /\.(tsv|txt)$/i.test(f) ? '\t' : ',');
      for (const size of [1, 7, 64, 4096]) {
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        if (agree(text, d, chunks)) handled++;
      }
      if (agree(text, d, [text])) handled++;
    }
    // The fixtures are ordinary exports: the tokenizer reads nearly all of them itself.
    expect(handled).toBeGreaterThan(files.length * 4);
  });

  it('reads generated text with quotes, embedded line breaks and delimiters, split at every position', () => {
    const next = random(12);
    let handled = 0;
    let cases = 0;
    for (let k = 0; k < 700; k++) {
      const text = nastyText(next);
      const d = [',', ';', '\t', '|'][k % 4]!;
      for (const chunks of splits(text)) {
        cases++;
        if (agree(text, d, chunks)) handled++;
      }
    }
    // Most generated texts are plain enough for the tokenizer; the rest go to csv-parse.
    expect(handled).toBeGreaterThan(cases / 3);
  });

  it('follows the first line break as the only record delimiter, as csv-parse does', () => {
    for (const text of ['a\r\nb\nc\r\nd', 'a\nb\r\nc\rd\n', 'a\rb\r\nc\nd\r', '"x\ny"\r\nb\nc', '\r', '\r\n', '\n\n', 'a\r']) {
      for (const chunks of splits(text)) expect(agree(text, ',', chunks)).toBe(true);
    }
    expect(tokenize(['a\r\nb\nc\r\n'], ',').records).toEqual([['a'], ['b\nc']]);
  });

  it('reads doubled quotes, quotes inside unquoted fields, empty and ragged records', () => {
    const text = 'a,"b ""c"", d",e"f\n,,\n\n"",x\n1\n"multi\r\nline",2';
    for (const chunks of splits(text)) expect(agree(text, ',', chunks)).toBe(true);
    expect(tokenize([text], ',').records).toEqual([['a', 'b "c", d', 'e"f'], ['', '', ''], [''], ['', 'x'], ['1'], ['multi\r\nline', '2']]);
  });

  it('steps aside where csv-parse reads a quote loosely or fails', () => {
    for (const text of ['a\n"x"y,1\n', '"open\n', 'a,"b"c', '"x" ,1', 'ok\n"a""', '"q"\r\n"r"\n']) {
      expect(tokenize([text], ',').handled).toBe(false);
      agree(text, ',', [text]);
    }
    // The records before the step aside were given: csv-parse takes over after them.
    expect(tokenize(['r1\nr2\n"x"y\n'], ',').records).toEqual([['r1'], ['r2']]);
  });

  it('leaves a record that could pass csv-parse max_record_size to csv-parse, which fails it', () => {
    const long = `a,${'x'.repeat(300)}\nb\n`;
    expect(csvParse(long, ',', 100).failed).toBe(true);
    const got = tokenize([long], ',', 100);
    expect(got.handled).toBe(false);
    expect(got.records).toEqual([]);
    // Well under the limit (a third of it, counting three UTF-8 bytes per character), it reads on.
    expect(tokenize([long], ',', 3000)).toEqual({ records: [['a', 'x'.repeat(300)], ['b']], handled: true });
    for (const max of [50, 200, 310, 400, 1000]) agree(long, ',', [long], max);
  });
});
