import type { Ledger } from '../ledger/build-ledger.js';
import { halfUnit, sum, ZERO, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { parentActivity } from '../reference/activities.js';
import { foldKeep, indexOfWord } from './fold.js';
import type { ClaimUnit, Reason, Subject } from './types.js';
import { COUNT_UNITS } from './vocabulary.js';

/** A value the data gives for a subject: exact, in base units (đồng, or the count). */
export interface Found {
  value: Dec;
  facts: LedgerEntry[];
  /** Half a unit of the last digit per rounded fact (tỷ đồng to 3 places): the sum may miss by that. */
  slack: Dec;
}

export type Resolution = { found: Found } | { missing: Reason };

const miss = (code: string, params: Reason['params'] = {}): Resolution => ({ missing: { code, params } });

/** The count class of a ledger unit as written ("người", "Lao động" → người). */
export function countClass(unit: string): string | undefined {
  const f = foldKeep(unit.normalize('NFC')).trim();
  let best: { cls: string; len: number } | undefined;
  for (const c of COUNT_UNITS) for (const w of c.words) if (indexOfWord(f, w) === 0 && (!best || w.length > best.len)) best = { cls: c.cls, len: w.length };
  return best?.cls;
}

function unitMatches(e: LedgerEntry, unit: ClaimUnit): boolean {
  if (unit.kind === 'money') return e.unit === 'VND';
  if (unit.kind === 'count') return countClass(e.unit) === unit.cls;
  return false;
}

function combine(parts: Found[]): Found {
  return { value: sum(parts.map((p) => p.value)), facts: parts.flatMap((p) => p.facts), slack: sum(parts.map((p) => p.slack)) };
}

function sumOver<K>(keys: K[], one: (k: K) => Resolution): Resolution {
  const found: Found[] = [];
  for (const k of keys) {
    const r = one(k);
    if ('missing' in r) return r;
    found.push(r.found);
  }
  return { found: combine(found) };
}

/** Words that set lines apart: a claim about "cấp quốc gia" fairs is not about the "cấp khu vực" line. */
const LEVEL_WORDS = ['cap quoc gia', 'cap khu vuc', 'cap tinh', 'cap huyen', 'cap vung'];

function conflicts(e: LedgerEntry, words: string): boolean {
  const mine = LEVEL_WORDS.filter((w) => indexOfWord(words, w) >= 0);
  if (!mine.length) return false;
  const label = foldKeep(e.label.normalize('NFC'));
  const theirs = LEVEL_WORDS.filter((w) => indexOfWord(label, w) >= 0);
  return theirs.length > 0 && !theirs.some((w) => mine.includes(w));
}

/** One figure among entries that all state the same fact: the first as read. */
function pick(all: LedgerEntry[], subject: Subject): Resolution {
  const entries = all.filter((e) => !conflicts(e, subject.words ?? ''));
  if (!entries.length) return miss('no-fact', { what: { kind: 'subject', subject } });
  const lines = new Set(entries.map((e) => e.line));
  let chosen = entries;
  if (lines.size > 1) {
    const totals = entries.filter((e) => e.level === 'total' || e.line === '');
    const named = byWords(entries, subject.words ?? '');
    if (new Set(totals.map((e) => e.line)).size === 1) chosen = totals;
    else if (named.length) chosen = named;
    else return miss('several-lines', { lines: [...new Set(entries.map((e) => e.label))].slice(0, 4).join('; ') });
  }
  const e = chosen[0]!;
  return { found: { value: e.amount, facts: [e], slack: e.rounded ? halfUnit(e.precision) : ZERO } };
}

const STOP = new Set(['va', 'cac', 'cua', 'cho', 'ho', 'tro', 'hang', 'duoc', 'co', 'la', 'the', 'of', 'and']);

/** The line whose label shares the most words with the words after the figure, when one does. */
function byWords(entries: LedgerEntry[], words: string, least = 1): LedgerEntry[] {
  const mine = new Set(words.split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)));
  if (!mine.size) return [];
  const score = (e: LedgerEntry) => new Set(foldKeep(e.label.normalize('NFC')).split(/[^a-z0-9]+/).filter((w) => mine.has(w))).size;
  const byLine = new Map<string, number>();
  for (const e of entries) byLine.set(e.line, score(e));
  const best = Math.max(0, ...byLine.values());
  const top = [...byLine].filter(([, n]) => n === best);
  return best >= least && top.length === 1 ? entries.filter((e) => e.line === top[0]![0]) : [];
}

function byActivity(entries: LedgerEntry[], subject: Subject): Resolution {
  if (!subject.activity) return pick(entries.filter((e) => e.activity === ''), subject);
  const own = entries.filter((e) => e.activity === subject.activity);
  const children = [...new Set(entries.filter((e) => parentActivity(e.activity) === subject.activity).map((e) => e.activity))];
  const r = own.length ? pick(own, subject) : children.length ? sumOver(children, (a) => pick(entries.filter((e) => e.activity === a), subject)) : miss('no-fact', { what: { kind: 'subject', subject } });
  if ('found' in r) return r;
  // Lines with no activity code, named by the words after the figure ("đề án hỗ trợ lập quy hoạch chi tiết").
  const named = byWords(entries.filter((e) => e.activity === ''), subject.words ?? '', 2);
  return named.length ? pick(named, subject) : r;
}

function byProgram(entries: LedgerEntry[], subject: Subject): Resolution {
  const own = entries.filter((e) => e.program === subject.program);
  const r = own.length ? byActivity(own, subject) : undefined;
  if (r && 'found' in r) return r;
  if (subject.program !== '') return r ?? miss('no-fact', { what: { kind: 'subject', subject } });
  const both = (['KCQG', 'KCDP'] as const).map((p) => entries.filter((e) => e.program === p));
  if (both.some((l) => !l.length)) return r ?? miss('no-fact', { what: { kind: 'subject', subject } });
  return sumOver(both, (l) => byActivity(l, subject));
}

function byScope(entries: LedgerEntry[], subject: Subject): Resolution {
  const scope = subject.scope;
  if (!scope) return miss('no-scope');
  if (scope.kind === 'province') return byProgram(entries.filter((e) => e.provinceCode === scope.code), subject);
  const totals = entries.filter((e) => e.provinceCode === '' && e.level === 'total');
  const r = totals.length ? byProgram(totals, subject) : undefined;
  if (r && 'found' in r) return r;
  const provinces = [...new Set(entries.filter((e) => e.provinceCode !== '').map((e) => e.provinceCode))];
  if (!provinces.length) return r ?? miss('no-fact', { what: { kind: 'subject', subject } });
  return sumOver(provinces, (code) => byProgram(entries.filter((e) => e.provinceCode === code), subject));
}

const sole = new WeakMap<Ledger, Subject['scope']>();

/**
 * Whose the data are when they are all of one: one province's reports, or only a country's or
 * region's total rows ("Cả nước"). A figure whose text names no scope is then of it.
 */
export function soleScope(ledger: Ledger): Subject['scope'] {
  if (sole.has(ledger)) return sole.get(ledger);
  const codes = new Set(ledger.entries.map((e) => e.provinceCode));
  const only = ledger.entries[0];
  const scope: Subject['scope'] = codes.size !== 1 || !only ? undefined
    : only.provinceCode === '' ? (ledger.entries.every((e) => e.level === 'total') ? { kind: 'all', name: only.province } : undefined)
    : { kind: 'province', code: only.provinceCode, name: only.province };
  sole.set(ledger, scope);
  return scope;
}

/**
 * The value the data gives for a subject: a region ("toàn vùng", "phía Bắc") is the data's
 * total row when it has one, else the sum over every province in the data given; both
 * programmes are KCQG + KCĐP when no figure covers both; several years are summed.
 */
export function resolveValue(ledger: Ledger, stated: Subject, unit: ClaimUnit): Resolution {
  const subject = stated.scope ? stated : { ...stated, scope: soleScope(ledger) };
  if (!subject.years.length) return miss('no-year');
  if (unit.kind === 'percent') return miss('no-unit');
  const measure = subject.measure;
  return sumOver(subject.years, (year) => {
    const period = subject.period;
    const entries = ledger.entries.filter((e) => e.year === year && e.period === period && e.measure === measure && unitMatches(e, unit));
    return byScope(entries, { ...subject, years: [year] });
  });
}

export function describe(s: Subject): Record<string, string> {
  return {
    who: s.scope ? s.scope.name : '?',
    years: s.years.length > 2 && s.years.at(-1)! - s.years[0]! === s.years.length - 1 ? `${s.years[0]}–${s.years.at(-1)}` : s.years.join(', ') || '?',
    period: s.period,
    program: s.program || '*',
    activity: s.activity || '*',
    measure: s.measure,
  };
}

