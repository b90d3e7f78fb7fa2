import { textWidth as stringWidth } from './text-width.js';
import { textStyles } from './text-style.js';
import type { Report } from '../findings/build-report.js';
import type { Finding } from '../findings/types.js';
import { displayExponent, renderAmount, renderPercent } from '../findings/render-params.js';
import { formatDec, normalize, ratioDecimal, type Dec } from '../ledger/money.js';
import { safeReport, stripControls } from './safe-text.js';
import type { PositionOf } from './sarif.js';
import { groupDigits } from '../findings/build-report.js';
import { inUnit } from '../ledger/round.js';
import type { ProvinceSeries } from '../ledger/monthly.js';
import { MONTHLY_WORDS, monthNote } from './monthly-sheet.js';

/** A related cell: its address alone in the finding's own sheet, else with its file's (and sheet's) name. */
function relatedPlace(r: Finding['related'][number], f: Finding): string {
  if (!r.cell) return r.file.replace(/^.*[\\/]/, '');
  if (r.file === f.location.file) return r.sheet && r.sheet !== f.location.sheet ? `${r.sheet}!${r.cell}` : r.cell;
  return `${r.file.replace(/^.*[\\/]/, '')}!${r.cell}`;
}

export interface TextOptions {
  color: boolean;
  /** Errors only (and the total line). */
  quiet?: boolean;
  /** Show the region's table (plan, actual, % by province) when the run is clean. */
  table?: boolean;
  /** Physical line and column of a place in a text file, with the line's text: the row is quoted. */
  positions?: PositionOf;
  /** A workbook's row as a line of its cells, and where the place's cell starts in it (0: not shown). */
  rows?: (l: Finding['location']) => { row: number; column: number; lineText: string } | undefined;
}

const WORDS = {
  en: {
    error: 'error', warning: 'warning', info: 'info', unreadable: 'unreadable', entries: 'figures', also: 'see also',
    summary: (e: number, w: number, i: number, f: number, n: number) => `${e} error(s), ${w} warning(s), ${i} info in ${f} file(s); ${n} figure(s) read`,
    baselined: (n: number) => `; ${n} accepted by the baseline`,
    prior: (n: number, figures: number) => `; last year's ${n} file(s) (${figures} figures) read for reference`,
    clean: (n: number, figures: number) => `${n} file(s) without findings (${figures} figures)`,
    table: ['Province', 'Programme', 'Plan', 'Actual', '% of plan'],
  },
  vi: {
    error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', unreadable: 'không đọc được', entries: 'số liệu', also: 'xem thêm',
    summary: (e: number, w: number, i: number, f: number, n: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin trong ${f} tệp; đã đọc ${n} số liệu`,
    baselined: (n: number) => `; ${n} đã chấp nhận theo baseline`,
    prior: (n: number, figures: number) => `; ${n} tệp năm trước (${figures} số liệu) đọc để đối chiếu`,
    clean: (n: number, figures: number) => `${n} tệp không có phát hiện nào (${figures} số liệu)`,
    table: ['Tỉnh', 'Chương trình', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ TH/KH'],
  },
};

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - stringWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - stringWidth(s))) + s;

function place(f: Finding): string {
  const l = f.location;
  if (l.sheet && l.cell) return `${l.sheet}!${l.cell}`;
  return l.sheet ?? '';
}

/**
 * The offending row, quoted, with a caret under the cell (as hledger and compilers do): a text
 * file's physical line, or a workbook row's cells.
 */
function quoted(original: Finding, opts: TextOptions, dim: (s: string) => string): string[] {
  const fromText = opts.positions?.(original.location);
  const fromRow = fromText?.lineText ? undefined : opts.rows?.(original.location);
  const p = fromText?.lineText ? fromText : fromRow ? { line: fromRow.row, column: fromRow.column, lineText: fromRow.lineText } : undefined;
  if (!p?.lineText) return [];
  const text = stripControls(p.lineText).replace(/\t/g, ' ');
  const shown = text.length > 160 ? `${text.slice(0, 157)}…` : text;
  const prefix = `${p.line} | `;
  const caret = ' '.repeat(prefix.length + Math.max(0, stringWidth(text.slice(0, p.column - 1)))) + '^';
  if (p.column - 1 > 157 || p.column < 1) return [`      ${dim(prefix)}${shown}`];
  return [`      ${dim(prefix)}${shown}`, `      ${caret}`];
}

function regionTable(report: Report): string[] {
  const w = WORDS[report.lang];
  const rows = report.table.filter((r) => r.plan !== undefined || r.actual !== undefined);
  if (rows.length === 0) return [];
  const money = (d: typeof rows[number]['plan']) => (d ? renderAmount({ kind: 'amount', value: formatDec(d), unit: 'VND', precision: 6 }, report.lang, 6) : '-');
  const pct = (r: typeof rows[number]) => (r.plan && r.actual && r.plan.units !== 0n ? `${renderPercent({ kind: 'percent', value: ratioDecimal(r.actual, r.plan, 100).toDecimalPlaces(1).toFixed(1), decimals: 1 }, report.lang)}%` : '-');
  const cells = rows.map((r) => [r.province || '-', r.program === 'KCDP' ? 'KCĐP' : r.program || 'KCQG + KCĐP', money(r.plan), money(r.actual), pct(r)]);
  const widths = w.table.map((h, i) => Math.max(stringWidth(h), ...cells.map((c) => stringWidth(c[i]!))));
  const line = (c: string[]) => c.map((x, i) => (i >= 2 ? padStart(x, widths[i]!) : pad(x, widths[i]!))).join('  ');
  return ['', line(w.table), widths.map((n) => '-'.repeat(n)).join('  '), ...cells.map(line)];
}

/**
 * Each province's monthly series, a line per month in the unit its reports are written in (whole
 * tỷ → tỷ đồng, triệu → triệu đồng, đồng-level → đồng), the months without a report marked.
 */
export function monthlyTables(series: ProvinceSeries[], lang: 'en' | 'vi'): string[] {
  const w = MONTHLY_WORDS[lang];
  const out: string[] = [];
  for (const s of series) out.push(...seriesTable(s, w, lang));
  return out;
}

const SERIES_UNIT: Record<'en' | 'vi', Record<0 | 6 | 9, string>> = {
  en: { 0: 'VND', 6: 'million VND', 9: 'billion VND' },
  vi: { 0: 'đồng', 6: 'triệu đồng', 9: 'tỷ đồng' },
};

/**
 * The unit a series is shown in: the one most of its reports' figures are written in, unless a
 * figure would need more than three decimals there (a đồng report's 450.000.250 in triệu): then
 * the finest its reports use.
 */
export function seriesExponent(s: ProvinceSeries): 0 | 6 | 9 {
  const counts = new Map<0 | 6 | 9, number>();
  for (const [p, n] of Object.entries(s.precisions)) {
    const e = displayExponent([Number(p)]);
    counts.set(e, (counts.get(e) ?? 0) + n);
  }
  if (counts.size === 0) return 6;
  const units = [...counts.keys()].sort((a, b) => a - b);
  const most = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const figures = s.rows.flatMap((r) => [r.monthActual, r.cumulative, r.plan, r.prior]).filter((d): d is Dec => d !== undefined);
  return figures.every((d) => normalize(inUnit(d, most)).scale <= 3) ? most : units[0]!;
}

function seriesTable(s: ProvinceSeries, w: (typeof MONTHLY_WORDS)['en' | 'vi'], lang: 'en' | 'vi'): string[] {
  const exp = seriesExponent(s);
  const money = (d: Dec | undefined) => (d === undefined ? '-' : groupDigits(formatDec(inUnit(d, exp)), lang));
  const pct = (p: string | undefined) => (p === undefined ? '-' : lang === 'vi' ? p.replace('.', ',') : p);
  const rows = s.rows.map((r) => [String(r.month), ...(r.missing ? ['', '', '', '', '', ''] : [money(r.monthActual), money(r.cumulative), money(r.plan), pct(r.pctOfPlan), money(r.prior), pct(r.pctOfPrior)]), monthNote(r, lang)]);
  const widths = w.textHead.map((h, i) => Math.max(stringWidth(h), ...rows.map((c) => stringWidth(c[i]!))));
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : padStart(x, widths[i]!))).join('  ').trimEnd();
  return ['', w.textTitle(s.province, s.year, SERIES_UNIT[lang][exp]), line([...w.textHead]), widths.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)];
}

/**
 * Findings grouped by file as a linter prints them: aligned columns (display widths, so
 * Vietnamese and wide characters line up), the offending row of a text file quoted with its
 * cell marked, files without findings in one line, last year's files not listed, one total.
 */
export function renderText(input: Report, opts: TextOptions = { color: false }): string {
  const report = safeReport(input);
  const c = textStyles(opts.color);
  const w = WORDS[report.lang];
  const sev = { error: c.red.bold(w.error), warning: c.yellow(w.warning), info: c.cyan(w.info) };
  const shown = report.findings.map((f, i) => ({ f, original: input.findings[i]! })).filter(({ f }) => !opts.quiet || f.severity === 'error');
  const lines: string[] = [];
  const byFile = new Map<string, typeof shown>();
  for (const x of shown) byFile.set(x.f.location.file, [...(byFile.get(x.f.location.file) ?? []), x]);
  const current = report.files.filter((f) => !f.prior);
  const files = [...new Set([...current.map((f) => f.file), ...byFile.keys()])];
  const clean = current.filter((f) => !byFile.has(f.file) && f.status !== 'unreadable');
  const placeWidth = Math.max(0, ...shown.map(({ f }) => stringWidth(place(f))));
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => stringWidth(w[s])));
  const codeWidth = Math.max(0, ...shown.map(({ f }) => f.code.length));
  for (const file of files) {
    const list = byFile.get(file);
    if (!list) continue;
    const status = report.files.find((f) => f.file === file);
    const head = status ? `${status.status === 'unreadable' ? w.unreadable : `${status.entries} ${w.entries}`}` : '';
    lines.push(`${c.bold.underline(file)}${head ? c.dim(`  (${head})`) : ''}`);
    for (const { f, original } of list) {
      const related = f.related.length ? c.dim(` [${w.also} ${f.related.slice(0, 4).map((r) => relatedPlace(r, f)).join(', ')}${f.related.length > 4 ? ', …' : ''}]`) : '';
      lines.push(`  ${pad(place(f), placeWidth)}  ${pad(sev[f.severity], sevWidth)}  ${c.dim(pad(f.code, codeWidth))}  ${f.message}${related}`);
      lines.push(...quoted(original, opts, (s) => c.dim(s)));
    }
    lines.push('');
  }
  if (clean.length && !opts.quiet) lines.push(c.green(w.clean(clean.length, clean.reduce((n, f) => n + f.entries, 0))), '');
  if (report.monthly?.length && !opts.quiet) lines.push(...monthlyTables(report.monthly, report.lang).slice(1), '');
  const s = report.summary;
  const summary = w.summary(s.errors, s.warnings, s.infos, s.files, s.entries) + (s.priorFiles ? w.prior(s.priorFiles, s.priorEntries ?? 0) : '') + (s.baselined ? w.baselined(s.baselined) : '');
  lines.push(s.errors ? c.red.bold(summary) : s.warnings ? c.yellow(summary) : c.green(summary));
  if (opts.table && s.errors === 0 && s.warnings === 0) lines.push(...regionTable(report));
  return `${lines.join('\n')}\n`;
}
