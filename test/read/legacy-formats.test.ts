import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { formatDec } from '../../src/ledger/money.js';
import { readInput } from '../../src/read/read-input.js';

// One province report (fixtures/forms/text, Hải Phòng) written in every format the SheetJS and
// Word paths read (scripts/make-legacy-fixtures.mjs): each must give the text file's figures.
const ROOT = resolve(import.meta.dirname, '..', '..', 'fixtures');
const TEXT = join(ROOT, 'forms', 'text', 'hai-phong-2024-9thang-unicode.txt');
const at = (f: string) => join(ROOT, 'legacy', f);

async function figures(file: string): Promise<{ figures: string[]; errors: string[] }> {
  const { report, ledger } = await reconcile([file]);
  return {
    figures: ledger.entries.map((e) => `${e.label}|${e.measure}|${e.year}|${e.period}|${e.program}|${formatDec(e.amount)}|${e.unit}|${e.precision}`).sort(),
    errors: report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.location.cell ?? ''}`),
  };
}

describe('the same report in every legacy format', () => {
  it.each(['hai-phong-web-export.xls', 'hai-phong-bao-cao.docx', 'hai-phong.xlsb', 'hai-phong.fods', 'hai-phong-spreadsheetml.xml', 'hai-phong-biff5-cp1258.xls'])('%s gives the figures of the text file', async (f) => {
    const expected = await figures(TEXT);
    expect(expected.figures.length).toBeGreaterThan(40);
    const got = await figures(at(f));
    expect(got.errors).toEqual(expected.errors);
    expect(got.figures).toEqual(expected.figures);
  });

  it('reads an HTML table saved as .xls by its bytes, each cell as its text ("2.891" is decided by the number-style evidence)', async () => {
    const wb = await readInput(at('hai-phong-web-export.xls'), 'x');
    expect(wb.sheets[0]!.typed).toBe(false);
    const cells = [];
    for await (const r of wb.sheets[0]!.rows) cells.push(...r);
    expect(cells.find((c) => c.text === '2.891')).toMatchObject({ value: '2.891' });
    // The paragraphs before the table are its title rows.
    expect(cells.filter((c) => c.col === 1).slice(0, 6).map((c) => c.text)).toContain('Đơn vị tính: triệu đồng');
  });

  it('reads a Word table as a sheet, merged header cells as merges, the title paragraphs above it', async () => {
    const wb = await readInput(at('hai-phong-bao-cao.docx'), 'x');
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['Bảng 1']);
    const merges = wb.sheets[0]!.merges;
    // Six title paragraphs, then the header: STT over two rows, "Thực hiện" over two columns.
    expect(merges).toContainEqual({ top: 7, left: 1, bottom: 8, right: 1 });
    expect(merges).toContainEqual({ top: 7, left: 4, bottom: 7, right: 5 });
  });

  it('reads BIFF5 text in code page 1258', async () => {
    const wb = await readInput(at('hai-phong-biff5-cp1258.xls'), 'x');
    const texts = [];
    for await (const r of wb.sheets[0]!.rows) texts.push(...r.map((c) => c.text));
    expect(texts).toContain('KHUYẾN CÔNG QUỐC GIA');
    expect(texts).toContain('Đơn vị tính: triệu đồng');
  });

  it('says how to convert a Word 97-2003 document, whatever it is named', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', Buffer.from('not really a Word stream'));
    const bytes = Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    const dir = mkdtempSync(join(tmpdir(), 'br-doc-'));
    for (const name of ['bao-cao.doc', 'bao-cao.xls']) {
      writeFileSync(join(dir, name), bytes);
      await expect(readInput(join(dir, name), name)).rejects.toMatchObject({ code: 'needs-conversion', params: { ext: '.doc' } });
    }
  });
});
