import { lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { makeHostile } from '../../scripts/make-hostile.mjs';
import { ReadError } from '../../src/read/grid.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { readInputBounded } from '../../src/read/read-bounded.js';
import { rowReader } from '../../src/read/read-workbook.js';
import { leanFallbacks, LeanUnsupported, MAX_CARRY, SheetScanner, parseAttributes, refColumn, xmlText, type LeanBook, type LeanRow } from '../../src/read/sheet-xml.js';

// The lean worksheet reader (src/read/sheet-xml.ts) must give the grids exceljs gives: the same
// cells (values, texts, formats, formulas, fonts), merges, hidden rows and errors, on every
// workbook of the fixtures, every hostile one, and on XML written to test its edges.
const ROOT = resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'br-lean-'));

/** A workbook as the reader gives it, errors included (at reading or while its rows stream). */
async function grid(path: string): Promise<unknown> {
  const error = (e: unknown) => (e instanceof ReadError ? { code: e.code, params: e.params, where: e.where } : { thrown: String(e) });
  try {
    const wb = await readInputBounded(path, 'book.xlsx', DEFAULT_LIMITS);
    const sheets = [];
    for (const s of wb.sheets) {
      const rows = [];
      try {
        for await (const r of s.rows) rows.push(r);
      } catch (e) {
        rows.push(error(e));
      }
      sheets.push({ ...s, rows });
    }
    return { notes: wb.notes, sheets };
  } catch (e) {
    return error(e);
  }
}

async function both(path: string): Promise<{ lean: unknown; excel: unknown }> {
  rowReader.lean = true;
  const lean = await grid(path);
  rowReader.lean = false;
  const excel = await grid(path);
  rowReader.lean = true;
  return { lean, excel };
}

afterEach(() => {
  rowReader.lean = true;
});

const books = (dir: string) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.xls[xm]$/i.test(f)).map((f) => join(ROOT, dir, f));

describe('the lean worksheet reader reads as exceljs does', () => {
  it('every workbook of the fixtures', async () => {
    const files = books('fixtures');
    expect(files.length).toBeGreaterThan(100);
    const fellBack = leanFallbacks.count;
    for (const f of files) {
      const before = leanFallbacks.count;
      const { lean, excel } = await both(f);
      expect(lean, f).toEqual(excel);
      if (leanFallbacks.count > before) expect(f).toMatch(/exceljs_invalid-xml\.xlsx$/);
    }
    // Every fixture is read by the lean reader itself but the one of broken XML, handed to exceljs.
    expect(leanFallbacks.count - fellBack).toBe(1);
  }, 240_000);

  it('every hostile workbook', async () => {
    const dir = join(tmp, 'hostile');
    await makeHostile(dir);
    const files = readdirSync(dir).filter((n) => /\.xls[xm]$/i.test(n) && lstatSync(join(dir, n)).isFile());
    expect(files).toContain('cells-1m.xlsx');
    for (const n of files) {
      const { lean, excel } = await both(join(dir, n));
      expect(lean, n).toEqual(excel);
    }
  }, 300_000);
});

/** A fixture form with its sheet (and styles) rewritten: the edges of the XML both readers must agree on. */
async function variant(name: string, edit: (sheet: string) => string, styles?: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(ROOT, 'fixtures/forms/exceljs/nghe-an-2024-9thang.xlsx')));
  zip.file('xl/worksheets/sheet1.xml', edit(await zip.file('xl/worksheets/sheet1.xml')!.async('string')));
  if (styles) zip.file('xl/styles.xml', styles(await zip.file('xl/styles.xml')!.async('string')));
  const path = join(tmp, `${name}.xlsx`);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

const inData = (f: (data: string) => string) => (sheet: string) => sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, (d) => f(d));
const DATE_XF = (xml: string) => xml.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_, n: string, xfs: string) => `<cellXfs count="${Number(n) + 1}">${xfs}<xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`);

const EDGES: Array<[string, (sheet: string) => string, ((xml: string) => string)?]> = [
  ['pretty-printed', inData((d) => d.replace(/></g, '>\n  <'))],
  ['carriage returns', inData((d) => d.replace(/></g, '>\r\n<'))],
  ['row styles', inData((d) => d.replace(/ s="\d+" customFormat="1"/g, '').replace(/<row r="(\d+)"/g, (m, r: string) => (Number(r) % 3 === 0 ? `${m} s="4" customFormat="1"` : Number(r) % 3 === 1 ? `${m} s="0"` : m)))],
  ['repeated cells', inData((d) => d.replace(/(<c r="C(\d+)"[^>]*?(?:\/>|>.*?<\/c>))/g, '$1<c r="C$2" s="2"/><c r="C$2" t="str"><v>again &amp; &#x1EA0;</v></c>'))],
  ['formulas', inData((d) => d.replace(/<c r="D(\d+)"([^>]*?)>(<v>[^<]*<\/v>)<\/c>/g, (_, r: string, a: string, v: string) => (Number(r) % 2 ? `<c r="D${r}"${a}><f>C${r}*2</f>${v}</c>` : `<c r="D${r}"${a}><f t="shared" si="0"/><v>0</v></c>`)))],
  ['inline, rich and typed', inData((d) => d.replace('</row>', '<c r="Q1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b_x000D_</t></r></is></c><c r="R1" t="e"><v>#DIV/0!</v></c><c r="S1" t="b"><v>1</v></c><c r="T1" t="str"><f>"x"</f><v>&lt;y&gt;</v></c><c r="U1" t="n"><v>1.23456789012345678</v></c><c r="V1" t="s"><v>999</v></c><c r="W1"><v></v></c></row>'))],
  ['dates', inData((d) => d.replace('</row>', '<c r="Q1" s="8"><v>45500.5</v></c></row>')), DATE_XF],
  ['a comment mid-sheet', inData((d) => d.replace(/(<row r="9")/, '<!-- a note -->$1'))],
  ['CDATA in a cell', inData((d) => d.replace(/<v>([^<]*)<\/v>/, '<v><![CDATA[7]]>$1</v>'))],
  ['an unknown entity', inData((d) => d.replace(/(<row r="12"[^>]*>)/, '$1<c r="Z12" t="str"><v>a&nbsp;b</v></c>'))],
  ['prefixed tags', (s) => s.replace(/<(\/?)(sheetData|row|c|v)\b/g, '<$1x:$2').replace('<worksheet ', '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')],
  ['a tag closing another', inData((d) => d.replace(/(<row r="10"[^>]*>)/, '$1<c r="Z10"><v>1</c></v>'))],
  ['a repeated attribute', inData((d) => d.replace(/<row r="(\d+)"/g, '$& s="1"'))],
  ['a row outside the sheet data', (s) => s.replace('</sheetData>', '</sheetData><row r="99"/>')],
  ['a control character', inData((d) => d.replace(/(<row r="11"[^>]*>)/, '$1<c r="Z11" t="str"><v>a\u0001b</v></c>'))],
  ['a row without its number', inData((d) => d.replace(/<row r="13"/, '<row'))],
  ['a cell without its reference', inData((d) => d.replace(/<c r="B14"/, '<c'))],
  ['cut short', (s) => s.slice(0, Math.floor(s.length * 0.6))],
  ['attributes run together', inData((d) => d.replace('<c r="A6" s="1" t="s">', '<c r="A6" s="1"t="s">'))],
  ['a ">" in an attribute value', inData((d) => d.replace('<c r="A6" s="1"', '<c r="A6" data="a>b" s="1"'))],
  ['a control character in an attribute', inData((d) => d.replace('<c r="A6" s="1" t="s">', '<c r="A6" s="1" t="s\u0001">'))],
  ['a column past XFD', inData((d) => d.replace('</row>', '<c r="XFE1"><v>1</v></c></row>'))],
];

/** The edges the lean reader reads itself (the others it hands to exceljs). */
const LEAN_READS = ['pretty-printed', 'carriage returns', 'row styles', 'repeated cells', 'formulas', 'inline, rich and typed', 'dates', 'prefixed tags', 'cut short'];

describe('the lean worksheet reader at the edges of XML', () => {
  it.each(EDGES)('%s: the same grid as exceljs', async (name, edit, styles) => {
    const path = await variant(name.replace(/\W/g, '-'), edit, styles);
    const fellBack = leanFallbacks.count;
    const { lean, excel } = await both(path);
    expect(lean).toEqual(excel);
    // The lean reader reads what producers write, and hands the rest to exceljs.
    expect(leanFallbacks.count - fellBack, 'handed to exceljs').toBe(LEAN_READS.includes(name) ? 0 : 1);
  });

  it('reads the rows, or gives up on XML it does not read (and exceljs reads the part)', () => {
    const book: LeanBook = { styles: { getStyleModel: (id) => (id === 1 ? { numFmt: '0.0', font: { name: 'Arial' } } : null) }, sharedStrings: ['A', { richText: [{ text: 'B' }] }], date1904: false };
    const rows = (xml: string, pieces = 1): LeanRow[] => {
      const s = new SheetScanner(book);
      const size = Math.ceil(xml.length / pieces);
      return Array.from({ length: pieces }, (_, i) => s.feed(xml.slice(i * size, (i + 1) * size))).flat();
    };
    const cells = (r: LeanRow) => {
      const out: Array<[number, unknown, string | undefined]> = [];
      r.eachCell({}, (c, col) => out.push([col, c.value, c.numFmt]));
      return out;
    };
    const xml = '<?xml version="1.0"?>\n<worksheet><sheetData><row r="2"><c r="C2" s="1"><v>1.5</v></c><c r="A2" t="s"><v>1</v></c><c r="B2"><f>A1</f><v>0</v></c></row><row r="3"/></sheetData></worksheet>';
    for (const pieces of [1, 7, 40, xml.length]) {
      const got = rows(xml, pieces);
      expect(got.map((r) => r.number)).toEqual([2, 3]);
      expect(cells(got[0]!)).toEqual([[1, { richText: [{ text: 'B' }] }, undefined], [2, { formula: 'A1' }, undefined], [3, 1.5, '0.0']]);
    }
    // A text or tag that runs on past MAX_CARRY characters goes to exceljs (never searched again and
    // again; the zip guard refuses such a part first, but readInput without it reaches here).
    const long = new SheetScanner(book);
    long.feed('<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>');
    const piece = 'x'.repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i <= MAX_CARRY / piece.length; i++) long.feed(piece);
    }).toThrow(LeanUnsupported);
    for (const bad of ['<worksheet><!-- x --></worksheet>', '<worksheet><sheetData><row r="1"><c r="A1"><v>&nbsp;</v></c></row></sheetData></worksheet>', '<worksheet><a></b></worksheet>', '<worksheet/><second/>']) {
      expect(() => rows(bad), bad).toThrow(LeanUnsupported);
    }
  });

  it('reads text, attributes and references as a SAX parser and exceljs do', () => {
    expect(xmlText('a &amp; b &#x1EA0;&#65;\r\nc')).toBe('a & b ẠA\nc');
    expect(() => xmlText('&nbsp;')).toThrow(LeanUnsupported);
    expect(() => xmlText('a & b')).toThrow(LeanUnsupported);
    expect(() => xmlText('x\u0002')).toThrow(LeanUnsupported);
    expect([...parseAttributes(' r="A1"  s=\'2\' t="s" ')]).toEqual([['r', 'A1'], ['s', '2'], ['t', 's']]);
    expect(() => parseAttributes(' r="A1" r="A2"')).toThrow(LeanUnsupported);
    expect(() => parseAttributes(' r=A1')).toThrow(LeanUnsupported);
    expect(() => parseAttributes(' r="A1"t="s"')).toThrow(LeanUnsupported);
    expect(() => parseAttributes(' t="s\u0001"')).toThrow(LeanUnsupported);
    expect([refColumn('A1'), refColumn('Z9'), refColumn('AA10'), refColumn('XFD1')]).toEqual([1, 26, 27, 16384]);
    expect(() => refColumn('$A$1')).toThrow(LeanUnsupported);
    expect(() => refColumn('XFE1')).toThrow(LeanUnsupported);
  });
});
