import type { Measure, RatioMeasure } from '../measures.js';
import { termMatcher, type TermTable } from '../match-terms.js';

export type Dimension =
  | 'stt' | 'province' | 'province_code' | 'year' | 'period' | 'program' | 'activity' | 'label'
  | 'level' | 'measure' | 'unit' | 'note';

/** Column headers that name a dimension, matched as the whole header (units and numbering stripped). */
export const DIMENSION_TERMS: TermTable<Dimension> = [
  ['stt|tt', 'stt'], ['so tt', 'stt'], ['so thu tu', 'stt'], ['no', 'stt'], ['s t t', 'stt'],
  ['ma tinh', 'province_code'], ['ma dvhc', 'province_code'], ['ma tinh tp', 'province_code'], ['province code', 'province_code'],
  ['provincecode', 'province_code'], ['ma don vi', 'province_code'], ['code', 'province_code'],
  ['tinh', 'province'], ['tinh (thanh pho|tp)', 'province'], ['ten tinh', 'province'], ['ten tinh (thanh pho|tp)', 'province'],
  ['dia phuong', 'province'], ['province', 'province'], ['province name', 'province'], ['prov', 'province'],
  ['provinces', 'province'], ['cities provincies', 'province'], ['cities provinces', 'province'], ['don vi', 'province'],
  ['tinh thanh', 'province'], ['tinh thanh pho truc thuoc trung uong', 'province'],
  ['nam', 'year'], ['year', 'year'], ['nam bao cao', 'year'], ['nam ke hoach', 'year'],
  ['ky', 'period'], ['ky bao cao', 'period'], ['period', 'period'], ['thoi ky', 'period'], ['thoi gian', 'period'], ['ky bc', 'period'],
  ['chuong trinh', 'program'], ['nguon', 'program'], ['nguon kinh phi', 'program'], ['program', 'program'], ['programme', 'program'],
  ['nguon von', 'program'], ['loai chuong trinh', 'program'],
  ['ma hoat dong', 'activity'], ['ma noi dung', 'activity'], ['activity', 'activity'], ['activity code', 'activity'],
  ['ma chi tieu', 'activity'], ['ma hd', 'activity'], ['ma', 'activity'],
  ['noi dung', 'label'], ['ten chi tieu', 'label'], ['chi tieu', 'label'], ['hoat dong', 'label'], ['noi dung hoat dong', 'label'],
  ['label', 'label'], ['description', 'label'], ['line', 'label'], ['dien giai', 'label'], ['ten hoat dong', 'label'],
  ['noi dung chi', 'label'], ['ten noi dung', 'label'], ['item', 'label'], ['items', 'label'], ['content', 'label'], ['contents', 'label'], ['indicator', 'label'], ['indicators', 'label'], ['noi dung cong viec', 'label'], ['ten don vi', 'label'],
  ['don vi thuc hien', 'label'], ['linh vuc', 'label'], ['ten de an', 'label'], ['de an', 'label'],
  ['ten chuong trinh', 'label'], ['ten du an', 'label'], ['ten chuong trinh du an', 'label'],
  ['cap', 'level'], ['level', 'level'], ['cap do', 'level'], ['loai dong', 'level'],
  ['loai', 'measure'], ['measure', 'measure'], ['loai so lieu', 'measure'], ['loai chi tieu', 'measure'], ['chi so', 'measure'],
  ['dvt', 'unit'], ['don vi tinh', 'unit'], ['unit', 'unit'], ['d v t', 'unit'],
  ['ghi chu', 'note'], ['note', 'note'], ['notes', 'note'], ['remark', 'note'], ['remarks', 'note'],
];

/** Headers of the one figure column of a one-row-per-fact export, matched whole. */
export const VALUE_TERMS: TermTable<'value'> = [
  ['gia tri', 'value'], ['so tien', 'value'], ['value', 'value'], ['amount', 'value'], ['so lieu', 'value'],
  ['kinh phi', 'value'], ['so luong', 'value'], ['tong kinh phi', 'value'],
];

/**
 * Measures named in a header, in precedence order (the first row found wins): an adjusted plan
 * before a plan, an estimate ("Ước thực hiện") before an actual.
 */
export const MEASURE_TERMS: TermTable<Exclude<Measure, RatioMeasure>> = [
  ['(ke hoach|kh) (dieu chinh|bo sung)', 'plan_adjusted'],
  ['(ke hoach|kh) sau dieu chinh', 'plan_adjusted'],
  ['(ke hoach|kh) (nam|giao) [{y}] (dieu chinh|sau dieu chinh)', 'plan_adjusted'],
  ['du toan dieu chinh', 'plan_adjusted'],
  ['adjusted plan', 'plan_adjusted'],
  ['plan adjusted', 'plan_adjusted'],
  ['(uoc|uth|estimate|estimated|est)', 'estimate'],
  ['(giai ngan|disburse|disbursed|disbursement)', 'disbursed'],
  ['(quyet toan|settle|settled|settlement|final accounts)', 'settled'],
  ['(tam ung|advance|advanced)', 'advanced'],
  ['(ke hoach|kh|du toan|plan|budget)', 'plan'],
  ['kh{y}', 'plan'],
  ['(thuc hien|th|actual|luy ke|lk|da thuc hien)', 'actual'],
  ['ket qua', 'actual'],
  ['th{y}', 'actual'],
  ['cung ky', 'actual'],
];

/** Words that put a figure in the year before the report's ("Cùng kỳ năm trước"). */
export const PRIOR_YEAR_TERMS: TermTable<-1> = [
  ['cung ky', -1], ['nam truoc', -1], ['same period', -1], ['prior year', -1], ['last year', -1],
];

/**
 * A percentage that compares two years is one of last year ("Năm 2024 so với năm 2023 (%)",
 * "So sánh TH 2017/TH 2016 (%)"): its year is the later one. One that names only the year it
 * compares with ("Tăng/giảm so với năm 2023 (%)") is of the report's year, not of that one.
 */
export const YEAR_COMPARISON_TERMS: TermTable<'two-years' | 'later-first' | 'base-year'> = [
  ['[nam|th|thuc hien|kh|ke hoach] {y} so voi [nam|th|thuc hien|cung ky] [nam] {y2}', 'two-years'],
  ['[nam|th|thuc hien|luy ke|lk] {y} (th|thuc hien|nam|luy ke|lk) {y2}', 'two-years'],
  // "Lũy kế 2024/2023 (%)", "TH 2024/2023": the later year first (a span "2014 - 2018" is not a comparison).
  ['[nam|th|thuc hien|luy ke|lk] {y} {y2}', 'later-first'],
  ['so voi [cung ky] [nam] {y}', 'base-year'],
];

/** Words of a growth rate (this ÷ last − 1): "Tăng trưởng (%)", "Tăng (+), giảm (-)", "Tăng/giảm". */
export const GROWTH_TERMS: TermTable<'growth'> = [
  ['tang truong', 'growth'], ['tang giam', 'growth'], ['growth', 'growth'], ['change', 'growth'],
];

/**
 * Headers of a column worked out from two others (a difference, what is left): no fact of its
 * own, matched whole (units and numbering stripped). A percentage ("Tăng/giảm (%)") is a ratio, read before.
 */
export const DERIVED_TERMS: TermTable<'derived'> = [
  ['chenh lech', 'derived'], ['so chenh lech', 'derived'], ['chenh lech (tang|giam)', 'derived'],
  ['tang giam', 'derived'], ['so tang giam', 'derived'],
  // … compared with another column: "Tăng (+), giảm (-) so với cùng kỳ", "Chênh lệch so với KH năm".
  // … naming the measure it compares: "Chênh lệch TH so với KH", "Tăng, giảm thực hiện so với cùng kỳ".
  ['[so] (tang giam|chenh lech) [th|thuc hien|uth|uoc thuc hien] so voi [cung ky] [nam truoc]', 'derived'],
  ['[so] (tang giam|chenh lech) [th|thuc hien|uth|uoc thuc hien] so voi [cung ky|thuc hien|th] [nam] {y}', 'derived'],
  ['[so] (tang giam|chenh lech) [th|thuc hien|uth|uoc thuc hien] so voi (ke hoach|kh|du toan) [nam|giao] [{y}]', 'derived'],
  ['con lai', 'derived'], ['so con lai', 'derived'], ['kinh phi con lai', 'derived'], ['so du', 'derived'],
  ['difference', 'derived'], ['variance', 'derived'], ['remaining', 'derived'], ['balance', 'derived'],
];

/** A figure column of counts beside one of money under the same period ("Số lượng | Kinh phí"). */
export const COUNT_COLUMN_TERMS: TermTable<'count'> = [
  ['so luong', 'count'], ['sl', 'count'], ['khoi luong', 'count'], ['quantity', 'count'], ['number of', 'count'],
];

/** A figure column of money beside one of counts under the same period ("Số lượng | Kinh phí"). */
export const MONEY_COLUMN_TERMS: TermTable<'money'> = [
  ['kinh phi', 'money'], ['tong kinh phi', 'money'], ['kinh phi ho tro', 'money'], ['so tien', 'money'], ['gia tri', 'money'],
  ['von', 'money'], ['amount', 'money'], ['funding', 'money'], ['cost', 'money'],
];

const DIMENSIONS = termMatcher(DIMENSION_TERMS);
const DERIVED = termMatcher(DERIVED_TERMS);
const COUNT_COLUMNS = termMatcher(COUNT_COLUMN_TERMS);

const MONEY_COLUMNS = termMatcher(MONEY_COLUMN_TERMS);

/** A header line that is only a name for money ("Kinh phí", "Số tiền"), the pair of a "Số lượng" column. */
export function namesMoneyColumn(text: string): boolean {
  return !!MONEY_COLUMNS.whole(text);
}

/** A header that names money somewhere in it ("Tỷ lệ kinh phí (%)"): what it is of is money, not counts. */
export function mentionsMoney(text: string): boolean {
  return !!MONEY_COLUMNS.find(text);
}

/** A header naming a column of counts ("Số lượng"): a row's ĐVT of people or places is this column's. */
export function namesCountColumn(text: string): boolean {
  return !!COUNT_COLUMNS.find(text);
}
const YEAR_COMPARISON = termMatcher(YEAR_COMPARISON_TERMS);
const GROWTH = termMatcher(GROWTH_TERMS);

/** Whether a percentage header compares two years, and the year its figure is of (undefined: the report's). */
export function yearComparison(text: string): { year: number | undefined } | undefined {
  const hit = YEAR_COMPARISON.find(text);
  if (!hit) return undefined;
  if (hit.value === 'later-first') return hit.slots.y! > hit.slots.y2! ? { year: hit.slots.y! } : undefined;
  return { year: hit.value === 'two-years' ? Math.max(hit.slots.y!, hit.slots.y2!) : undefined };
}

export function namesGrowth(text: string): boolean {
  return !!GROWTH.find(text);
}

const VALUES = termMatcher(VALUE_TERMS);
const MEASURES = termMatcher(MEASURE_TERMS);
const PRIOR = termMatcher(PRIOR_YEAR_TERMS);

export function dimensionOf(core: string): Dimension | undefined {
  return DIMENSIONS.whole(core)?.value;
}

const PROGRAMME_WORDS = '(kcqg|kcdp|khuyen cong quoc gia|khuyen cong dia phuong|cong|tong cong|tong so)';
const PROGRAMME_QUALIFIER = new RegExp(`\\s+${PROGRAMME_WORDS}$`);
const PROGRAMME_OPENING = new RegExp(`^${PROGRAMME_WORDS}\\s+`);

/**
 * A header naming a difference or a remainder of other columns ("Chênh lệch", "Còn lại"), or one
 * column minus another in so many words ("TH 2024 - TH 2023": a measure on each side of the dash).
 */
export function isDerivedHeader(core: string): boolean {
  if (DERIVED.whole(core)) return true;
  // Under a programme group or over one ("Chênh lệch" › "KCQG | KCĐP | Cộng"): the programme is no part of it.
  const bare = core.replace(PROGRAMME_QUALIFIER, '').replace(PROGRAMME_OPENING, '');
  if (bare !== core && bare !== '' && DERIVED.whole(bare)) return true;
  const sides = core.split(/\s+[-–]\s+/);
  return sides.length === 2 && sides.every((s) => s.split(' ').length <= 6 && !!MEASURES.starts(s));
}

export function isValueHeader(core: string): boolean {
  return !!VALUES.whole(core);
}

export function measureIn(text: string): Exclude<Measure, RatioMeasure> | undefined {
  return MEASURES.first(text)?.value;
}

export function namesPriorYear(text: string): boolean {
  return !!PRIOR.find(text);
}
