import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../src/read/grid.js';
import { readInput } from '../../src/read/read-input.js';

// Two faults of exceljs's streaming reader, fixed at their cause (read-workbook.ts: the package
// is unzipped once and its parts handed to exceljs's parsers in the workbook's order).
const dir = mkdtempSync(join(tmpdir(), 'br-exceljs-'));

async function written(sheets: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= sheets; i++) {
    const ws = wb.addWorksheet(`Tỉnh ${i}`);
    ws.addRow(['Nội dung', 'Kế hoạch']);
    ws.addRow(['Đào tạo nghề', 100 * i]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same workbook with inline strings and no sharedStrings part (as openpyxl and others write). */
async function withoutSharedStrings(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const ss = await zip.file('xl/sharedStrings.xml')!.async('string');
  const strings = [...ss.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!);
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, r, a, b, i) => `<c r="${r}"${a} t="inlineStr"${b}><is><t>${strings[Number(i)]}</t></is></c>`));
  }
  zip.remove('xl/sharedStrings.xml');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship[^>]*sharedStrings[^>]*\/>/, ''));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(/<Override[^>]*sharedStrings[^>]*\/>/, ''));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function contents(wb: Workbook): Promise<string[]> {
  const out: string[] = [];
  for (const s of wb.sheets) for await (const r of s.rows) for (const c of r) out.push(`${s.sheet}!${c.row},${c.col}=${c.text}`);
  return out;
}

const expected = (n: number) => Array.from({ length: n }, (_, k) => [`Tỉnh ${k + 1}!1,1=Nội dung`, `Tỉnh ${k + 1}!1,2=Kế hoạch`, `Tỉnh ${k + 1}!2,1=Đào tạo nghề`, `Tỉnh ${k + 1}!2,2=${100 * (k + 1)}`]).flat();

describe('exceljs faults', () => {
  it.each([4, 5, 8])('reads a workbook exceljs wrote with %i sheets (workbook.xml after the worksheets)', async (n) => {
    const file = join(dir, `sheets-${n}.xlsx`);
    writeFileSync(file, await written(n));
    expect(await contents(await readInput(file, 'x'))).toEqual(expected(n));
  });

  it('reads every sheet of a workbook without shared strings, the same on every run', async () => {
    const file = join(dir, 'no-shared-strings.xlsx');
    writeFileSync(file, await withoutSharedStrings(await written(6)));
    for (let run = 0; run < 8; run++) expect(await contents(await readInput(file, 'x'))).toEqual(expected(6));
  });
});
