// Writes province report forms and a regional summary as provinces and the agency build them,
// with exceljs (fixtures/forms/exceljs) — then scripts/make-lo-fixtures.sh re-saves some through
// LibreOffice (fixtures/forms/libreoffice), a second producer. Deterministic; every stated
// figure holds (sums, percentages), and the summary agrees with the forms.
// Usage: npm run build && node scripts/make-form-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { TCVN3_TABLE } from '../dist/reference/data/legacy-tables.js';
import { PROVINCES, provinceData, buildForm, buildSummary } from './lib/forms.mjs';

export { PROVINCES, provinceData };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'forms');
const out = (p) => {
  const f = join(root, p);
  mkdirSync(dirname(f), { recursive: true });
  return f;
};

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
