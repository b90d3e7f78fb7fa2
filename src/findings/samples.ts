import { CATALOG, type CatalogEntry, type Lang } from './catalog.js';
import { fact, fileRef, percent, period, subject, tolerance, word, words, type AmountParam, type CodeParams, type Params, type PlacesParam } from './params.js';
import { renderMessage } from './build-report.js';

const money = (value: string, precision = 6): AmountParam => ({ kind: 'amount', value, unit: 'VND', precision });
const at = (file: string, sheet: string, cell: string): PlacesParam => ({ kind: 'places', places: [{ file, sheet, cell }] });
const ngheAn = fact({ province: 'Nghệ An', label: 'Đào tạo nghề', program: 'KCQG', measure: 'actual', period: '01-09', year: 2024 });
const ratio = {
  reported: percent('53.4', 1), computed: percent('35.40', 3), of: money('46022000000'), base: money('130005000000'),
  low: percent('53.35', 2), high: percent('53.45', 2), diff: percent('-18.00', 3), span: '' as const, done: word('ratio-of-actual'),
};

/**
 * Illustrative params for every code, typed from the catalog's CodeParams: `explain` shows
 * each code's message with them, and a test renders all of them in both languages.
 */
export const SAMPLES: { [C in keyof CodeParams]: CodeParams[C] } = {
  'file-unreadable': { reason: 'ENOENT' },
  'file-generated-skipped': { generator: 'budget-recon 0.1.0' },
  'prose-skipped': { file: 'hoi-nghi-phia-bac-2018.txt' },
  'file-unsupported': { ext: '.pdf' },
  'input-limit-exceeded': { key: 'maxEntryBytes', value: 1073741824, limit: 209715200, at: ' (xl/sharedStrings.xml)' },
  'input-not-regular': { kind: word('special-fifo') },
  'folder-without-reports': { count: 0 },
  'needs-conversion': { ext: '.doc' },
  'converted-with-libreoffice': { ext: '.xls' },
  'encoding-converted': { encoding: 'Windows-1258' },
  'sheet-skipped': { reason: word('sheet-hidden') },
  'formula-no-value': { formula: 'C10+C11+C12' },
  'formula-error': { error: '#REF!', formula: ' (=C5/C6)' },
  'legacy-text-converted': { count: 3, encoding: 'TCVN3 (ABC)', cells: 'A1, B6, C6' },
  'file-empty': {},
  'layout-unrecognised': { rows: 30 },
  'column-ignored': { header: 'Ghi chú' },
  'column-derived': { header: 'Chênh lệch' },
  'column-hidden': { header: 'Cột phụ' },
  'number-unparseable': { text: 'khoảng 12' },
  'number-ambiguous': { text: '1.234', vi: '1234', en: '1.234', count: 6, cells: 'C5, D5, C6, D6, C7, D7' },
  'number-style-conflict': { text: '1,234.5', style: word('style-vi') },
  'unit-missing': { header: 'Kế hoạch' },
  'unit-unstated': {},
  'unit-unknown': { unit: 'kg' },
  'period-missing': {},
  'period-unknown': { text: 'Đợt 2' },
  'period-from-name': { chosen: period('07-07', 2024), chosenFrom: word('source-sheet'), year: 2024 },
  'period-conflict': { chosen: period('01-06', 2024), chosenFrom: word('source-title'), other: period('07-09', 2024), otherFrom: word('source-sheet') },
  'year-missing': { detail: word('year-no-column') },
  'province-unknown': { text: 'Tỉnh Xyz' },
  'province-missing': {},
  'row-unlabelled': { row: 85 },
  'province-other-list': { text: 'Quảng Bình', name: 'Quảng Bình', other: '63', list: '34', period: period('01-09', 2025) },
  'value-unknown': { text: 'KC9', what: word('value-programme') },
  'percent-of-plan-mismatch': ratio,
  'ratio-prior-mismatch': ratio,
  'growth-prior-mismatch': ratio,
  'plan-growth-mismatch': ratio,
  'percent-without-base': { reported: percent('12.5', 1), base: money('0') },
  'stated-total-mismatch': {
    what: { ...subject('total', 'Tổng cộng'), measure: 'plan', period: '01-12', year: 2024 },
    reported: money('29534000000'), expected: money('29284000000'), count: 6, diff: money('250000000'),
  },
  'figure-mismatch': {
    what: { ...subject('figure', 'Đào tạo nghề'), measure: 'actual', period: '01-06', year: 2025 },
    reported: money('250000000'), expected: money('200000000'), diff: money('50000000'), totals: 'G7, F6',
  },
  'difference-mismatch': {
    what: subject('row', 'Hội chợ triển lãm'), column: 'Tăng (+), giảm (-) so với cùng kỳ',
    reported: money('60000000'), expected: money('300000000'), diff: money('-240000000'), of: 'C13', minus: 'D13',
  },
  'figure-total-ratios-mismatch': {
    what: { ...subject('figure', 'Hỗ trợ ứng dụng máy móc thiết bị'), measure: 'actual', period: '01-09', year: 2024 },
    reported: money('1790000000'), expected: money('1700000000'), diff: money('90000000'), total: 'D11', ratios: 'F14, G14',
  },
  'sum-mismatch': {
    what: { ...subject('row', 'KHUYẾN CÔNG QUỐC GIA'), measure: 'actual', period: '01-09', year: 2024 },
    reported: money('4761000000'), expected: money('4760000000'), count: 4, diff: money('1000000'), rule: tolerance(5),
  },
  'agreement-mismatch': { what: ngheAn, reported: money('1499000000'), expected: money('1490000000'), diff: money('9000000'), other: at('tong-hop-bac-trung-bo.xlsx', 'Biểu 01', 'E12') },
  'prior-restated': { what: ngheAn, reported: money('1499000000'), expected: money('1490000000'), diff: money('9000000'), other: at('nghe-an-2023.xlsx', 'BC', 'D9'), period: period('01-09', 2023) },
  'unit-scale-suspect': { reported: money('1499000000000', 6), expected: money('1499000000'), other: at('tong-hop.xlsx', 'TH', 'E12'), factor: '1000×', fit: word('unit-3') },
  'province-report-missing': { province: 'Quảng Trị', period: period('01-09', 2024), source: fileRef('tong-hop-bac-trung-bo.xlsx') },
  'province-report-duplicate': { province: 'Quảng Trị', period: period('01-09', 2024), other: fileRef('quang-tri-9-thang.xlsx') },
  'month-cumulative-mismatch': {
    what: fact({ province: 'Nghệ An', label: 'Hội chợ, triển lãm', program: 'KCDP', measure: 'actual', period: '07-07', year: 2024 }),
    reported: money('180000000'), cumulative: money('950000000'), at: period('01-07', 2024),
    previous: money('820000000'), before: period('01-06', 2024), expected: money('130000000'), diff: money('50000000'),
  },
  'month-missing': { province: 'Nghệ An', period: period('05-05', 2024), first: period('01-01', 2024), last: period('10-10', 2024) },
  'month-reported-twice': { province: 'Hà Tĩnh', period: period('07-07', 2024), other: fileRef('ha-tinh-bc-so-150-sct.xlsx'), count: 6, reported: money('260000000'), expected: money('230000000') },
  'cumulative-decrease': { what: ngheAn, end: 9, earlier: 6, reported: money('1200000000'), expected: money('1300000000'), other: at('nghe-an-6-thang.xlsx', 'BC', 'E10') },
  'actual-above-plan': { what: ngheAn, reported: money('2100000000'), expected: money('2000000000') },
  'plan-changed': { what: { ...ngheAn, measure: 'plan', period: '01-12' }, reported: money('2100000000'), expected: money('2000000000'), other: at('nghe-an-6-thang.xlsx', 'BC', 'C10') },
  'of-which-exceeds': { what: subject('figure', 'Chi hỗ trợ'), reported: money('500000000'), expected: money('650000000'), parts: word('of-which-rows') },
  'duplicate-fact': { reported: money('1499000000'), first: 'E12', expected: money('1499000000'), same: word('values-agree') },
  'sum-rounding': {
    what: { ...subject('row', 'Chương trình mục tiêu quốc gia'), measure: 'settled', period: '01-12', year: 2010 },
    reported: money('2583898000000'), expected: money('2583898700000'), count: 10, diff: money('-700000'), allowance: money('4150000'),
  },
  'sum-gap-explained': { what: subject('total', 'Bổ sung cân đối'), reported: money('42489480000000'), expected: money('39848768000000'), mark: '(1)', footnote: 'đã bao gồm 2.640.712 triệu đồng bổ sung cho NSĐP để thực hiện điều chỉnh tiền lương' },
  'reading-uncertain': { withheld: 16, check: { kind: 'codes', codes: [{ code: 'sum-mismatch', count: 14 }, { code: 'of-which-exceeds', count: 2 }] }, reason: words(['figures-disagree', 'unreadable-figure']), cells: 'C12, D12, E12', fragment: '{"rules":[{"file":"mof_budget_Final_2012.xls","sheet":"M07+","structure":"as-read"}]}' },
  'internal-error': { check: 'sums', reason: 'RangeError' },
};

export function sampleParams(code: string): Params | undefined {
  return (SAMPLES as Record<string, Params>)[code];
}

/** A code's message with its sample params, in the language (the template itself when no sample exists). */
export function sampleMessage(code: string, lang: Lang): string {
  const e = (CATALOG as Record<string, CatalogEntry>)[code];
  if (!e) return '';
  const params = sampleParams(code);
  return params ? renderMessage({ code, params } as never, lang) : e.template[lang];
}

