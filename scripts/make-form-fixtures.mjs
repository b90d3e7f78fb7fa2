// Writes province report forms and a regional summary as provinces and the agency build them,
// with exceljs (fixtures/forms/exceljs) — then scripts/make-lo-fixtures.sh re-saves some through
// LibreOffice (fixtures/forms/libreoffice), a second producer. Deterministic; every stated
// figure holds (sums, percentages), and the summary agrees with the forms.
// Usage: npm run build && node scripts/make-form-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib/rng.mjs';
import ExcelJS from 'exceljs';
import { TCVN3_TABLE } from '../dist/reference/data/legacy-tables.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'forms');
const out = (p) => {
  const f = join(root, p);
  mkdirSync(dirname(f), { recursive: true });
  return f;
};


const QG = ['Đào tạo nghề, truyền nghề', 'Xây dựng mô hình trình diễn kỹ thuật', 'Hỗ trợ ứng dụng máy móc tiên tiến'];
const DP = ['Đào tạo nghề, truyền nghề', 'Tư vấn, thiết kế mẫu mã, bao bì', 'Hội chợ, triển lãm hàng CNNT', 'Thông tin tuyên truyền'];

export const PROVINCES = [
  { code: '38', name: 'Thanh Hóa', title: 'UBND TỈNH THANH HÓA', seed: 38 },
  { code: '40', name: 'Nghệ An', title: 'UBND TỈNH NGHỆ AN', seed: 40 },
  { code: '42', name: 'Hà Tĩnh', title: 'UBND TỈNH HÀ TĨNH', seed: 42 },
  { code: '44', name: 'Quảng Bình', title: 'UBND TỈNH QUẢNG BÌNH', seed: 44 },
  { code: '45', name: 'Quảng Trị', title: 'UBND TỈNH QUẢNG TRỊ', seed: 45 },
  { code: '46', name: 'Thừa Thiên Huế', title: 'UBND TỈNH THỪA THIÊN HUẾ', seed: 46 },
];

/** Lines of one province in triệu đồng (integers): plan 2024, actual 9 months 2024 and 2023. */
export function provinceData(seed) {
  const r = rng(seed);
  const line = (label) => {
    const plan = Math.round(300 + r() * 2500);
    const actual = Math.round(plan * (0.3 + r() * 0.6));
    const prior = Math.round(actual * (0.7 + r() * 0.5));
    return { label, plan, actual, prior };
  };
  const qg = QG.map(line);
  const dp = DP.map(line);
  const sum = (ls) => ({ plan: ls.reduce((a, b) => a + b.plan, 0), actual: ls.reduce((a, b) => a + b.actual, 0), prior: ls.reduce((a, b) => a + b.prior, 0) });
  // "Trong đó" under KCĐP line 1: part of it, never added.
  const ofWhich = { label: 'Trong đó: đào tạo nghề cho lao động nữ', plan: Math.round(dp[0].plan / 3), actual: Math.round(dp[0].actual / 3), prior: Math.round(dp[0].prior / 3) };
  return { qg, dp, ofWhich, tqg: sum(qg), tdp: sum(dp), total: sum([...qg, ...dp]) };
}

const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * The common form: title block, merged two-row header with a numbering row, sections I/II with
 * SUM formulas, lines, a "Trong đó" row, a grand total, signatures.
 * opts: unitScale (1 = triệu, 1000 = nghìn đồng), text (numbers as Vietnamese text), ascii
 * (headers without diacritics), pctFraction (percent cells as fractions with 0.0% format).
 */
function buildForm(wb, p, opts = {}) {
  const ws = wb.addWorksheet(opts.sheetName ?? 'Bao cao');
  const d = opts.data ?? provinceData(p.seed);
  const Y = opts.year ?? 2024;
  const k = opts.unitScale ?? 1;
  const t = (s) => (opts.ascii ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : s);
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = t(p.title);
  ws.mergeCells('E1:H1');
  ws.getCell('E1').value = t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  ws.mergeCells('A2:C2');
  ws.getCell('A2').value = t('SỞ CÔNG THƯƠNG');
  ws.mergeCells('E2:H2');
  ws.getCell('E2').value = t('Độc lập - Tự do - Hạnh phúc');
  ws.mergeCells('A4:H4');
  ws.getCell('A4').value = t(`BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM ${Y}`);
  ws.mergeCells('F5:H5');
  ws.getCell('F5').value = t(`Đơn vị tính: ${k === 1 ? 'triệu đồng' : 'nghìn đồng'}`);
  for (const [range, text] of [['A6:A7', 'STT'], ['B6:B7', 'Nội dung'], ['C6:C7', `Kế hoạch năm ${Y}`], ['D6:E6', 'Thực hiện'], ['F6:F7', 'Tỷ lệ TH/KH (%)'], ['G6:G7', 'So với cùng kỳ (%)'], ['H6:H7', 'Ghi chú']]) {
    ws.mergeCells(range);
    ws.getCell(range.split(':')[0]).value = t(text);
  }
  ws.getCell('D7').value = t(`9 tháng năm ${Y}`);
  ws.getCell('E7').value = t(`9 tháng năm ${Y - 1}`);
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)/(3)', '(7)=(4)/(5)', '(8)'].forEach((v, i) => (ws.getCell(8, i + 1).value = v));
  let r = 9;
  const num = (cell, v, fmt = '#,##0') => {
    if (opts.text) cell.value = v.toLocaleString('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: fmt.includes('.0') ? 1 : 0 });
    else {
      cell.value = v;
      cell.numFmt = fmt;
    }
  };
  const pct = (row, a, b) => {
    const cell = ws.getCell(row, a === 'plan' ? 6 : 7);
    const denCol = a === 'plan' ? 'C' : 'E';
    const vals = { C: ws.getCell(row, 3).value, D: ws.getCell(row, 4).value, E: ws.getCell(row, 5).value };
    const res = (x) => (typeof x === 'object' && x ? x.result : typeof x === 'string' ? Number(x.replace(/\./g, '').replace(',', '.')) : x);
    const den = res(vals[denCol]);
    const numr = res(vals.D);
    if (!den) {
      cell.value = '-';
      return;
    }
    if (opts.text) cell.value = (Math.round((numr / den) * 1000) / 10).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    else if (opts.pctFraction) {
      cell.value = { formula: `IF(${denCol}${row}=0,"",D${row}/${denCol}${row})`, result: numr / den };
      cell.numFmt = '0.0%';
    } else {
      cell.value = { formula: `IF(${denCol}${row}=0,"",ROUND(D${row}/${denCol}${row}*100,1))`, result: Math.round((numr / den) * 1000) / 10 };
      cell.numFmt = '0.0';
    }
    void b;
  };
  const section = (roman, label, lines, total) => {
    const first = r + 1;
    const last = r + lines.length + (roman === 'II' ? 1 : 0);
    ws.getCell(r, 1).value = roman;
    ws.getCell(r, 2).value = t(label);
    ws.getRow(r).font = { bold: true };
    const sr = r;
    ['C', 'D', 'E'].forEach((col, i) => {
      const v = [total.plan, total.actual, total.prior][i] * k;
      const cell = ws.getCell(`${col}${sr}`);
      if (opts.text) num(cell, v);
      else {
        cell.value = { formula: `SUM(${col}${first}:${col}${last})-${roman === 'II' ? `${col}${first + 1}` : '0'}`, result: v };
        cell.numFmt = '#,##0';
      }
    });
    pct(sr, 'plan');
    pct(sr, 'prior');
    r++;
    lines.forEach((l, i) => {
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = t(l.label);
      num(ws.getCell(r, 3), l.plan * k);
      num(ws.getCell(r, 4), l.actual * k);
      num(ws.getCell(r, 5), l.prior * k);
      pct(r, 'plan');
      pct(r, 'prior');
      r++;
      if (roman === 'II' && i === 0) {
        ws.getCell(r, 1).value = '-';
        ws.getCell(r, 2).value = t(d.ofWhich.label);
        num(ws.getCell(r, 3), d.ofWhich.plan * k);
        num(ws.getCell(r, 4), d.ofWhich.actual * k);
        num(ws.getCell(r, 5), d.ofWhich.prior * k);
        pct(r, 'plan');
        pct(r, 'prior');
        r++;
      }
    });
    return sr;
  };
  const s1 = section('I', 'KHUYẾN CÔNG QUỐC GIA', d.qg, d.tqg);
  const s2 = section('II', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', d.dp, d.tdp);
  ws.getCell(r, 2).value = t('TỔNG CỘNG (I+II)');
  ws.getRow(r).font = { bold: true };
  ['C', 'D', 'E'].forEach((col, i) => {
    const v = [d.total.plan, d.total.actual, d.total.prior][i] * k;
    const cell = ws.getCell(`${col}${r}`);
    if (opts.text) num(cell, v);
    else {
      cell.value = { formula: `${col}${s1}+${col}${s2}`, result: v };
      cell.numFmt = '#,##0';
    }
  });
  pct(r, 'plan');
  pct(r, 'prior');
  for (let rr = 6; rr <= r; rr++) for (let c = 1; c <= 8; c++) ws.getCell(rr, c).border = BORDER;
  r += 2;
  ws.getCell(r, 6).value = t(`${p.name}, ngày 05 tháng 10 năm ${Y}`);
  r++;
  ws.getCell(r, 2).value = t('Người lập biểu');
  ws.getCell(r, 6).value = t('GIÁM ĐỐC');
  ws.columns.forEach((c, i) => (c.width = [6, 44, 14, 14, 14, 10, 10, 12][i]));
  return ws;
}

/** A form whose columns come in another order, with a ĐVT column mixing counts and money. */
function buildCountsForm(wb, p) {
  const ws = wb.addWorksheet('KQ 9 thang');
  const d = provinceData(p.seed);
  ws.getCell('A1').value = p.title;
  ws.getCell('A2').value = 'TRUNG TÂM KHUYẾN CÔNG VÀ XÚC TIẾN THƯƠNG MẠI';
  ws.mergeCells('A3:G3');
  ws.getCell('A3').value = 'KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG 9 THÁNG NĂM 2024';
  ws.addRow([]);
  ws.addRow(['TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 9 tháng năm 2024', 'Kế hoạch năm 2024', 'Ghi chú', 'Tỷ lệ (%)']);
  const rows = [
    ['I', 'KHUYẾN CÔNG QUỐC GIA', '', null, null, '', null],
    ['1', 'Số đề án', 'đề án', 4, 5, '', 80],
    ['2', 'Kinh phí', 'triệu đồng', d.tqg.actual, d.tqg.plan, 'Đã tạm ứng 50%', Math.round((d.tqg.actual / d.tqg.plan) * 1000) / 10],
    ['II', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', '', null, null, '', null],
    ['1', 'Số đề án', 'đề án', 11, 12, '', Math.round((11 / 12) * 1000) / 10],
    ['2', 'Số lao động được đào tạo', 'người', 245, 400, '', Math.round((245 / 400) * 1000) / 10],
    ['3', 'Số cơ sở được hỗ trợ', 'cơ sở', 18, 20, '', 90],
    ['4', 'Kinh phí', 'triệu đồng', d.tdp.actual, d.tdp.plan, '', Math.round((d.tdp.actual / d.tdp.plan) * 1000) / 10],
  ];
  for (const row of rows) {
    const added = ws.addRow(row);
    added.getCell(7).numFmt = '0.0';
    added.getCell(4).numFmt = '#,##0';
    added.getCell(5).numFmt = '#,##0';
  }
  ws.addRow([]);
  ws.addRow(['', 'Người lập biểu', '', '', 'GIÁM ĐỐC']);
  return ws;
}

/** Encodes NFC Vietnamese as TCVN3 (ABC) bytes shown through a Latin-1 font, as .VnTime workbooks hold it. */
function toTcvn3(text) {
  const map = new Map();
  for (const row of TCVN3_TABLE) {
    if (row.scope !== 'core') continue;
    const byte = String.fromCharCode(parseInt(row.hex, 16));
    if (!map.has(row.unicode)) map.set(row.unicode, byte);
    // Capitals without a code in the .VnTime fonts are written with the lower-case code (the .VnTimeH font draws them upper-case).
    if (row.h && row.h !== row.unicode && !map.has(row.h)) map.set(row.h, byte);
  }
  return [...text.normalize('NFC')].map((ch) => map.get(ch) ?? ch).join('');
}

/** The regional summary: three-level header (Kinh phí > Kế hoạch / Thực hiện > KCQG, KCĐP, Cộng), tỷ đồng to 3 places. */
function buildSummary(wb) {
  const ws = wb.addWorksheet('Tong hop BTB');
  ws.mergeCells('A1:J1');
  ws.getCell('A1').value = 'BỘ CÔNG THƯƠNG - CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG';
  ws.mergeCells('A2:J2');
  ws.getCell('A2').value = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024 KHU VỰC BẮC TRUNG BỘ';
  ws.mergeCells('H3:J3');
  ws.getCell('H3').value = 'Đơn vị tính: tỷ đồng';
  for (const [range, text] of [['A4:A6', 'STT'], ['B4:B6', 'Tỉnh, thành phố'], ['C4:H4', 'Kinh phí khuyến công'], ['C5:E5', 'Kế hoạch năm 2024'], ['F5:H5', 'Thực hiện 9 tháng năm 2024'], ['I4:I6', 'Tỷ lệ TH/KH (%)'], ['J4:J6', 'Ghi chú']]) {
    ws.mergeCells(range);
    ws.getCell(range.split(':')[0]).value = text;
  }
  ['KCQG', 'KCĐP', 'Cộng', 'KCQG', 'KCĐP', 'Cộng'].forEach((v, i) => (ws.getCell(6, 3 + i).value = v));
  ['1', '2', '3', '4', '5=3+4', '6', '7', '8=6+7', '9=8/5', '10'].forEach((v, i) => (ws.getCell(7, i + 1).value = v));
  let r = 9;
  const tot = { qgp: 0, dpp: 0, qga: 0, dpa: 0 };
  const put = (row, vals, bold) => {
    vals.forEach((v, i) => {
      const c = ws.getCell(row, 3 + i);
      c.value = v / 1000;
      c.numFmt = '#,##0.000';
    });
    const plan = vals[0] + vals[1];
    const act = vals[3] + vals[4];
    const c = ws.getCell(row, 9);
    c.value = { formula: `ROUND(H${row}/E${row}*100,1)`, result: Math.round((act / plan) * 1000) / 10 };
    c.numFmt = '0.0';
    if (bold) ws.getRow(row).font = { bold: true };
  };
  PROVINCES.forEach((p, i) => {
    const d = provinceData(p.seed);
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = p.name;
    put(r, [d.tqg.plan, d.tdp.plan, d.total.plan, d.tqg.actual, d.tdp.actual, d.total.actual]);
    tot.qgp += d.tqg.plan;
    tot.dpp += d.tdp.plan;
    tot.qga += d.tqg.actual;
    tot.dpa += d.tdp.actual;
    r++;
  });
  ws.getCell(8, 2).value = 'Tổng cộng';
  put(8, [tot.qgp, tot.dpp, tot.qgp + tot.dpp, tot.qga, tot.dpa, tot.qga + tot.dpa], true);
  r++;
  ws.getCell(r, 2).value = 'Ghi chú: số liệu do các Sở Công Thương báo cáo';
  return ws;
}

/** The text a Vietnamese-locale Excel shows for a cell: "1.234", "84,0", "35,4%". */
function shown(cell) {
  let v = cell.value;
  if (v && typeof v === 'object' && 'result' in v) v = v.result;
  if (v && typeof v === 'object' && 'richText' in v) v = v.richText.map((r) => r.text).join('');
  if (typeof v !== 'number') return v == null ? '' : String(v);
  const fmt = cell.numFmt ?? 'General';
  const dec = (fmt.match(/\.(0+)/)?.[1] ?? '').length;
  const pct = fmt.includes('%');
  const x = pct ? v * 100 : v;
  const [i, f] = Math.abs(x).toFixed(fmt === 'General' ? (Number.isInteger(x) ? 0 : 2) : dec).split('.');
  const g = fmt.includes('#,##') ? i.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : i;
  return `${x < 0 ? '-' : ''}${g}${f ? `,${f}` : ''}${pct ? '%' : ''}`;
}

function textExport(ws, sep) {
  const lines = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = [];
    for (let c = 1; c <= 8; c++) {
      const cell = row.getCell(c);
      const t = cell.isMerged && cell.master.address !== cell.address ? '' : shown(cell);
      cells.push(/[";\n\t]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    }
    lines.push(cells.join(sep));
  }
  return lines.join('\r\n') + '\r\n';
}

async function save(wb, path) {
  wb.creator = 'budget-recon fixtures';
  wb.created = new Date(Date.UTC(2024, 9, 5));
  wb.modified = wb.created;
  await wb.xlsx.writeFile(out(path));
}

const [thanh, nghe, ha, quangBinh, quangTri, hue] = PROVINCES;
{
  const wb = new ExcelJS.Workbook();
  buildForm(wb, nghe, { pctFraction: true, sheetName: 'Nghe An 9T' });
  await save(wb, 'exceljs/nghe-an-2024-9thang.xlsx');
}
{
  const wb = new ExcelJS.Workbook();
  buildForm(wb, ha, { unitScale: 1000 });
  await save(wb, 'exceljs/ha-tinh-2024-9thang-nghin-dong.xlsx');
}
{
  const wb = new ExcelJS.Workbook();
  buildForm(wb, thanh, { text: true });
  await save(wb, 'exceljs/thanh-hoa-2024-9thang-so-dang-chu.xlsx');
}
{
  const wb = new ExcelJS.Workbook();
  buildForm(wb, quangBinh, { ascii: true });
  await save(wb, 'exceljs/quang-binh-2024-9thang-khong-dau.xlsx');
}
{
  const wb = new ExcelJS.Workbook();
  buildCountsForm(wb, quangTri);
  await save(wb, 'exceljs/quang-tri-2024-9thang-chi-tieu.xlsx');
}
{
  const wb = new ExcelJS.Workbook();
  const ws = buildForm(wb, hue, {});
  // Legacy TCVN3 text: every string re-encoded, and the .VnTime font named, as old workbooks are.
  ws.eachRow((row) => row.eachCell((c) => {
    // A merged range's cells share the master's value: encode it once.
    if (typeof c.value === 'string' && (!c.isMerged || c.master.address === c.address)) {
      c.value = toTcvn3(c.value);
      c.font = { name: '.VnTime', ...(c.font ?? {}) };
    }
  }));
  await save(wb, 'exceljs/thua-thien-hue-2024-9thang-tcvn3.xlsx');
}
{
  const wb = new ExcelJS.Workbook();
  buildSummary(wb);
  await save(wb, 'exceljs/tong-hop-bac-trung-bo-2024-9thang.xlsx');
}
{
  // Quảng Ninh's form as Excel (Vietnamese locale) saves "CSV UTF-8": semicolons, 1.234 and 84,0.
  const wb = new ExcelJS.Workbook();
  const ws = buildForm(wb, { code: '22', name: 'Quảng Ninh', title: 'UBND TỈNH QUẢNG NINH', seed: 22 }, { pctFraction: true });
  writeFileSync(out('text/quang-ninh-2024-9thang.csv'), '\uFEFF' + textExport(ws, ';'));
  // Hải Phòng's as "Unicode Text": UTF-16 LE with BOM, tab-separated.
  const wb2 = new ExcelJS.Workbook();
  const ws2 = buildForm(wb2, { code: '31', name: 'Hải Phòng', title: 'UBND THÀNH PHỐ HẢI PHÒNG', seed: 31 }, {});
  writeFileSync(out('text/hai-phong-2024-9thang-unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(textExport(ws2, '\t'), 'utf16le')]));
}
// ---- The issue-4 region scenario: this year's consistent region, last year's reports, and the
// same region with five seeded faults (fixtures/region/FAULTS.md lists them).
function withTotals(d) {
  const sum = (ls) => ({ plan: ls.reduce((a, b) => a + b.plan, 0), actual: ls.reduce((a, b) => a + b.actual, 0), prior: ls.reduce((a, b) => a + b.prior, 0) });
  return { ...d, tqg: sum(d.qg), tdp: sum(d.dp), total: sum([...d.qg, ...d.dp]) };
}
/** Last year's data: its 9-month actuals are this year's "cùng kỳ" figures. */
function lastYear(d) {
  const back = (l) => ({ label: l.label, plan: Math.round(l.prior * 1.5), actual: l.prior, prior: Math.round(l.prior * 0.9) });
  return withTotals({ qg: d.qg.map(back), dp: d.dp.map(back), ofWhich: back(d.ofWhich) });
}
async function saveForm(p, path, opts) {
  const wb = new ExcelJS.Workbook();
  buildForm(wb, p, opts);
  await save(wb, path);
  return wb;
}
const REGION = '../region';
for (const p of PROVINCES) {
  const d = provinceData(p.seed);
  await saveForm(p, `${REGION}/2024/${p.code}-${p.name}-2024-9thang.xlsx`, { pctFraction: p.code === '40' });
  await saveForm(p, `${REGION}/2023/${p.code}-${p.name}-2023-9thang.xlsx`, { year: 2023, data: lastYear(d) });
}
{
  const wb = new ExcelJS.Workbook();
  buildSummary(wb);
  await save(wb, `${REGION}/2024/tong-hop-bac-trung-bo-2024-9thang.xlsx`);
}
// The faulty copy.
{
  const F = `${REGION}/faulty-2024`;
  // 1. Nghệ An: a percentage of plan with two digits transposed (line 1 of section I, F10).
  const na = PROVINCES.find((p) => p.code === '40');
  const wbNa = new ExcelJS.Workbook();
  const wsNa = buildForm(wbNa, na, { pctFraction: true });
  const cell = wsNa.getCell('F10');
  const shownPct = (cell.value.result * 100).toFixed(1);
  const swapped = shownPct[0] !== shownPct[1] ? shownPct[1] + shownPct[0] + shownPct.slice(2) : shownPct[0] + shownPct[3] + '.' + shownPct[1];
  cell.value = { formula: cell.value.formula, result: Number(swapped) / 100 };
  await save(wbNa, `${F}/40-Nghệ An-2024-9thang.xlsx`);
  // 2. Hà Tĩnh: the KCQG subtotal's plan one million đồng off (C9).
  const ht = PROVINCES.find((p) => p.code === '42');
  const wbHt = new ExcelJS.Workbook();
  const wsHt = buildForm(wbHt, ht, {});
  const c9 = wsHt.getCell('C9');
  c9.value = { formula: c9.value.formula, result: c9.value.result + 1 };
  await save(wbHt, `${F}/42-Hà Tĩnh-2024-9thang.xlsx`);
  // 4. Quảng Bình: last year's figure of a line restated, consistently within the form (E15 and
  //    the totals above it, with their percentages), so that only last year's report disagrees.
  const qb = PROVINCES.find((p) => p.code === '44');
  const dq = provinceData(qb.seed);
  dq.dp[1] = { ...dq.dp[1], prior: dq.dp[1].prior + 37 };
  await saveForm(qb, `${F}/44-Quảng Bình-2024-9thang.xlsx`, { data: withTotals(dq) });
  // Unchanged: Quảng Trị and Huế. 5. Thanh Hóa's form is missing.
  for (const p of PROVINCES.filter((x) => ['45', '46'].includes(x.code))) await saveForm(p, `${F}/${p.code}-${p.name}-2024-9thang.xlsx`, {});
  // 3. The regional summary's total KCQG plan is wrong (C8).
  const wbS = new ExcelJS.Workbook();
  const wsS = buildSummary(wbS);
  wsS.getCell('C8').value = wsS.getCell('C8').value + 0.25;
  await save(wbS, `${F}/tong-hop-bac-trung-bo-2024-9thang.xlsx`);
}
console.log('form fixtures written');
