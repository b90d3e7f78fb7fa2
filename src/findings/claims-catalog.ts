import { renderTemplate, type Lang } from './catalog.js';

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
  'parts-equal': { en: 'The parts {list} add up to the whole {whole}', vi: 'Các phần {list} cộng lại bằng tổng {whole}' },
  'parts-within': { en: 'The parts {list} add up to {parts}, within the whole {whole} ("trong đó" need not be complete)', vi: 'Các phần {list} cộng lại được {parts}, không vượt tổng {whole} ("trong đó" không nhất thiết đủ)' },
  'parts-exceed': { en: 'The parts {list} add up to {parts}, more than the whole {whole}', vi: 'Các phần {list} cộng lại được {parts}, lớn hơn tổng {whole}' },
  'parts-short': { en: 'The two programmes {list} add up to {parts}, not the whole {whole}', vi: 'Hai chương trình {list} cộng lại được {parts}, không bằng tổng {whole}' },
  'no-data': { en: 'No data to check it against (give the reports with --against)', vi: 'Không có số liệu để đối chiếu (chỉ ra báo cáo bằng --against)' },
  'no-fact': { en: 'The data hold no figure for {who}, {years}, period {period}, programme {program}, activity {activity}, {measure}', vi: 'Số liệu không có số cho {who}, {years}, kỳ {period}, chương trình {program}, nội dung {activity}, {measure}' },
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

export function renderReason(code: string, params: Record<string, string>, lang: Lang): string {
  const t = CLAIM_REASONS[code];
  return t ? renderTemplate(t[lang], params) : code;
}
