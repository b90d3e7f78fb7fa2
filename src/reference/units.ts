import { cleanText } from './fold-text.js';
import { termMatcher, tokenise, type TermTable } from './match-terms.js';

/** Money is held in đồng times 10^exponent as written; counts keep the unit word as written. */
export type Unit =
  | { kind: 'money'; exponent: 0 | 3 | 6 | 9; written: string }
  | { kind: 'count'; name: string; written: string }
  | { kind: 'percent'; written: string }
  /** A table that states no unit: figures are read as written, summed, never compared with others. */
  | { kind: 'unstated'; written: string };

type UnitValue = { kind: 'money'; exponent: 0 | 3 | 6 | 9 } | { kind: 'count' } | { kind: 'percent' };

const money = (exponent: 0 | 3 | 6 | 9): UnitValue => ({ kind: 'money', exponent });
const COUNT: UnitValue = { kind: 'count' };

/**
 * Unit wordings, matched as the whole unit text (folded phrases, see match-terms.ts): a money
 * scale, a count word (a count is kept with its word as written), or percent.
 */
export const UNIT_TERMS: TermTable<UnitValue> = [
  ['ty|ti [dong|d|vnd]', money(9)],
  ['billion|bn|bil|bill [of] vnd|dong|dongs', money(9)],
  ['vnd|dong|dongs billion|bn|bil|bill', money(9)],
  ['in billions [of] vnd|dong|dongs', money(9)],
  ['trieu|tr [dong|d|vnd]', money(6)],
  ['trd', money(6)],
  ['trdong', money(6)],
  ['million|millions|mn|mil|mill [of] vnd|dong|dongs', money(6)],
  ['vnd|dong|dongs million|mn|mil|mill', money(6)],
  ['in millions [of] vnd|dong|dongs', money(6)],
  ['nghin|ngan|ng dong|d|vnd', money(3)],
  ['ngd', money(3)],
  ['1 000 dong|d|vnd', money(3)],
  ['1000 dong|d|vnd', money(3)],
  // "1.000đ", "1000VNĐ": the digits and the unit written together.
  ['1 000d|000dong|000vnd', money(3)],
  ['1000d|1000dong|1000vnd', money(3)],
  ['thousand|k vnd|dong|dongs', money(3)],
  ['dong|d|vnd|dongs', money(0)],
  ['%', { kind: 'percent' }],
  ['percent', { kind: 'percent' }],
  ['phan tram', { kind: 'percent' }],
  ...[
    'nguoi', 'lao dong', 'hoc vien', 'luot', 'luot nguoi', 'luot co so', 'de an', 'co so', 'lop', 'mo hinh', 'hoi cho',
    'san pham', 'cum', 'ccn', 'doanh nghiep', 'du an', 'may', 'thiet bi', 'gian hang', 'chuong trinh',
    'hop dong', 'cuoc', 'lan', 'ban tin', 'chuyen de', 'hoi thao', 'khoa', 'dot', 'persons', 'people', 'projects',
    'establishments', 'classes', 'models', 'fairs', 'products', 'count',
  ].map((w) => [w, COUNT] as const),
];

/**
 * What opens a unit line, or a unit stated inside a header: "ĐVT:", "Đơn vị tính:", "Unit:",
 * "ĐVT số tiền:" (a unit line that names what it applies to: money).
 */
export const UNIT_LINE_TERMS: TermTable<'any' | 'money'> = [
  ['dvt', 'any'],
  ['d v t', 'any'],
  ['don vi tinh', 'any'],
  ['don vi', 'any'],
  ['unit', 'any'],
  ['units', 'any'],
  ['dvt so tien', 'money'],
  ['don vi tinh so tien', 'money'],
  ['don vi so tien', 'money'],
  ['dvt kinh phi', 'money'],
  ['don vi tinh kinh phi', 'money'],
  ['unit of money', 'money'],
];

const UNITS = termMatcher(UNIT_TERMS);
const UNIT_LINE = termMatcher(UNIT_LINE_TERMS);

/** True when the text opens with a unit-line word ("ĐVT: …", "Đơn vị tính …", "Unit: …"). */
export function isUnitLine(text: string): boolean {
  return !!UNIT_LINE.starts(text);
}

/** The unit text after a unit-line opening: after the colon when there is one, else after its words. */
function afterLineWords(text: string, tokenEnd: number): string {
  const colon = text.search(/[:：]/);
  if (colon >= 0) return text.slice(colon + 1).trim();
  return tokenise(text).slice(tokenEnd).trim();
}

function wholeUnit(written: string, text: string): Unit | undefined {
  const hit = UNITS.whole(text);
  if (!hit) return undefined;
  const v = hit.value;
  if (v.kind === 'money') return { kind: 'money', exponent: v.exponent, written };
  if (v.kind === 'percent') return { kind: 'percent', written };
  return { kind: 'count', name: written.replace(/\/.*$/, '').trim(), written };
}

/**
 * Parses a unit as written: "triệu đồng", "Tr.đ", "tỷ đồng", "đồng", "người", "%",
 * "Đơn vị tính: 1.000 đồng", "Triệu đồng - In millions of dong" (the Vietnamese part counts).
 */
export function parseUnit(text: string): Unit | undefined {
  const written = cleanText(text);
  if (!written) return undefined;
  const line = UNIT_LINE.starts(written);
  const rest = line ? afterLineWords(written, line.length) : written;
  const direct = wholeUnit(written, rest);
  if (direct) return direct;
  // "người/lớp", "Triệu đồng - In millions of dong", "tr.đ; người": the first part that is a unit.
  for (const part of written.split(/\s[-–]\s|[\n/;]/)) {
    if (part.trim() === written) continue;
    const u = wholeUnit(written, part);
    if (u) return u.kind === 'count' ? { ...u, name: part.trim() } : u;
  }
  return undefined;
}

/**
 * Finds a unit stated inside a header or title line: "(triệu đồng)", "ĐVT: tỷ đồng",
 * "Đơn vị tính: nghìn đồng", "Kinh phí (Tr.đ)", "Unit: million VND".
 */
export function findUnitIn(text: string): Unit | undefined {
  const clean = cleanText(text);
  for (const segment of clean.split(/[;,)\n]/)) {
    const t = tokenise(segment);
    const hit = UNIT_LINE.all(segment).find((h) => h.index === 0 || /[:：]/.test(segment));
    if (!hit) continue;
    const u = parseUnit(afterLineWords(segment, hit.index + hit.length));
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
