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

const matcher = termMatcher(REGION_TERMS);

/** The region a title line or a section label names, if any. */
export function regionIn(text: string): RegionName | undefined {
  return matcher.find(text)?.value;
}
