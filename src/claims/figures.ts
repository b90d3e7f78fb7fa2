import type { Dec } from '../ledger/money.js';
import { indexOfWord } from './fold.js';
import type { ClaimUnit, Figure, TextPlace } from './types.js';
import { COUNT_UNITS, MONEY_UNITS, PROVINCE_CLASS, QUALIFIERS } from './vocabulary.js';

/** Vietnamese style groups with "." and marks decimals with ","; English style the reverse. */
export type NumberStyle = 'vi' | 'en';

const NUMBER: Record<NumberStyle, RegExp> = {
  vi: /(?<![\p{L}\d.,/\\-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/\\]|[.,]\d)/gu,
  en: /(?<![\p{L}\d.,/\\-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d/\\]|[.,]\d)/gu,
};

/** Exact value and shown precision of a number as written ("46.022" → 46022, "35,4" → 35.4 with exponent -1). */
export function readNumber(intPart: string, frac: string | undefined): { value: Dec; exponent: number } {
  const digits = intPart.replace(/[.,]/g, '') + (frac ?? '');
  return { value: { units: BigInt(digits), scale: frac?.length ?? 0 }, exponent: frac ? -frac.length : 0 };
}

/** The unit written right after a number, in folded text from `at`: its kind and length. */
export function unitAt(folded: string, original: string, at: number): { unit: ClaimUnit; length: number } | undefined {
  const rest = folded.slice(at);
  const lead = rest.match(/^\s*/)![0].length;
  const t = rest.slice(lead);
  if (t.startsWith('%')) return { unit: { kind: 'percent', written: '%' }, length: lead + 1 };
  for (const w of ['phan tram', 'percent']) {
    if (indexOfWord(t, w) === 0) return { unit: { kind: 'percent', written: original.slice(at + lead, at + lead + w.length) }, length: lead + w.length };
  }
  for (const [w, exponent] of MONEY_UNITS) {
    if (indexOfWord(t, w) === 0) return { unit: { kind: 'money', exponent, written: original.slice(at + lead, at + lead + w.length) }, length: lead + w.length };
  }
  let best: { cls: string; w: string } | undefined;
  for (const c of COUNT_UNITS) {
    for (const w of c.words) if (indexOfWord(t, w) === 0 && (!best || w.length > best.w.length)) best = { cls: c.cls, w };
  }
  if (best?.cls === PROVINCE_CLASS && !/^(tỉnh|provinces)/i.test(original.slice(at + lead))) return undefined;
  if (best) return { unit: { kind: 'count', cls: best.cls, written: original.slice(at + lead, at + lead + best.w.length) }, length: lead + best.w.length };
  return undefined;
}

/** The activity a count unit names by itself ("mô hình" is a demonstration model). */
export function unitActivity(unit: ClaimUnit): string | undefined {
  if (unit.kind !== 'count') return undefined;
  return COUNT_UNITS.find((c) => c.cls === unit.cls)?.activity;
}

function qualifierBefore(folded: string, at: number): Figure['qualifier'] {
  const before = folded.slice(Math.max(0, at - 12), at).trimEnd();
  for (const [w, q] of QUALIFIERS) if (before.endsWith(` ${w}`) || before === w) return q;
  return undefined;
}

/** "04/20 tỉnh": a part of a whole, both counts of the unit after them. */
const FRACTION = /(?<![\p{L}\d.,/\\-])(\d{1,4})\/(\d{1,4})(?![\d/\\]|[.,]\d)/gu;

/**
 * Fractions of counts ("04/20 tỉnh, thành phía Nam đăng ký"): the whole is a figure, and its
 * part is one too, marked as the part of the figure that follows it. Not a date: the unit after
 * it must be a count word.
 */
function findFractions(sentence: string, folded: string, placeOf: (offset: number) => TextPlace): Figure[] {
  const out: Figure[] = [];
  for (const m of folded.matchAll(FRACTION)) {
    const start = m.index!;
    const end = start + m[0].length;
    const u = unitAt(folded, sentence, end);
    if (u?.unit.kind !== 'count') continue;
    const part = readNumber(m[1]!, undefined);
    const whole = readNumber(m[2]!, undefined);
    if (whole.value.units === 0n) continue;
    const wholeStart = start + m[1]!.length + 1;
    out.push({ ...part, unit: u.unit, text: m[1]!, start, end: wholeStart - 1, place: placeOf(start), partOfNext: true });
    out.push({ ...whole, unit: u.unit, text: sentence.slice(wholeStart, end + u.length), start: wholeStart, end: end + u.length, place: placeOf(wholeStart) });
  }
  return out;
}

const BODY: Record<NumberStyle, string> = { vi: '(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?', en: '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?' };
/** "62.400/125.000 triệu đồng", "3,2 tỷ đồng/8 tỷ đồng": two amounts across a slash, the unit after the second. */
const PAIR: Record<NumberStyle, RegExp> = {
  vi: new RegExp(`(?<![\\p{L}\\d.,/\\\\-])${BODY.vi}([^\\d/();,]{0,14}?)\\s*/\\s*${BODY.vi}(?![\\d/\\\\]|[.,]\\d)`, 'gu'),
  en: new RegExp(`(?<![\\p{L}\\d.,/\\\\-])${BODY.en}([^\\d/();,]{0,14}?)\\s*/\\s*${BODY.en}(?![\\d/\\\\]|[.,]\\d)`, 'gu'),
};

/**
 * Amounts across a slash ("giải ngân 62.400/125.000 triệu đồng kế hoạch"): both are figures
 * (the first keeps its own unit or takes the second's), the second marked `over`. Not a date
 * or a document number: the second must be followed by a money unit.
 */
function findMoneyPairs(sentence: string, folded: string, style: NumberStyle, placeOf: (offset: number) => TextPlace): Figure[] {
  const out: Figure[] = [];
  for (const m of folded.matchAll(PAIR[style])) {
    const start = m.index!;
    const secondStart = start + m[0].length - (m[4]!.length + (m[5] ? m[5].length + 1 : 0));
    const end = start + m[0].length;
    const u = unitAt(folded, sentence, end);
    if (u?.unit.kind !== 'money') continue;
    const firstEnd = start + m[1]!.length + (m[2] ? m[2].length + 1 : 0);
    const own = m[3]!.trim() ? unitAt(folded, sentence, firstEnd) : undefined;
    if (m[3]!.trim() && (own?.unit.kind !== 'money' || folded.slice(firstEnd + own.length, firstEnd + m[3]!.length).trim())) continue;
    const first = readNumber(m[1]!, m[2]);
    const second = readNumber(m[4]!, m[5]);
    const firstUnitEnd = own ? firstEnd + own.length : firstEnd;
    out.push({ ...first, unit: own?.unit ?? u.unit, text: sentence.slice(start, firstUnitEnd), start, end: firstUnitEnd, place: placeOf(start) });
    out.push({ ...second, unit: u.unit, text: sentence.slice(secondStart, end + u.length), start: secondStart, end: end + u.length, place: placeOf(secondStart), over: true });
  }
  return out;
}

/**
 * Every number followed by a unit (%, money, a count word) in a sentence, and fractions of
 * counts. Numbers with no unit (dates, document numbers, "lần thứ XIII", "10/10 huyện") are no
 * figures.
 */
export function findFigures(sentence: string, folded: string, style: NumberStyle, placeOf: (offset: number) => TextPlace): Figure[] {
  const out: Figure[] = [];
  for (const m of folded.matchAll(NUMBER[style])) {
    const start = m.index!;
    const end = start + m[0].length;
    const u = unitAt(folded, sentence, end);
    if (!u) continue;
    if (/^(19|20)\d\d$/.test(m[0]) && u.unit.kind === 'count') continue;
    const { value, exponent } = readNumber(m[1]!, m[2]);
    const f: Figure = { value, exponent, unit: u.unit, text: sentence.slice(start, end + u.length), start, end: end + u.length, place: placeOf(start) };
    const q = qualifierBefore(folded, start);
    if (q) f.qualifier = q;
    out.push(f);
  }
  for (const p of findMoneyPairs(sentence, folded, style, placeOf)) {
    const read = out.find((f) => f.start === p.start);
    if (!read) out.push(p);
    else if (p.over) read.over = true;
  }
  return [...out, ...findFractions(sentence, folded, placeOf)].sort((a, b) => a.start - b.start);
}
