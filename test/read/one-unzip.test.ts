import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Row, Workbook } from '../../src/read/grid.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { sheetDetails, sheetDetailsOf } from '../../src/read/ooxml-package.js';
import { readInput } from '../../src/read/read-input.js';
import { readWorkbook } from '../../src/read/read-workbook.js';
import { checkZip, hasMarker, readCentralDirectory } from '../../src/read/zip-guard.js';
import { inflateParts, inflatePieces, isXmlPart } from '../../src/read/zip-parts.js';
import { deflateRawSync } from 'node:zlib';

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
