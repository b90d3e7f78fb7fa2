import type { Cell, Workbook, Worksheet } from 'exceljs';
import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import type { Report } from '../findings/build-report.js';
import type { Lang } from '../findings/catalog.js';
import { PROGS, type ByProg, type Conference, type Figure, type Measure4, type Prog, type StatedTotal } from '../ledger/conference.js';
import { formatDec, ratioDecimal, sub, sum, ZERO, type Dec } from '../ledger/money.js';
import { inUnit } from '../ledger/round.js';
import {
  LAYOUT_WORD, periodWords, progName, regionLabel, roman, scopeName, SEVERITY_WORD, STATUS_WORD, UNIT_EXP, UNIT_NAME, type MoneyUnit,
} from './conference-words.js';
import { monthlySheet } from './monthly-sheet.js';

export interface XlsxOptions {
  unit?: MoneyUnit;
  /** Folder the input paths are relative to: findings link to their file and cell from there. */
  linkBase?: string;
}

const T = {
  vi: {
    sheets: ['Kinh phí', 'Nội dung', 'Chỉ tiêu', 'Đối chiếu', 'Phát hiện', 'Tệp'],
    titleMoney: 'TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG',
    titleAct: 'KINH PHÍ KHUYẾN CÔNG THEO NỘI DUNG HOẠT ĐỘNG',
    titleCount: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KHUYẾN CÔNG',
    titleCheck: 'ĐỐI CHIẾU SỐ TỔNG HỢP VỚI SỐ TÍNH TỪ BÁO CÁO CÁC TỈNH',
    titleFind: 'CÁC PHÁT HIỆN KHI ĐỐI SOÁT',
    titleFiles: 'CÁC TỆP ĐÃ ĐỌC',
    unit: (u: string) => `Đơn vị tính: ${u}`,
    stt: 'STT',
    province: 'Tỉnh, thành phố',
    content: 'Nội dung',
    plan: (y: number) => `Kế hoạch năm ${y}`,
    actual: (p: string) => `Thực hiện ${p}`,
    pct: 'Tỷ lệ TH/KH (%)',
    prior: (p: string) => `Cùng kỳ ${p}`,
    ratio: 'So với cùng kỳ (%)',
    growth: 'Tăng (+), giảm (-) so với cùng kỳ (%)',
    total: 'Tổng cộng',
    countHead: ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm', 'Thực hiện', 'Tỷ lệ TH/KH (%)'],
    countUnit: 'Đơn vị tính: theo từng chỉ tiêu',
    checkHead: ['Tệp', 'Trang', 'Ô', 'Dòng', 'Chương trình', 'Chỉ tiêu', 'Số báo cáo', 'Số tính từ các tỉnh', 'Chênh lệch', 'Phát hiện'],
    measure: { plan: 'Kế hoạch năm', actual: 'Thực hiện' },
    differs: 'Số tổng báo cáo khác tổng tính từ các tỉnh',
    noProvinces: 'Không có tỉnh nào để tính',
    agrees: 'Khớp',
    findHead: ['Mức độ', 'Mã', 'Tệp', 'Trang', 'Ô', 'Nội dung', 'Giá trị đúng', 'Giá trị báo cáo', 'Ô liên quan'],
    fileHead: ['Tệp', 'Trạng thái', 'Mẫu biểu', 'Số liệu đã đọc', 'Báo cáo năm trước'],
    yes: 'Có',
    none: 'Không có',
    noData: 'Không có số liệu kinh phí của tỉnh nào',
  },
  en: {
    sheets: ['Funding', 'Activities', 'Targets', 'Cross-check', 'Findings', 'Files'],
    titleMoney: 'KHUYẾN CÔNG FUNDING: PLAN AND ACTUAL',
    titleAct: 'KHUYẾN CÔNG FUNDING BY ACTIVITY',
    titleCount: 'KHUYẾN CÔNG TARGETS: PLAN AND ACTUAL',
    titleCheck: 'STATED TOTALS AGAINST THE SUM OF THE PROVINCES',
    titleFind: 'FINDINGS',
    titleFiles: 'FILES READ',
    unit: (u: string) => `Unit: ${u}`,
    stt: 'No.',
    province: 'Province',
    content: 'Activity',
    plan: (y: number) => `Plan ${y}`,
    actual: (p: string) => `Actual, ${p}`,
    pct: '% of plan',
    prior: (p: string) => `Same period, ${p}`,
    ratio: '% of same period last year',
    growth: 'Growth on same period last year (%)',
    total: 'Total',
    countHead: ['Target', 'Unit', 'Plan of the year', 'Actual', '% of plan'],
    countUnit: 'Unit: per target',
    checkHead: ['File', 'Sheet', 'Cell', 'Row', 'Programme', 'Measure', 'Stated', 'Sum of provinces', 'Difference', 'Finding'],
    measure: { plan: 'Plan of the year', actual: 'Actual' },
    differs: 'The stated total differs from the sum of the provinces',
    noProvinces: 'No province to add up',
    agrees: 'Agrees',
    findHead: ['Severity', 'Code', 'File', 'Sheet', 'Cell', 'Message', 'Expected', 'Reported', 'Related cells'],
    fileHead: ['File', 'Status', 'Layout', 'Figures read', "Last year's report"],
    yes: 'Yes',
    none: 'None',
    noData: 'No province states a funding figure',
  },
} as const;
type Words = (typeof T)[Lang];

const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const SUM_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;
const BAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const PCT_FMT = '#,##0.0';
const FIRST_DATA = 6;

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A money amount in the chosen unit, as the number a cell holds (exact digits, binary only at the cell). */
function num(d: Dec, unit: MoneyUnit): number {
  return Number(formatDec(inUnit(d, UNIT_EXP[unit])));
}

function moneyFormat(values: Dec[], unit: MoneyUnit): string {
  if (unit === 'ty') return '#,##0.000';
  const whole = values.every((d) => inUnit(d, UNIT_EXP[unit]).scale === 0 || formatDec(inUnit(d, UNIT_EXP[unit])).indexOf('.') < 0);
  return whole ? '#,##0' : '#,##0.000';
}

/** Title rows, the unit line, two header rows with merged groups; frozen header and print setup. */
function frame(ws: Worksheet, title: string, scope: string, unitLine: string, fixed: string[], groups: Array<{ label: string; subs: string[] }>): number {
  const width = fixed.length + groups.reduce((n, g) => n + g.subs.length, 0);
  const last = colLetter(width);
  ws.getCell('A1').value = title;
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A2').value = scope;
  ws.mergeCells(`A2:${last}2`);
  ws.getCell(`A3`).value = unitLine;
  ws.mergeCells(`A3:${last}3`);
  for (const r of [1, 2]) ws.getRow(r).font = { bold: true, size: r === 1 ? 13 : 11 };
  for (const r of [1, 2]) ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
  ws.getCell('A3').alignment = { horizontal: 'right' };
  ws.getCell('A3').font = { italic: true };
  fixed.forEach((h, i) => {
    ws.getCell(4, i + 1).value = h;
    ws.mergeCells(4, i + 1, 5, i + 1);
  });
  let c = fixed.length + 1;
  for (const g of groups) {
    ws.getCell(4, c).value = g.label;
    if (g.subs.length > 1) ws.mergeCells(4, c, 4, c + g.subs.length - 1);
    g.subs.forEach((s, i) => (ws.getCell(5, c + i).value = s));
    if (g.subs.length === 1 && !g.subs[0]) ws.mergeCells(4, c, 5, c);
    c += g.subs.length;
  }
  for (const r of [4, 5]) {
    for (let i = 1; i <= width; i++) {
      const cell = ws.getCell(r, i);
      cell.font = { bold: true };
      cell.fill = HEAD_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  ws.getRow(4).height = 32;
  ws.views = [{ state: 'frozen', xSplit: fixed.length >= 2 ? 2 : 0, ySplit: 5 }];
  ws.pageSetup = {
    orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: '4:5', horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  return width;
}

function styleBody(ws: Worksheet, width: number): void {
  for (let r = FIRST_DATA; r <= ws.rowCount; r++) {
    for (let c = 1; c <= width; c++) ws.getCell(r, c).border = BORDER;
  }
}

/** A row of the programme table: its figures, or the rows it sums (a subtotal or total). */
interface TableRow {
  stt: string;
  label: string;
  figures: ByProg;
  /** Sheet rows whose cells this row sums (SUM formula); absent for a province or line row. */
  sumOf?: number[];
  bold?: boolean;
}

type Group = { measure: Measure4 } | { ratio: 'pct' | 'ratio' | 'growth' };

/** Exact value a cell shows: a money amount (undefined = blank), with a summed row's blanks as zero. */
function cellDec(f: Figure | undefined, summed: boolean): Dec | undefined {
  return f ? f.value : summed ? ZERO : undefined;
}

function ratioCached(a: Dec | undefined, b: Dec | undefined, kind: 'pct' | 'ratio' | 'growth'): number | string {
  if (a === undefined || b === undefined || b.units === 0n) return '';
  const q = ratioDecimal(a, b, 100);
  return (kind === 'growth' ? q.minus(100) : q).toNumber();
}

function ratioFormula(a: string, b: string, kind: 'pct' | 'ratio' | 'growth'): string {
  const q = kind === 'growth' ? `(${a}/${b}-1)*100` : `${a}/${b}*100`;
  return `IF(OR(${a}="",${b}="",N(${b})=0),"",${q})`;
}

/**
 * The table of plan, actual, % of plan, same period last year, ratio and growth per programme
 * group (KCQG | KCĐP | Cộng). Sums are SUM formulas of the rows below with exact cached values;
 * a province's Cộng is the SUM of its two programmes where it states either.
 */
function programmeTable(ws: Worksheet, rows: TableRow[], groups: Group[], unit: MoneyUnit, moneyFmt: string): void {
  const colOf = (gi: number, pi: number) => 3 + gi * 3 + pi;
  const measureCol = (m: Measure4, pi: number) => {
    const gi = groups.findIndex((g) => 'measure' in g && g.measure === m);
    return gi < 0 ? undefined : colOf(gi, pi);
  };
  rows.forEach((row, i) => {
    const r = FIRST_DATA + i;
    const summed = !!row.sumOf;
    ws.getCell(r, 1).value = row.stt;
    ws.getCell(r, 2).value = row.label;
    groups.forEach((g, gi) => {
      PROGS.forEach((prog: Prog, pi) => {
        const cell = ws.getCell(r, colOf(gi, pi));
        if ('measure' in g) {
          const f = row.figures[prog][g.measure];
          const col = colLetter(colOf(gi, pi));
          cell.numFmt = moneyFmt;
          if (row.sumOf) {
            const v = cellDec(f, true)!;
            cell.value = { formula: `SUM(${row.sumOf.map((n) => `${col}${n}`).join(',')})`, result: num(v, unit) };
          } else if (prog === '' && (row.figures.KCQG[g.measure] || row.figures.KCDP[g.measure])) {
            cell.value = { formula: `SUM(${colLetter(colOf(gi, 0))}${r}:${colLetter(colOf(gi, 1))}${r})`, result: num(f!.value, unit) };
          } else if (f) cell.value = num(f.value, unit);
          return;
        }
        const [am, bm]: [Measure4, Measure4] = g.ratio === 'pct' ? ['actual', 'plan'] : ['actual', 'prior'];
        const ac = measureCol(am, pi), bc = measureCol(bm, pi);
        if (!ac || !bc) return;
        cell.numFmt = PCT_FMT;
        cell.value = {
          formula: ratioFormula(`${colLetter(ac)}${r}`, `${colLetter(bc)}${r}`, g.ratio),
          result: ratioCached(cellDec(row.figures[prog][am], summed), cellDec(row.figures[prog][bm], summed), g.ratio),
        };
      });
    });
    if (row.bold) ws.getRow(r).font = { bold: true };
    if (row.sumOf) for (let c = 1; c <= 2 + groups.length * 3; c++) ws.getCell(r, c).fill = SUM_FILL;
  });
}

function groupHeads(w: Words, groups: Group[], c: Conference, lang: Lang): Array<{ label: string; subs: string[] }> {
  const pw = periodWords(c.period, c.year, lang).replace(/^./, (x) => x.toLowerCase());
  const ppw = periodWords(c.period, c.year - 1, lang).replace(/^./, (x) => x.toLowerCase());
  const subs = PROGS.map((p) => progName(p, lang));
  return groups.map((g) => {
    if ('measure' in g) {
      const label = g.measure === 'plan' ? w.plan(c.year) : g.measure === 'actual' ? w.actual(pw) : g.measure === 'prior' ? w.prior(ppw) : w.plan(c.year - 1);
      return { label, subs };
    }
    return { label: g.ratio === 'pct' ? w.pct : g.ratio === 'ratio' ? w.ratio : w.growth, subs };
  });
}

function allMoney(c: Conference): Dec[] {
  const out: Dec[] = [];
  const take = (b: ByProg) => PROGS.forEach((p) => (['plan', 'actual', 'prior'] as const).forEach((m) => b[p][m] && out.push(b[p][m]!.value)));
  for (const g of c.regions) for (const p of g.provinces) take(p.programs);
  for (const a of c.activities) take(a.programs);
  return out;
}

const MONEY_GROUPS: Group[] = [{ measure: 'plan' }, { measure: 'actual' }, { ratio: 'pct' }, { measure: 'prior' }, { ratio: 'ratio' }, { ratio: 'growth' }];

function fundingSheet(wb: Workbook, c: Conference, lang: Lang, unit: MoneyUnit, fmt: string): void {
  const w = T[lang];
  const ws = wb.addWorksheet(w.sheets[0]);
  const pw = periodWords(c.period, c.year, lang);
  const width = frame(ws, `${w.titleMoney} ${pw.toUpperCase()}`, scopeName(c.region, lang, c.regionRead), w.unit(UNIT_NAME[lang][unit]), [w.stt, w.province], groupHeads(w, MONEY_GROUPS, c, lang));
  const rows: TableRow[] = [];
  const regionRows: number[] = [];
  rows.push({ stt: '', label: w.total.toUpperCase(), figures: c.total, bold: true, sumOf: [] });
  c.regions.forEach((g, gi) => {
    const at = FIRST_DATA + rows.length;
    regionRows.push(at);
    const first = at + 1;
    rows.push({ stt: roman(gi), label: regionLabel(g, lang), figures: g.total, bold: true, sumOf: g.provinces.map((_, i) => first + i) });
    g.provinces.forEach((p, i) => rows.push({ stt: String(i + 1), label: p.name, figures: p.programs }));
  });
  rows[0]!.sumOf = regionRows;
  programmeTable(ws, rows, MONEY_GROUPS, unit, fmt);
  styleBody(ws, width);
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 30;
  for (let i = 3; i <= width; i++) ws.getColumn(i).width = 11;
}

function activitySheet(wb: Workbook, c: Conference, lang: Lang, unit: MoneyUnit, fmt: string): void {
  const w = T[lang];
  const ws = wb.addWorksheet(w.sheets[1]);
  const groups: Group[] = [{ measure: 'plan' }, { measure: 'actual' }, { ratio: 'pct' }, { measure: 'prior' }, { ratio: 'ratio' }];
  const pw = periodWords(c.period, c.year, lang);
  const width = frame(ws, `${w.titleAct} ${pw.toUpperCase()}`, scopeName(c.region, lang, c.regionRead), w.unit(UNIT_NAME[lang][unit]), [w.stt, w.content], groupHeads(w, groups, c, lang));
  const rows: TableRow[] = [{ stt: '', label: w.total.toUpperCase(), figures: sumAll(c.activities.map((a) => a.programs)), bold: true, sumOf: c.activities.map((_, i) => FIRST_DATA + 1 + i) }];
  c.activities.forEach((a, i) => rows.push({ stt: String(i + 1), label: a.label, figures: a.programs }));
  programmeTable(ws, rows, groups, unit, fmt);
  styleBody(ws, width);
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 42;
  for (let i = 3; i <= width; i++) ws.getColumn(i).width = 11;
}

function sumAll(list: ByProg[]): ByProg {
  const out: ByProg = { KCQG: {}, KCDP: {}, '': {} };
  for (const p of PROGS) {
    for (const m of ['plan', 'actual', 'prior', 'priorPlan'] as const) {
      const parts = list.map((b) => b[p][m]).filter((f): f is Figure => !!f);
      if (parts.length) out[p][m] = { value: sum(parts.map((f) => f.value)), sources: parts.flatMap((f) => f.sources) };
    }
  }
  return out;
}

function countSheet(wb: Workbook, c: Conference, lang: Lang): void {
  const w = T[lang];
  const ws = wb.addWorksheet(w.sheets[2]);
  const pw = periodWords(c.period, c.year, lang);
  const [label, unitH, planH, actH, pctH] = w.countHead;
  const width = frame(ws, `${w.titleCount} ${pw.toUpperCase()}`, scopeName(c.region, lang, c.regionRead), w.countUnit, [w.stt, label, unitH], [
    { label: planH, subs: [w.plan(c.year)] }, { label: actH, subs: [w.actual(pw.replace(/^./, (x) => x.toLowerCase()))] }, { label: pctH, subs: [''] },
  ]);
  c.counts.forEach((k, i) => {
    const r = FIRST_DATA + i;
    ws.getCell(r, 1).value = String(i + 1);
    ws.getCell(r, 2).value = k.label;
    ws.getCell(r, 3).value = k.unit;
    if (k.plan) ws.getCell(r, 4).value = Number(formatDec(k.plan.value));
    if (k.actual) ws.getCell(r, 5).value = Number(formatDec(k.actual.value));
    for (const col of [4, 5]) ws.getCell(r, col).numFmt = '#,##0';
    ws.getCell(r, 6).value = { formula: ratioFormula(`E${r}`, `D${r}`, 'pct'), result: ratioCached(k.actual?.value, k.plan?.value, 'pct') };
    ws.getCell(r, 6).numFmt = '#,##0.00';
  });
  if (!c.counts.length) ws.getCell(FIRST_DATA, 2).value = w.none;
  styleBody(ws, width);
  [5, 42, 12, 14, 14, 12].forEach((wd, i) => (ws.getColumn(i + 1).width = wd));
}

const placeKey = (l: { file: string; sheet?: string; cell?: string }) => `${l.file}\u0000${l.sheet ?? ''}\u0000${l.cell ?? ''}`;

/** The findings behind a stated total's difference: at its cell, or at the rows of the table that disagree with the provinces' reports. */
function explaining(report: Report, s: StatedTotal): Report['findings'] {
  const cells = new Set([s.entry, ...s.rowsDiffering].map((e) => placeKey(e.source)));
  return report.findings.filter((f) => cells.has(placeKey(f.location)) || f.related.some((r) => cells.has(placeKey(r))));
}

function checkSheet(wb: Workbook, c: Conference, report: Report, lang: Lang, unit: MoneyUnit, fmt: string): void {
  const w = T[lang];
  const ws = wb.addWorksheet(w.sheets[3]);
  const width = frame(ws, w.titleCheck, scopeName(c.region, lang, c.regionRead), w.unit(UNIT_NAME[lang][unit]), [w.stt, ...w.checkHead.slice(0, 6)], w.checkHead.slice(6).map((h) => ({ label: h, subs: [''] })));
  c.stated.forEach((s, i) => {
    const r = FIRST_DATA + i;
    const src = s.entry.source;
    const at = explaining(report, s);
    const differs = s.agrees === false;
    const values = [String(i + 1), src.file, src.sheet, src.cell, s.entry.label, progName(s.program, lang), w.measure[s.measure]];
    values.forEach((v, j) => (ws.getCell(r, j + 1).value = v));
    ws.getCell(r, 8).value = num(s.entry.amount, unit);
    if (s.computed) ws.getCell(r, 9).value = num(s.computed.value, unit);
    ws.getCell(r, 10).value = { formula: `IF(I${r}="","",H${r}-I${r})`, result: s.computed ? num(sub(s.entry.amount, s.computed.value), unit) : '' };
    for (const col of [8, 9, 10]) ws.getCell(r, col).numFmt = fmt;
    const note = at.length ? at.map((f) => `${f.code}: ${f.message}`).join('\n') : !s.computed ? w.noProvinces : differs ? w.differs : w.agrees;
    ws.getCell(r, 11).value = note;
    if (differs) for (let col = 1; col <= width; col++) ws.getCell(r, col).fill = BAD_FILL;
  });
  if (!c.stated.length) ws.getCell(FIRST_DATA, 2).value = w.none;
  styleBody(ws, width);
  [5, 34, 12, 7, 22, 11, 14, 13, 13, 12, 60].forEach((wd, i) => (ws.getColumn(i + 1).width = wd));
  ws.getColumn(11).alignment = { wrapText: true, vertical: 'top' };
}

/** A link to a file's cell where the file is a local workbook; the file itself for text files. */
function link(file: string, sheet: string | undefined, cell: string | undefined, base: string | undefined): string | undefined {
  if (!base && !isAbsolute(file)) return undefined;
  const url = pathToFileURL(isAbsolute(file) ? file : resolve(base!, file)).href;
  if (sheet && cell && /\.(xlsx|xlsm|xls|ods)$/i.test(file)) return `${url}#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return url;
}

function findingsSheet(wb: Workbook, report: Report, scope: string, lang: Lang, base: string | undefined): void {
  const w = T[lang];
  const ws = wb.addWorksheet(w.sheets[4]);
  const width = frame(ws, w.titleFind, scope, '', [w.stt, ...w.findHead], []);
  const numeric = (s?: string) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s ?? null);
  report.findings.forEach((f, i) => {
    const r = FIRST_DATA + i;
    const l = f.location;
    const href = link(l.file, l.sheet, l.cell, base);
    const values: Array<string | number | null> = [String(i + 1), SEVERITY_WORD[lang][f.severity] ?? f.severity, f.code, l.file, l.sheet ?? null, l.cell ?? null, f.message, numeric(f.expected), numeric(f.reported),
      f.related.map((x) => (x.file === l.file ? `${x.sheet && x.sheet !== l.sheet ? `${x.sheet}!` : ''}${x.cell ?? ''}` : `${x.file}!${x.cell ?? ''}`)).join(', ') || null];
    values.forEach((v, j) => (ws.getCell(r, j + 1).value = v));
    if (href) {
      const cell: Cell = ws.getCell(r, l.cell ? 6 : 4);
      cell.value = { text: String(cell.value ?? l.file), hyperlink: href };
      cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (f.severity === 'error') ws.getCell(r, 2).fill = BAD_FILL;
  });
  if (!report.findings.length) ws.getCell(FIRST_DATA, 2).value = w.none;
  styleBody(ws, width);
  [5, 10, 26, 34, 12, 8, 80, 16, 16, 24].forEach((wd, i) => (ws.getColumn(i + 1).width = wd));
  ws.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
}

function filesSheet(wb: Workbook, report: Report, scope: string, lang: Lang): void {
  const w = T[lang];
  const ws = wb.addWorksheet(w.sheets[5]);
  const width = frame(ws, w.titleFiles, scope, '', [w.stt, ...w.fileHead], []);
  report.files.forEach((f, i) => {
    const r = FIRST_DATA + i;
    [String(i + 1), f.file, STATUS_WORD[lang][f.status] ?? f.status, LAYOUT_WORD[lang][f.layout ?? 'none'] ?? '', f.entries, f.prior ? w.yes : null].forEach((v, j) => (ws.getCell(r, j + 1).value = v));
  });
  styleBody(ws, width);
  [5, 50, 16, 22, 14, 18].forEach((wd, i) => (ws.getColumn(i + 1).width = wd));
}

/**
 * The summary workbook as the tables a regional conference presents: funding by province
 * grouped by region (SUM formulas with exact cached values), by activity, targets, stated totals
 * against the computed ones, findings with links to their cells, and the files read.
 */
export async function renderXlsx(report: Report, conference: Conference | undefined, options: XlsxOptions = {}): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const lang = report.lang;
  const unit = options.unit ?? 'trieu';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-recon';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const scope = conference ? `${scopeName(conference.region, lang, conference.regionRead)} – ${periodWords(conference.period, conference.year, lang)}` : scopeName('', lang);
  if (conference) {
    const fmt = moneyFormat(allMoney(conference), unit);
    fundingSheet(wb, conference, lang, unit, fmt);
    activitySheet(wb, conference, lang, unit, fmt);
    countSheet(wb, conference, lang);
    checkSheet(wb, conference, report, lang, unit, fmt);
  } else {
    const ws = wb.addWorksheet(T[lang].sheets[0]);
    ws.getCell('A1').value = T[lang].noData;
  }
  findingsSheet(wb, report, scope, lang, options.linkBase);
  filesSheet(wb, report, scope, lang);
  monthlySheet(wb, report.monthly ?? [], lang, unit);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
