import type { Report } from '../findings/build-report.js';
import { formatDec, ratioDecimal, shift, type Dec } from '../ledger/money.js';

const HEAD = {
  en: {
    summary: ['Year', 'Period', 'Province code', 'Province', 'Programme', 'Plan (million VND)', 'Actual (million VND)', '% of plan', 'Same period last year (million VND)', '% of last year'],
    findings: ['Severity', 'Code', 'File', 'Sheet', 'Cell', 'Message', 'Expected', 'Reported', 'Related cells'],
    files: ['File', 'Status', 'Layout', 'Figures read'],
    both: 'KCQG + KCĐP',
    sheets: ['Summary', 'Findings', 'Files'],
  },
  vi: {
    summary: ['Năm', 'Kỳ', 'Mã tỉnh', 'Tỉnh, thành phố', 'Chương trình', 'Kế hoạch (triệu đồng)', 'Thực hiện (triệu đồng)', 'Tỷ lệ TH/KH', 'Cùng kỳ năm trước (triệu đồng)', 'So với cùng kỳ'],
    findings: ['Mức độ', 'Mã', 'Tệp', 'Trang', 'Ô', 'Nội dung', 'Giá trị đúng', 'Giá trị báo cáo', 'Ô liên quan'],
    files: ['Tệp', 'Trạng thái', 'Mẫu biểu', 'Số liệu đã đọc'],
    both: 'KCQG + KCĐP',
    sheets: ['Tổng hợp', 'Phát hiện', 'Tệp'],
  },
};

/** A money figure in million đồng as the number a cell holds (formatting only: the value is exact to 10⁻⁶ triệu). */
function millions(d: Dec): number {
  return Number(formatDec(shift(d, -6)));
}

function isWholeMillions(d: Dec): boolean {
  const m = shift(d, -6);
  return m.scale === 0 || m.units % 10n ** BigInt(m.scale) === 0n;
}

/**
 * The summary workbook: totals by province × programme with % of plan as a live formula
 * (its cached value computed exactly), the findings with their places, and the files read.
 */
export async function renderXlsx(report: Report): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const h = HEAD[report.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-recon';
  wb.created = new Date(0);
  wb.modified = new Date(0);

  const ws = wb.addWorksheet(h.sheets[0], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(h.summary).font = { bold: true };
  const whole = report.table.every((r) => [r.plan, r.actual, r.prior].every((d) => !d || isWholeMillions(d)));
  const ratio = (num?: Dec, den?: Dec) => (num && den && den.units !== 0n ? ratioDecimal(num, den).toDecimalPlaces(12).toNumber() : '');
  const moneyFmt = whole ? '#,##0' : '#,##0.000';
  report.table.forEach((r, i) => {
    const n = i + 2;
    const row = ws.addRow([r.year, r.period, r.provinceCode || null, r.province, r.program || h.both, r.plan ? millions(r.plan) : null, r.actual ? millions(r.actual) : null, null, r.prior ? millions(r.prior) : null]);
    for (const c of [6, 7, 9]) row.getCell(c).numFmt = moneyFmt;
    row.getCell(8).value = { formula: `IF(OR(F${n}="",F${n}=0,G${n}=""),"",G${n}/F${n})`, result: ratio(r.actual, r.plan) };
    row.getCell(8).numFmt = '0.0%';
    row.getCell(10).value = { formula: `IF(OR(I${n}="",I${n}=0,G${n}=""),"",G${n}/I${n})`, result: ratio(r.actual, r.prior) };
    row.getCell(10).numFmt = '0.0%';
    if (!r.provinceCode || !r.program) row.font = { bold: !r.program };
  });
  ws.columns.forEach((col, i) => (col.width = [6, 8, 10, 24, 14, 20, 20, 11, 22, 12][i] ?? 12));
  ws.autoFilter = { from: 'A1', to: 'J1' };

  const fs = wb.addWorksheet(h.sheets[1], { views: [{ state: 'frozen', ySplit: 1 }] });
  fs.addRow(h.findings).font = { bold: true };
  for (const f of report.findings) {
    const num = (s?: string) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s ?? null);
    fs.addRow([
      f.severity, f.code, f.location.file, f.location.sheet ?? null, f.location.cell ?? null, f.message,
      num(f.expected), num(f.reported), f.related.map((r) => (r.file === f.location.file ? r.cell : `${r.file}!${r.cell}`)).join(', ') || null,
    ]);
  }
  fs.columns.forEach((col, i) => (col.width = [9, 26, 30, 14, 8, 90, 16, 16, 30][i] ?? 12));
  fs.autoFilter = { from: 'A1', to: 'I1' };

  const files = wb.addWorksheet(h.sheets[2]);
  files.addRow(h.files).font = { bold: true };
  for (const f of report.files) files.addRow([f.file, f.status, f.layout, f.entries]);
  files.columns.forEach((col, i) => (col.width = [40, 12, 10, 14][i] ?? 12));

  return Buffer.from(await wb.xlsx.writeBuffer());
}
