import { cleanText, foldText } from './fold-text.js';

/** Money is held in đồng times 10^exponent as written; counts keep the unit word as written. */
export type Unit =
  | { kind: 'money'; exponent: 0 | 3 | 6 | 9; written: string }
  | { kind: 'count'; name: string; written: string }
  | { kind: 'percent'; written: string }
  /** A table that states no unit: figures are read as written, summed, never compared with others. */
  | { kind: 'unstated'; written: string };

const MONEY: Array<[RegExp, 0 | 3 | 6 | 9]> = [
  [/^(ty|ti)( dong| d| vnd)?$|^(billion|bn|bil+\.?) ?(vnd|dongs?)$|^(vnd|dongs?) ?(billion|bn|bil+\.?)$|^bill\.? ?dongs?$/, 9],
  [/^(trieu|tr\.?|tr)( ?dong| ?d| ?vnd)?$|^trd$|^tr\.d$|^(million|mn|mil+\.?) ?(vnd|dongs?)$|^(vnd|dongs?) ?(million|mn|mil+\.?)$|^mill\.? ?dongs?$/, 6],
  [/^(nghin|ngan|ng\.?)( ?dong| ?d| ?vnd)$|^ng\.d$|^1[.,]?000 ?(dong|d|vnd)$|^(thousand|k) ?(vnd|dongs?)$/, 3],
  [/^(dong|d|vnd|dongs)$/, 0],
];

const COUNT_WORDS = [
  'nguoi', 'lao dong', 'hoc vien', 'luot', 'luot nguoi', 'de an', 'co so', 'lop', 'mo hinh', 'hoi cho',
  'san pham', 'cum', 'ccn', 'doanh nghiep', 'du an', 'may', 'thiet bi', 'gian hang', 'chuong trinh',
  'hop dong', 'cuoc', 'lan', 'ban tin', 'chuyen de', 'hoi thao', 'persons', 'people', 'projects',
  'establishments', 'classes', 'models', 'fairs', 'products', 'count',
];

/** Parses a unit as written: "triệu đồng", "Tr.đ", "tỷ đồng", "đồng", "người", "%". */
export function parseUnit(text: string): Unit | undefined {
  const written = cleanText(text);
  const t = foldText(written).replace(/[()[\]:]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(dvt|don vi tinh|don vi|unit)\s*/, '').replace(/[.;,]+$/, '').trim();
  if (!t) return undefined;
  if (t === '%' || t === 'percent' || t === 'phan tram') return { kind: 'percent', written };
  for (const [re, exponent] of MONEY) if (re.test(t)) return { kind: 'money', exponent, written };
  const bare = t.replace(/\/.*$/, '').trim();
  if (COUNT_WORDS.includes(bare)) return { kind: 'count', name: written.replace(/\/.*$/, '').trim(), written };
  return undefined;
}

/**
 * Finds a unit stated inside a header or title line: "(triệu đồng)", "ĐVT: tỷ đồng",
 * "Đơn vị tính: nghìn đồng", "Kinh phí (Tr.đ)". Returns the unit and the text without it.
 */
export function findUnitIn(text: string): Unit | undefined {
  const clean = cleanText(text);
  const stated = clean.match(/(?:đvt|đơn vị tính|đơn vị|don vi tinh|dvt|unit)\s*[:：]\s*([^;,)\n]+)/i);
  if (stated) {
    const u = parseUnit(stated[1]!);
    if (u) return u;
  }
  for (const m of clean.matchAll(/\(([^()]{1,30})\)/g)) {
    const u = parseUnit(m[1]!);
    if (u) return u;
  }
  for (const m of clean.matchAll(/\[([^[\]]{1,30})\]/g)) {
    const u = parseUnit(m[1]!);
    if (u) return u;
  }
  return undefined;
}

/** The ledger's unit column: VND for money, the count word for counts, % for percentages, "unstated". */
export function ledgerUnit(u: Unit): string {
  return u.kind === 'money' ? 'VND' : u.kind === 'percent' ? '%' : u.kind === 'unstated' ? 'unstated' : u.name;
}
