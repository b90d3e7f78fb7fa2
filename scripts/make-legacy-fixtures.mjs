// Writes fixtures/legacy: one real-looking province report (the Hải Phòng form of
// fixtures/forms/text, same figures) in every format the SheetJS and Word paths read, so a
// test can check that each gives the same ledger as the text file:
//   hai-phong-web-export.xls   HTML table saved as .xls (title lines as paragraphs, "2.891" as text)
//   hai-phong-bao-cao.docx     Word report: title and unit paragraphs, a table with merged header
//   hai-phong.xlsb / .fods / -spreadsheetml.xml   typed numbers with number formats (SheetJS writer)
//   hai-phong-biff5-cp1258.xls Excel 5.0 (BIFF5) with code page 1258 text
// Deterministic. Usage: npm run build && node scripts/make-legacy-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import JSZip from 'jszip';
import { readTextTable } from '../dist/read/read-text-table.js';

XLSX.set_cptable(cptable);
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'fixtures', 'legacy');
mkdirSync(OUT, { recursive: true });

// The form as text rows (a 2D array, '' for an empty cell), and where its table starts and ends.
const wb = await readTextTable(join(ROOT, 'fixtures/forms/text/hai-phong-2024-9thang-unicode.txt'), 'x');
const grid = [];
for await (const row of wb.sheets[0].rows) for (const c of row) ((grid[c.row - 1] ??= [])[c.col - 1] = c.text.trim());
const width = Array.from(grid, (r) => r?.length ?? 0).reduce((a, b) => Math.max(a, b), 0);
const rows = Array.from({ length: grid.length }, (_, i) => Array.from({ length: width }, (_, j) => grid[i]?.[j] ?? ''));
const head = rows.findIndex((r) => r[0] === 'STT');
const end = rows.findIndex((r, i) => i > head && r.every((c) => !c));
const titles = rows.slice(0, head).flatMap((r) => r.filter(Boolean));
const header = rows.slice(head, head + 2);
const body = rows.slice(head + 2, end);

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Header cells with their spans: a cell with nothing under it spans two rows; "Thực hiện" spans the two columns under it. */
function headerCells() {
  const [top, sub] = header;
  const out = [[], []];
  for (let c = 0; c < width; c++) {
    if (top[c] && !sub[c]) out[0].push({ text: top[c], rowspan: 2, colspan: 1 });
    else if (top[c]) {
      let span = 1;
      while (c + span < width && !top[c + span] && sub[c + span]) span++;
      out[0].push({ text: top[c], rowspan: 1, colspan: span });
      for (let k = 0; k < span; k++) out[1].push({ text: sub[c + k], rowspan: 1, colspan: 1 });
      c += span - 1;
    }
  }
  return out;
}

// 1. HTML table saved as .xls, as web systems export it.
{
  const th = headerCells().map((r) => `<tr>${r.map((h) => `<td${h.rowspan > 1 ? ` rowspan="${h.rowspan}"` : ''}${h.colspan > 1 ? ` colspan="${h.colspan}"` : ''}><b>${esc(h.text)}</b></td>`).join('')}</tr>`);
  const tb = body.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${titles.map((t) => `<p>${esc(t)}</p>`).join('\n')}\n<table border="1">\n${[...th, ...tb].join('\n')}\n</table>\n<p>Người lập biểu</p></body></html>\n`;
  writeFileSync(join(OUT, 'hai-phong-web-export.xls'), html);
}

// 2. Word report, minimal WordprocessingML: title paragraphs, then the table (gridSpan, vMerge).
{
  const p = (t, bold = false) => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const tc = (t, props = '') => `<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/>${props}</w:tcPr>${t === null ? '<w:p/>' : p(t)}</w:tc>`;
  const [h0, h1] = headerCells();
  const row0 = h0.map((h) => tc(h.text, `${h.colspan > 1 ? `<w:gridSpan w:val="${h.colspan}"/>` : ''}${h.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : ''}`));
  const row1 = [];
  let k = 0;
  for (const h of h0) {
    if (h.rowspan > 1) row1.push(tc(null, '<w:vMerge/>'));
    else for (let i = 0; i < h.colspan; i++) row1.push(tc(h1[k++].text));
  }
  const tr = (cells) => `<w:tr>${cells.join('')}</w:tr>`;
  const table = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(width)}</w:tblGrid>${tr(row0)}${tr(row1)}${body.map((r) => tr(r.map((c) => tc(c)))).join('')}</w:tbl>`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${titles.map((t) => p(t, true)).join('')}${table}${p('Người lập biểu')}<w:sectPr/></w:body></w:document>`;
  const zip = new JSZip();
  const date = new Date('2024-10-05T00:00:00Z');
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', { date });
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', { date });
  zip.file('word/document.xml', doc, { date });
  writeFileSync(join(OUT, 'hai-phong-bao-cao.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

// 3. Typed workbooks: Vietnamese-style text figures become numbers with the format they show.
function typedSheet(asciiFor) {
  const cell = (t) => {
    const m = /^-?[\d.]+(,\d+)?$/.exec(t);
    if (!m || !/\d/.test(t)) return { t: 's', v: asciiFor ? asciiFor(t) : t };
    const v = Number(t.replace(/\./g, '').replace(',', '.'));
    return { t: 'n', v, z: m[1] ? `0.${'0'.repeat(m[1].length - 1)}` : '#,##0' };
  };
  const aoa = rows.slice(0, end).map((r) => r.map((t) => (t ? cell(t) : null)));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const [h0] = headerCells();
  const merges = [];
  let c = 0;
  for (const h of h0) {
    if (h.rowspan > 1) merges.push({ s: { r: head, c }, e: { r: head + 1, c } });
    if (h.colspan > 1) merges.push({ s: { r: head, c }, e: { r: head, c: c + h.colspan - 1 } });
    c += h.colspan;
  }
  ws['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, ws, 'Hai Phong');
  return book;
}
writeFileSync(join(OUT, 'hai-phong.xlsb'), XLSX.write(typedSheet(), { type: 'buffer', bookType: 'xlsb' }));
writeFileSync(join(OUT, 'hai-phong.fods'), XLSX.write(typedSheet(), { type: 'buffer', bookType: 'fods' }));
writeFileSync(join(OUT, 'hai-phong-spreadsheetml.xml'), XLSX.write(typedSheet(), { type: 'buffer', bookType: 'xlml' }));

/** Windows-1258 keeps â ê ô ă ơ ư đ precomposed and writes tone marks as combining characters. */
function toCp1258Form(t) {
  const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return t.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_, base, marks) => (base + marks.replace(TONE, '')).normalize('NFC') + (marks.match(TONE) ?? []).join(''));
}

// 4. BIFF5 in code page 1258. SheetJS writes BIFF5 text as Latin-1 only, so each string is
// written as a placeholder of the same byte length, then replaced by its Windows-1258 bytes,
// and the CODEPAGE record (0x0042) is set to 1258: what a Vietnamese Excel 5.0/95 saves.
{
  const encoded = new Map();
  let n = 0;
  const placeholder = (t) => {
    const bytes = Buffer.from(cptable.utils.encode(1258, toCp1258Form(t)));
    if (![...t].some((ch) => ch.charCodeAt(0) > 0x7f)) return t;
    const key = `~${(n++).toString(36).padStart(3, '0')}`.padEnd(bytes.length, '~');
    if (key.length !== bytes.length) return t;
    encoded.set(key, bytes);
    return key;
  };
  let buf = Buffer.from(XLSX.write(typedSheet(placeholder), { type: 'buffer', bookType: 'biff5' }));
  for (const [key, bytes] of encoded) {
    const at = buf.indexOf(Buffer.from(key, 'latin1'));
    if (at < 0) throw new Error(`placeholder ${key} not found`);
    bytes.copy(buf, at);
  }
  const cp = buf.indexOf(Buffer.from([0x42, 0x00, 0x02, 0x00]));
  if (cp < 0) throw new Error('no CODEPAGE record');
  buf.writeUInt16LE(1258, cp + 4);
  writeFileSync(join(OUT, 'hai-phong-biff5-cp1258.xls'), buf);
}
console.log(`wrote ${OUT}`);
