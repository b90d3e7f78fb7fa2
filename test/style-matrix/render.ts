import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAddress } from '../../src/read/grid.js';
import { encodeCp1258, toTcvn3, toVni, vniBytes } from './encode.js';
import { FAULTS, pct, region, total, transposed, type Line, type ProvinceReport } from './region.js';

/**
 * Renders the region of region.ts in one combination of styles: each axis below is a way real
 * offices write the same report. The matrix (matrix.ts) picks combinations on purpose so that
 * every value of every axis appears, in many pairings.
 */
export interface Style {
  /** 'csv-vni': VNI text read as Latin-1 and saved as UTF-8; 'vni-bytes': a file of VNI bytes. */
  format: 'xlsx' | 'xlsx-tcvn3' | 'csv' | 'csv-bom' | 'csv-semicolon' | 'tsv' | 'utf16' | 'cp1258' | 'csv-vni' | 'vni-bytes';
  /** Where the province is stated. */
  province: 'letterhead' | 'letterhead-multiline' | 'title-dash' | 'sheet' | 'file' | 'file-camel';
  /**
   * Where the period (nine months) is stated: the title, a subtitle line, the file name, only the
   * column headers; 'luy-ke': only the headers, as "Lũy kế đến 30/9/2024" and "Cùng kỳ năm 2023".
   */
  period: 'title' | 'subtitle' | 'file' | 'headers' | 'luy-ke';
  header: 'two-row' | 'one-row' | 'three-row' | 'numbered';
  unit: 'dvt-line' | 'tr-dong' | 'thousand' | 'english' | 'so-tien' | 'in-header' | 'dong';
  pctHeader: string;
  pctCell: 'dec1' | 'sign' | 'whole';
  /** Line numbering; 'none': no STT column at all (the hierarchy from the labels). */
  stt: 'roman' | 'letter' | 'decimal' | 'dash' | 'none';
  /**
   * Programmes as row sections (KHUYẾN CÔNG QUỐC GIA / ĐỊA PHƯƠNG), or as column groups under
   * each measure: KCQG | KCĐP | Cộng, a leading Tổng số | KCQG | KCĐP, or a one-row header
   * "Kế hoạch năm 2024 KCQG | … | Kế hoạch năm 2024 Cộng".
   */
  programmes: 'rows' | 'columns' | 'total-first' | 'one-row';
  counts: boolean;
  /** Text formats: Vietnamese grouping ("1.234") or plain digits. */
  numbers: 'vi' | 'plain';
  /** xlsx: stored values carry binary noise (9.99999999999998 shown as 10). */
  noise: boolean;
  /** The summary comes with an annex of last year's figures (a second sheet, or a second file). */
  annex: boolean;
}

export interface RenderedFile {
  name: string;
  bytes: Buffer;
}

export interface Rendering {
  files: RenderedFile[];
  /** Expected errors of the faulty twin: `code@file!cell`. */
  faults: string[];
}

type Value = string | number;
interface Cell {
  v: Value;
  /** xlsx number format. */
  fmt?: string;
}
interface Sheet {
  name: string;
  rows: Array<Array<Cell | undefined>>;
  merges: Array<[number, number, number, number]>;
}

const SCALE: Record<Style['unit'], number> = { 'dvt-line': 1, 'tr-dong': 1, thousand: 1000, english: 1, 'so-tien': 1, 'in-header': 1, dong: 1_000_000 };
const UNIT_LINE: Record<Style['unit'], string> = {
  'dvt-line': 'Đơn vị tính: triệu đồng', 'tr-dong': 'ĐVT: Tr.đồng', thousand: 'ĐVT: 1.000 đồng', english: 'Unit: million VND',
  'so-tien': 'ĐVT số tiền: trđ', 'in-header': '', dong: 'Đơn vị: đồng',
};
const ROW_UNIT: Record<Style['unit'], string> = {
  'dvt-line': 'triệu đồng', 'tr-dong': 'Tr.đồng', thousand: '1.000 đồng', english: 'triệu đồng', 'so-tien': 'trđ', 'in-header': 'triệu đồng', dong: 'đồng',
};

const isText = (s: Style) => !s.format.startsWith('xlsx');

function camel(ascii: string): string {
  return ascii.replace(/^TP-/, '').split('-').join('');
}

function viNumber(n: number, decimals: number, grouping: boolean): string {
  const s = n.toFixed(decimals);
  const [int, dec] = s.split('.');
  const grouped = grouping ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int!;
  return dec ? `${grouped},${dec}` : grouped;
}

/** A money figure in the style's unit and number style. */
function money(s: Style, trieu: number): Cell {
  const v = trieu * SCALE[s.unit];
  if (isText(s)) return { v: viNumber(v, 0, s.numbers === 'vi') };
  return { v: s.noise ? v * (1 + 2 ** -52) : v, fmt: '#,##0' };
}

function count(s: Style, n: number): Cell {
  return isText(s) ? { v: String(n) } : { v: n, fmt: '0' };
}

/** A stated percentage (value in percent points, rounded as the style shows it). */
function percent(s: Style, p: number): Cell {
  const decimals = s.pctCell === 'whole' ? 0 : 1;
  const shown = Math.round(p * 10 ** decimals) / 10 ** decimals;
  if (isText(s)) return { v: viNumber(shown, decimals, false) + (s.pctCell === 'sign' ? '%' : '') };
  if (s.pctCell === 'sign') return { v: s.noise ? (shown / 100) * (1 - 2 ** -52) : shown / 100, fmt: '0.0%' };
  return { v: s.noise ? shown * (1 - 2 ** -52) : shown, fmt: decimals ? '0.0' : '0' };
}

function shownPct(s: Style, actual: number, plan: number): number {
  return pct(actual, plan, s.pctCell === 'whole' ? 0 : 1);
}

interface FormPlan {
  report: ProvinceReport;
  fileBase: string;
  sheetName: string;
}

function formNames(s: Style, p: ProvinceReport): FormPlan {
  const period = s.period === 'file' ? '-9T2024' : '';
  let fileBase = `bc-${p.code}${period}`;
  let sheetName = 'Bao cao';
  if (s.province === 'file') fileBase = `${p.code}-${p.ascii}${period || '-2024'}`;
  if (s.province === 'file-camel') fileBase = `BaoCao_${camel(p.ascii)}${period || '_2024'}`;
  if (s.province === 'sheet') {
    if (isText(s)) fileBase = `${p.name}${period}`;
    else sheetName = p.name;
  }
  if (s.period === 'file' && s.province !== 'file' && s.province !== 'file-camel' && !(s.province === 'sheet' && isText(s))) fileBase = `bc-${p.code}-9T2024`;
  return { report: p, fileBase, sheetName };
}

/** The rows of one province's form, with the cells of the seeded faults noted. */
function formSheet(s: Style, plan: FormPlan, faulty: boolean, faults: Array<{ code: string; row: number; col: number }>, index: number): Sheet {
  return s.programmes === 'rows' ? rowsForm(s, plan, faulty, faults, index) : columnsForm(s, plan, faulty, faults, index);
}

/** How the headers name this period and the same period last year. */
function periodWords(s: Style): { actual: string; prior: string; actualShort: string; priorShort: string } {
  if (s.period === 'luy-ke') return { actual: 'Lũy kế đến 30/9/2024', prior: 'Cùng kỳ năm 2023', actualShort: 'Lũy kế đến 30/9/2024', priorShort: 'Cùng kỳ năm 2023' };
  return { actual: 'Thực hiện 9 tháng năm 2024', prior: 'Thực hiện 9 tháng năm 2023', actualShort: '9 tháng năm 2024', priorShort: '9 tháng năm 2023' };
}

/** The title block of a form (letterhead, title, subtitle, unit line); returns the next free row. */
function titleBlock(s: Style, p: ProvinceReport, put: (r: number, c: number, cell: string) => void): number {
  const agency = 'SỞ CÔNG THƯƠNG';
  if (s.province === 'letterhead') {
    put(1, 1, `UBND ${p.upper}`);
    put(2, 1, agency);
  } else if (s.province === 'letterhead-multiline') put(1, 1, `${agency}\n${p.upper}`);
  else put(1, 1, agency);
  put(1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  put(2, 5, 'Độc lập - Tự do - Hạnh phúc');
  let r = 4;
  const titleBase = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG';
  const dash = s.province === 'title-dash' ? ` - ${p.upper.replace(/^(TỈNH|THÀNH PHỐ) /, '')}` : '';
  if (s.period === 'title') put(r++, 1, `${titleBase} 9 THÁNG NĂM 2024${dash}`);
  else if (s.period === 'subtitle') {
    put(r++, 1, `${titleBase}${dash}`);
    put(r++, 1, '(Kỳ báo cáo: 9 tháng năm 2024)');
  } else put(r++, 1, `${titleBase} NĂM 2024${dash}`);
  if (UNIT_LINE[s.unit]) put(r++, 4, UNIT_LINE[s.unit]);
  return r + 1;
}

/** The signature block under a form. */
function signatures(p: ProvinceReport, r: number, put: (r: number, c: number, cell: string) => void): void {
  put(r, 5, `${p.name}, ngày 05 tháng 10 năm 2024`);
  put(r + 1, 2, 'Người lập biểu');
  put(r + 1, 5, 'GIÁM ĐỐC');
}

/**
 * A form with the programmes as column groups: one row per activity, KCQG | KCĐP | Cộng (or
 * Tổng số first) under plan, actual and last year's actual, the percent of plan on the Cộng.
 */
function columnsForm(s: Style, plan: FormPlan, faulty: boolean, faults: Array<{ code: string; row: number; col: number }>, index: number): Sheet {
  const p = plan.report;
  const rows: Sheet['rows'] = [];
  const merges: Sheet['merges'] = [];
  const put = (r: number, c: number, cell: Cell | string | undefined) => {
    if (c >= 1) (rows[r - 1] ??= [])[c - 1] = typeof cell === 'string' ? { v: cell } : cell;
  };
  let r = titleBlock(s, p, put);
  const numbered = s.stt !== 'none';
  const lead = [...(numbered ? ['STT'] : []), 'Nội dung', ...(s.counts ? ['ĐVT'] : [])];
  const progs = s.programmes === 'total-first' ? ['both', 'qg', 'dp'] as const : ['qg', 'dp', 'both'] as const;
  const progWord = { qg: 'KCQG', dp: 'KCĐP', both: s.programmes === 'total-first' ? 'Tổng số' : 'Cộng' };
  const inHeader = s.unit === 'in-header' ? ' (triệu đồng)' : '';
  const words = periodWords(s);
  const measures = [['plan', `Kế hoạch năm 2024${inHeader}`], ['actual', `${words.actual}${inHeader}`], ['prior', `${words.prior}${inHeader}`]] as const;
  const colOf = (m: string, prog: string) => lead.length + 1 + measures.findIndex(([k]) => k === m) * 3 + progs.indexOf(prog as never);
  const pctCol = lead.length + 1 + measures.length * 3;
  const top = r;
  if (s.programmes === 'one-row') {
    lead.forEach((h, i) => put(top, i + 1, h));
    for (const [m, h] of measures) for (const g of progs) put(top, colOf(m, g), `${h.replace(inHeader, '')} ${progWord[g]}${inHeader}`);
    put(top, pctCol, s.pctHeader);
    r = top + 1;
  } else {
    lead.forEach((h, i) => {
      put(top, i + 1, h);
      merges.push([top, i + 1, top + 1, i + 1]);
    });
    for (const [m, h] of measures) {
      put(top, colOf(m, progs[0]), h);
      merges.push([top, colOf(m, progs[0]), top, colOf(m, progs[2])]);
      for (const g of progs) put(top + 1, colOf(m, g), progWord[g]);
    }
    put(top, pctCol, s.pctHeader);
    merges.push([top, pctCol, top + 1, pctCol]);
    r = top + 2;
  }
  if (s.header === 'numbered') {
    for (let c = 1; c <= pctCol; c++) put(r, c, `(${c})`);
    r++;
  }
  const fault = (kind: string) => (faulty ? FAULTS.find((f) => f.kind === kind && f.province === index) : undefined);
  const zero = { plan: 0, actual: 0, prior: 0 };
  const figures = (row: number, q: Line | typeof zero | undefined, d: Line | typeof zero | undefined, opts: { countUnit?: string; pctFault?: boolean; planOff?: boolean } = {}) => {
    const cell = opts.countUnit ? (n: number) => count(s, n) : (n: number) => money(s, n);
    if (s.counts) put(row, lead.length, opts.countUnit ?? ROW_UNIT[s.unit]);
    const both = total([q ?? zero, d ?? zero] as Line[]);
    for (const [m] of measures) {
      if (q) put(row, colOf(m, 'qg'), cell(q[m] + (m === 'plan' && opts.planOff ? 1 : 0)));
      if (d) put(row, colOf(m, 'dp'), cell(d[m]));
      put(row, colOf(m, 'both'), cell(both[m]));
    }
    const shown = shownPct(s, both.actual, both.plan);
    put(row, pctCol, percent(s, opts.pctFault ? transposed(shown) : shown));
  };
  const stt = (i: number) => (s.stt === 'roman' || s.stt === 'letter' || s.stt === 'decimal' ? String(i + 1) : '-');
  const label = numbered ? 2 : 1;
  const activities = [...new Set([...p.qg, ...p.dp].map((l) => l.activity))];
  // The total first, unnumbered; the lines (money, then counts) numbered under it.
  put(r, label, 'TỔNG CỘNG');
  figures(r, total(p.qg), total(p.dp), { planOff: !!fault('section-plan-off') });
  if (fault('section-plan-off')) faults.push({ code: 'sum-mismatch', row: r, col: colOf('plan', 'qg') });
  r++;
  activities.forEach((a, i) => {
    const q = p.qg.find((l) => l.activity === a);
    const d = p.dp.findIndex((l) => l.activity === a);
    const f = fault('pct-transposed');
    // The seeded slip sits on a line of the local programme only: its Cộng is that programme's.
    const pctFault = !!f && f.kind === 'pct-transposed' && d === f.line && !q;
    if (numbered) put(r, 1, stt(i));
    put(r, label, (q ?? p.dp[d]!).label);
    figures(r, q, d >= 0 ? p.dp[d] : undefined, { pctFault });
    if (pctFault) faults.push({ code: 'percent-of-plan-mismatch', row: r, col: pctCol });
    r++;
  });
  if (s.counts) {
    p.counts.forEach((l, i) => {
      const f = fault('count-pct-wrong');
      const pctFault = !!f && f.kind === 'count-pct-wrong' && f.line === i;
      if (numbered) put(r, 1, stt(activities.length + i));
      put(r, label, l.label);
      figures(r, undefined, l, { countUnit: l.count!, pctFault });
      if (pctFault) faults.push({ code: 'percent-of-plan-mismatch', row: r, col: pctCol });
      r++;
    });
  }
  signatures(p, r + 1, put);
  return { name: plan.sheetName, rows, merges };
}

/** A form with the programmes as row sections (KHUYẾN CÔNG QUỐC GIA, ĐỊA PHƯƠNG) and a total row. */
function rowsForm(s: Style, plan: FormPlan, faulty: boolean, faults: Array<{ code: string; row: number; col: number }>, index: number): Sheet {
  const p = plan.report;
  const rows: Sheet['rows'] = [];
  const merges: Sheet['merges'] = [];
  const put = (r: number, c: number, cell: Cell | string | undefined) => {
    if (c >= 1) (rows[r - 1] ??= [])[c - 1] = typeof cell === 'string' ? { v: cell } : cell;
  };
  let r = titleBlock(s, p, put);
  // Header.
  const inHeader = s.unit === 'in-header' ? ' (triệu đồng)' : '';
  const cols: string[] = [...(s.stt === 'none' ? [] : ['stt']), 'label', ...(s.counts ? ['unit'] : []), 'plan', 'actual', 'prior', 'pct'];
  const col = (k: string) => cols.indexOf(k) + 1;
  const top = r;
  const label = { stt: 'STT', label: 'Nội dung', unit: 'ĐVT' } as Record<string, string>;
  const words = periodWords(s);
  if (s.header === 'one-row') {
    for (const k of ['stt', 'label', 'unit']) if (col(k)) put(top, col(k), label[k]);
    put(top, col('plan'), `Kế hoạch năm 2024${inHeader}`);
    put(top, col('actual'), `${words.actual}${inHeader}`);
    put(top, col('prior'), `Cùng kỳ năm 2023${inHeader}`);
    put(top, col('pct'), s.pctHeader);
    r = top + 1;
  } else if (s.header === 'three-row') {
    for (const k of ['stt', 'label', 'unit']) if (col(k)) {
      put(top, col(k), label[k]);
      merges.push([top, col(k), top + 2, col(k)]);
    }
    put(top, col('plan'), `Kế hoạch${inHeader}`);
    put(top + 1, col('plan'), 'Năm 2024');
    merges.push([top + 1, col('plan'), top + 2, col('plan')]);
    put(top, col('actual'), `Thực hiện${inHeader}`);
    merges.push([top, col('actual'), top, col('prior')]);
    put(top + 1, col('actual'), s.period === 'luy-ke' ? 'Lũy kế đến 30/9' : 'Lũy kế 9 tháng');
    merges.push([top + 1, col('actual'), top + 1, col('prior')]);
    put(top + 2, col('actual'), 'Năm 2024');
    put(top + 2, col('prior'), 'Năm 2023');
    put(top, col('pct'), s.pctHeader);
    merges.push([top, col('pct'), top + 2, col('pct')]);
    r = top + 3;
  } else {
    for (const k of ['stt', 'label', 'unit']) if (col(k)) {
      put(top, col(k), label[k]);
      merges.push([top, col(k), top + 1, col(k)]);
    }
    put(top, col('plan'), `Kế hoạch năm 2024${inHeader}`);
    merges.push([top, col('plan'), top + 1, col('plan')]);
    put(top, col('actual'), `Thực hiện${inHeader}`);
    merges.push([top, col('actual'), top, col('prior')]);
    put(top + 1, col('actual'), words.actualShort);
    put(top + 1, col('prior'), words.priorShort);
    put(top, col('pct'), s.pctHeader);
    merges.push([top, col('pct'), top + 1, col('pct')]);
    r = top + 2;
    if (s.header === 'numbered') {
      cols.forEach((_, i) => put(r, i + 1, `(${i + 1})`));
      r++;
    }
  }
  // Body.
  const stt = (kind: 'section' | 'line', sec: number, i: number): string => {
    if (s.stt === 'roman') return kind === 'section' ? ['I', 'II'][sec]! : String(i + 1);
    if (s.stt === 'letter') return kind === 'section' ? ['A', 'B'][sec]! : String(i + 1);
    if (s.stt === 'decimal') return kind === 'section' ? String(sec + 1) : `${sec + 1}.${i + 1}`;
    if (s.stt === 'none') return '';
    return kind === 'section' ? ['I', 'II'][sec]! : '-';
  };
  const figures = (row: number, l: { plan: number; actual: number; prior: number }, opts: { countUnit?: string; pctFault?: boolean; planOff?: boolean } = {}) => {
    const plan = l.plan + (opts.planOff ? 1 : 0);
    const cell = opts.countUnit ? (n: number) => count(s, n) : (n: number) => money(s, n);
    if (s.counts) put(row, col('unit'), opts.countUnit ?? ROW_UNIT[s.unit]);
    put(row, col('plan'), cell(plan));
    put(row, col('actual'), cell(l.actual));
    put(row, col('prior'), cell(l.prior));
    const shown = shownPct(s, l.actual, plan);
    put(row, col('pct'), percent(s, opts.pctFault ? transposed(shown) : shown));
  };
  const fault = (kind: string) => (faulty ? FAULTS.find((f) => f.kind === kind && f.province === index) : undefined);
  const sections: Array<[string, Line[], 'qg' | 'dp']> = [['KHUYẾN CÔNG QUỐC GIA', p.qg, 'qg'], ['KHUYẾN CÔNG ĐỊA PHƯƠNG', p.dp, 'dp']];
  sections.forEach(([name, lines, prog], sec) => {
    const planOff = !!fault('section-plan-off') && prog === 'qg';
    put(r, col('stt'), stt('section', sec, 0));
    put(r, col('label'), name);
    figures(r, total(lines), { planOff });
    if (planOff) faults.push({ code: 'sum-mismatch', row: r, col: col('plan') });
    r++;
    lines.forEach((l, i) => {
      const f = fault('pct-transposed');
      const pctFault = !!f && f.kind === 'pct-transposed' && f.program === prog && f.line === i;
      put(r, col('stt'), stt('line', sec, i));
      put(r, col('label'), l.label);
      figures(r, l, { pctFault });
      if (pctFault) faults.push({ code: 'percent-of-plan-mismatch', row: r, col: col('pct') });
      r++;
    });
    if (prog === 'dp' && s.counts) {
      p.counts.forEach((l, i) => {
        const f = fault('count-pct-wrong');
        const pctFault = !!f && f.kind === 'count-pct-wrong' && f.line === i;
        put(r, col('stt'), stt('line', sec, lines.length + i));
        put(r, col('label'), l.label);
        figures(r, l, { countUnit: l.count!, pctFault });
        if (pctFault) faults.push({ code: 'percent-of-plan-mismatch', row: r, col: col('pct') });
        r++;
      });
    }
  });
  put(r, col('label'), 'TỔNG CỘNG');
  figures(r, total([...p.qg, ...p.dp]));
  signatures(p, r + 2, put);
  return { name: plan.sheetName, rows, merges };
}

/** The regional summary: a row per province, KCQG | KCĐP | Cộng under plan and actual, a total row. */
function summarySheet(s: Style, reports: ProvinceReport[], faulty: boolean, faults: Array<{ code: string; row: number; col: number }>): Sheet {
  const rows: Sheet['rows'] = [];
  const merges: Sheet['merges'] = [];
  const plain: Style = { ...s, unit: 'dvt-line', pctCell: 'dec1' };
  const put = (r: number, c: number, cell: Cell | string) => ((rows[r - 1] ??= [])[c - 1] = typeof cell === 'string' ? { v: cell } : cell);
  put(1, 1, 'TỔNG HỢP KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024');
  put(2, 1, 'KHU VỰC ĐỒNG BẰNG SÔNG CỬU LONG');
  put(3, 6, 'Đơn vị tính: triệu đồng');
  put(5, 1, 'STT');
  put(5, 2, 'Tỉnh, thành phố');
  put(5, 3, 'Kế hoạch năm 2024');
  put(5, 6, 'Thực hiện 9 tháng năm 2024');
  put(5, 9, 'Tỷ lệ TH/KH (%)');
  merges.push([5, 1, 6, 1], [5, 2, 6, 2], [5, 3, 5, 5], [5, 6, 5, 8], [5, 9, 6, 9]);
  ['KCQG', 'KCĐP', 'Cộng', 'KCQG', 'KCĐP', 'Cộng'].forEach((h, i) => put(6, 3 + i, h));
  let r = 7;
  const sums = { pq: 0, pd: 0, aq: 0, ad: 0 };
  reports.forEach((p, i) => {
    const q = total(p.qg), d = total(p.dp);
    const off = faulty && FAULTS.some((f) => f.kind === 'summary-disagrees' && f.province === i) ? 5 : 0;
    const ad = d.actual + off;
    put(r, 1, String(i + 1));
    put(r, 2, p.name);
    [q.plan, d.plan, q.plan + d.plan, q.actual, ad, q.actual + ad].forEach((v, k) => put(r, 3 + k, money(plain, v)));
    put(r, 9, percent(plain, pct(q.actual + ad, q.plan + d.plan)));
    if (off) faults.push({ code: 'agreement-mismatch', row: r, col: 7 });
    if (faulty && FAULTS.some((f) => f.kind === 'province-missing' && f.province === i)) faults.push({ code: 'province-report-missing', row: r, col: 3 });
    sums.pq += q.plan; sums.pd += d.plan; sums.aq += q.actual; sums.ad += ad;
    r++;
  });
  put(r, 2, 'Tổng cộng');
  [sums.pq, sums.pd, sums.pq + sums.pd, sums.aq, sums.ad, sums.aq + sums.ad].forEach((v, k) => put(r, 3 + k, money(plain, v)));
  put(r, 9, percent(plain, pct(sums.aq + sums.ad, sums.pq + sums.pd)));
  return { name: 'Tong hop', rows, merges };
}

/** The annex of last year: each province's actual of the same nine months of 2023, by programme. */
function annexSheet(s: Style, reports: ProvinceReport[]): Sheet {
  const rows: Sheet['rows'] = [];
  const merges: Sheet['merges'] = [];
  // Whole numbers only and no rate: grouped ("2.960") they would be ambiguous by nature, so plain.
  const plain: Style = { ...s, unit: 'dvt-line', pctCell: 'dec1', numbers: 'plain' };
  const put = (r: number, c: number, cell: Cell | string) => ((rows[r - 1] ??= [])[c - 1] = typeof cell === 'string' ? { v: cell } : cell);
  put(1, 1, 'PHỤ LỤC: KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2023');
  put(2, 1, 'KHU VỰC ĐỒNG BẰNG SÔNG CỬU LONG');
  put(3, 4, 'Đơn vị tính: triệu đồng');
  put(5, 1, 'STT');
  put(5, 2, 'Tỉnh, thành phố');
  put(5, 3, 'Thực hiện 9 tháng năm 2023');
  merges.push([5, 1, 6, 1], [5, 2, 6, 2], [5, 3, 5, 5]);
  ['KCQG', 'KCĐP', 'Cộng'].forEach((h, i) => put(6, 3 + i, h));
  let r = 7;
  const sums = { q: 0, d: 0 };
  reports.forEach((p, i) => {
    const q = total(p.qg).prior, d = total(p.dp).prior;
    put(r, 1, String(i + 1));
    put(r, 2, p.name);
    [q, d, q + d].forEach((v, k) => put(r, 3 + k, money(plain, v)));
    sums.q += q; sums.d += d;
    r++;
  });
  put(r, 2, 'Tổng cộng');
  [sums.q, sums.d, sums.q + sums.d].forEach((v, k) => put(r, 3 + k, money(plain, v)));
  return { name: 'Phu luc 2023', rows, merges };
}

async function xlsxBytes(sheets: Sheet[], legacy: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, ri) => row?.forEach((cell, ci) => {
      if (!cell) return;
      const c = ws.getCell(ri + 1, ci + 1);
      c.value = typeof cell.v === 'string' && legacy ? toTcvn3(cell.v) : cell.v;
      if (cell.fmt) c.numFmt = cell.fmt;
    }));
    for (const [t, l, b, rr] of sheet.merges) ws.mergeCells(t, l, b, rr);
  }
  return excelOrder(Buffer.from(await wb.xlsx.writeBuffer()));
}

/**
 * exceljs writes xl/workbook.xml and the shared strings after the worksheets; Excel writes them
 * first. Under load, exceljs's streaming reader sometimes fails on its own order ("reading
 * 'sheets'", a reader issue of its own): the matrix, which is about styles, writes Excel's order.
 */
async function excelOrder(bytes: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(bytes);
  const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  const out = new JSZip();
  for (const n of [...first.filter((f) => names.includes(f)), ...names.filter((n) => !first.includes(n))]) out.file(n, await src.files[n]!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function textBytes(sheet: Sheet, s: Style): Buffer {
  const delim = s.format === 'csv-semicolon' ? ';' : s.format === 'tsv' || s.format === 'utf16' ? '\t' : ',';
  let width = 0;
  for (const r of sheet.rows) width = Math.max(width, r?.length ?? 0);
  const quote = (t: string) => (t.includes(delim) || t.includes('"') || t.includes('\n') ? `"${t.replace(/"/g, '""')}"` : t);
  const lines = [];
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    const cells = Array.from({ length: width }, (_, c) => {
      const v = row[c]?.v;
      const t = v === undefined ? '' : String(v);
      return quote(s.format === 'csv-vni' ? toVni(t) : t);
    });
    lines.push(cells.join(delim));
  }
  const text = lines.join('\r\n') + '\r\n';
  switch (s.format) {
    case 'csv-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'cp1258': return encodeCp1258(text);
    case 'vni-bytes': return vniBytes(text);
    default: return Buffer.from(text, 'utf8');
  }
}

async function fileOf(sheet: Sheet | Sheet[], base: string, s: Style): Promise<RenderedFile> {
  const sheets = Array.isArray(sheet) ? sheet : [sheet];
  if (!isText(s)) return { name: `${base}.xlsx`, bytes: await xlsxBytes(sheets, s.format === 'xlsx-tcvn3') };
  sheet = sheets[0]!;
  const ext = s.format === 'tsv' ? 'tsv' : s.format === 'utf16' ? 'txt' : 'csv';
  return { name: `${base}.${ext}`, bytes: textBytes(sheet, s) };
}

/** Renders the region (or its faulty twin) in one style: six forms and the regional summary. */
export async function render(s: Style, faulty: boolean): Promise<Rendering> {
  const reports = region();
  const files: RenderedFile[] = [];
  const faults: string[] = [];
  for (const [i, p] of reports.entries()) {
    if (faulty && FAULTS.some((f) => f.kind === 'province-missing' && f.province === i)) continue;
    const plan = formNames(s, p);
    const at: Array<{ code: string; row: number; col: number }> = [];
    const file = await fileOf(formSheet(s, plan, faulty, at, i), plan.fileBase, s);
    files.push(file);
    for (const f of at) faults.push(`${f.code}@${file.name}!${cellAddress(f.row, f.col)}`);
  }
  const at: Array<{ code: string; row: number; col: number }> = [];
  const summaryStyle: Style = { ...s, format: s.format === 'xlsx-tcvn3' ? 'xlsx' : s.format === 'csv-vni' || s.format === 'vni-bytes' ? 'csv' : s.format };
  const summarySheets = [summarySheet(summaryStyle, reports, faulty, at)];
  // The annex: a second sheet of the summary workbook, or a file of its own beside a text summary.
  if (s.annex && !isText(summaryStyle)) summarySheets.push(annexSheet(summaryStyle, reports));
  else if (s.annex) files.push(await fileOf(annexSheet(summaryStyle, reports), 'phu-luc-dbscl-2023-9thang', summaryStyle));
  const summary = await fileOf(summarySheets, 'tong-hop-dbscl-2024-9thang', summaryStyle);
  files.push(summary);
  for (const f of at) faults.push(`${f.code}@${summary.name}!${cellAddress(f.row, f.col)}`);
  return { files, faults: faults.sort() };
}
