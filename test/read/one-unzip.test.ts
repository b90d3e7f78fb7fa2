import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Row, Workbook } from '../../src/read/grid.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { sheetDetails, sheetDetailsOf } from '../../src/read/ooxml-package.js';
import { readInput } from '../../src/read/read-input.js';
import { readWorkbook } from '../../src/read/read-workbook.js';
import { checkZip, hasMarker, quickScanner, readCentralDirectory } from '../../src/read/zip-guard.js';
import { inflateParts, inflatePieces, isXmlPart } from '../../src/read/zip-parts.js';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

// An .xlsx package is inflated once: the zip guard keeps the XML parts it inflates while it
// checks them, and the reader parses those (issue 12, point 5).
const ROOT = resolve(import.meta.dirname, '..', '..');
const books = (dir: string) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.xls[xm]$/i.test(f)).map((f) => join(ROOT, dir, f));
const FIXTURES = [...books('fixtures/corpus/spreadsheets'), ...books('fixtures/forms'), ...books('fixtures/region')];

async function contents(wb: Workbook): Promise<Array<{ sheet: string; rows: Row[]; merges: unknown; hiddenRows?: number[]; hiddenCols?: number[] }>> {
  const out = [];
  for (const s of wb.sheets) {
    const rows: Row[] = [];
    for await (const r of s.rows) rows.push(r);
    out.push({ sheet: s.sheet, rows, merges: s.merges, ...(s.hiddenRows ? { hiddenRows: s.hiddenRows } : {}), ...(s.hiddenCols ? { hiddenCols: s.hiddenCols } : {}) });
  }
  return out;
}

describe('one unzip per .xlsx package', () => {
  it('the guard hands over exactly the XML parts, as inflated by themselves', async () => {
    let compared = 0;
    for (const file of FIXTURES) {
      const bytes = readFileSync(file);
      let kept: Map<string, Buffer>;
      try {
        kept = (await checkZip(bytes, DEFAULT_LIMITS, isXmlPart)).parts;
      } catch {
        continue; // a package the guard refuses is never read
      }
      const alone = inflateParts(bytes);
      expect([...kept.keys()].sort(), file).toEqual([...alone.parts.keys()].sort());
      for (const [name, part] of kept) expect(part.equals(alone.parts.get(name)!), `${file} ${name}`).toBe(true);
      expect(alone.names).toEqual(readCentralDirectory(bytes).map((e) => e.name));
      expect((await checkZip(bytes, DEFAULT_LIMITS)).names).toEqual(alone.names);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('the reader parses the parts it is given and unzips nothing itself: the same workbook as read from the file', async () => {
    const withMerges = FIXTURES.filter((f) => /merge|region/.test(f)).slice(0, 6);
    expect(withMerges.length).toBeGreaterThan(2);
    for (const file of withMerges) {
      const bytes = readFileSync(file);
      const parts = await checkZip(bytes, DEFAULT_LIMITS, isXmlPart);
      // Only the zip signature: a reader that unzipped these bytes again would find no package.
      const given = await readWorkbook(Buffer.from('PK'), file, parts);
      expect(await contents(given), file).toEqual(await contents(await readInput(file, file)));
    }
  });

  it('a worksheet settled by byte searches gives the details the full parse gives (merges, formulas, hidden rows and columns)', async () => {
    let sheets = 0;
    let withDetails = 0;
    for (const file of FIXTURES) {
      let parts: Map<string, Buffer>;
      try {
        parts = inflateParts(readFileSync(file)).parts;
      } catch {
        continue;
      }
      for (const [name, part] of parts) {
        if (!/worksheets\/[^/]+\.xml$/i.test(name)) continue;
        const fast = sheetDetailsOf(part);
        expect(fast, `${file} ${name}`).toEqual(sheetDetails(part.toString('utf8')));
        sheets++;
        if (fast.merges.length || fast.formulaValues.size || fast.hiddenRows.length || fast.hiddenCols.length) withDetails++;
      }
    }
    expect(sheets).toBeGreaterThan(40);
    expect(withDetails).toBeGreaterThan(10);
  });

  it('reads Vietnamese text whole where a part is cut into pieces (no character split between two)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    // Far more than one 64 KiB piece of shared strings and of sheet, three-byte letters throughout.
    const texts = Array.from({ length: 3000 }, (_, i) => `Hỗ trợ khuyến công địa phương – dòng ${i + 1} ${'ệ'.repeat(i % 7)}`);
    texts.forEach((t, i) => ws.addRow([t, i + 1, `Ghi chú ở ${i}`]));
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const parts = await checkZip(bytes, DEFAULT_LIMITS, isXmlPart);
    expect(parts.parts.get('xl/sharedStrings.xml')!.length).toBeGreaterThan(3 * 64 * 1024);
    // Held inflated, and handed over deflated (inflated again as it is parsed): the same text.
    for (const given of [parts, await checkZip(bytes, DEFAULT_LIMITS, isXmlPart, 1024)]) {
      const [sheet] = await contents(await readWorkbook(bytes, 'vi.xlsx', given));
      expect(sheet!.rows.map((r) => r[0]!.text)).toEqual(texts);
      expect(sheet!.rows.map((r) => r[2]!.text)).toEqual(texts.map((_, i) => `Ghi chú ở ${i}`));
    }
  });

  it('a worksheet too large to hold inflated is handed over deflated and read as it inflates, the same', async () => {
    const forms = FIXTURES.filter((f) => /region/.test(f)).slice(0, 3);
    for (const file of forms) {
      const bytes = readFileSync(file);
      const held = await checkZip(bytes, DEFAULT_LIMITS, isXmlPart);
      const streamed = await checkZip(bytes, DEFAULT_LIMITS, isXmlPart, 1024);
      const sheets = [...held.parts.keys()].filter((n) => /worksheets\/[^/]+\.xml$/.test(n));
      expect(sheets.length).toBeGreaterThan(0);
      for (const n of sheets) {
        expect(streamed.parts.has(n), n).toBe(false);
        expect(streamed.deferred.has(n), n).toBe(true);
      }
      // Merged header cells: the details come from the whole part, decoded when a marker is found.
      const given = await contents(await readWorkbook(Buffer.from('PK'), file, streamed));
      expect(given.some((s) => (s.merges as unknown[]).length > 0)).toBe(true);
      expect(given, file).toEqual(await contents(await readInput(file, file)));
    }
  });

  it('a deferred worksheet without merges, formulas or hidden rows is not inflated again for them (the guard saw none)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Xuất');
    for (let i = 1; i <= 2000; i++) ws.addRow([`Tỉnh ${i % 63}`, 'KCĐP', i * 1000, i * 700]);
    const plain = Buffer.from(await wb.xlsx.writeBuffer());
    ws.getRow(7).hidden = true;
    const hidden = Buffer.from(await wb.xlsx.writeBuffer());
    const sheet = 'xl/worksheets/sheet1.xml';
    const seen = await checkZip(plain, DEFAULT_LIMITS, isXmlPart, 1024);
    expect(seen.deferred.has(sheet)).toBe(true);
    expect([...seen.plainDeferred]).toEqual([sheet]);
    expect(await contents(await readWorkbook(plain, 'x.xlsx', seen))).toEqual(await contents(await readWorkbook(plain, 'x.xlsx', await checkZip(plain, DEFAULT_LIMITS, isXmlPart))));
    // A hidden row (and the region forms' merges) is a detail: looked for in the part as before.
    const withHidden = await checkZip(hidden, DEFAULT_LIMITS, isXmlPart, 1024);
    expect(withHidden.deferred.has(sheet)).toBe(true);
    expect(withHidden.plainDeferred.size).toBe(0);
    expect((await contents(await readWorkbook(hidden, 'x.xlsx', withHidden)))[0]!.hiddenRows).toEqual([7]);
    for (const file of FIXTURES.filter((f) => /region/.test(f)).slice(0, 3)) expect((await checkZip(readFileSync(file), DEFAULT_LIMITS, isXmlPart, 1024)).plainDeferred.size, file).toBe(0);
    // The reader takes the guard's word: told a part is plain, it looks for no hidden row in it.
    expect((await contents(await readWorkbook(hidden, 'x.xlsx', { ...withHidden, plainDeferred: new Set([sheet]) })))[0]!.hiddenRows).toBeUndefined();
    // A marker is found across the end of one inflated chunk and the start of the next.
    expect(hasMarker(Buffer.from('den="1"/>'), Buffer.from('<row hid'))).toBe(true);
    expect(hasMarker(Buffer.from('f>SUM(A1)</f>'), Buffer.from('<c r="A1"><'))).toBe(true);
    expect(hasMarker(Buffer.from('<c r="A1"><v>1</v></c>'), Buffer.from('<row r="1">'))).toBe(false);
  });

  it('inflates a deferred part in pieces that end on whole characters', async () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `<c><v>Hỗ trợ ${i} ệ𝔸</v></c>`).join('');
    const pieces: Buffer[] = [];
    for await (const p of inflatePieces(deflateRawSync(Buffer.from(text)), 1000)) pieces.push(p);
    expect(pieces.length).toBeGreaterThan(100);
    expect(pieces.map((p) => p.toString('utf8')).join('')).toBe(text);
  });
});

describe('the zip guard settles a part by byte searches where they settle it', () => {
  const limits = (o: Partial<typeof DEFAULT_LIMITS>) => ({ ...DEFAULT_LIMITS, ...o });
  /** The longest run of bytes between two "<" (or the part's ends), as the full scan measures it. */
  const longestRun = (b: Buffer) => Math.max(...b.toString('latin1').split('<').map((s) => s.length));
  const quick = (b: Buffer, o: Partial<typeof DEFAULT_LIMITS>, piece: number, worksheet = false) => {
    const q = quickScanner(limits(o), worksheet);
    for (let i = 0; i < b.length; i += piece) q.push(b.subarray(i, i + piece));
    return q;
  };

  it('leaves no run past the cell limit unseen, wherever the pieces end', () => {
    let seen = 0;
    for (let k = 0; k < 300; k++) {
      const runs = Array.from({ length: 1 + (k % 9) }, (_, i) => 'x'.repeat(((k * 7919 + i * 104729) % 250) + (i === k % 3 ? k % 50 : 0)));
      const b = Buffer.from(`${runs[0]}<${runs.slice(1).join('<v>')}`);
      for (const maxCellChars of [3, 7, 12, 20]) {
        for (const piece of [1, 5, 64, 1000]) {
          const q = quick(b, { maxCellChars }, piece);
          // Past the limit: the full scan is asked for (here or never).
          if (longestRun(b) > 10 * maxCellChars) {
            expect(q.exact(), `${k} ${maxCellChars} ${piece}`).toBe(true);
            seen++;
          }
          // Under half of it: settled without.
          if (longestRun(b) < 5 * maxCellChars) expect(q.exact(), `${k} ${maxCellChars} ${piece}`).toBe(false);
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('counts cells and merges only where the part could hold more than the limits', () => {
    const sheet = Buffer.from(`<sheetData>${'<row><c><v>1</v></c></row>'.repeat(100)}</sheetData>`);
    expect(quick(sheet, {}, 64, true).exact()).toBe(false);
    expect(quick(sheet, { maxCellsPerSheet: 50 }, 64, true).exact()).toBe(true);
    const merged = Buffer.concat([sheet, Buffer.from('<mergeCells><mergeCell ref="A1:B1"/></mergeCells>')]);
    expect(quick(merged, { maxMerges: 100 }, 64, true).exact()).toBe(true);
    expect(quick(merged, { maxMerges: 100 }, 64, false).exact()).toBe(false);
    expect(quick(sheet, { maxMerges: 100 }, 64, true).exact()).toBe(false);
  });

  it('the guard refuses what the full scan refused, with the same value', async () => {
    const zip = new JSZip();
    const text = 'ệ'.repeat(40);
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/sharedStrings.xml', `<sst><si><t>${text}</t></si><si><t>ngắn</t></si></sst>`);
    zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<row><c t="s"><v>1</v></c></row>'.repeat(30)}</sheetData><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/></mergeCells></worksheet>`);
    const bytes = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const refused = async (o: Partial<typeof DEFAULT_LIMITS>) => checkZip(bytes, limits(o)).then(() => undefined, (e: { params?: Record<string, unknown> }) => e.params);
    // 40 three-byte letters after "<t>": a run of 122 bytes ("t>" and the text).
    expect(await refused({ maxCellChars: 11 })).toMatchObject({ key: 'maxCellChars', value: '≥ 12' });
    expect(await refused({ maxCellChars: 13 })).toBeUndefined();
    expect(await refused({ maxCellsPerSheet: 29 })).toMatchObject({ key: 'maxCellsPerSheet', value: 30 });
    expect(await refused({ maxCellsPerSheet: 30 })).toBeUndefined();
    expect(await refused({ maxMerges: 1 })).toMatchObject({ key: 'maxMerges', value: 2 });
    expect(await refused({})).toBeUndefined();
  });

  it('settles every part of the fixtures by byte searches', async () => {
    let parts = 0;
    for (const file of FIXTURES) {
      let zip: ReturnType<typeof inflateParts>;
      try {
        zip = inflateParts(readFileSync(file));
      } catch {
        continue;
      }
      for (const [name, part] of zip.parts) {
        expect(quick(part, {}, 16 * 1024, /worksheets\/[^/]+\.xml$/.test(name)).exact(), `${file} ${name}`).toBe(false);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(100);
  });
});
