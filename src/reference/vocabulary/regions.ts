import { termMatcher, type TermTable } from '../match-terms.js';

/**
 * Regions a title or a section row of a multi-province table names ("TỔNG HỢP … CÁC TỈNH,
 * THÀNH PHỐ KHU VỰC PHÍA BẮC", "I. Khu vực miền Trung – Tây Nguyên"): the khuyến công
 * conferences' three regions, the six socio-economic regions of NQ 81/2023 and the older
 * eight-region names. The longest wording wins ("Trung du và miền núi phía Bắc" is not "phía
 * Bắc"). Membership is never assumed from these names: the provinces are those the table lists
 * under them (../shared/reference/regions.md).
 */
export type RegionKind = 'conference' | 'socio-economic';

export interface RegionName {
  name: string;
  kind: RegionKind;
}

const conference = (name: string): RegionName => ({ name, kind: 'conference' });
const socio = (name: string): RegionName => ({ name, kind: 'socio-economic' });

export const REGION_TERMS: TermTable<RegionName> = [
  ['phia bac', conference('phía Bắc')],
  ['mien bac', conference('phía Bắc')],
  ['mien trung tay nguyen', conference('miền Trung – Tây Nguyên')],
  ['mien trung va tay nguyen', conference('miền Trung – Tây Nguyên')],
  ['phia nam', conference('phía Nam')],
  ['mien nam', conference('phía Nam')],
  ['trung du va mien nui phia bac', socio('Trung du và miền núi phía Bắc')],
  ['trung du mien nui phia bac', socio('Trung du và miền núi phía Bắc')],
  ['dong bang song hong', socio('Đồng bằng sông Hồng')],
  ['bac trung bo va duyen hai mien trung', socio('Bắc Trung Bộ và duyên hải miền Trung')],
  ['bac trung bo', socio('Bắc Trung Bộ')],
  ['duyen hai nam trung bo', socio('Duyên hải Nam Trung Bộ')],
  ['tay nguyen', socio('Tây Nguyên')],
  ['dong nam bo', socio('Đông Nam Bộ')],
  ['dong bang song cuu long', socio('Đồng bằng sông Cửu Long')],
  ['tay bac [bo]', socio('Tây Bắc')],
  ['dong bac [bo]', socio('Đông Bắc')],
];

/**
 * Section rows of a table of provinces that head a region (matched as the whole label, its
 * English gloss and a leading "Vùng"/"Khu vực" left off): the six socio-economic regions, the
 * older eight, with the abbreviations the Ministry of Finance's tables write ("ĐB SÔNG HỒNG",
 * "ĐỒNG BẰNG S.HỒNG", "ĐB SÔNG C.LONG", "DUYÊN HẢI MIỀN TRUNG") and their English names. Such a
 * row is a region's subtotal whether or not it carries a Roman numeral.
 */
export const REGION_ROW_TERMS: TermTable<'region'> = [
  ['(dong bang|db) (song|s) hong', 'region'], ['red river delta', 'region'],
  ['trung du va mien nui phia bac', 'region'], ['trung du mien nui phia bac', 'region'], ['mien nui phia bac', 'region'],
  ['northern midlands and mountain area|areas', 'region'],
  ['bac (trung|t) bo va (duyen hai|dh) (mien|m) trung', 'region'],
  ['north central and central coastal areas', 'region'], ['north central area and central coastal area', 'region'],
  ['northern central area and central coastal area', 'region'],
  ['bac trung bo', 'region'], ['north central coast', 'region'],
  ['duyen hai nam trung bo', 'region'], ['duyen hai mien trung', 'region'], ['south central coast', 'region'],
  ['tay nguyen', 'region'], ['central highlands', 'region'],
  ['dong nam bo', 'region'], ['south east', 'region'], ['southeast', 'region'],
  ['(dong bang|db) (song|s) (cuu|c) long', 'region'], ['dbscl', 'region'], ['mekong river delta', 'region'],
  ['dong bac [bo]', 'region'], ['north east', 'region'], ['tay bac [bo]', 'region'], ['north west', 'region'],
];

const matcher = termMatcher(REGION_TERMS);
const rowMatcher = termMatcher(REGION_ROW_TERMS);

/** True for a label that is a region's name and nothing else (a section row of a table of provinces). */
export function isRegionRowLabel(label: string): boolean {
  return !!rowMatcher.whole(label);
}

/** The region a title line or a section label names, if any. */
export function regionIn(text: string): RegionName | undefined {
  return matcher.find(text)?.value;
}
