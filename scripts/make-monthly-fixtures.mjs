// Writes a year of monthly khuyến công reports (January–October 2024) for two provinces, as
// their Sở Công Thương would send them, plus last year's (2023) for --prior, into
// fixtures/monthly/:
//   consistent/2024/  20 reports, every figure holds (sums, month = cumulative difference,
//                     percentages against the plan their header names, cùng kỳ = 2023 reports)
//   consistent/2023/  last year's reports, read with --prior
//   faults/<name>/    one province's year with one seeded fault each (manifest.json says which
//                     finding it must give, at which cell, and nothing else)
// Styles vary by month: the month in the title, only in the sheet name or only in the file name
// ("T07-2024", "thang 7", "07.2024", "Thang07"); cumulative headers "Lũy kế từ đầu năm",
// "Lũy kế đến 31/7/2024", "Lũy kế đến hết tháng 7", "Lũy kế 7 tháng"; a mid-year adjusted plan
// ("KH điều chỉnh", "Kế hoạch sau điều chỉnh"); money in triệu đồng and in đồng; .xlsx written
// by exceljs and by SheetJS, and Excel-style CSV (UTF-8 with BOM, Vietnamese number style).
// Deterministic (scripts/lib/rng.mjs). Usage: node scripts/make-monthly-fixtures.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { rng } from './lib/rng.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'monthly');
const YEAR = 2024;
const MONTHS = 10;
const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const PROVINCES = [
  { slug: 'nghe-an', camel: 'NgheAn', name: 'Nghệ An', title: 'UBND TỈNH NGHỆ AN', seed: 4001, adjustFrom: 7, adjustWord: 'KH điều chỉnh' },
  { slug: 'ha-tinh', camel: 'HaTinh', name: 'Hà Tĩnh', title: 'UBND TỈNH HÀ TĨNH', seed: 4201, adjustFrom: 6, adjustWord: 'Kế hoạch sau điều chỉnh' },
];

const QG = ['Đào tạo nghề, truyền nghề', 'Xây dựng mô hình trình diễn kỹ thuật'];
const DP = ['Hỗ trợ ứng dụng máy móc tiên tiến', 'Hội chợ, triển lãm hàng CNNT', 'Thông tin tuyên truyền'];

/** The rows of every report: sections I (KCQG) and II (KCĐP) with their lines, then the total. */
const ROWS = [
  { key: 'I', stt: 'I', label: 'KHUYẾN CÔNG QUỐC GIA', kind: 'section', parts: ['I.1', 'I.2'] },
  ...QG.map((label, i) => ({ key: `I.${i + 1}`, stt: String(i + 1), label, kind: 'line' })),
  { key: 'II', stt: 'II', label: 'KHUYẾN CÔNG ĐỊA PHƯƠNG', kind: 'section', parts: ['II.1', 'II.2', 'II.3'] },
  ...DP.map((label, i) => ({ key: `II.${i + 1}`, stt: String(i + 1), label, kind: 'line' })),
  { key: 'T', stt: '', label: 'TỔNG CỘNG', kind: 'total', parts: ['I', 'II'] },
];
const LINE_KEYS = ROWS.filter((r) => r.kind === 'line').map((r) => r.key);

/** A province's year in triệu đồng (integers): plan, adjusted plan, month by month spending. */
function provinceYear(p, year) {
  const r = rng(p.seed + (year - YEAR) * 17);
  const lines = {};
  for (const k of LINE_KEYS) {
    const plan = 400 + Math.round(r() * 2000);
    const months = Array.from({ length: 12 }, () => Math.round(plan * (0.02 + r() * 0.08)));
    // The adjusted plan moves each line by up to a quarter, never below what is spent by October.
    const spent = months.slice(0, MONTHS).reduce((a, b) => a + b, 0);
    const adj = Math.max(spent + 50, plan + Math.round((r() - 0.4) * plan * 0.5));
    lines[k] = { plan, adj, months };
  }
  return lines;
}

const cumulative = (months, m) => months.slice(0, m).reduce((a, b) => a + b, 0);

/** x ÷ y × 100 to one decimal, rounded half up, exactly (integers only). */
function pct1(x, y) {
  if (!y) return undefined;
  return Math.floor((2 * x * 1000 + y) / (2 * y)) / 10;
}

/** The style of one report: where the month is stated, headers, unit, writer. */
function styleOf(pi, m) {
  const i = m - 1;
  const writer = ['exceljs', 'sheetjs', 'csv'][(i + pi) % 3];
  let place = ['title', 'sheet', 'file'][(i + Math.floor(i / 3) + pi) % 3];
  if (writer === 'csv' && place === 'sheet') place = 'file';
  return {
    writer,
    place,
    nameFmt: (i + pi) % 4,
    cumHeader: (i + 2 * pi) % 4,
    monthHeader: (i + pi) % 3,
    unit: (i + pi) % 4 === 1 ? 'dong' : 'trieu',
    twoRow: writer === 'exceljs' && i % 2 === 0,
    priorHeader: i % 2,
  };
}

const mm = (m) => String(m).padStart(2, '0');
const NAME_FORMATS = [
  (m, y) => `T${mm(m)}-${y}`,
  (m) => `thang ${m}`,
  (m, y) => `${mm(m)}.${y}`,
  (m) => `Thang${mm(m)}`,
];

function cumHeaderText(kind, m, y) {
  return [
    'Lũy kế từ đầu năm',
    `Lũy kế đến ${LAST_DAY[m - 1]}/${m}/${y}`,
    `Lũy kế đến hết tháng ${m}`,
    `Lũy kế ${m} tháng`,
  ][kind];
}

function monthHeaderText(kind, m) {
  return ['Thực hiện trong tháng', `Tháng ${m}`, `Thực hiện tháng ${m}`][kind];
}

/**
 * One report as a model: columns (key, header) and rows with their values in triệu đồng.
 * Row values: plan, adj (when the plan is adjusted), month, cum, prior (cùng kỳ), pct, pct2, yoy.
 */
function buildReport(p, pi, m, data, priorData, opts = {}) {
  const style = { ...styleOf(pi, m), ...(opts.style ?? {}) };
  const adjusted = m >= p.adjustFrom && !opts.noAdjust;
  const cols = [
    { key: 'stt', header: 'STT' },
    { key: 'label', header: 'Nội dung' },
    { key: 'plan', header: `Kế hoạch năm ${YEAR}` },
  ];
  if (adjusted) cols.push({ key: 'adj', header: p.adjustWord });
  cols.push({ key: 'month', header: monthHeaderText(style.monthHeader, m), group: 'Thực hiện', sub: style.monthHeader === 0 ? 'Trong tháng' : `Tháng ${m}` });
  cols.push({ key: 'cum', header: cumHeaderText(style.cumHeader, m, YEAR), group: 'Thực hiện', sub: cumHeaderText(style.cumHeader, m, YEAR) });
  cols.push({ key: 'prior', header: style.priorHeader ? `Lũy kế cùng kỳ năm ${YEAR - 1}` : `Cùng kỳ lũy kế năm ${YEAR - 1}` });
  if (pi === 0) cols.push({ key: 'pct', header: adjusted ? 'Tỷ lệ lũy kế/KH điều chỉnh (%)' : 'Tỷ lệ lũy kế/KH (%)', base: adjusted ? 'adj' : 'plan' });
  else {
    cols.push({ key: 'pct', header: 'Tỷ lệ lũy kế/KH năm (%)', base: 'plan' });
    if (adjusted) cols.push({ key: 'pct2', header: 'Tỷ lệ lũy kế/KH sau điều chỉnh (%)', base: 'adj' });
  }
  cols.push({ key: 'yoy', header: 'So với cùng kỳ (%)' });
  const rows = ROWS.map((r) => ({ ...r, v: {} }));
  const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
  for (const k of LINE_KEYS) {
    const l = data[k];
    const v = byKey[k].v;
    v.plan = l.plan;
    if (adjusted) v.adj = l.adj;
    v.month = l.months[m - 1];
    v.cum = cumulative(l.months, m);
    v.prior = cumulative(priorData[k].months, m);
  }
  const report = { province: p, pi, month: m, style, cols, rows, adjusted };
  (opts.fault ?? (() => {}))(report, byKey);
  settle(report, byKey, opts.keepPct);
  return report;
}

/** Sums and percentages as the workbook's formulas would compute them, after any fault. */
function settle(report, byKey, keepPct = []) {
  for (const r of report.rows) {
    if (!r.parts) continue;
    for (const f of ['plan', 'adj', 'month', 'cum', 'prior']) {
      if (byKey[r.parts[0]].v[f] === undefined && !byKey[r.parts[0]].parts) continue;
      r.v[f] = r.parts.reduce((a, k) => a + (byKey[k].v[f] ?? 0), 0);
    }
    if (!report.adjusted) delete r.v.adj;
  }
  // Sections before the total (the total's parts are sections, summed after them).
  const total = byKey.T;
  for (const f of ['plan', 'adj', 'month', 'cum', 'prior']) if (byKey.I.v[f] !== undefined) total.v[f] = byKey.I.v[f] + byKey.II.v[f];
  for (const r of report.rows) {
    for (const c of report.cols) {
      if (keepPct.includes(`${r.key}:${c.key}`)) continue;
      if (c.key === 'pct' || c.key === 'pct2') r.v[c.key] = pct1(r.v.cum, r.v[c.base]);
      if (c.key === 'yoy') r.v.yoy = pct1(r.v.cum, r.v.prior);
    }
  }
}

/** The title lines: letterhead, title (the month in it, or only the year), date line, unit line. */
function titleLines(report) {
  const { province: p, month: m, style } = report;
  const period = style.place === 'title' ? `THÁNG ${m} NĂM ${report.year ?? YEAR}` : `NĂM ${report.year ?? YEAR}`;
  const written = m === 12 ? `ngày 05 tháng 01 năm ${YEAR + 1}` : `ngày 05 tháng ${m + 1} năm ${report.year ?? YEAR}`;
  return [
    p.title,
    'SỞ CÔNG THƯƠNG',
    `BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG ${period}`,
    `${p.name}, ${written}`,
    `Đơn vị tính: ${style.unit === 'dong' ? 'đồng' : 'triệu đồng'}`,
  ];
}

/** File and sheet names: the month only where the style says so (a document number otherwise). */
function names(report, suffix = '') {
  const { province: p, month: m, style } = report;
  const y = report.year ?? YEAR;
  const ext = style.writer === 'csv' ? 'csv' : 'xlsx';
  const named = NAME_FORMATS[style.nameFmt](m, y);
  const docNo = `so ${100 + m * 7 + report.pi}`;
  const file = style.place === 'file' ? `${p.camel}_${named}${suffix}.${ext}` : `${p.slug}-bc-${docNo.replace(' ', '-')}-sct${suffix}.${ext}`;
  const sheet = style.place === 'sheet' ? named : 'Bao cao';
  return { file, sheet };
}

const scale = (report) => (report.style.unit === 'dong' ? 1_000_000 : 1);

/** The report as a grid of cells (row-major, 1-based positions), with number formats. */
function grid(report) {
  const lines = titleLines(report);
  const cells = [];
  const merges = [];
  const put = (row, col, value, fmt) => cells.push({ row, col, value, fmt });
  lines.forEach((t, i) => put(i + 1, 1, t));
  let r = lines.length + 1;
  const headerTop = r;
  if (report.style.twoRow) {
    report.cols.forEach((c, i) => {
      const col = i + 1;
      if (c.group) {
        if (c.key === 'month') {
          put(r, col, c.group);
          merges.push([r, col, r, col + 1]);
        }
        put(r + 1, col, c.sub);
      } else {
        put(r, col, c.header);
        merges.push([r, col, r + 1, col]);
      }
    });
    r += 2;
  } else {
    report.cols.forEach((c, i) => put(r, i + 1, c.header));
    r += 1;
  }
  const firstData = r;
  const k = scale(report);
  const positions = {};
  for (const row of report.rows) {
    report.cols.forEach((c, i) => {
      const col = i + 1;
      positions[`${row.key}:${c.key}`] = { row: r, col };
      if (c.key === 'stt') {
        if (row.stt) put(r, col, row.stt);
      } else if (c.key === 'label') put(r, col, row.label);
      else {
        const v = row.v[c.key];
        if (v === undefined) return;
        const isPct = c.key === 'pct' || c.key === 'pct2' || c.key === 'yoy';
        put(r, col, isPct ? v : v * k, isPct ? '0.0' : '#,##0', isPct);
      }
    });
    r++;
  }
  put(r + 1, 2, 'Người lập biểu');
  put(r + 1, 5, 'GIÁM ĐỐC');
  return { cells, merges, positions, headerTop, firstData, width: report.cols.length };
}

const A1 = (row, col) => {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
};

/** Vietnamese number style: "1.234.000.000", "35,4". */
function viNumber(v, fmt) {
  if (fmt === '0.0') return v.toFixed(1).replace('.', ',');
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function csvText(g) {
  const rows = [];
  for (const c of g.cells) {
    const row = (rows[c.row - 1] ??= []);
    row[c.col - 1] = typeof c.value === 'number' ? viNumber(c.value, c.fmt) : c.value;
  }
  const width = Math.max(...Array.from(rows, (x) => x?.length ?? 0));
  const q = (s) => (s === undefined ? '' : /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return '\ufeff' + Array.from(rows, (x) => Array.from({ length: width }, (_, i) => q(x?.[i])).join(',')).join('\r\n') + '\r\n';
}

async function exceljsBuffer(g, sheet) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-recon fixtures';
  wb.created = new Date(Date.UTC(2024, 10, 5));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(sheet);
  for (const c of g.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.value;
    if (c.fmt) cell.numFmt = c.fmt;
  }
  for (const [r1, c1, r2, c2] of g.merges) ws.mergeCells(r1, c1, r2, c2);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheetjsBuffer(g, sheet) {
  const ws = {};
  let maxR = 0, maxC = 0;
  for (const c of g.cells) {
    const addr = A1(c.row, c.col);
    ws[addr] = typeof c.value === 'number' ? { t: 'n', v: c.value, z: c.fmt } : { t: 's', v: c.value };
    maxR = Math.max(maxR, c.row);
    maxC = Math.max(maxC, c.col);
  }
  ws['!ref'] = `A1:${A1(maxR, maxC)}`;
  ws['!merges'] = g.merges.map(([r1, c1, r2, c2]) => ({ s: { r: r1 - 1, c: c1 - 1 }, e: { r: r2 - 1, c: c2 - 1 } }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  wb.Props = { Author: 'budget-recon fixtures', CreatedDate: new Date(Date.UTC(2024, 10, 5)) };
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

/** Writes one report; returns its file name and the cells of every figure (for the manifest). */
async function writeReport(dir, report, suffix = '') {
  const { file, sheet } = names(report, suffix);
  const g = grid(report);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  if (report.style.writer === 'csv') writeFileSync(path, csvText(g));
  else if (report.style.writer === 'exceljs') writeFileSync(path, await exceljsBuffer(g, sheet));
  else writeFileSync(path, sheetjsBuffer(g, sheet));
  const sheetName = report.style.writer === 'csv' ? file.replace(/\.csv$/, '') : sheet;
  const cellOf = (row, col) => A1(g.positions[`${row}:${col}`].row, g.positions[`${row}:${col}`].col);
  return { file, sheet: sheetName, cellOf };
}

/** Last year's report: the month in the title, plan, month, cumulative, percent of plan. */
function priorReport(p, pi, m, data) {
  const cols = [
    { key: 'stt', header: 'STT' },
    { key: 'label', header: 'Nội dung' },
    { key: 'plan', header: `Kế hoạch năm ${YEAR - 1}` },
    { key: 'month', header: `Thực hiện tháng ${m}` },
    { key: 'cum', header: 'Lũy kế từ đầu năm' },
    { key: 'pct', header: 'Tỷ lệ lũy kế/KH (%)', base: 'plan' },
  ];
  const rows = ROWS.map((r) => ({ ...r, v: {} }));
  const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
  for (const k of LINE_KEYS) {
    byKey[k].v = { plan: data[k].plan, month: data[k].months[m - 1], cum: cumulative(data[k].months, m) };
  }
  const style = { writer: (m + pi) % 2 ? 'csv' : 'exceljs', place: 'title', nameFmt: 0, unit: 'trieu', twoRow: false };
  const report = { province: p, pi, month: m, year: YEAR - 1, style, cols, rows, adjusted: false };
  settle(report, byKey);
  return report;
}

// --- Seeded faults: each changes one province's year in one place, as a person typing would.

const FAULTS = [
  {
    name: 'month-off',
    province: 0,
    what: 'July: the month figure of KCĐP line 2 is 50 triệu above the difference of the cumulative figures (June to July); the section and total sums follow it.',
    month: 7,
    fault: (r, by) => { by['II.2'].v.month += 50; },
    expect: (w) => [{ code: 'month-cumulative-mismatch', file: w[7].file, cell: w[7].cellOf('II.2', 'month') }],
  },
  {
    name: 'cumulative-decrease',
    province: 1,
    what: 'August: the cumulative figure of KCQG line 1 is 20 triệu below July\'s (the August month figure is as spent); the sums follow it.',
    month: 8,
    fault: (r, by, data) => { by['I.1'].v.cum = cumulative(data['I.1'].months, 7) - 20; },
    expect: (w) => [{ code: 'cumulative-decrease', file: w[8].file, cell: w[8].cellOf('I.1', 'cum') }],
  },
  {
    name: 'month-missing',
    province: 0,
    what: 'No report for May.',
    month: 5,
    drop: true,
    expect: (w) => [{ code: 'month-missing', file: w[6].file, cell: w[6].cellOf('T', 'cum') }],
  },
  {
    name: 'month-twice',
    province: 1,
    what: 'July reported twice: a second file whose KCĐP line 1 month and cumulative figures are 30 triệu higher (sums follow).',
    month: 7,
    twice: (r, by) => { by['II.1'].v.month += 30; by['II.1'].v.cum += 30; },
    expect: (w) => [{ code: 'month-reported-twice', file: w.twice.file, cell: w.twice.cellOf('II.1', 'month') }],
  },
  {
    name: 'prior-disagrees',
    province: 0,
    what: 'September: the cùng kỳ (2023) cumulative of KCQG line 2 is 40 triệu above what the 2023 September report states; sums and the ratio to last year follow it.',
    month: 9,
    fault: (r, by) => { by['I.2'].v.prior += 40; },
    expect: (w) => [{ code: 'prior-restated', file: w[9].file, cell: w[9].cellOf('I.2', 'prior') }],
  },
  {
    name: 'pct-adjusted-wrong',
    province: 1,
    what: 'September: the percentage headed "Tỷ lệ lũy kế/KH sau điều chỉnh (%)" of KCĐP line 3 is computed against the original plan.',
    month: 9,
    fault: (r, by) => { by['II.3'].v.pct2 = pct1(by['II.3'].v.cum, by['II.3'].v.plan); },
    keepPct: ['II.3:pct2'],
    expect: (w) => [{ code: 'percent-of-plan-mismatch', file: w[9].file, cell: w[9].cellOf('II.3', 'pct2') }],
  },
];

FAULTS.push({
  name: 'plan-changed',
  province: 1,
  what: 'From June the plan column ("Kế hoạch năm 2024") states the adjusted plan, and no adjusted-plan column says the plan was adjusted: a warning at each line whose plan changed, in June (the sums follow the lines).',
  from: 6,
  noAdjust: true,
  fault: (r, by, data) => { for (const k of LINE_KEYS) by[k].v.plan = data[k].adj; },
  expect: (w) => LINE_KEYS.map((k) => ({ code: 'plan-changed', file: w[6].file, cell: w[6].cellOf(k, 'plan') })),
});

async function writeYear(dir, pi, data, priorData, fault) {
  const p = PROVINCES[pi];
  const written = {};
  for (let m = 1; m <= MONTHS; m++) {
    if (fault?.drop && fault.month === m) continue;
    const opts = fault?.noAdjust ? { noAdjust: true } : {};
    if (fault?.fault && (fault.from ? m >= fault.from : fault.month === m)) {
      opts.fault = (r, by) => fault.fault(r, by, data);
      opts.keepPct = fault.keepPct;
    }
    written[m] = await writeReport(dir, buildReport(p, pi, m, data, priorData, opts));
    if (fault?.twice && fault.month === m) {
      written.twice = await writeReport(dir, buildReport(p, pi, m, data, priorData, { fault: fault.twice }), '_ban-sua');
    }
  }
  return written;
}

async function main() {
  rmSync(ROOT, { recursive: true, force: true });
  const years = PROVINCES.map((p) => ({ now: provinceYear(p, YEAR), prior: provinceYear(p, YEAR - 1) }));
  for (let pi = 0; pi < PROVINCES.length; pi++) {
    const { now, prior } = years[pi];
    await writeYear(join(ROOT, 'consistent', String(YEAR)), pi, now, prior);
    for (let m = 1; m <= MONTHS; m++) await writeReport(join(ROOT, 'consistent', String(YEAR - 1)), priorReport(PROVINCES[pi], pi, m, prior));
  }
  const manifest = {
    about: 'Seeded faults of fixtures/monthly (scripts/make-monthly-fixtures.mjs). Each faults/<name> folder holds one province\'s January–October 2024 with one fault; checked with --prior consistent/2023, it must give exactly the findings listed (errors and warnings), nothing else. consistent/2024 must give none.',
    provinces: PROVINCES.map((p) => p.name),
    months: `01-${mm(MONTHS)} ${YEAR}`,
    faults: [],
  };
  for (const f of FAULTS) {
    const { now, prior } = years[f.province];
    const written = await writeYear(join(ROOT, 'faults', f.name), f.province, now, prior, f);
    manifest.faults.push({ name: f.name, province: PROVINCES[f.province].name, what: f.what, expect: f.expect(written) });
  }
  writeFileSync(join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const styles = [];
  for (let pi = 0; pi < PROVINCES.length; pi++) for (let m = 1; m <= MONTHS; m++) styles.push({ province: PROVINCES[pi].name, month: m, ...styleOf(pi, m), file: names({ province: PROVINCES[pi], pi, month: m, style: styleOf(pi, m) }).file });
  writeFileSync(join(ROOT, 'styles.json'), JSON.stringify(styles, null, 2) + '\n');
}

await main();
