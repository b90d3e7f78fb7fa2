import type { Measure, RatioMeasure } from '../measures.js';
import { termMatcher, type TermTable } from '../match-terms.js';

/** Words anywhere in a title line that make the table national: no province is owed. */
export const NATIONAL_TERMS: TermTable<'national'> = [
  ['state budget', 'national'], ['ngan sach nha nuoc', 'national'], ['whole country', 'national'], ['ca nuoc', 'national'],
  ['toan quoc', 'national'],
];

/** Openings of a title line that name a ministry or agency: its table is national. */
export const AGENCY_OPENING_TERMS: TermTable<'national'> = [
  ['bo tai chinh', 'national'], ['bo cong thuong', 'national'], ['bo ke hoach', 'national'], ['tong cuc', 'national'],
  ['cuc', 'national'], ['chinh phu', 'national'], ['quoc hoi', 'national'], ['ministry', 'national'], ['general statistics', 'national'],
];

/** What a title says the figures are when the columns do not say, in precedence order. */
export const TITLE_MEASURE_TERMS: TermTable<Exclude<Measure, RatioMeasure>> = [
  ['(du toan|ke hoach) (thu|chi|kinh phi|nam)', 'plan'],
  ['budget plan', 'plan'],
  ['quyet toan', 'settled'],
  ['final account|accounts', 'settled'],
  ['[ket qua] thuc hien', 'actual'],
];

/** Openings of a title line that make it a plan table ("DỰ TOÁN …", "BIỂU KẾ HOẠCH …"). */
export const TITLE_PLAN_OPENING_TERMS: TermTable<'plan'> = [
  ['[bieu] (du toan|ke hoach)', 'plan'],
  // "DANH MỤC ĐỀ ÁN KHUYẾN CÔNG … THỰC HIỆN NĂM 2024": the projects approved to be carried out.
  ['danh muc [cac] (de an|nhiem vu|chuong trinh)', 'plan'],
];

/** File-name words that say what the figures are. */
export const NAME_MEASURE_TERMS: TermTable<Exclude<Measure, RatioMeasure>> = [
  ['(plan|kehoach|ke hoach|dutoan|du toan|kh)', 'plan'],
  ['(final|quyettoan|quyet toan|settle|settled|settlement)', 'settled'],
];

/** Titles of tables of indices and rates: nothing in them is summed. */
export const RATES_TERMS: TermTable<'rates'> = [['index of', 'rates']];
export const RATES_OPENING_TERMS: TermTable<'rates'> = [['(index|chi so|toc do|growth rate)', 'rates']];

/** Words of a report's title line: the line that states the report's year and period. */
export const REPORT_TITLE_TERMS: TermTable<'title'> = [
  ['bao cao', 'title'], ['report', 'title'], ['thuc hien', 'title'], ['ket qua', 'title'], ['tinh hinh', 'title'],
  ['tong hop', 'title'], ['ke hoach', 'title'], ['du toan', 'title'], ['quyet toan', 'title'], ['nam', 'title'], ['year', 'title'],
];

const NATIONAL = termMatcher(NATIONAL_TERMS);
const AGENCY = termMatcher(AGENCY_OPENING_TERMS);
const MEASURE = termMatcher(TITLE_MEASURE_TERMS);
const PLAN_OPENING = termMatcher(TITLE_PLAN_OPENING_TERMS);
const NAME_MEASURE = termMatcher(NAME_MEASURE_TERMS);
const RATES = termMatcher(RATES_TERMS);
const RATES_OPENING = termMatcher(RATES_OPENING_TERMS);
const REPORT_TITLE = termMatcher(REPORT_TITLE_TERMS);

export function isNationalTitle(line: string): boolean {
  return !!NATIONAL.find(line) || !!AGENCY.starts(line);
}

export function titleMeasure(line: string): Exclude<Measure, RatioMeasure> | undefined {
  if (PLAN_OPENING.starts(line)) return 'plan';
  return MEASURE.first(line)?.value;
}

export function nameMeasure(name: string): Exclude<Measure, RatioMeasure> | undefined {
  return NAME_MEASURE.first(name)?.value;
}

export function isRatesTitle(line: string): boolean {
  return !!RATES.find(line) || !!RATES_OPENING.starts(line);
}

export function isReportTitle(line: string): boolean {
  return !!REPORT_TITLE.find(line);
}
