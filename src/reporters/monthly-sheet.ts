import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../findings/catalog.js';
import type { MonthRow, ProvinceSeries } from '../ledger/monthly.js';
import { formatDec, ratioDecimal, type Dec } from '../ledger/money.js';
import { inUnit } from '../ledger/round.js';
import { MONTHS_EN, UNIT_EXP, UNIT_NAME, type MoneyUnit } from './conference-words.js';

/** Words of the month-by-month view, in the workbook and in the text output. */
export const MONTHLY_WORDS = {
  vi: {
    sheet: 'Theo tháng',
    title: 'TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG THEO THÁNG',
    scope: (p: string, y: number) => `${p} – năm ${y}`,
    unit: (u: string) => `Đơn vị tính: ${u}`,
    head: ['STT', 'Tỉnh, thành phố', 'Tháng', 'Thực hiện trong tháng', 'Lũy kế từ đầu năm', 'Kế hoạch năm', 'Tỷ lệ lũy kế/KH (%)', 'Lũy kế cùng kỳ năm trước', 'So với cùng kỳ (%)', 'Ghi chú', 'Tệp'],
    month: (m: number) => `Tháng ${m}`,
    missing: 'Thiếu báo cáo',
    twice: (n: number) => `${n} báo cáo cho tháng này`,
    adjusted: 'Kế hoạch điều chỉnh',
    textTitle: (p: string, y: number, u: string) => `Theo tháng: ${p}, năm ${y} (${u})`,
    textHead: ['Tháng', 'Trong tháng', 'Lũy kế', 'Kế hoạch', '% KH', 'Cùng kỳ', '% CK', 'Ghi chú'],
    adjustedMark: 'KH điều chỉnh',
  },
  en: {
    sheet: 'By month',
    title: 'KHUYẾN CÔNG FUNDING MONTH BY MONTH',
    scope: (p: string, y: number) => `${p} – ${y}`,
    unit: (u: string) => `Unit: ${u}`,
    head: ['No.', 'Province', 'Month', 'Actual in the month', 'Cumulative from January', 'Plan of the year', 'Cumulative % of plan', 'Same months last year', '% of same period last year', 'Note', 'File'],
    month: (m: number) => MONTHS_EN[m - 1]!,
    missing: 'No report',
    twice: (n: number) => `${n} reports for this month`,
    adjusted: 'Adjusted plan',
    textTitle: (p: string, y: number, u: string) => `By month: ${p}, ${y} (${u})`,
    textHead: ['Month', 'In month', 'Cumulative', 'Plan', '% plan', 'Last year', '% last yr', 'Note'],
    adjustedMark: 'adjusted plan',
  },
} as const;

/** The note of a month: missing, reported twice, or its plan the adjusted one. */
export function monthNote(r: MonthRow, lang: Lang): string {
  const w = MONTHLY_WORDS[lang];
  if (r.missing) return w.missing;
  const notes: string[] = [];
  if (r.reports > 1) notes.push(w.twice(r.reports));
  if (r.planAdjusted) notes.push(lang === 'vi' ? w.adjusted : w.adjusted.toLowerCase());
  return notes.join('; ');
}

const num = (d: Dec | undefined, unit: MoneyUnit) => (d === undefined ? null : Number(formatDec(inUnit(d, UNIT_EXP[unit]))));
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const GAP_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function ratioCell(ws: Worksheet, row: number, col: number, a: string, b: string, av: Dec | undefined, bv: Dec | undefined): void {
  const cached = av !== undefined && bv !== undefined && bv.units !== 0n ? ratioDecimal(av, bv, 100).toNumber() : '';
  ws.getCell(row, col).value = { formula: `IF(OR(${a}${row}="",${b}${row}="",N(${b}${row})=0),"",${a}${row}/${b}${row}*100)`, result: cached };
  ws.getCell(row, col).numFmt = '#,##0.0';
}

/**
 * Sheet "Theo tháng" / "By month": each province's monthly reports in a row per month — actual
 * in the month, cumulative, plan (the adjusted one where stated), % of plan and of the same
 * months last year as formulas with exact cached values; months without a report marked.
 */
export function monthlySheet(wb: Workbook, series: ProvinceSeries[], lang: Lang, unit: MoneyUnit): void {
  if (!series.length) return;
  const w = MONTHLY_WORDS[lang];
  const ws = wb.addWorksheet(w.sheet);
  const width = w.head.length;
  const scope = series.map((s) => s.province).filter((p, i, a) => a.indexOf(p) === i).join(', ');
  ws.getCell('A1').value = w.title;
  ws.getCell('A2').value = w.scope(scope, series[0]!.year);
  ws.getCell('A3').value = w.unit(UNIT_NAME[lang][unit]);
  for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, width);
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.getCell('A3').alignment = { horizontal: 'right' };
  w.head.forEach((h, i) => {
    const c = ws.getCell(4, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(4).height = 32;
  let r = 5;
  let n = 0;
  for (const s of series) {
    for (const m of s.rows) {
      const values: Array<string | number | null> = [String(++n), s.province, w.month(m.month), num(m.monthActual, unit), num(m.cumulative, unit), num(m.plan, unit), null, num(m.prior, unit), null, monthNote(m, lang) || null, m.file ?? null];
      values.forEach((v, i) => (ws.getCell(r, i + 1).value = v));
      for (const c of [4, 5, 6, 8]) ws.getCell(r, c).numFmt = unit === 'ty' ? '#,##0.000' : '#,##0';
      if (!m.missing) {
        ratioCell(ws, r, 7, 'E', 'F', m.cumulative, m.plan);
        ratioCell(ws, r, 9, 'E', 'H', m.cumulative, m.prior);
      } else for (let c = 1; c <= width; c++) ws.getCell(r, c).fill = GAP_FILL;
      r++;
    }
  }
  for (let row = 4; row < r; row++) for (let c = 1; c <= width; c++) ws.getCell(row, c).border = BORDER;
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 4 }];
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' };
  [5, 18, 12, 14, 14, 14, 12, 14, 12, 22, 40].forEach((wd, i) => (ws.getColumn(i + 1).width = wd));
}
