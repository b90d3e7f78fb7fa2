import type { Cell, Row } from '../read/grid.js';
import { word } from '../findings/params.js';
import type { ColumnSpec, Layout } from '../layout/detect-layout.js';
import type { FactRef, LedgerEntry, Measure, SourceRef } from '../ledger/entry.js';
import { DOUBT } from '../ledger/doubt.js';
import { isRatioMeasure } from '../ledger/entry.js';
import { parseDec, shift } from '../ledger/money.js';
import { roundDec } from '../ledger/round.js';
import { foldText } from '../reference/fold-text.js';
import { memoText } from '../reference/memo.js';
import { mentionsMoney, namesCountColumn } from '../reference/vocabulary/header-terms.js';
import { formatPeriod, WHOLE_YEAR, type Period } from '../reference/periods.js';
import { ledgerUnit, type Unit } from '../reference/units.js';
import type { NumberStyle } from '../read/parse-number.js';
import { isFigureSpec, type ColumnIndex } from './column-index.js';
import { readFigure } from './read-figure.js';
import type { LineUnits } from './line-units.js';
import type { RowDims } from './row-dims.js';
import type { SheetFindings } from './sheet-context.js';

/** A figure cell of a row and the column it sits in. */
export interface Figure {
  col: ColumnSpec;
  cell: Cell;
}

type AmountRef = { spec: ColumnSpec; ref: FactRef; program: 'KCQG' | 'KCDP' | '' };

/** What step 6 needs beyond the row: column styles, and the units of lines seen so far. */
export interface FactContext {
  index: ColumnIndex;
  out: SheetFindings;
  styleOf(col: number): NumberStyle | undefined;
  /** A text figure settled its column's style by its own digits. */
  learn(col: number, style: NumberStyle): void;
  /**
   * The unit of the amounts last seen on each line, so that a percentage row of a
   * one-row-per-fact export knows whether it is a percentage of money or of people; absent
   * where no column is a value column (only a value's percentage asks it).
   */
  lineUnits?: LineUnits;
  /** A figure cell the table does not state readably (a lone footnote mark): sums over it are uncertain. */
  gap(g: GapRef): void;
  /** A figure that reads in both number styles with nothing to decide: gathered into the sheet's one finding. */
  ambiguous?(at: SourceRef, params: { text: string; vi: string; en: string }): void;
  /** Rows the file hides. */
  hidden?: ReadonlySet<number>;
  /** Figures of a difference column: "(30)" alone is minus thirty, not a footnote mark. */
  signed?: true;
}

/** Where a figure could not be read: its cell, row and place in the hierarchy. */
export interface GapRef {
  source: SourceRef;
  rowKey: string;
  rowPath?: string[];
  note: string;
  /** Text that is not a readable figure, not a footnote mark. */
  unread?: true;
}

/** The figure cells of a row: cells in figure columns that hold something (or failed as formulas). */
export function rowFigures(row: Row, index: ColumnIndex): Figure[] {
  const figures: Figure[] = [];
  for (const cell of row) {
    const spec = index.byCol.get(cell.col);
    if (spec && isFigureSpec(spec) && (cell.text.trim() !== '' || cell.noCachedValue || cell.error)) figures.push({ col: spec, cell });
  }
  return figures;
}

interface FactKey {
  measure: Measure;
  year: number;
  /** A span of years ("KH 2021-2025"): its last year; the fact is of the whole span. */
  yearTo?: number;
  period: Period | undefined;
  program: 'KCQG' | 'KCDP' | '';
  unit: Unit | undefined;
  /** Which of the sheet's decisions the key rests on (DOUBT bits: year, period, unit); the band always. */
  rests: number;
}

function withSpan(key: FactKey, yearTo: number | undefined): FactKey {
  return yearTo === undefined ? key : { ...key, yearTo };
}

/** The sheet decisions a figure's key rests on: year and period where the row took the sheet's, the unit where neither row nor column states one. */
function restsOn(dims: RowDims, sheetYear: boolean, sheetPeriod: boolean, sheetUnit: boolean): number {
  const fromSheet = dims.fromSheet ?? 0;
  return (sheetYear ? fromSheet & DOUBT.yearWeak : 0) | (sheetPeriod ? fromSheet & DOUBT.periodWeak : 0) | (sheetUnit ? DOUBT.unitWeak : 0);
}

/** Tables whose counts have columns of their own ("Số lượng" beside "Kinh phí (tr.đ)"). */
const countColumns = new WeakMap<ColumnIndex, boolean>();

function hasCountColumns(index: ColumnIndex): boolean {
  let has = countColumns.get(index);
  if (has === undefined) countColumns.set(index, (has = index.figureSpecs.some((s) => s.meaning.kind === 'amount' && (!s.meaning.unit || s.meaning.unit.kind === 'count') && namesCountColumn(s.header))));
  return has;
}

/**
 * The unit of an amount: the row's ĐVT, except where the counts have columns of their own and
 * this column's header states money ("Kinh phí (tr.đ)" on a row whose ĐVT "lao động" is its
 * "Số lượng"'s).
 */
function amountUnit(row: Unit | undefined, column: Unit | undefined, index: ColumnIndex): Unit | undefined {
  if (row?.kind === 'count' && column?.kind === 'money' && hasCountColumns(index)) return column;
  return row ?? column;
}

/** The measure, year, period, programme and unit of one figure, from its column and its row. */
function factKey(fig: Figure, dims: RowDims, ctx: FactContext): FactKey | undefined {
  const { index, out } = ctx;
  const { layout } = index;
  const m = fig.col.meaning;
  if (m.kind === 'value') {
    if (!dims.rowMeasure) {
      out.once(`measure-missing:${fig.col.col}`, { code: 'value-unknown', params: { text: fig.col.header, what: word('value-measure-column') }, location: out.at(fig.cell) });
      return undefined;
    }
    const measure = dims.rowMeasure.measure;
    const ratio = isRatioMeasure(measure);
    const unit = ratio ? { kind: 'percent', written: '%' } as const : dims.rowUnit ?? m.unit ?? layout.title.unit;
    const annualPlan = (measure === 'plan' || measure === 'plan_adjusted') && index.dims.period === undefined;
    const period = annualPlan ? WHOLE_YEAR : dims.period;
    const rests = restsOn(dims, true, !annualPlan, !ratio && !dims.rowUnit && !m.unit);
    return withSpan({ measure, year: dims.year + (dims.rowMeasure.yearOffset ?? 0), period, program: dims.program, unit, rests }, dims.rowMeasure.yearOffset ? undefined : dims.yearTo);
  }
  if (m.kind === 'amount') {
    const measure = m.measure;
    // Plans and settled accounts are annual unless the header says otherwise; so is every
    // figure of a table that names no months anywhere (statistics by year).
    const annual = m.period === undefined && (measure === 'plan' || measure === 'plan_adjusted' || (!dims.period && (measure === 'settled' || index.annualTable)) || (m.yearNamed && m.year !== undefined && layout.title.wholeYears?.includes(m.year)));
    const period = m.period ?? (annual ? WHOLE_YEAR : dims.period);
    // A period relative to the report's ("cùng kỳ", "lũy kế"), resolved from the title, rests on it too.
    const rests = restsOn(dims, m.year === undefined, !annual && (m.period === undefined || m.periodRel !== undefined), !dims.rowUnit && !m.unit);
    return withSpan({ measure, year: m.year ?? dims.year + (m.yearOffset ?? 0), period, program: m.program ?? dims.program, unit: amountUnit(dims.rowUnit, m.unit, index) ?? layout.title.unit, rests }, m.year !== undefined ? m.yearTo : m.yearOffset ? undefined : dims.yearTo);
  }
  if (m.kind === 'ratio') {
    const measure = m.measure;
    const annual = m.period === undefined && (measure === 'plan_growth' || (!dims.period && index.annualTable));
    const period = m.period ?? (annual ? WHOLE_YEAR : dims.period);
    const rests = restsOn(dims, m.year === undefined, !annual && (m.period === undefined || m.periodRel !== undefined), false);
    return withSpan({ measure, year: m.year ?? dims.year, period, program: m.program ?? dims.program, unit: { kind: 'percent', written: '%' }, rests }, m.year !== undefined ? m.yearTo : dims.yearTo);
  }
  return undefined;
}

/** The unit a figure is read in; undefined (with a finding once per column) when none is stated. */
function figureUnit(fig: Figure, key: FactKey, ctx: FactContext): Unit | undefined {
  const { out } = ctx;
  const m = fig.col.meaning;
  if (!key.unit && m.kind === 'amount' && (m.line || ctx.index.statesNoUnit)) {
    // A table that states no unit at all (MOF 2004, a form without a unit line): its figures
    // still add up or not; the unit is for the author to state, not a fault of each column.
    out.once('unit-unstated', { code: 'unit-unstated', params: {}, location: out.whole });
    return { kind: 'unstated', written: '' };
  }
  if (!key.unit) {
    out.once(`unit-missing:${fig.col.col}`, { code: 'unit-missing', params: { header: fig.col.header }, location: { ...out.at(fig.cell), cell: fig.col.address, row: ctx.index.layout.headerRow } });
  }
  return key.unit;
}

/**
 * Figures written in a few characters ("35.30", "100", "0") repeat across a long export's rows:
 * each such text is read once and its value shared by the entries that state it (an exact
 * decimal is never changed in place), not one value of 64 bytes per figure.
 */
const SHORT_NUMBER = 7;
const parseShort = memoText(parseDec);
const headerOfMoney = memoText(mentionsMoney);

/** One figure as a ledger entry (without the basis of a percentage, which needs the whole row). */
export function figureEntry(fig: Figure, dims: RowDims, rowKey: string, ctx: FactContext): { entry: LedgerEntry; key: FactKey } | undefined {
  const { out } = ctx;
  const key = factKey(fig, dims, ctx);
  if (!key) return undefined;
  if (!key.period) {
    out.once(`period-missing:${fig.col.col}`, { code: 'period-missing', params: {}, location: out.at(fig.cell) });
    return undefined;
  }
  let unit = figureUnit(fig, key, ctx);
  if (!unit) return undefined;
  // A ĐVT of "%" on an amount column: the row states a percentage line, not an amount.
  if (unit.kind === 'percent' && !isRatioMeasure(key.measure) && dims.rowUnit?.kind === 'percent') return undefined;
  const read = readFigure(fig.cell, ctx.styleOf(fig.cell.col), ctx.signed === true);
  if (read === 'skip') return undefined;
  if (read.kind === 'gap') {
    ctx.gap({ source: out.at(fig.cell), rowKey, ...(dims.rowPath ? { rowPath: dims.rowPath } : {}), note: read.note });
    return undefined;
  }
  if (read.kind === 'problem') {
    // The sums over a figure that could not be read are not checked: never a sum of the readable ones.
    ctx.gap({ source: out.at(fig.cell), rowKey, ...(dims.rowPath ? { rowPath: dims.rowPath } : {}), note: fig.cell.text.trim(), unread: true });
    if (read.code === 'number-ambiguous' && ctx.ambiguous) ctx.ambiguous(out.at(fig.cell), read.params as { text: string; vi: string; en: string });
    else out.finding({ ...read, location: out.at(fig.cell) });
    return undefined;
  }
  if (read.learnedStyle) ctx.learn(fig.cell.col, read.learnedStyle);
  // A 0.00% cell in a money column ("Tỷ lệ bội chi so GDP"): a rate on its own line, never money.
  if (read.fraction && unit.kind !== 'percent') unit = { kind: 'percent', written: '%' };
  const dec = read.value.length <= SHORT_NUMBER ? parseShort(read.value) : parseDec(read.value);
  if (!dec) {
    out.finding({ code: 'number-unparseable', params: { text: fig.cell.text.trim() }, location: out.at(fig.cell) });
    return undefined;
  }
  let amount = dec;
  let precision = -read.decimals;
  // A stored number with more digits than its format shows is a rounded figure as shown.
  let rounded = read.storedDecimals > read.decimals;
  if (unit.kind === 'money') {
    amount = shift(dec, unit.exponent);
    precision = unit.exponent - read.decimals;
    rounded ||= read.decimals > 0 && unit.exponent >= 6;
  } else if (unit.kind === 'percent' && read.fraction) {
    // 0.354 shown as "35.4%": the value is a fraction, the format's decimals are percent digits.
    amount = shift(dec, 2);
    precision = -read.decimals;
  }
  // A percentage is judged on the value it shows (70.5882… formatted "0.0" is 70.6), as it is read.
  if (unit.kind === 'percent' && rounded) amount = roundDec(amount, read.decimals);
  const reportPeriod = dims.period ? formatPeriod(dims.period) : undefined;
  const entry: LedgerEntry & { room?: undefined } = {
    provinceCode: dims.provinceCode,
    province: dims.province,
    year: key.year,
    period: formatPeriod(key.period),
    program: key.program,
    activity: dims.activity,
    measure: key.measure,
    amount,
    unit: ledgerUnit(unit),
    level: dims.level,
    label: dims.label,
    source: out.at(fig.cell),
    line: dims.line,
    precision,
    rounded,
    ofWhich: dims.ofWhich,
    rowKey,
    reportYear: dims.year,
    reportPeriod,
    provinceList: dims.provinceList,
    room: undefined,
  };
  settleTail(entry, key.yearTo);
  const note = read.note ?? dims.note;
  if (note) entry.note = note;
  const doubt = (fig.col.certainty === 'conflicting' ? DOUBT.columnConflict : fig.col.certainty === 'weak' ? DOUBT.columnWeak : 0) | (dims.doubt ?? 0)
    | (ctx.hidden?.has(fig.cell.row) ? DOUBT.rowHidden : 0) | ctx.index.rowsDoubt | sheetDoubts(ctx.index.layout, key.rests);
  if (doubt) entry.doubt = doubt;
  if (ctx.index.layout.confirmed) entry.confirmed = true;
  placeEntry(entry, fig, dims, ctx);
  return { entry, key };
}

/**
 * The last fields of a new entry: its span's last year, report period and province list, each
 * present only where it has a value, in that order. An object literal holds exactly the fields
 * it names; a field added later goes to a second array of fields, 40 bytes more per figure (a
 * long export's million figures: 40 MB). So the literal names them all and a free `room` last,
 * and what has no value is deleted while it is the last field: V8 then keeps the object's size
 * (deleting any other field makes a slow object), and the fields added next (a percentage's
 * `ratioOf`, a note) take the free slots.
 */
function settleTail(e: LedgerEntry & { room?: undefined }, yearTo: number | undefined): void {
  delete e.room;
  if (yearTo === undefined && e.reportPeriod !== undefined) {
    if (e.provinceList === undefined) delete e.provinceList;
    return;
  }
  // A span's last year comes before the report period: both taken off, put back in order.
  const { reportPeriod, provinceList } = e;
  delete e.provinceList;
  delete e.reportPeriod;
  if (yearTo !== undefined) e.yearTo = yearTo;
  if (reportPeriod !== undefined) e.reportPeriod = reportPeriod;
  if (provinceList !== undefined) e.provinceList = provinceList;
}

const SHEET_BITS = new WeakMap<Layout, number>();

/**
 * The doubts a figure takes from the sheet's own decisions: the header band (every column's
 * header is read from it), and the year, period and unit where its key rests on them (`rests`).
 * A decision the mapping file states, or one read with certainty, gives none.
 */
function sheetDoubts(layout: Layout, rests: number): number {
  let bits = SHEET_BITS.get(layout);
  if (bits === undefined) {
    const d = layout.decisions;
    const unsure = (c: { certainty: string }) => c.certainty !== 'certain';
    bits = (unsure(d.band) && !layout.confirmed ? DOUBT.bandWeak : 0) | (unsure(d.period) ? DOUBT.periodWeak : 0) | (unsure(d.year) ? DOUBT.yearWeak : 0) | (unsure(d.unit) ? DOUBT.unitWeak : 0);
    SHEET_BITS.set(layout, bits);
  }
  return bits & (DOUBT.bandWeak | rests);
}

/** Line, row path and column facts of an entry: where in the table it sits. */
function placeEntry(entry: LedgerEntry, fig: Figure, dims: RowDims, ctx: FactContext): void {
  const { index } = ctx;
  const m = fig.col.meaning;
  if (ctx.lineUnits) {
    const line = { provinceCode: dims.provinceCode, province: dims.province, program: dims.program, line: dims.line, foldedLabel: foldText(dims.label) };
    if (entry.unit !== '%') ctx.lineUnits.set(line, entry.unit);
    else if (m.kind === 'value') {
      const unit = ctx.lineUnits.get(line);
      if (unit !== undefined) entry.ratioOf = unit;
    }
  }
  const colLine = m.kind === 'amount' && m.line ? m.line : undefined;
  if (!index.banded) {
    // An export's own column name is the line (total.rev, net.trans), within the row's line.
    if (colLine) {
      entry.line = entry.line ? `${entry.line} | ${foldText(colLine)}` : foldText(colLine);
      if (!entry.label) entry.label = colLine;
    }
    return;
  }
  entry.rowPath = dims.rowPath ?? [];
  if (!index.rowsStructured) entry.rowSums = false;
  if (dims.rowTotal) entry.rowTotal = true;
  if (dims.rowScope) entry.rowScope = dims.rowScope;
  if (dims.sumRows) entry.sumRows = dims.sumRows;
  entry.column = fig.col.col;
  if (fig.col.sumColumn !== undefined) entry.sumColumn = fig.col.sumColumn;
  if (fig.col.sumOf) entry.sumOf = fig.col.sumOf;
  if (fig.col.partOf !== undefined) entry.partOf = fig.col.partOf;
  if (colLine) {
    // A budget-line column (MOF tables): the line is the column's, within the row's own line.
    entry.line = entry.line ? `${entry.line} | ${foldText(colLine)}` : foldText(colLine);
    if (!entry.label) entry.label = colLine;
    else if (index.layout.kind === 'summary') entry.label = colLine;
  }
}

/** Step 6: a row's figures as ledger entries, in column order; percentages learn their basis from the whole row. */
export function rowFacts(figures: Figure[], dims: RowDims, rowKey: string, ctx: FactContext): LedgerEntry[] {
  const amountRefs: AmountRef[] = [];
  const spanRefs: FactRef[] = [];
  const ratios: Array<{ entry: LedgerEntry; fig: Figure; key: FactKey }> = [];
  const out: LedgerEntry[] = [];
  for (const fig of figures) {
    const made = figureEntry(fig, dims, rowKey, ctx);
    if (!made) continue;
    const { entry, key } = made;
    const kind = fig.col.meaning.kind;
    // A figure of a span of years is no basis of a year's percentage (refs name one year).
    if (kind === 'amount' && key.yearTo === undefined) amountRefs.push({ spec: fig.col, ref: { measure: key.measure, year: key.year, period: entry.period, unit: entry.unit }, program: key.program });
    else if (kind === 'amount') spanRefs.push({ measure: key.measure, year: key.year, yearTo: key.yearTo, period: entry.period, unit: entry.unit });
    if (kind === 'ratio' && key.yearTo === undefined) ratios.push({ entry, fig, key });
    else if (kind === 'ratio' && fig.col.meaning.kind === 'ratio' && fig.col.meaning.ofSpan) spanBasis(entry, key, spanRefs);
    out.push(entry);
  }
  for (const { entry, fig, key } of ratios) {
    // "Tỷ lệ kinh phí (%)" beside counts and money is a percentage of the money, never of the counts.
    const ofMoney = headerOfMoney(fig.col.header);
    const candidates = amountRefs.filter((a) => a.program === key.program && (a.ref.unit === 'VND' || !ofMoney));
    const basis = declaredBasis(entry, fig.col, amountRefs, dims) ?? ratioBasis(key.measure, fig.col, candidates, key.year, entry.period);
    // No money on its row: it is checked against none of the row's counts either.
    if (!basis && ofMoney) entry.ratioOf = 'VND';
    if (basis) {
      entry.basis = basis;
      entry.ratioOf = basis.base.unit;
      // "So với cùng kỳ (%)" beside a month and a cumulative column is of the figure it is computed from.
      const m = fig.col.meaning;
      if (m.kind === 'ratio' && !m.period && !m.periodRel && basis.of.year === entry.year) entry.period = basis.of.period;
    }
  }
  return out;
}

/**
 * A percentage of a span of years ("Tỷ lệ so với KH giai đoạn"): the span's cumulative actual
 * (from its first year) over the span's plan, as the row states them to its left.
 */
function spanBasis(entry: LedgerEntry, key: FactKey, spans: FactRef[]): void {
  if (entry.measure !== 'pct_of_plan') return;
  const base = spans.find((r) => (r.measure === 'plan' || r.measure === 'plan_adjusted') && r.year === key.year && r.yearTo === key.yearTo);
  const of = [...spans].reverse().find((r) => (r.measure === 'actual' || r.measure === 'estimate') && r.year === key.year && r.yearTo !== undefined && r.yearTo <= key.yearTo!);
  if (!of || !base) return;
  entry.basis = { of, base };
  entry.ratioOf = base.unit;
}

/**
 * The amounts the numbering row declares a percentage column is computed from ("4=2/1"): what
 * the table says wins over the guess from the headers, and so does the measure it implies (a
 * ratio over last year's actual is a ratio to the prior year, over a plan a percent of plan).
 */
function declaredBasis(entry: LedgerEntry, col: ColumnSpec, amounts: AmountRef[], dims: RowDims): { of: FactRef; base: FactRef } | undefined {
  if (!col.ratioOf) return undefined;
  const of = amounts.find((a) => a.spec.col === col.ratioOf!.of)?.ref;
  const base = amounts.find((a) => a.spec.col === col.ratioOf!.base)?.ref;
  if (!of || !base) return undefined;
  if (entry.measure === 'pct_of_plan' || entry.measure === 'ratio_prior') {
    if ((base.measure === 'plan' || base.measure === 'plan_adjusted') && base.year === dims.year) entry.measure = 'pct_of_plan';
    else if (base.measure === 'actual' && base.year === dims.year - 1) entry.measure = 'ratio_prior';
  }
  return { of, base };
}

/**
 * The amounts a stated percentage is computed from, taken from the same row: percent of plan
 * is the current actual (or estimate) over the plan (adjusted plan when stated); the ratio and
 * growth on last year are the current actual over the prior-year column; plan growth is this
 * year's plan over last year's. "Current" is the percentage's own year: the one its header names
 * ("Năm 2017 › TH/KH (%)" in a report of 2017 and 6 months of 2018), else the report's.
 */
function ratioBasis(measure: Measure, col: ColumnSpec, amounts: AmountRef[], year: number, period: string): { of: FactRef; base: FactRef } | undefined {
  const left = amounts.filter((a) => a.spec.col < col.col).reverse();
  const pick = (pred: (r: FactRef) => boolean) => left.find((a) => pred(a.ref))?.ref ?? amounts.find((a) => pred(a.ref))?.ref;
  const current = (r: FactRef) => r.year === year && (r.measure === 'actual' || r.measure === 'estimate' || r.measure === 'disbursed');
  // A percentage whose header names its period ("Tỷ lệ lũy kế/KH") is of the actual of that period.
  const m = col.meaning;
  const stated = m.kind === 'ratio' && (m.period !== undefined || m.periodRel !== undefined);
  const ofPeriod = (pred: (r: FactRef) => boolean) => (stated ? pick((r) => pred(r) && r.period === period) : undefined) ?? pick(pred);
  // The plan the header names ("Tỷ lệ lũy kế/KH điều chỉnh", "… /KH năm"); else the adjusted plan where stated.
  const named = m.kind === 'ratio' ? m.base : undefined;
  switch (measure) {
    case 'pct_of_plan': {
      const of = ofPeriod(current);
      const adjusted = pick((r) => r.year === year && r.measure === 'plan_adjusted');
      const plan = pick((r) => r.year === year && r.measure === 'plan');
      const base = named === 'plan' ? plan ?? adjusted : adjusted ?? plan;
      return of && base ? { of, base } : undefined;
    }
    case 'pct_of_plan_adjusted': {
      const of = ofPeriod(current);
      const base = pick((r) => r.year === year && r.measure === 'plan_adjusted');
      return of && base ? { of, base } : undefined;
    }
    case 'ratio_prior':
    case 'growth_prior': {
      const of = ofPeriod(current);
      const prior = (r: FactRef) => r.year === year - 1 && r.measure === 'actual';
      const base = of ? pick((r) => prior(r) && r.period === of.period) ?? pick(prior) : pick(prior);
      return of && base ? { of, base } : undefined;
    }
    case 'plan_growth': {
      const of = pick((r) => r.year === year && r.measure === 'plan');
      const base = pick((r) => r.year === year - 1 && r.measure === 'plan');
      return of && base ? { of, base } : undefined;
    }
    default:
      return undefined;
  }
}
