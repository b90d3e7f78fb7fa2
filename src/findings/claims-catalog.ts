import type { ReasonParam, Subject } from '../claims/types.js';
import { activityByCode } from '../reference/activities.js';
import { renderTemplate, type Lang } from './catalog.js';
import { MEASURE_WORDS } from './phrases.js';
import { localNumber, renderPeriod } from './render-params.js';

type Text = Record<Lang, string>;

/**
 * Why a claim is verified, contradicted or unverifiable: one template per reason code, in
 * English and Vietnamese (NFC). Codes are part of the claims JSON contract (`reason`).
 */
export const CLAIM_REASONS: Record<string, Text> = {
  matches: { en: 'States {stated}; the data give {computed} ({what})', vi: 'Ghi {stated}; số liệu cho {computed} ({what})' },
  differs: { en: 'States {stated}, but the data give {computed} ({what})', vi: 'Ghi {stated}, nhưng số liệu cho {computed} ({what})' },
  'percent-of-plan-matches': { en: '{stated} of plan: {num} ÷ {den} × 100 = {computed} (amount from {numFrom}, plan from {denFrom})', vi: 'Đạt {stated} kế hoạch: {num} ÷ {den} × 100 = {computed} (số thực hiện lấy từ {numFrom}, kế hoạch từ {denFrom})' },
  'percent-of-plan-differs': { en: 'States {stated} of plan, but {num} ÷ {den} × 100 = {computed} (amount from {numFrom}, plan from {denFrom})', vi: 'Ghi đạt {stated} kế hoạch, nhưng {num} ÷ {den} × 100 = {computed} (số thực hiện lấy từ {numFrom}, kế hoạch từ {denFrom})' },
  'ratio-prior-matches': { en: '{stated} of the same period last year: {num} ÷ {den} × 100 = {computed} (from {numFrom} and {denFrom})', vi: 'Bằng {stated} so với cùng kỳ: {num} ÷ {den} × 100 = {computed} (từ {numFrom} và {denFrom})' },
  'ratio-prior-differs': { en: 'States {stated} of the same period last year, but {num} ÷ {den} × 100 = {computed} (from {numFrom} and {denFrom})', vi: 'Ghi bằng {stated} so với cùng kỳ, nhưng {num} ÷ {den} × 100 = {computed} (từ {numFrom} và {denFrom})' },
  'growth-matches': { en: 'Change of {stated}: ({num} ÷ {den} − 1) × 100 = {computed} (from {numFrom} and {denFrom})', vi: 'Thay đổi {stated}: ({num} ÷ {den} − 1) × 100 = {computed} (từ {numFrom} và {denFrom})' },
  'growth-differs': { en: 'States a change of {stated}, but ({num} ÷ {den} − 1) × 100 = {computed} (from {numFrom} and {denFrom}); a negative value is a decrease ("giảm")', vi: 'Ghi thay đổi {stated}, nhưng ({num} ÷ {den} − 1) × 100 = {computed} (từ {numFrom} và {denFrom}); số âm là giảm' },
  'share-matches': { en: 'A share of {stated}: {num} ÷ {den} × 100 = {computed} (part from {numFrom}, whole from {denFrom})', vi: 'Chiếm {stated}: {num} ÷ {den} × 100 = {computed} (phần lấy từ {numFrom}, tổng từ {denFrom})' },
  'share-differs': { en: 'States a share of {stated}, but {num} ÷ {den} × 100 = {computed} (part from {numFrom}, whole from {denFrom})', vi: 'Ghi chiếm {stated}, nhưng {num} ÷ {den} × 100 = {computed} (phần lấy từ {numFrom}, tổng từ {denFrom})' },
  'parts-equal': { en: 'The parts {list} add up to the whole {whole}', vi: 'Các phần {list} cộng lại bằng tổng {whole}' },
  'parts-within': { en: 'The parts {list} add up to {parts}, within the whole {whole} ("trong đó" need not be complete)', vi: 'Các phần {list} cộng lại được {parts}, không vượt tổng {whole} ("trong đó" không nhất thiết đủ)' },
  'parts-exceed': { en: 'The parts {list} add up to {parts}, more than the whole {whole}', vi: 'Các phần {list} cộng lại được {parts}, lớn hơn tổng {whole}' },
  'parts-short': { en: 'The two programmes {list} add up to {parts}, not the whole {whole}', vi: 'Hai chương trình {list} cộng lại được {parts}, không bằng tổng {whole}' },
  'parts-incomplete': { en: 'The whole {whole} consists of ("gồm") {list}, but they add up to {parts}', vi: 'Tổng {whole} gồm {list}, nhưng các phần này cộng lại được {parts}' },
  'fraction-within': { en: 'The part {list} is within the whole {whole}', vi: 'Phần {list} không vượt tổng {whole}' },
  'fraction-exceeds': { en: 'The part {list} is more than the whole {whole}', vi: 'Phần {list} lớn hơn tổng {whole}' },
  'provinces-match': { en: 'The data hold the reports of {n} provinces', vi: 'Số liệu có báo cáo của {n} tỉnh' },
  'provinces-other': { en: 'The data hold the reports of {n} provinces, not {stated}: the text may count provinces whose reports were not given', vi: 'Số liệu có báo cáo của {n} tỉnh, không phải {stated}: văn bản có thể tính cả các tỉnh không có báo cáo trong số liệu' },
  'amount-change': { en: 'A change by this much ("tăng 4 đề án"), not a figure of the reports: not checked', vi: 'Mức tăng/giảm ("tăng 4 đề án"), không phải số liệu của báo cáo: không đối chiếu' },
  'no-data': { en: 'No data to check it against (give the reports with --against)', vi: 'Không có số liệu để đối chiếu (chỉ ra báo cáo bằng --against)' },
  'no-fact': { en: 'The data hold no figure for {what}', vi: 'Số liệu không có số cho {what}' },
  'several-lines': { en: 'Several lines of the data could be meant ({lines}); none is a total', vi: 'Nhiều dòng số liệu có thể khớp ({lines}); không dòng nào là tổng' },
  'no-scope': { en: 'The text does not say whose figure this is (a province, the region)', vi: 'Văn bản không nói số liệu của ai (tỉnh, vùng)' },
  'no-year': { en: 'The text states no year for this figure', vi: 'Văn bản không nêu năm của số liệu này' },
  'no-unit': { en: 'The figure has no unit that data can be compared in', vi: 'Số liệu không có đơn vị để đối chiếu' },
  'percent-unknown': { en: 'The text does not say what this percentage compares', vi: 'Văn bản không nói tỷ lệ này so sánh cái gì' },
  'average-other': { en: 'An average per centre, per province or per person is not a figure of the reports', vi: 'Số trung bình trên một trung tâm, tỉnh hay người không phải số liệu của báo cáo' },
  'missing-amount': { en: 'Neither the data nor the text give the amount it is a percentage of ({what})', vi: 'Cả số liệu lẫn văn bản đều không cho số được tính tỷ lệ ({what})' },
  'missing-base': { en: 'Neither the data nor the text give the base it is compared with ({what})', vi: 'Cả số liệu lẫn văn bản đều không cho số gốc để so sánh ({what})' },
  'zero-base': { en: 'The base is zero: no percentage is owed', vi: 'Số gốc bằng 0: không có tỷ lệ' },
};

export const CLAIM_WORDS = {
  en: { verified: 'verified', contradicted: 'contradicted', unverifiable: 'unverifiable', summary: (v: number, c: number, u: number) => `${v} verified, ${c} contradicted, ${u} unverifiable`, none: 'no quantitative claims found', data: 'data' },
  vi: { verified: 'khớp', contradicted: 'sai lệch', unverifiable: 'không kiểm được', summary: (v: number, c: number, u: number) => `${v} khớp, ${c} sai lệch, ${u} không kiểm được`, none: 'không thấy số liệu nào trong văn bản', data: 'số liệu' },
} as const;

export const CLAIM_KIND_WORDS: Record<string, Text> = {
  amount: { en: 'amount', vi: 'số tiền' },
  count: { en: 'count', vi: 'số lượng' },
  'percent-of-plan': { en: '% of plan', vi: '% kế hoạch' },
  'ratio-prior': { en: '% last year', vi: '% cùng kỳ' },
  growth: { en: 'change', vi: 'tăng/giảm' },
  share: { en: 'share', vi: 'tỷ trọng' },
  'part-whole': { en: 'parts/whole', vi: 'phần/tổng' },
  percent: { en: 'percentage', vi: 'tỷ lệ' },
};

const SUBJECT_WORDS = {
  unknown: { en: 'unknown', vi: 'chưa rõ' },
  years: { en: 'the years {years}', vi: 'các năm {years}' },
  periodOfYears: { en: '{period} of the years {years}', vi: '{period} các năm {years}' },
  textAt: { en: 'the text ("{text}", {line}:{column})', vi: 'văn bản ("{text}", {line}:{column})' },
} satisfies Record<string, Text>;

function subjectText(s: Subject, lang: Lang): string {
  const y = s.years;
  const span = y.length > 2 && y.at(-1)! - y[0]! === y.length - 1 ? `${y[0]}–${y.at(-1)}` : y.join(', ');
  const when = y.length === 1 ? renderPeriod({ kind: 'period', period: s.period, year: y[0]! }, lang)
    : !y.length ? SUBJECT_WORDS.unknown[lang]
      : s.period === '01-12' ? renderTemplate(SUBJECT_WORDS.years[lang], { years: span })
        : renderTemplate(SUBJECT_WORDS.periodOfYears[lang], { period: renderPeriod({ kind: 'period', period: s.period }, lang), years: span });
  const activity = s.activity ? `"${activityByCode(s.activity)?.name ?? s.activity}"` : '';
  const program = s.program === 'KCDP' ? 'KCĐP' : s.program;
  return [s.scope?.name ?? SUBJECT_WORDS.unknown[lang], when, program, activity, MEASURE_WORDS[s.measure][lang]].filter(Boolean).join(', ');
}

/** A typed parameter in the reader's language: numbers grouped as it writes them, periods in words. */
function renderParam(p: ReasonParam, lang: Lang): string {
  if (typeof p === 'string') return p;
  switch (p.kind) {
    case 'number': return `${localNumber(p.value, lang)}${p.unit ? ` ${p.unit}` : ''}`;
    case 'percent': return `${localNumber(p.value, lang)}%`;
    case 'subject': return subjectText(p.subject, lang);
    case 'from': return p.text === undefined ? CLAIM_WORDS[lang].data : renderTemplate(SUBJECT_WORDS.textAt[lang], { text: p.text, line: p.line ?? '', column: p.column ?? '' });
  }
}

export function renderReason(code: string, params: Record<string, ReasonParam>, lang: Lang): string {
  const t = CLAIM_REASONS[code];
  if (!t) return code;
  return renderTemplate(t[lang], Object.fromEntries(Object.entries(params).map(([k, v]) => [k, renderParam(v, lang)])));
}
