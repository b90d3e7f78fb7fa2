/**
 * Renders a FigureExplanation (explain-figure.ts): how one cell was read, the fact it
 * became, the relations it takes part in and the findings on it. Text in English or Vietnamese,
 * or JSON.
 */
import { CATALOG, renderTemplate, type Lang } from '../findings/catalog.js';
import { columnLetter } from '../read/grid.js';
import type { FigureExplanation, Relation } from '../explain-figure.js';
import { localNumber, renderPeriod } from '../findings/render-params.js';
import { MEASURE_WORDS, MONEY_UNITS, ROW_WORDS, SEVERITY_WORDS } from '../findings/phrases.js';
import { doubtNames } from '../ledger/doubt.js';
import { formatDec, shift } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { shownText } from '../checks/format-figure.js';
import type { Location } from '../findings/types.js';
import type { Unit } from '../reference/units.js';
import { decisionText, describeColumn, periodWords, programText, yearText } from './inspect.js';
import { stripControls as safeText } from './safe-text.js';

type Text = Record<Lang, string>;

/** What the cell holds as the file stores it (read by the CLI from the grid). */
export interface WrittenCell {
  text: string;
  type: 'number' | 'text' | 'date' | 'boolean' | 'empty' | 'error';
  numFmt?: string;
  formula?: string;
}

const W = {
  title: { en: 'Cell {cell} of sheet "{sheet}" in {file}', vi: 'Ô {cell} trang "{sheet}" trong {file}' },
  written: { en: 'written', vi: 'nội dung ô' },
  type: {
    number: { en: 'number', vi: 'số' }, text: { en: 'text', vi: 'chữ' }, date: { en: 'date', vi: 'ngày' },
    boolean: { en: 'true/false', vi: 'đúng/sai' }, empty: { en: 'empty', vi: 'trống' }, error: { en: 'error value', vi: 'giá trị lỗi' },
  },
  format: { en: 'number format', vi: 'định dạng số' },
  formula: { en: 'formula', vi: 'công thức' },
  table: { en: 'table', vi: 'bảng' },
  kind: { long: { en: 'long export', vi: 'bảng dữ liệu dọc' }, form: { en: 'report form', vi: 'biểu báo cáo' }, summary: { en: 'regional summary', vi: 'biểu tổng hợp' } },
  headerRows: { en: 'header rows {rows}', vi: 'dòng tiêu đề {rows}' },
  numberingRow: { en: 'numbering row {rows}', vi: 'dòng đánh số cột {rows}' },
  confirmed: { en: 'structure confirmed by the mapping file', vi: 'cấu trúc đã được xác nhận trong tệp ánh xạ' },
  titleFacts: { en: 'title', vi: 'tiêu đề' },
  from: { title: { en: 'title', vi: 'tiêu đề' }, sheet: { en: 'sheet name', vi: 'tên trang' }, file: { en: 'file name', vi: 'tên tệp' }, workbook: { en: 'another sheet of the workbook', vi: 'trang khác của tệp' }, columns: { en: 'columns', vi: 'các cột' } },
  year: { en: 'year', vi: 'năm' }, period: { en: 'period', vi: 'kỳ' }, unit: { en: 'unit', vi: 'đơn vị' }, province: { en: 'province', vi: 'tỉnh' },
  program: { en: 'programme', vi: 'chương trình' },
  column: { en: 'column', vi: 'cột' },
  certain: { en: 'certain', vi: 'chắc chắn' }, weak: { en: 'reading weak', vi: 'đọc chưa chắc' }, conflicting: { en: 'reading conflicting', vi: 'đọc mâu thuẫn' },
  sumOf: { en: 'declared the sum of {cols}', vi: 'được khai là tổng của {cols}' },
  sumInto: { en: 'adds up into column {col}', vi: 'cộng vào cột {col}' },
  style: { en: 'text figures read as', vi: 'số dạng chữ đọc theo kiểu' },
  styles: { numeric: { en: 'numeric cells', vi: 'ô số' }, vi: { en: 'Vietnamese (1.234,5)', vi: 'Việt Nam (1.234,5)' }, en: { en: 'English (1,234.5)', vi: 'Anh (1,234.5)' }, undecided: { en: 'undecided', vi: 'chưa xác định' } },
  row: { en: 'row', vi: 'dòng' },
  ofWhich: { en: 'of which', vi: 'trong đó' },
  depth: { en: 'depth {n} in the numbering', vi: 'cấp {n} theo STT' },
  fact: { en: 'fact', vi: 'số liệu' },
  value: { en: 'value', vi: 'giá trị' },
  shown: { en: 'last digit shown: {unit}', vi: 'chữ số cuối: {unit}' },
  rounded: { en: 'rounded (decimals of a coarse unit): compared within half its last digit', vi: 'đã làm tròn (số lẻ của đơn vị lớn): so sánh trong phạm vi nửa chữ số cuối' },
  level: { item: { en: 'item', vi: 'khoản' }, subtotal: { en: 'subtotal', vi: 'tổng phụ' }, total: { en: 'total', vi: 'tổng' } },
  ofWhichFact: { en: '"of which" part: never added into a sum', vi: 'phần "trong đó": không cộng vào tổng' },
  note: { en: 'footnote mark', vi: 'dấu chú thích' },
  doubts: { en: 'not certain', vi: 'chưa chắc' },
  doubt: { columnWeak: { en: 'the column\'s meaning was guessed', vi: 'ý nghĩa cột là suy đoán' }, columnConflict: { en: 'another column reads as the same fact', vi: 'một cột khác đọc ra cùng số liệu' }, rowWeak: { en: 'the row\'s place was inferred', vi: 'vị trí dòng là suy đoán' }, rowHidden: { en: 'the row is hidden in the file', vi: 'dòng bị ẩn trong tệp' },
    bandWeak: { en: 'the header rows were decided weakly', vi: 'các dòng tiêu đề được xác định chưa chắc' },
    periodWeak: { en: 'the report\'s period is not stated with certainty', vi: 'kỳ báo cáo không được nêu chắc chắn' },
    yearWeak: { en: 'the report\'s year was guessed from the columns', vi: 'năm báo cáo được suy ra từ các cột' },
    unitWeak: { en: 'the report\'s unit is not stated with certainty', vi: 'đơn vị tính của báo cáo không được nêu chắc chắn' } },
  relations: { en: 'relations', vi: 'quan hệ' },
  none: { en: 'none', vi: 'không có' },
  holds: { en: 'holds', vi: 'khớp' },
  fails: { en: 'does not hold', vi: 'không khớp' },
  findings: { en: 'findings on this cell', vi: 'phát hiện tại ô này' },
  status: {
    'no-file': { en: 'This file was not read: it is not among the inputs.', vi: 'Tệp này không được đọc: không có trong danh sách đầu vào.' },
    'no-sheet': { en: 'No sheet "{sheet}" in this file. Its sheets: {sheets}.', vi: 'Tệp không có trang "{sheet}". Các trang: {sheets}.' },
    'no-table': { en: 'No table was recognised in this sheet, so no figure was read from it.', vi: 'Không nhận ra bảng trong trang này nên không đọc số liệu nào.' },
    header: { en: 'This cell is in the header band, not a figure.', vi: 'Ô này nằm trong phần tiêu đề bảng, không phải số liệu.' },
    'not-a-figure': { en: 'No figure was read from this cell.', vi: 'Không đọc số liệu nào từ ô này.' },
    gap: { en: 'The cell holds no readable figure ({note}): sums over it are not checked.', vi: 'Ô không có số liệu đọc được ({note}): không kiểm tra các tổng có ô này.' },
    figure: { en: '', vi: '' },
  },
  cellWord: { en: 'cell', vi: 'ô' },
} as const;

/** The relation a finding code checks, stated as what holds when it does. */
const RELATION_WORDS: Record<string, Text> = {
  'sum-mismatch': { en: 'the parts add up to their total', vi: 'các phần cộng lại bằng tổng' },
  'reading-uncertain': { en: 'the sheet\'s structure as read agrees with its figures', vi: 'cấu trúc biểu như đã đọc khớp với số liệu' },
  'percent-of-plan-mismatch': { en: 'the percentage of plan agrees with its amounts', vi: 'tỷ lệ so với kế hoạch khớp với các số tiền' },
  'percent-without-base': { en: 'the percentage has the amounts it is computed from', vi: 'tỷ lệ có các số liệu dùng để tính' },
  'ratio-prior-mismatch': { en: 'the ratio to the same period last year agrees with its amounts', vi: 'tỷ lệ so với cùng kỳ khớp với các số tiền' },
  'growth-prior-mismatch': { en: 'the growth over the same period last year agrees with its amounts', vi: 'mức tăng so với cùng kỳ khớp với các số tiền' },
  'plan-growth-mismatch': { en: 'the plan\'s growth over last year agrees with its amounts', vi: 'mức tăng kế hoạch so với năm trước khớp với các số tiền' },
  'of-which-exceeds': { en: 'the "of which" part stays within its line', vi: 'phần "trong đó" không vượt khoản của nó' },
  'duplicate-fact': { en: 'no other cell states the same fact with another value', vi: 'không ô nào khác nêu cùng số liệu với giá trị khác' },
  'agreement-mismatch': { en: 'the same figure in another report agrees', vi: 'cùng số liệu ở báo cáo khác khớp' },
  'unit-scale-suspect': { en: 'the same figure in another report agrees', vi: 'cùng số liệu ở báo cáo khác khớp' },
  'prior-restated': { en: 'last year\'s report states the same figure', vi: 'báo cáo năm trước nêu cùng số liệu' },
  'cumulative-decrease': { en: 'the cumulative figure does not decrease from one period to the next', vi: 'số lũy kế không giảm từ kỳ này sang kỳ sau' },
  'actual-above-plan': { en: 'the actual stays within the plan', vi: 'thực hiện không vượt kế hoạch' },
  'plan-changed': { en: 'the plan is the same in every report of the year', vi: 'kế hoạch như nhau ở mọi báo cáo trong năm' },
};

const fill = renderTemplate;

function place(l: Location, self: FigureExplanation): string {
  if (l.file === self.target.file && l.sheet === self.target.sheet) return l.cell ?? l.sheet ?? '';
  return [l.file, l.sheet, l.cell].filter(Boolean).join(l.cell ? '!' : ' ').replace(/ !/, '!');
}

function relationLine(r: Relation, self: FigureExplanation, lang: Lang): string {
  const what = RELATION_WORDS[r.code]?.[lang] ?? (CATALOG as Record<string, { title: Text }>)[r.code]?.title[lang] ?? r.code;
  const cells = [...new Set(r.cells.map((c) => place(c, self)))].join(', ');
  return `    ${(r.holds ? W.holds : W.fails)[lang].padEnd(14)} ${what} [${r.code}]: ${cells}`;
}

function moneyExponent(u: Unit | undefined): 0 | 3 | 6 | 9 | undefined {
  return u?.kind === 'money' ? u.exponent : undefined;
}

/** The value in the report's own unit, and in đồng when the unit is larger. */
function valueText(e: LedgerEntry, unit: Unit | undefined, lang: Lang): string {
  if (e.unit === '%') return `${localNumber(shownText(e.amount, e.precision), lang)}%`;
  if (e.unit !== 'VND') return `${localNumber(formatDec(e.amount), lang)} ${e.unit}`;
  const exp = moneyExponent(unit) ?? 0;
  const shown = `${localNumber(formatDec(shift(e.amount, -exp)), lang)} ${MONEY_UNITS[exp][lang]}`;
  return exp ? `${shown} = ${localNumber(formatDec(e.amount), lang)} ${MONEY_UNITS[0][lang]}` : shown;
}

function lastDigit(e: LedgerEntry, lang: Lang): string {
  if (e.unit !== 'VND') return localNumber(formatDec(shift({ units: 1n, scale: 0 }, e.precision)), lang);
  const exp = ([9, 6, 3, 0] as const).find((x) => e.precision >= x) ?? 0;
  return `${localNumber(formatDec(shift({ units: 1n, scale: 0 }, e.precision - exp)), lang)} ${MONEY_UNITS[exp][lang]}`;
}

function factLines(e: LedgerEntry, self: FigureExplanation, lang: Lang): string[] {
  const unit = self.column?.meaning.kind === 'amount' ? self.column.meaning.unit ?? self.layout?.title.unit : self.layout?.title.unit;
  const who = e.provinceCode ? `${e.provinceCode} ${e.province}` : e.province;
  const period = renderPeriod({ kind: 'period', period: e.period, year: e.year }, lang);
  const head = [who, period, programText(e.program), MEASURE_WORDS[e.measure][lang], W.level[e.level][lang], e.label ? `"${safeText(e.label)}"` : ''].filter(Boolean).join(' · ');
  const out = [`  ${W.fact[lang]}: ${head}`, `    ${W.value[lang]}: ${valueText(e, unit, lang)}; ${fill(W.shown[lang], { unit: lastDigit(e, lang) })}`];
  if (e.rounded) out.push(`    ${W.rounded[lang]}`);
  if (e.ofWhich) out.push(`    ${W.ofWhichFact[lang]}`);
  if (e.note) out.push(`    ${W.note[lang]}: ${safeText(e.note)}`);
  const doubts = doubtNames(e.doubt);
  if (doubts.length) out.push(`    ${W.doubts[lang]}: ${doubts.map((d) => W.doubt[d][lang]).join('; ')}`);
  return out;
}

function writtenLine(w: WrittenCell | undefined, lang: Lang): string[] {
  if (!w) return [];
  const parts = [`${JSON.stringify(safeText(w.text))} (${W.type[w.type][lang]})`];
  if (w.numFmt && w.numFmt !== 'General') parts.push(`${W.format[lang]} ${w.numFmt}`);
  if (w.formula) parts.push(`${W.formula[lang]} =${safeText(w.formula)}`);
  return [`  ${W.written[lang]}: ${parts.join('; ')}`];
}

function tableLines(x: FigureExplanation, lang: Lang): string[] {
  const l = x.layout;
  if (!l) return [];
  const bits = [W.kind[l.kind][lang], fill(W.headerRows[lang], { rows: l.headerRows.join(', ') })];
  if (l.skipRows.length) bits.push(fill(W.numberingRow[lang], { rows: l.skipRows.join(', ') }));
  if (l.confirmed) bits.push(W.confirmed[lang]);
  const t = l.title;
  const src = (k: 'year' | 'period' | 'province' | 'unit' | 'program') => (t.sources?.[k] ? ` (${W.from[t.sources[k]!][lang]})` : '');
  const facts: string[] = [];
  if (t.year !== undefined) facts.push(`${W.year[lang]} ${yearText(t.year, t.yearTo)}${src('year')}`);
  if (t.period) facts.push(`${W.period[lang]} ${periodWords(t.period, lang)}${src('period')}`);
  if (t.unit) facts.push(`${W.unit[lang]} ${t.unit.written}${src('unit')}`);
  if (t.province) facts.push(`${W.province[lang]} ${t.province.code} ${t.province.name}${src('province')}`);
  if (t.program) facts.push(`${W.program[lang]} ${programText(t.program)}${src('program')}`);
  return [`  ${W.table[lang]}: ${bits.join('; ')}`, ...(facts.length ? [`  ${W.titleFacts[lang]}: ${facts.join(', ')}`] : [])];
}

function columnLines(x: FigureExplanation, lang: Lang): string[] {
  const c = x.column;
  if (!c || !x.layout) return [];
  const letter = x.target.cell.replace(/\d+$/, '');
  const out = [`  ${W.column[lang]} ${letter}: "${safeText(c.header)}" → ${describeColumn(c.meaning, x.layout.title, lang)} ${safeText(decisionText(c, lang))}`];
  if (c.sumOf) out.push(`    ${fill(W.sumOf[lang], { cols: c.sumOf.map(columnLetter).join(' + ') })}`);
  else if (c.sumColumn !== undefined) out.push(`    ${fill(W.sumInto[lang], { col: columnLetter(c.sumColumn) })}`);
  if (x.style) out.push(`    ${W.style[lang]}: ${(W.styles as Record<string, Text>)[x.style]?.[lang] ?? x.style}`);
  return out;
}

function rowLines(x: FigureExplanation, lang: Lang): string[] {
  const r = x.row;
  if (!r) return [];
  const tag = [ROW_WORDS[r.kind]?.[lang] ?? r.kind, r.ofWhich ? W.ofWhich[lang] : '', r.program ? programText(r.program) : '', fill(W.depth[lang], { n: r.depth })].filter(Boolean).join(', ');
  return [`  ${W.row[lang]} ${r.row}: ${r.stt ? `${safeText(r.stt)} ` : ''}"${safeText(r.label)}" → ${tag} ${safeText(decisionText(r, lang))}`];
}

function statusLines(x: FigureExplanation, lang: Lang): string[] {
  if (x.status === 'figure') return [];
  const text = fill(W.status[x.status][lang], { sheet: safeText(x.target.sheet), sheets: x.sheets.map((s) => `"${safeText(s)}"`).join(', '), note: safeText(x.gap?.note ?? '') });
  return [`  ${text}`];
}

export function renderFigureText(x: FigureExplanation, lang: Lang, written?: WrittenCell): string {
  const out = [fill(W.title[lang], { cell: x.target.cell, sheet: safeText(x.target.sheet), file: safeText(x.target.file) })];
  out.push(...statusLines(x, lang));
  if (x.status !== 'no-file' && x.status !== 'no-sheet') {
    out.push(...writtenLine(written, lang), ...tableLines(x, lang), ...columnLines(x, lang), ...rowLines(x, lang));
    for (const e of x.facts) out.push(...factLines(e, x, lang));
    if (x.facts.length) {
      out.push(`  ${W.relations[lang]}:${x.relations.length ? '' : ` ${W.none[lang]}`}`);
      for (const r of x.relations) out.push(relationLine(r, x, lang));
    }
    out.push(`  ${W.findings[lang]}:${x.findings.length ? '' : ` ${W.none[lang]}`}`);
    for (const f of x.findings) out.push(`    ${SEVERITY_WORDS[f.severity][lang]}: ${f.message} [${f.code}]`);
  }
  return `${out.join('\n')}\n`;
}

export function renderFigureJson(x: FigureExplanation, written?: WrittenCell): string {
  return `${JSON.stringify({ ...x, ...(written ? { written } : {}) }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
