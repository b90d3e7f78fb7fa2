#!/usr/bin/env node
// Generates hostile and broken inputs (the bad-input suite of test/hostile/): truncated and
// bit-flipped packages, zip bombs, huge cells, too many sheets/merges, encrypted and renamed
// files, entity expansion, broken CSV quoting, mixed encodings, extreme numbers, control
// characters, valid workbooks exceljs and others write in ways that trip readers, special files.
// Deterministic (seeded, fixed zip times), no network.
//
//   node scripts/make-hostile.mjs OUT_DIR        writes the files and OUT_DIR/good.csv
//
// makeHostile(dir) returns the list of inputs written: { name, why, sheet? }.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { rng } from './lib/rng.mjs';

// ---------------------------------------------------------------- zip (deterministic)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf, prev = 0) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf, prev);
  let c = ~prev >>> 0;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (2024 - 1980) << 9 | 1 << 5 | 1; // 2024-01-01

/**
 * A zip from entries { name, data } (deflated) or { name, raw, size, crc, declaredSize? }
 * (already-deflated bytes; declaredSize may lie). Fixed times, so output is byte-identical.
 */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.raw ?? zlib.deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? e.size ?? e.data.length;
    const crc = e.crc ?? crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(DOS_TIME, 10);
    lh.writeUInt16LE(DOS_DATE, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(raw.length, 18);
    lh.writeUInt32LE(size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    lh.copy(ch, 8, 6, 30); // flags … name length
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, raw);
    central.push(ch, name);
    offset += 30 + name.length + raw.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Deflated bytes of `head` + `filler` × times + `tail` without holding the whole: each piece a full-flushed block run. */
function deflateRepeated(head, filler, times, tail) {
  const flushed = (b) => zlib.deflateRawSync(b, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const f = flushed(filler);
  const parts = [flushed(head)];
  for (let i = 0; i < times; i++) parts.push(f);
  parts.push(zlib.deflateRawSync(tail, { level: 9 }));
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(filler, crc);
  crc = crc32(tail, crc);
  return { raw: Buffer.concat(parts), size: head.length + filler.length * times + tail.length, crc };
}

// ---------------------------------------------------------------- xlsx (minimal, inline strings)

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (c) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function sheetXml(rows, merges = []) {
  const body = rows
    .map((r, i) => {
      const cells = r
        .map((v, j) => {
          if (v === '' || v === null || v === undefined) return '';
          const ref = `${colName(j + 1)}${i + 1}`;
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${i + 1}">${cells}</row>`;
    })
    .join('');
  const m = merges.length ? `<mergeCells count="${merges.length}">${merges.map((x) => `<mergeCell ref="${x}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${m}</worksheet>`;
}

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Package parts of a workbook; `sheets`: [{ name, xml }]; `extra`: more parts ({ name, data }). */
function xlsxParts(sheets, extra = []) {
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${extra.some((e) => e.name === 'xl/sharedStrings.xml') ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${extra.some((e) => e.name === 'xl/sharedStrings.xml') ? `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`;
  return [
    { name: '[Content_Types].xml', data: Buffer.from(ct) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(s.xml) })),
    ...extra,
  ];
}

const xlsx = (sheets, extra) => zip(xlsxParts(sheets, extra));

// ---------------------------------------------------------------- content

/** A small province form (triệu đồng); `fault` makes its total one million off, so a finding names the file. */
function form(province, fault = false) {
  const lines = [
    ['1', 'Đào tạo nghề, truyền nghề', 1855, 820],
    ['2', 'Xây dựng mô hình trình diễn kỹ thuật', 813, 422],
    ['3', 'Hỗ trợ ứng dụng máy móc tiên tiến', 1413, 995],
  ];
  const plan = lines.reduce((s, l) => s + l[2], 0);
  const actual = lines.reduce((s, l) => s + l[3], 0) + (fault ? 1 : 0);
  return [
    [`UBND TỈNH ${province.toUpperCase()}`],
    ['SỞ CÔNG THƯƠNG'],
    [],
    ['BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
    ['', '', '', 'Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
    ...lines,
    ['', 'TỔNG CỘNG', plan, actual],
  ];
}

const csvCell = (v) => (/[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (rows, sep = ',') => rows.map((r) => r.map(csvCell).join(sep)).join('\r\n') + '\r\n';

/** The faulty form as CSV with `text` in place of one figure (line 1's plan) and `label` as line 1's label. */
function formCsvWith(text, label) {
  const rows = form('Quảng Ninh', true).map((r) => [...r]);
  rows[6][2] = text;
  if (label !== undefined) rows[6][1] = label;
  return csv(rows);
}

const GOOD_CSV = csv([
  ['province_code', 'province', 'year', 'period', 'program', 'activity', 'label', 'measure', 'value', 'unit'],
  ['01', 'Hà Nội', '2024', '01-12', 'KCDP', 'KC1_DTN', 'Vocational training', 'plan', '1479550000', 'VND'],
  ['01', 'Hà Nội', '2024', '01-09', 'KCDP', 'KC1_DTN', 'Vocational training', 'actual', '1244301550', 'VND'],
  ['01', 'Hà Nội', '2024', '01-09', 'KCDP', 'KC1_DTN', 'Vocational training', 'pct_of_plan', '84.10', '%'],
]);

/** A minimal compound file (OLE/CFB v3) holding the named streams, each ≥ 4096 bytes (no mini stream). */
function cfb(streams) {
  const SECTOR = 512;
  const ENDOFCHAIN = 0xfffffffe, FREESECT = 0xffffffff, FATSECT = 0xfffffffd;
  const padded = streams.map((s) => ({ ...s, data: Buffer.concat([s.data, Buffer.alloc((SECTOR - (s.data.length % SECTOR)) % SECTOR)]) }));
  const fat = [FATSECT, ENDOFCHAIN]; // sector 0: FAT, sector 1: directory
  const starts = [];
  for (const s of padded) {
    const n = s.data.length / SECTOR;
    starts.push(fat.length);
    for (let i = 0; i < n; i++) fat.push(i === n - 1 ? ENDOFCHAIN : fat.length + 1);
  }
  if (fat.length > 128) throw new Error('cfb: streams too large for one FAT sector');
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60);
  header.writeUInt32LE(ENDOFCHAIN, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 76 + 4 * i);
  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v >>> 0, 4 * i));
  const dir = Buffer.alloc(SECTOR, 0);
  const entry = (i, name, type, start, size, left, right, child) => {
    const o = i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir[o + 66] = type;
    dir[o + 67] = 1; // black
    dir.writeUInt32LE(left, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  const NONE = FREESECT;
  entry(0, 'Root Entry', 5, ENDOFCHAIN, 0, NONE, NONE, 1);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, starts[i], streams[i].data.length, NONE, i + 2 <= padded.length ? i + 2 : NONE, NONE));
  return Buffer.concat([header, fatSector, dir, ...padded.map((s) => s.data)]);
}

// ---------------------------------------------------------------- the suite

/** Writes every hostile input into `dir` (and a good CSV, good.csv, to read beside them). */
export async function makeHostile(dir) {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const made = [];
  /** `sheet`: a valid workbook's fault is on that sheet, so a finding there proves the sheet was read. */
  const put = (name, data, why, sheet) => {
    writeFileSync(join(out, name), data);
    made.push({ name, why, ...(sheet ? { sheet } : {}) });
  };
  const random = rng(20241125);
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));

  writeFileSync(join(out, 'good.csv'), GOOD_CSV);
  const goodXlsx = xlsx([{ name: 'Báo cáo', xml: sheetXml(form('Quảng Ninh', true)) }]);

  // Damaged packages.
  put('truncated-half.xlsx', goodXlsx.subarray(0, goodXlsx.length >> 1), 'a package cut in half');
  put('truncated-10-bytes.xlsx', goodXlsx.subarray(0, 10), 'only the zip signature');
  put('truncated-end.xlsx', goodXlsx.subarray(0, goodXlsx.length - 30), 'the central directory cut short');
  for (const [i, at] of [0.05, 0.3, 0.5, 0.75, 0.9, 0.97].entries()) {
    const b = Buffer.from(goodXlsx);
    const p = Math.floor(b.length * at);
    b[p] ^= 0x5a;
    put(`bitflip-${i + 1}.xlsx`, b, `one byte flipped at ${p} of ${b.length}`);
  }
  put('not-a-workbook.xlsx', zip([{ name: 'hello.txt', data: Buffer.from('a zip with no workbook part\n') }]), 'a valid zip that is no workbook');
  put('docx-as.xlsx', zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), 'a Word package named .xlsx');
  put('random.xlsx', bytes(4096), 'random bytes named .xlsx');
  put('random.xls', bytes(4096), 'random bytes named .xls');
  put('random.ods', bytes(4096), 'random bytes named .ods');
  put('random.csv', bytes(4096), 'random bytes named .csv');
  put('zip-truncated.ods', zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from('<office:document-content/>'.repeat(50)) }]).subarray(0, 120), 'a truncated OpenDocument package');

  // Zip bombs: declared honestly, declared small (a lie), and a high compression ratio.
  const sheetHead = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>');
  const sheetTail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  const gig = deflateRepeated(sheetHead, spaces, 1024, sheetTail);
  const bombParts = (sheet) => xlsxParts([{ name: 'Bomb', xml: '' }]).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, ...sheet } : p));
  put('bomb-entry.xlsx', zip(bombParts(gig)), 'a 1 MB package whose sheet inflates to 1 GB (declared)');
  put('bomb-entry-lying.xlsx', zip(bombParts({ ...gig, declaredSize: 4000 })), 'a sheet that declares 4000 bytes and inflates to 1 GB');
  const tall = deflateRepeated(sheetHead, spaces, 150, sheetTail);
  put('bomb-total.xlsx', zip(xlsxParts([1, 2, 3, 4].map((i) => ({ name: `S${i}`, xml: '' }))).map((p) => (/sheet\d\.xml$/.test(p.name) ? { name: p.name, ...tall } : p))), 'four sheets of 150 MB each: 600 MB in total');
  const ratio = deflateRepeated(sheetHead, spaces, 20, sheetTail);
  put('bomb-ratio.xlsx', zip(bombParts(ratio)), 'a 20 MB sheet compressed about 1000 to 1');

  // Sizes: huge cells, many columns, sheets, merges, cells.
  const tenMb = 'x'.repeat(10 * 1024 * 1024);
  put('huge-cell-sst.xlsx', xlsx([{ name: 'S', xml: sheetXml([['STT', 'Nội dung'], [1, 'a']]).replace('<c r="B2" t="inlineStr"><is><t xml:space="preserve">a</t></is></c>', '<c r="B2" t="s"><v>0</v></c>') }], [
    { name: 'xl/sharedStrings.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${tenMb}</t></si></sst>`) },
  ]), 'one shared string of 10 MB');
  const bigRows = form('Quảng Ninh').map((r) => [...r]);
  bigRows[7][1] = 'y'.repeat(300_000);
  put('huge-cell-inline.xlsx', xlsx([{ name: 'S', xml: sheetXml(bigRows) }]), 'a label of 300,000 characters (inline string)');
  put('huge-cell.csv', formCsvWith('1', 'z'.repeat(10 * 1024 * 1024)), 'a label of 10 MB in a CSV');
  put('huge-line-no-newline.csv', 'q'.repeat(5 * 1024 * 1024), 'a 5 MB line with no delimiter nor line break');
  put('columns-100k.csv', Array.from({ length: 100_000 }, (_, i) => i + 1).join(',') + '\n1,2,3\n', 'a row of 100,000 columns');
  put('sheets-600.xlsx', xlsx(Array.from({ length: 600 }, (_, i) => ({ name: `S${i + 1}`, xml: sheetXml([['x']]) }))), '600 worksheets');
  put('merges-150k.xlsx', xlsx([{ name: 'S', xml: sheetXml(form('Quảng Ninh'), Array.from({ length: 150_000 }, (_, i) => `A${i * 2 + 20}:B${i * 2 + 20}`)) }]), '150,000 merged ranges');
  const cellRow = (r) => `<row r="${r}">${Array.from({ length: 20 }, (_, c) => `<c r="${colName(c + 1)}${r}"><v>1</v></c>`).join('')}</row>`;
  put('cells-1m.xlsx', xlsx([{ name: 'S', xml: `<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 55_000 }, (_, i) => cellRow(i + 1)).join('')}</sheetData></worksheet>` }]), '1.1 million cells in one sheet');
  put('deep-nesting.xlsx', xlsx([{ name: 'S', xml: sheetXml([['x']]).replace('<sheetData>', `<sheetData>${'<x:a xmlns:x="urn:x">'.repeat(20_000)}${'</x:a>'.repeat(20_000)}`) }]), 'elements nested 20,000 deep');

  // Encrypted and renamed files.
  put('encrypted.xlsx', cfb([
    { name: 'EncryptionInfo', data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), bytes(4088)]) },
    { name: 'EncryptedPackage', data: bytes(8192) },
  ]), 'a password-protected workbook (OLE container with EncryptedPackage)');
  put('encrypted.xls', cfb([
    { name: 'EncryptionInfo', data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), bytes(4088)]) },
    { name: 'EncryptedPackage', data: bytes(8192) },
  ]), 'an encrypted package named .xls');
  put('pdf-as.xlsx', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'), 'a PDF renamed .xlsx');
  put('csv-as.xls', csv(form('Quảng Ninh', true)), 'a CSV renamed .xls');
  put('html-as.xls', `<html><head><meta charset="utf-8"></head><body><table>${form('Quảng Ninh', true).map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('')}</table></body></html>`, 'an HTML table saved as .xls');
  put('pdf-as.csv', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n', 'latin1'), 'a PDF renamed .csv');

  // Entity expansion (billion laughs) in a sheet part and in the shared strings.
  const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
  put('billion-laughs-sheet.xlsx', xlsx([{ name: 'S', xml: `${laughs}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>` }]), 'entity expansion in a worksheet');
  put('billion-laughs-sst.xlsx', xlsx([{ name: 'S', xml: sheetXml([['a']]).replace('t="inlineStr"><is><t xml:space="preserve">a</t></is>', 't="s"><v>0</v>') }], [
    { name: 'xl/sharedStrings.xml', data: Buffer.from(`${laughs}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`) },
  ]), 'entity expansion in the shared strings');

  // Text files: quoting, encodings.
  put('quote-unclosed.csv', csv(form('Quảng Ninh')).replace('Đào tạo', '"Đào tạo'), 'a quote opened and never closed');
  put('quote-inside.csv', csv(form('Quảng Ninh', true)).replace('Xây dựng', 'Xây "dựng" mô"'), 'quotes inside an unquoted field');
  const winLine = Buffer.from([0x54, 0xe6, 0x6e, 0x67, 0x20, 0x63, 0xf4, 0x6e, 0x67, 0x2c, 0x31, 0x0d, 0x0a]); // "Tæng céng,1" bytes of TCVN3/1258
  put('mixed-encodings.csv', Buffer.concat([Buffer.from(csv(form('Quảng Ninh', true)), 'utf8'), winLine]), 'UTF-8 with a Windows-1258/TCVN3 line appended');
  put('utf16-no-bom.csv', Buffer.from(csv(form('Quảng Ninh', true)), 'utf16le'), 'UTF-16LE without a byte order mark');
  put('bom-only.csv', Buffer.from([0xef, 0xbb, 0xbf]), 'a byte order mark and nothing else');
  put('only-newlines.csv', '\n'.repeat(200_000), '200,000 empty lines');

  // Extreme numbers.
  put('exp-1e999999.csv', formCsvWith('1e999999'), 'a figure of 1e999999 (an exponent that takes forever to scale)');
  put('exp-minus-999999.csv', formCsvWith('1e-999999'), 'a figure of 1e-999999');
  put('exp-leading-zeros.csv', formCsvWith('2E+0000000000000999999'), 'an exponent with many leading zeros');
  put('exp-text-in.xlsx', xlsx([{ name: 'S', xml: sheetXml(form('Quảng Ninh').map((r, i) => (i === 6 ? [r[0], r[1], '1e999999', r[3]] : r))) }]), '"1e999999" as text in a workbook cell');
  put('digits-400.csv', formCsvWith('9'.repeat(400)), 'a 400-digit integer');
  put('digits-90k.csv', formCsvWith('7'.repeat(90_000)), 'a 90,000-digit integer (under the cell limit)');
  put('negative-zero.csv', formCsvWith('-0'), 'minus zero as a figure');
  put('nan-text.csv', csv(form('Quảng Ninh').map((r, i) => (i === 6 ? [r[0], r[1], 'NaN', 'Infinity'] : i === 7 ? [r[0], r[1], '-Infinity', '1e308'] : r))), 'NaN and Infinity as figures');

  // Control characters.
  put('nul-bytes.csv', formCsvWith('1855', 'Đào\u0000tạo\u0000nghề'), 'NUL bytes in a label');
  put('control-chars.csv', formCsvWith('1855', 'Đào tạo\u0007\u0008\u000b\u000c\u001f nghề'), 'control characters in a label');
  put('ansi-escape.csv', formCsvWith('1855', '\u001b[2J\u001b[H0 error(s), 0 warning(s)\u001b]0;pwned\u0007'), 'ANSI sequences that clear the screen and fake a clean result');
  put('ansi-label.xlsx', xlsx([{ name: 'S', xml: sheetXml(form('Quảng Ninh', true).map((r, i) => (i === 7 ? [r[0], '_x001B_[2J_x001B_[31mFAKE_x001B_[0m', r[2], r[3]] : r))) }]), 'an escape sequence written as _x001B_ in a workbook label');

  // Valid workbooks written in ways that trip readers; each with a fault on its last sheet.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-hostile';
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  const provinces = ['Quảng Ninh', 'Hải Phòng', 'Thái Bình', 'Nam Định', 'Ninh Bình', 'Hà Nam'];
  provinces.forEach((p, i) => wb.addWorksheet(p).addRows(form(p, i === provinces.length - 1)));
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  // Re-packed with fixed times (exceljs stamps the clock): the parts are exceljs's own.
  const JSZip = (await import('jszip')).default;
  const z = await JSZip.loadAsync(written);
  const parts = [];
  for (const name of Object.keys(z.files).filter((n) => !z.files[n].dir)) parts.push({ name, data: Buffer.from(await z.file(name).async('uint8array')) });
  put('exceljs-6-sheets.xlsx', zip(parts), 'a workbook exceljs wrote with six sheets (fault on the sixth)', provinces[5]);
  put('no-shared-strings-4-sheets.xlsx', xlsx(provinces.slice(0, 4).map((p, i) => ({ name: p, xml: sheetXml(form(p, i === 3)) }))), 'four sheets, inline strings, no sharedStrings part (fault on the fourth)', provinces[3]);

  // Empty files.
  put('empty.xlsx', Buffer.alloc(0), 'an empty .xlsx');
  put('empty.xls', Buffer.alloc(0), 'an empty .xls');
  put('empty.csv', Buffer.alloc(0), 'an empty .csv');
  put('empty.ods', Buffer.alloc(0), 'an empty .ods');

  // Special files and folders.
  const special = (name, make, why) => {
    try {
      make(join(out, name));
      made.push({ name, why });
    } catch {
      // Not possible here (no mkfifo, no symlinks): that case is left out.
    }
  };
  special('fifo.csv', (p) => execFileSync('mkfifo', [p], { stdio: 'ignore' }), 'a FIFO (named pipe): opening it would block');
  special('loop-a.xlsx', (p) => {
    symlinkSync('loop-b.xlsx', p);
    symlinkSync('loop-a.xlsx', join(out, 'loop-b.xlsx'));
  }, 'a symbolic link loop');
  special('dangling.xlsx', (p) => symlinkSync('does-not-exist.xlsx', p), 'a symbolic link to nothing');
  special('empty-folder', (p) => mkdirSync(p), 'an empty folder');
  special('folder.xlsx', (p) => mkdirSync(p), 'a folder named like a workbook');
  special('folder-no-report', (p) => {
    mkdirSync(p);
    writeFileSync(join(p, 'notes.md'), 'no report here\n');
    mkdirSync(join(p, 'sub'));
  }, 'a folder holding no report');
  special('folder-link-loop', (p) => {
    mkdirSync(p);
    symlinkSync('.', join(p, 'self'));
    symlinkSync('../folder-link-loop', join(p, 'again'));
  }, 'a folder whose links lead back to it');
  return made;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/make-hostile.mjs OUT_DIR\n');
    process.exit(2);
  }
  const made = await makeHostile(dir);
  process.stdout.write(`${made.length} hostile inputs written to ${dir}\n`);
}
