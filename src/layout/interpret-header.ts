import { cleanText, foldText } from '../reference/fold-text.js';
import { parseYear, parseYearSpan, readPeriod, type Period } from '../reference/periods.js';
import { findUnitIn, type Unit } from '../reference/units.js';
import type { Measure, RatioMeasure } from '../ledger/schema.js';
import { dimensionOf, isDerivedHeader, isValueHeader, measureIn, namesGrowth, namesPriorYear, yearComparison, type Dimension } from '../reference/vocabulary/header-terms.js';
import { programmeInHeader, withoutProgrammeOpening } from '../reference/vocabulary/programmes.js';
import { OF_WHICH_TERMS, TOTAL_TERMS, totalOfMeasure } from '../reference/vocabulary/labels.js';

export type { Dimension };

/** What a column holds, read from its header text. */
export type ColumnMeaning =
  | { kind: 'dimension'; dim: Dimension }
  /** One-row-per-fact exports: the figure whose measure is given by a measure column. */
  | { kind: 'value'; unit?: Unit }
  | {
      kind: 'amount';
      measure: Exclude<Measure, RatioMeasure>;
      /** Explicit year in the header, or an offset from the report year (cùng kỳ = -1). */
      year?: number;
      /** With `year`, a span of years ("giai đoạn 2016-2020", "KH 2021-2025"): its last year. */
      yearTo?: number;
      yearOffset?: number;
      period?: Period;
      /** "Lũy kế từ đầu năm", "Thực hiện trong tháng": a period relative to the report's month. */
      periodRel?: 'ytd' | 'current';
      program?: 'KCQG' | 'KCDP' | '';
      unit?: Unit;
      /** A column that names a budget line rather than a measure (MOF: "TỔNG THU NSNN TRÊN ĐỊA BÀN"). */
      line?: string;
      /** The header names its year as "Năm 2017" and no months: that whole year, when it is not the report's. */
      yearNamed?: true;
    }
  | {
      kind: 'ratio';
      measure: RatioMeasure;
      year?: number;
      yearTo?: number;
      period?: Period;
      periodRel?: 'ytd' | 'current';
      program?: 'KCQG' | 'KCDP' | '';
      /** The plan a percent of plan is of, where the header names it ("/KH điều chỉnh", "/KH năm"). */
      base?: 'plan' | 'plan_adjusted';
      /** Of a programme's span of years the header names without its years ("Tỷ lệ so với KH giai đoạn (%)"). */
      ofSpan?: true;
    }
  | { kind: 'unknown' };

/** Strips what the header says about unit and numbering: "(triệu đồng)", "(1)", "ĐVT: …". */
function coreText(folded: string): string {
  return folded
    .replace(/\((?:[^()]*)\)/g, ' ')
    .replace(/\[(?:[^[\]]*)\]/g, ' ')
    .replace(/(?:^|\s)(?:dvt|don vi tinh|don vi|unit)\s*:.*$/, ' ')
    .replace(/[:*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A header's words without its unit and numbering, folded: what vocabulary tables match whole. */
export function headerCore(raw: string): string {
  return coreText(foldText(raw));
}

/** Words a percentage header is made of; a header with many other words names a rate or a line. */
const RATIO_WORDS = new Set(('ty le ti le dat so sanh so voi voi cung ky nam truoc ck ke hoach kh th thuc hien uoc uth tang giam ' +
  'luy ke thang quy ca nam kcqg kcdp cong tong percent of plan ratio growth yoy same period prior last year vs over % + - / ( ) th/kh kh/th trong do ' +
  'dieu chinh sau giao ban dau adjusted truong toc').split(' '));

/** The plan a percent-of-plan header names: the adjusted one ("KH điều chỉnh"), or the year's as assigned ("KH năm", "KH giao"). */
function ratioBase(t: string): 'plan' | 'plan_adjusted' | undefined {
  if (/\b(dieu chinh|adjusted)\b/.test(t)) return 'plan_adjusted';
  if (/\b(kh|ke hoach|plan) (nam|giao|ban dau|dau nam)\b/.test(t)) return 'plan';
  return undefined;
}

function ratioKind(t: string): RatioMeasure | undefined {
  // "Tăng (+), giảm (-)" alone is a difference in the column's unit as often as a rate: only
  // with "%", "tỷ lệ", "so sánh" or "tăng trưởng" is it a percentage.
  const pct = /%|\bty le\b|\bti le\b|\bpercent|\bdat\b|\bso sanh\b|\bratio (to|of)\b|\bgrowth\b|\btang truong\b/.test(t);
  if (!pct) return undefined;
  const words = t.replace(/\([^)]*\)/g, ' ').replace(/[(),;:/]/g, ' ').split(/\s+/).filter((w) => w && !/^\d+$/.test(w) && !RATIO_WORDS.has(w));
  if (words.length > 2) return undefined;
  const plans = (t.match(/\b(kh|ke hoach|plan)\b/g) ?? []).length;
  if (plans >= 2 && /\bso voi\b|\bvs\b|\bover\b/.test(t)) return 'plan_growth';
  const growth = /\btang\b.*\bgiam\b|\btang\/giam\b/.test(t) || namesGrowth(t);
  const prior = /cung ky|nam truoc|\bck\b|same period|prior year|last year|\byoy\b/.test(t) || yearComparison(t) !== undefined;
  if (growth) return 'growth_prior';
  if (prior) return 'ratio_prior';
  return 'pct_of_plan';
}

/** A plan the header names as the year's ("Kế hoạch năm", "KH cả năm", "Dự toán năm"), not a plan of some months. */
function annualPlan(core: string, measure: string): boolean {
  return (measure === 'plan' || measure === 'plan_adjusted') && /\b(ke hoach|kh|du toan|dt)( dieu chinh)? (ca )?nam\b/.test(core);
}

/** True when some part of the header (its rows are joined) starts with a measure word. */
function opensWithMeasure(raw: string): boolean {
  // A programme's column group over the measure ("Khuyến công quốc gia › Kế hoạch năm 2024") opens with the programme.
  const f = withoutProgrammeOpening(foldText(raw));
  if (f.split(/\s+/).length <= 4) return true;
  return /(^|\s)(ke hoach|kh|du toan|thuc hien|th|uoc|luy ke|lk|cung ky|giai ngan|quyet toan|tam ung|plan|actual|estimate|budget)\b/.test(f)
    && (/^(ke hoach|kh|du toan|thuc hien|th|uoc|luy ke|lk|cung ky|giai ngan|quyet toan|tam ung|so (kinh phi|tien)|kinh phi|plan|actual|estimate|budget)\b/.test(f)
      || /\b(\d{4}|nam|thang|quy)\b/.test(f) && f.split(/\s+/).length <= 8);
}

/**
 * Reads one header (the texts of its header rows joined top to bottom) into a meaning.
 * Matching is on folded text, so diacritics, tone placement and case do not matter.
 */
export function interpretHeader(raw: string): ColumnMeaning {
  const folded = foldText(raw);
  if (!folded) return { kind: 'unknown' };
  const core = coreText(folded);
  const dim = dimensionOf(core);
  if (dim) return { kind: 'dimension', dim };
  // A unit line inside the header row ("ĐVT: triệu đồng" over a column) is the unit, not a column.
  const unit = findUnitIn(raw);
  if (isValueHeader(core) || (core === '' && unit)) return unit ? { kind: 'value', unit } : { kind: 'value' };
  // A span of years is stored as a span, never as its first year.
  const span = parseYearSpan(folded, { throughPeriod: true });
  const year = span?.from ?? parseYear(folded);
  const periodReading = readPeriod(core);
  const period = periodReading?.period;
  const periodRel = periodReading && !period && (periodReading.kind === 'ytd' || periodReading.kind === 'current') ? periodReading.kind : undefined;
  const ratio = ratioKind(folded);
  // A difference of two columns ("Chênh lệch so với KH năm", "TH 2024 - TH 2023"): no measure of its own.
  if (!ratio && unit?.kind !== 'percent' && isDerivedHeader(core)) return { kind: 'unknown' };
  // Shares of a total ("Structure (%)", "Cơ cấu (%)", "Tỷ trọng") are rates, not percentages of plan.
  if (/\b(structure|structue|co cau|ty trong|share)\b/.test(core)) return { kind: 'unknown' };
  if (!ratio && unit?.kind === 'percent' && core.split(' ').length > 4) {
    // "TỶ LỆ PHẦN TRĂM (%) PHÂN CHIA …": a rate on its own line, not a percentage of plan.
    return { kind: 'unknown' };
  }
  if (ratio || unit?.kind === 'percent') {
    const m: ColumnMeaning = { kind: 'ratio', measure: ratio ?? 'pct_of_plan' };
    // "Năm 2024 so với năm 2023": the later year's; "so với năm 2023" alone: the report's year.
    const compared = m.measure === 'ratio_prior' || m.measure === 'growth_prior' ? yearComparison(folded) : undefined;
    const ratioYear = compared ? compared.year : year;
    if (ratioYear !== undefined) m.year = ratioYear;
    if (span) m.yearTo = span.to;
    // "so với KH giai đoạn": the span's cumulative over the span's plan, its years those of the plan column.
    else if (/\bgiai doan\b/.test(core)) m.ofSpan = true;
    if (period) m.period = period;
    if (periodRel) m.periodRel = periodRel;
    const program = programmeInHeader(core);
    if (program !== undefined) m.program = program;
    const base = m.measure === 'pct_of_plan' ? ratioBase(folded) : undefined;
    // A percentage of the adjusted plan is its own measure: it stands beside one of the year's plan.
    if (base === 'plan_adjusted') m.measure = 'pct_of_plan_adjusted';
    if (base) m.base = base;
    return m;
  }
  // A header that is only a period of months ("Tháng 7", "Quý III", "9 tháng"): what was done in it.
  const periodOnly = !!periodReading && periodReading.kind !== 'year' && periodReading.kind !== 'date' && core.replace(/\b(19|20)\d\d\b/g, ' ').trim().split(/\s+/).length <= 3;
  const measure = measureIn(core) ?? (periodOnly ? 'actual' : undefined);
  if (measure && !opensWithMeasure(raw)) return { kind: 'unknown' };
  if (measure) {
    const m: ColumnMeaning = { kind: 'amount', measure };
    if (namesPriorYear(core)) m.yearOffset = -1;
    if (year !== undefined) m.year = year;
    if (span) m.yearTo = span.to;
    // "Kế hoạch năm" under "6 tháng đầu năm 2018": the year's plan, whatever months head the group.
    if (period && !annualPlan(core, measure)) m.period = period;
    else if (!period && !periodRel && !span && !m.yearOffset && year !== undefined && /\bnam (19|20)\d\d\b/.test(core)) m.yearNamed = true;
    if (periodRel) m.periodRel = periodRel;
    const program = programmeInHeader(core);
    if (program !== undefined) m.program = program;
    if (unit) m.unit = unit;
    return m;
  }
  return { kind: 'unknown' };
}

// The total words of the labels table, longest first, as the opening of a folded label.
const TOTAL_OPENING = new RegExp(`^(${TOTAL_TERMS.map(([p]) => p).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '[ -]?')})\\b\\s*(.*)$`);
const OF_WHICH_OPENING = new RegExp(`^(${OF_WHICH_TERMS.map(([p]) => p).join('|')})\\b`);

/** True for labels that name a total or subtotal line: "Tổng cộng", "Tổng số", "Cộng", "Total". */
export function isTotalLabel(label: string): boolean {
  const t = foldText(label).replace(/[:.]+$/, '').trim();
  // The whole label must be a total phrase, perhaps with a short qualifier ("Tổng cộng toàn
  // vùng", "Cộng I", "Tổng số (A+B)"): "Tổng thu ngân sách" and "Tổng số thu từ …" are lines.
  const m = t.match(TOTAL_OPENING);
  if (!m) return false;
  const rest = m[2]!.replace(/[:.]+$/, '').trim();
  const qualifier = rest === '' || /^(\(.*\)|[ivx]+|[a-d]|[ivx]+ ?\+ ?[ivx]+|[a-d] ?\+ ?[a-d]|kcqg|kcdp|chung|toan (vung|khu vuc|tinh|quoc|nganh)|ca nuoc|cac (tinh|vung|khu vuc).*|khu vuc.*|vung.*|(toan bo|tat ca).*)$/.test(rest);
  if (!qualifier) return false;
  // Folded, "Cộng" (sum) and "Công" (as in "Công tác …") are one word: a bare "cong" counts only
  // with nothing or a section after it, or when the diacritics say "cộng".
  if (m[1] === 'cong' && rest !== '' && !/^([ivx]+|[a-d]|kcqg|kcdp|chung)$/.test(rest)) return /^cộng\b/u.test(cleanText(label).toLowerCase());
  return true;
}

/**
 * A form's row that totals one measure of its lines, in a form whose lines state money and
 * counts on rows of their own ("Cộng kinh phí", "Tổng kinh phí khuyến công"). Only where a row's
 * place is read from the table's numbering: in a long export "Tổng kinh phí" names a fact.
 */
export function isMeasureTotalLabel(label: string): boolean {
  const m = foldText(label).replace(/[:.]+$/, '').trim().match(TOTAL_OPENING);
  if (!m || !totalOfMeasure(m[2]!.trim())) return false;
  return m[1] !== 'cong' || /^cộng\b/u.test(cleanText(label).toLowerCase());
}

/** True for "Trong đó" (of which) breakdown labels. */
export function isOfWhichLabel(label: string): boolean {
  return OF_WHICH_OPENING.test(foldText(label));
}
