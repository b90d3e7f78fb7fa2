import { foldText } from './fold-text.js';
import { memoText } from './memo.js';

/**
 * The one matcher for the vocabulary tables (src/reference/vocabulary/): every domain wording —
 * header terms, measures, periods, units, totals, programmes, title words — is a row of a table,
 * written as a folded phrase, and matched here on folded, tokenised text. A new wording is a
 * one-line change in its table.
 *
 * Phrase syntax (on folded text: no diacritics, lower case, đ → d):
 * - words separated by spaces match whole words ("ke hoach" does not match "ke hoachs");
 * - `[x y]` is an optional group, `(x y|z)` a required group of alternatives, `a|b`
 *   alternatives of one word (a slot is never inside alternatives);
 * - slots read numbers: `{m}` a month 1–12, `{d}` a day 1–31, `{n}` a small number 1–99,
 *   `{y}` a year 1990–2100, `{q}` a quarter (I–IV or 1–4); a slot may be glued to letters
 *   (`t{m}` matches "t07", `{n}t{y}` matches "9t2024");
 * - punctuation in the text is a word break, except `%`, which is a word of its own.
 */

export type Slots = Partial<Record<'m' | 'm2' | 'd' | 'n' | 'y' | 'y2' | 'q', number>>;

export interface CompiledTerm<T> {
  phrase: string;
  value: T;
  re: RegExp;
  slots: string[];
  /** Literal letters in the phrase: a longer phrase is a more specific match. */
  weight: number;
  /** Texts every match contains (the phrase's required literal words, tokenised): a text lacking one is not tried. */
  needs: string[];
}

export interface TermHit<T> {
  value: T;
  phrase: string;
  slots: Slots;
  /** Where the match starts in the tokenised text, and its length. */
  index: number;
  length: number;
}

const TOKENISED = new Map<string, string>();
const TOKENISE_CACHE_LIMIT = 50_000;

/**
 * Folded text with punctuation turned into word breaks: what phrases are matched against.
 * Remembered (bounded, like foldText's): each of some 30 tables asks for the same header,
 * title and label texts.
 */
export function tokenise(text: string): string {
  const hit = TOKENISED.get(text);
  if (hit !== undefined) return hit;
  const t = foldText(text)
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
  if (TOKENISED.size >= TOKENISE_CACHE_LIMIT) TOKENISED.clear();
  TOKENISED.set(text, t);
  return t;
}

const SLOT_RE: Record<string, string> = {
  m: '(0?[1-9]|1[0-2])',
  m2: '(0?[1-9]|1[0-2])',
  d: '(0?[1-9]|[12][0-9]|3[01])',
  n: '(0?[1-9]|[1-9][0-9])',
  y: '((?:19|20|21)[0-9][0-9])',
  y2: '((?:19|20|21)[0-9][0-9])',
  q: '(iv|iii|ii|i|[1-4])',
};

function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles one word of a phrase: literal letters and slots, `a|b` alternatives. */
function compileWord(word: string, slots: string[]): string {
  const alts = word.split('|').map((alt) =>
    alt.replace(/\{(m2|y2|[mdnyq])\}|([^{]+)/g, (_, slot: string | undefined, lit: string | undefined) => {
      if (slot) {
        slots.push(slot);
        return SLOT_RE[slot]!;
      }
      return escapeWord(tokenise(lit!));
    }),
  );
  return alts.length > 1 ? `(?:${alts.join('|')})` : alts[0]!;
}

/**
 * The literal pieces a phrase's match must contain: of its required words without alternatives
 * (`a|b`) the letters around any slot, tokenised as the pattern has them. Groups, optional or
 * not, are left out.
 */
export function requiredPieces(phrase: string): string[] {
  const parts = phrase.trim().match(/\[[^\]]+\]|\([^)]+\)|[^\s[\]()]+/g) ?? [];
  const pieces = parts
    .filter((p) => !p.startsWith('[') && !p.startsWith('(') && !p.includes('|'))
    .flatMap((p) => p.split(/\{(?:m2|y2|[mdnyq])\}/))
    .map((lit) => tokenise(lit))
    .filter((t) => t !== '');
  return [...new Set(pieces)];
}

/** Whether `t` (tokenised text) holds every piece a term's match needs: if not, its pattern cannot match. */
function mayMatch(term: { needs: string[] }, t: string): boolean {
  for (const piece of term.needs) if (!t.includes(piece)) return false;
  return true;
}

/**
 * The terms of a table whose pieces a text holds (mayMatch), each distinct piece of the table
 * looked for once per text: many terms share a word ("ke hoach", "thuc hien", "nam").
 */
class PieceIndex {
  private readonly pieces: string[] = [];
  private readonly needs: number[][];
  private readonly seen: Int8Array;

  constructor(terms: ReadonlyArray<{ needs: string[] }>) {
    const ids = new Map<string, number>();
    this.needs = terms.map((term) =>
      term.needs.map((p) => {
        let id = ids.get(p);
        if (id === undefined) ids.set(p, (id = this.pieces.push(p) - 1));
        return id;
      }),
    );
    this.seen = new Int8Array(this.pieces.length);
  }

  /** Starts a text: nothing looked for yet. */
  reset(): void {
    this.seen.fill(0);
  }

  /** mayMatch of term `i` (of the table's order) on `t`, the text since the last reset. */
  holds(i: number, t: string): boolean {
    for (const id of this.needs[i]!) {
      let s = this.seen[id]!;
      if (s === 0) this.seen[id] = s = t.includes(this.pieces[id]!) ? 1 : 2;
      if (s === 2) return false;
    }
    return true;
  }
}

export function compileTerm<T>(phrase: string, value: T): CompiledTerm<T> {
  const slots: string[] = [];
  const parts = phrase.trim().match(/\[[^\]]+\]|\([^)]+\)|[^\s[\]()]+/g) ?? [];
  let src = '';
  let atStart = true;
  let prevSlot = false;
  const group = (part: string) => {
    const alts = part.slice(1, -1).trim().split('|').map((a) => a.trim().split(/\s+/).map((w) => compileWord(w, slots)).join(' '));
    return alts.length > 1 ? `(?:${alts.join('|')})` : alts[0]!;
  };
  for (const part of parts) {
    if (part.startsWith('[')) {
      const body = group(part);
      src += atStart ? `(?:${body} )?` : `(?: ${body})?`;
      continue;
    }
    const required = part.startsWith('(') ? `(?:${group(part)})` : compileWord(part, slots);
    const startsSlot = part.startsWith('{');
    // A number may be glued to the word before it ("thang07", "T07"): the space is optional there.
    const sep = atStart ? '' : startsSlot || prevSlot ? ' ?' : ' ';
    src += sep + required;
    atStart = false;
    prevSlot = part.endsWith('}');
  }
  const re = new RegExp(`(?<![a-z0-9])${src}(?![a-z0-9])`);
  const weight = phrase.replace(/\{[^}]+\}|\[[^\]]*\]|[^a-z]/g, '').length;
  return { phrase, value, re, slots, weight, needs: requiredPieces(phrase) };
}

export type TermTable<T> = ReadonlyArray<readonly [phrase: string, value: T]>;

export interface Matcher<T> {
  /** The best (longest, then leftmost) term found anywhere in the text. */
  find(text: string): TermHit<T> | undefined;
  /** A term matching the whole text (after tokenising). */
  whole(text: string): TermHit<T> | undefined;
  /** A term that opens the text. */
  starts(text: string): TermHit<T> | undefined;
  /** Every term found, best first. */
  all(text: string): Array<TermHit<T>>;
  /** The first term of the table (in its order: precedence) found anywhere in the text. */
  first(text: string): TermHit<T> | undefined;
  terms: ReadonlyArray<CompiledTerm<T>>;
}

function hitOf<T>(term: CompiledTerm<T>, m: RegExpExecArray): TermHit<T> {
  const slots: Slots = {};
  term.slots.forEach((name, i) => {
    const raw = m[i + 1];
    if (raw === undefined) return;
    const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
    (slots as Record<string, number>)[name] = roman[raw] ?? Number(raw);
  });
  return { value: term.value, phrase: term.phrase, slots, index: m.index, length: m[0].length };
}

/**
 * Builds the matcher of a table; the table is compiled once, when the matcher is first used
 * (some 25 tables: a run compiles only those its inputs need, a CSV export few of them).
 */
export function termMatcher<T>(table: TermTable<T>): Matcher<T> {
  // A term's pattern is compiled when a text first holds every piece it needs: a run meets few.
  type Lazy = { phrase: string; value: T; needs: string[]; term?: CompiledTerm<T>; global?: RegExp };
  let lazy: Lazy[] | undefined;
  let index: PieceIndex | undefined;
  const get = (): Lazy[] => (lazy ??= table.map(([phrase, value]): Lazy => ({ phrase, value, needs: requiredPieces(phrase) })));
  const pieces = (): PieceIndex => (index ??= new PieceIndex(get()));
  const compiled = (l: Lazy) => (l.term ??= compileTerm(l.phrase, l.value));
  const all = memoText((text: string): Array<TermHit<T>> => {
    const t = tokenise(text);
    if (!t) return [];
    const hits: Array<TermHit<T> & { weight: number }> = [];
    const terms = get();
    const ix = pieces();
    ix.reset();
    for (let i = 0; i < terms.length; i++) {
      const l = terms[i]!;
      if (!ix.holds(i, t)) continue;
      const term = compiled(l);
      const re = (l.global ??= new RegExp(term.re.source, 'g'));
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t))) {
        hits.push({ ...hitOf(term, m), weight: term.weight });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    hits.sort((a, b) => b.length - a.length || b.weight - a.weight || a.index - b.index);
    return hits.map(({ weight: _w, ...h }) => Object.freeze(h));
  });
  return {
    get terms() {
      return get().map(compiled);
    },
    all,
    find: (text) => all(text)[0],
    whole: memoText((text: string) => {
      // A cell is the term only when nothing but word breaks is dropped: "Trung ương?" is a question.
      if (/[?!*=<>#@~^]/.test(text)) return undefined;
      const len = tokenise(text).length;
      return all(text).find((h) => h.index === 0 && h.length === len);
    }),
    starts: (text) => all(text).filter((h) => h.index === 0)[0],
    first: memoText((text: string) => {
      const t = tokenise(text);
      if (!t) return undefined;
      for (const l of get()) {
        if (!mayMatch(l, t)) continue;
        const term = compiled(l);
        const m = term.re.exec(t);
        if (m) return hitOf(term, m);
      }
      return undefined;
    }),
  };
}
