import { matchProvince, provinceListFor } from '../reference/provinces.js';
import { indexOfWord } from './fold.js';
import type { Subject } from './types.js';
import { MONTH_WORDS, REGION_WORDS } from './vocabulary.js';

/** A mention in a sentence that sets when or who the figures after it are about. */
export type Mark =
  | { at: number; kind: 'time'; years?: number[]; period?: string }
  | { at: number; kind: 'scope'; scope: NonNullable<Subject['scope']> }
  | { at: number; kind: 'program'; program: Subject['program'] };

const pad = (n: number) => String(n).padStart(2, '0');

function yearRange(a: number, b: number): number[] | undefined {
  if (b < a || b - a > 30) return undefined;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Years and periods written in a folded sentence, in order. */
export function timeMarks(folded: string): Mark[] {
  const marks: Mark[] = [];
  const taken: Array<[number, number]> = [];
  // A year inside "so với … năm 2016" is the base of a comparison, not the time of what follows.
  const inComparison = (at: number) => {
    const i = folded.lastIndexOf('so voi', at);
    return i >= 0 && !/[,;]/.test(folded.slice(i, at));
  };
  const free = (s: number, e: number) => !inComparison(s) && !taken.some(([a, b]) => s < b && e > a);
  const push = (m: Mark, s: number, e: number) => {
    if (!free(s, e)) return;
    taken.push([s, e]);
    marks.push(m);
  };
  for (const m of folded.matchAll(new RegExp(`\\b(\\d{1,2}|${MONTH_WORDS.map(([w]) => w).join('|')}) thang(?: dau nam| dau)?(?: (?:nam )?((?:19|20)\\d\\d))?(?![ ]?\\d)`, 'g'))) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : MONTH_WORDS.find(([w]) => w === m[1])![1];
    if (n < 1 || n > 12) continue;
    push({ at: m.index!, kind: 'time', period: `01-${pad(n)}`, ...(m[2] ? { years: [Number(m[2])] } : {}) }, m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(/\b(?:(?:giai doan|tu nam|tu|nam|trong nam|period|from)\s+)?((?:19|20)\d\d)\s*(?:-|–|den|to)\s*((?:19|20)\d\d)\b/g)) {
    const years = yearRange(Number(m[1]), Number(m[2]));
    if (years) push({ at: m.index!, kind: 'time', years, period: '01-12' }, m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(/\b(?:nam|in)\s+((?:19|20)\d\d)((?:\s*(?:,|va|and)\s*(?:19|20)\d\d)*)(?![\d/])/g)) {
    const years = [Number(m[1]), ...[...(m[2] ?? '').matchAll(/\d{4}/g)].map((y) => Number(y[0]))];
    push({ at: m.index!, kind: 'time', years, period: '01-12' }, m.index!, m.index! + m[0].length);
  }
  // "Lũy kế đến 30/9/2022", "tính đến ngày 30/9/2022", "đến hết tháng 9/2022": from January to that month.
  for (const m of folded.matchAll(/\b(?:luy ke |tinh )?den (?:het )?(?:ngay (\d{1,2})\/|(\d{1,2})\/|thang )(\d{1,2})(?:\/| nam )((?:19|20)\d\d)\b/g)) {
    const n = Number(m[3]);
    if (n >= 1 && n <= 12) push({ at: m.index!, kind: 'time', period: `01-${pad(n)}`, years: [Number(m[4])] }, m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(/\bquy (iv|iii|ii|i)\b/g)) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4 }[m[1] as 'i'];
    push({ at: m.index!, kind: 'time', period: `${pad(q * 3 - 2)}-${pad(q * 3)}` }, m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(/\bca nam\b/g)) push({ at: m.index!, kind: 'time', period: '01-12' }, m.index!, m.index! + m[0].length);
  return marks.sort((a, b) => a.at - b.at);
}

/** Regions, the country, and provinces named as "tỉnh X" / "thành phố X" / "TP X". */
export function scopeMarks(sentence: string, folded: string, year: number | undefined, bare = false): Mark[] {
  const marks: Mark[] = [];
  for (const w of REGION_WORDS) {
    let i = indexOfWord(folded, w);
    while (i >= 0) {
      marks.push({ at: i, kind: 'scope', scope: { kind: 'all', name: sentence.slice(i, i + w.length) } });
      i = indexOfWord(folded, w, i + 1);
    }
  }
  const list = provinceListFor(year);
  for (const m of folded.matchAll(/\b(tinh|thanh pho|tp\.?)\s+/g)) {
    const from = m.index! + m[0].length;
    // Up to six words: "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế".
    const words = sentence.slice(from).split(/\s+/).slice(0, 6);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ').replace(/[,.;:)]+$/, '');
      if (!/^\p{Lu}/u.test(name)) break;
      const p = matchProvince(name, list);
      if (p) {
        marks.push({ at: m.index!, kind: 'scope', scope: { kind: 'province', code: p.province.code, name: p.province.name } });
        break;
      }
    }
  }
  // The other reading of a text: a province named bare ("của Hà Nội là 1,84 tỷ đồng") is the scope too.
  if (bare) {
    for (const m of sentence.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{L}]*(?:[ ]+(?:-[ ]+)?\p{Lu}[\p{L}]*){0,4}/gu)) {
      const words = m[0].split(/[ ]+/);
      for (let n = words.length; n >= 1; n--) {
        const p = matchProvince(words.slice(0, n).join(' '), list);
        if (p) {
          if (!marks.some((k) => k.at === m.index)) marks.push({ at: m.index!, kind: 'scope', scope: { kind: 'province', code: p.province.code, name: p.province.name } });
          break;
        }
      }
    }
  }
  // A list item labelled by a province's bare name: "* Hà Nội: 1.840 triệu đồng; Hải Phòng: 3.231 triệu đồng".
  for (const m of sentence.matchAll(/(?:^|[;\n])[\s\-+*•–]*([^\s:;\-+*•–][^:;\n]{1,38}):\s*(?=\d)/gu)) {
    const p = matchProvince(m[1]!.trim(), list);
    const at = m.index! + m[0].indexOf(m[1]!);
    if (p && !marks.some((k) => k.at === at)) marks.push({ at, kind: 'scope', scope: { kind: 'province', code: p.province.code, name: p.province.name } });
  }
  return marks.sort((a, b) => a.at - b.at);
}

/** When and who, carried from sentence to sentence: the sentence before sets the year. */
export interface Carry {
  years: number[];
  period: string;
  scope: Subject['scope'];
  /** "Chương trình KCQG …": the programme a passage is about, when it names one. */
  program: Subject['program'];
}

/** "Chương trình khuyến công quốc gia", "Chương trình KCQG" (one programme, not "KCQG và KCĐP"). */
export function programMarks(folded: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of folded.matchAll(/\bchuong trinh (kcqg|kcdp|khuyen cong quoc gia|khuyen cong dia phuong)\b(?! va)/g)) {
    marks.push({ at: m.index!, kind: 'program', program: /qg|quoc gia/.test(m[1]!) ? 'KCQG' : 'KCDP' });
  }
  return marks;
}

/** The time and scope in force at `at`, given the marks of the sentence and what was carried. */
export function contextAt(marks: Mark[], carry: Carry, at: number): Carry {
  const c: Carry = { ...carry };
  for (const m of marks) {
    if (m.at > at) break;
    if (m.kind === 'scope') c.scope = m.scope;
    else if (m.kind === 'program') c.program = m.program;
    else {
      if (m.years) c.years = m.years;
      if (m.period) c.period = m.period;
    }
  }
  return c;
}
