import { termMatcher, type TermTable } from '../match-terms.js';

/** Words that open a total or subtotal label ("Tổng cộng", "Cộng I", "Total"). */
export const TOTAL_TERMS: TermTable<'total'> = [
  ['tong cong', 'total'], ['tong so', 'total'], ['tong', 'total'], ['cong', 'total'], ['total', 'total'],
  ['grand total', 'total'], ['subtotal', 'total'], ['sub total', 'total'], ['toan vung', 'total'],
  ['toan khu vuc', 'total'], ['ca nuoc', 'total'], ['toan quoc', 'total'], ['whole country', 'total'], ['toan tinh', 'total'],
];

/**
 * What may follow a total word in a total's label and say only what is totalled: "Cộng kinh phí",
 * "Tổng kinh phí khuyến công", "Tổng cộng số tiền" (a form whose lines mix money and counts names the
 * sum of its money so). The whole rest of the label must be one of them.
 */
export const TOTAL_MEASURE_TERMS: TermTable<'money'> = [
  ['kinh phi', 'money'], ['kinh phi khuyen cong', 'money'], ['so tien', 'money'],
];

/** Words that open a partial breakdown ("Trong đó") — never parts of a sum. */
export const OF_WHICH_TERMS: TermTable<'of-which'> = [
  ['trong do', 'of-which'], ['of which', 'of-which'], ['in which', 'of-which'], ['including', 'of-which'],
];

/**
 * Words that open a complete breakdown ("Chia ra", "Bao gồm", "Gồm"): its parts add up to the
 * whole. A column group headed so (MOF: "Quyết toán" | "Chia ra - Including" › Vốn ĐTPT | Vốn
 * sự nghiệp) sums to the column beside it.
 */
export const BREAKDOWN_TERMS: TermTable<'breakdown'> = [
  ['chia ra', 'breakdown'], ['bao gom', 'breakdown'], ['gom', 'breakdown'],
];

/** Values of a level column. */
export const LEVEL_TERMS: TermTable<'item' | 'subtotal' | 'total'> = [
  ['item', 'item'], ['line', 'item'], ['chi tiet', 'item'], ['dong', 'item'], ['muc', 'item'], ['khoan', 'item'],
  ['subtotal', 'subtotal'], ['sub total', 'subtotal'], ['cong', 'subtotal'], ['tong nhom', 'subtotal'], ['tong muc', 'subtotal'], ['nhom', 'subtotal'],
  ['total', 'total'], ['tong', 'total'], ['tong cong', 'total'], ['tong so', 'total'], ['grand total', 'total'],
];

/** What opens the lines after a table: signatures and notes. Reading stops there. */
export const FOOTER_TERMS: TermTable<'footer'> = [
  ['nguoi lap bieu', 'footer'], ['nguoi lap', 'footer'], ['lap bieu', 'footer'], ['giam doc', 'footer'],
  ['pho giam doc', 'footer'], ['thu truong', 'footer'], ['ke toan truong', 'footer'], ['noi nhan', 'footer'],
  ['ghi chu', 'footer'], ['kt giam doc', 'footer'], ['tm ubnd', 'footer'], ['prepared by', 'footer'],
  ['approved by', 'footer'], ['note', 'footer'], ['notes', 'footer'],
];

/** Words that make a section an area of a province as it was before a merger ("Địa bàn tỉnh Quảng Trị (cũ)"). */
export const FORMER_AREA_TERMS: TermTable<'former'> = [
  ['cu', 'former'], ['truoc sap nhap', 'former'], ['truoc sap xep', 'former'], ['truoc hop nhat', 'former'], ['former', 'former'],
];

const TOTALS = termMatcher(TOTAL_TERMS);
const TOTAL_MEASURES = termMatcher(TOTAL_MEASURE_TERMS);
const OF_WHICH = termMatcher(OF_WHICH_TERMS);
const BREAKDOWN = termMatcher(BREAKDOWN_TERMS);
const LEVELS = termMatcher(LEVEL_TERMS);
const FOOTER = termMatcher(FOOTER_TERMS);
const FORMER = termMatcher(FORMER_AREA_TERMS);

/** The total word opening a label and the folded rest, or undefined. */
export function totalOpening(label: string): { word: string; length: number } | undefined {
  const hit = TOTALS.starts(label);
  return hit ? { word: hit.phrase, length: hit.length } : undefined;
}

/** True for the rest of a total's label that names only what is totalled ("kinh phí" of "Cộng kinh phí"). */
export function totalOfMeasure(rest: string): boolean {
  return !!TOTAL_MEASURES.whole(rest);
}

export function opensOfWhich(label: string): boolean {
  return !!OF_WHICH.starts(label);
}

/** True for a label opening a complete breakdown ("Chia ra - Including", "Bao gồm"). */
export function opensBreakdown(label: string): boolean {
  return !!BREAKDOWN.starts(label);
}

export function levelCell(text: string): 'item' | 'subtotal' | 'total' | undefined {
  return LEVELS.whole(text)?.value;
}

export function opensFooter(text: string): boolean {
  return !!FOOTER.starts(text);
}

export function namesFormerArea(label: string): boolean {
  return !!FORMER.find(label);
}
