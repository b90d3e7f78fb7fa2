import { contextAt, programMarks, scopeMarks, timeMarks, type Carry, type Mark } from './context.js';
import { findFigures, unitActivity, type NumberStyle } from './figures.js';
import { firstWord, foldKeep, hasWord, indexOfWord, lastWord } from './fold.js';
import type { Claim, ClaimUnit, FactClaim, Figure, PartWholeClaim, RatioClaim, Subject, TextPlace } from './types.js';
import { ABBREVIATIONS, ACTIVITY_WORDS, AGENCY_NAMES, COMPLETE_PARTS, GROWTH_WORDS, OF_WHICH, PLAN_WORDS, PROVINCE_CLASS, PROGRAM_WORDS, TARGET_WORDS } from './vocabulary.js';

/** A sentence of the text with its place: the unit claims are read in. */
export interface Sentence {
  text: string;
  folded: string;
  line: number;
  /** 0-based offset of the sentence in its line, and the line (NFC). */
  offset: number;
  lineText: string;
}

/** Lines are paragraphs; a sentence ends at ". ", "! ", "? " or "…" before a capital letter. */
export function splitSentences(lines: string[]): Sentence[] {
  const out: Sentence[] = [];
  lines.forEach((raw, i) => {
    const line = raw.normalize('NFC');
    let start = 0;
    for (const m of line.matchAll(/[.!?…]+["”)]?\s+(?=[\p{Lu}\d"“(-])/gu)) {
      const end = m.index! + m[0].length;
      if (m[0].startsWith('. ') && ABBREVIATIONS.includes(foldKeep(line.slice(0, m.index!).match(/[\p{L}]+$/u)?.[0] ?? ''))) continue;
      push(line.slice(start, end), i + 1, start, line);
      start = end;
    }
    push(line.slice(start), i + 1, start, line);
  });
  function push(text: string, line: number, offset: number, lineText = '') {
    if (text.trim()) out.push({ text, folded: foldKeep(text), line, offset, lineText });
  }
  return out;
}

/** Decides the number style of a text: Vietnamese unless it reads as English. */
export function textStyle(text: string): NumberStyle {
  const vi = (text.match(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/giu) ?? []).length;
  return vi > 0 || /\d{1,3}\.\d{3}\b(?!\.\d)/.test(text) && !/\d,\d{3}\b/.test(text) ? 'vi' : 'en';
}

/** The last comma before `at` that ends a phrase: not the one of "tỉnh, thành phố". */
function lastComma(folded: string, at: number): number {
  let i = folded.lastIndexOf(',', at - 1);
  while (i >= 0 && /tinh$/.test(folded.slice(0, i).trimEnd()) && /^\s*thanh\b/.test(folded.slice(i + 1))) i = folded.lastIndexOf(',', i - 1);
  return i;
}

/**
 * Where the clause of the figure at `at` starts: after the last ";" or ":" — unless that ":" ends
 * a label ("Kinh phí khuyến công quốc gia: 15.300 triệu đồng", "+ Đào tạo nghề: 745 lao động, kinh
 * phí 1.082 triệu đồng"): right before the figure, or words without a number: the label is part of it.
 */
function clauseStart(folded: string, at: number): number {
  const cut = (to: number) => Math.max(folded.lastIndexOf(';', to), folded.lastIndexOf(':', to)) + 1;
  const start = cut(at - 1);
  if (start === 0 || folded[start - 1] !== ':') return start;
  const labelStart = cut(start - 2);
  const label = folded.slice(labelStart, start - 1);
  return !folded.slice(start, at).trim() || (!/\d/.test(label) && label.trim().length <= 60) ? labelStart : start;
}

/** The words after a figure that describe it, up to the next comma, semicolon, "và" or figure. */
function phraseAfter(s: Sentence, f: Figure, next: Figure | undefined): string {
  const stop = next ? next.start : s.folded.length;
  const t = s.folded.slice(f.end, stop);
  const cut = t.search(/[,;:(]| va | voi | dat /);
  return cut >= 0 ? t.slice(0, cut) : t;
}

/** The text with its closed brackets blanked: "(gồm 12 đề án KCQG và 46 đề án KCĐP)" names no programme of what follows. */
function outsideBrackets(folded: string): string {
  return folded.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
}

/** The folded text with agencies' names blanked: their words name no activity and no programme. */
function withoutAgencies(folded: string): string {
  let out = folded;
  for (const name of AGENCY_NAMES) out = out.replaceAll(name, ' '.repeat(name.length));
  return out;
}

function activityIn(folded: string, pick: 'first' | 'last'): string | undefined {
  const text = withoutAgencies(folded);
  const hit = pick === 'first' ? firstWord(text, ACTIVITY_WORDS) : lastWord(text, ACTIVITY_WORDS);
  return hit?.value;
}

function programIn(folded: string): Subject['program'] | undefined {
  return lastWord(withoutAgencies(folded), PROGRAM_WORDS)?.value;
}

interface Reading {
  s: Sentence;
  marks: Mark[];
  carry: Carry;
  figures: Figure[];
  /** The money unit the text writes most ("triệu đồng"): amounts a percentage implies are told in it. */
  money?: ClaimUnit | undefined;
}

/** Subject of a fact figure: time and scope from the context, programme and activity from its words. */
function subjectOf(r: Reading, f: Figure, i: number): Subject {
  const { s, figures } = r;
  const c = contextAt(r.marks, r.carry, f.start);
  const after = phraseAfter(s, f, figures[i + 1]);
  const head = outsideBrackets(s.folded.slice(clauseStart(s.folded, f.start), f.start));
  // A count of provinces ("của 20 tỉnh, thành phố … là") says whose the figure is: no boundary.
  const prevFigure = figures.slice(0, i).filter((g) => !(g.unit.kind === 'count' && g.unit.cls === PROVINCE_CLASS)).at(-1);
  const sinceLast = s.folded.slice(Math.max(prevFigure?.end ?? 0, clauseStart(s.folded, f.start), lastComma(s.folded, f.start) + 1), f.start);
  const activity = unitActivity(f.unit) ?? activityIn(after, 'first') ?? activityIn(head, 'first') ?? '';
  const program = programIn(after) ?? programIn(head) ?? c.program;
  const planned = PLAN_WORDS.some((w) => hasWord(sinceLast, w)) && !reachesPlan(r, i);
  const words = s.folded.slice(f.end, figures[i + 1]?.start ?? s.folded.length).split(/[;.]/)[0]!.trim();
  const subject: Subject = { scope: c.scope, years: c.years, period: planned ? '01-12' : c.period, program, activity, measure: planned ? 'plan' : 'actual', words };
  if (/\b(trung binh|binh quan)\b/.test(s.folded.slice(Math.max(i > 0 ? figures[i - 1]!.start : 0, clauseStart(s.folded, f.start)), f.start)) || (i > 0 && figures[i - 1]!.unit.kind !== 'percent' && /\b(trung binh|binh quan)\b/.test(s.folded.slice(clauseStart(s.folded, f.start), figures[i - 1]!.start)) && /^\W*va\W/.test(s.folded.slice(figures[i - 1]!.end).replace(/^[^,;]*?(?= va )/, '')))) subject.average = /\b(moi|hang|mot) nam\b/.test(s.folded.slice(clauseStart(s.folded, f.start))) ? 'year' : 'other';
  return subject;
}

/** The scope the sentence itself names before the figure (a province, a region), if any. */
function ownScope(r: Reading, f: Figure): Subject['scope'] {
  const named = r.marks.filter((m): m is Extract<Mark, { kind: 'scope' }> => m.kind === 'scope' && m.at <= f.start).at(-1);
  return named?.scope;
}

/** True when a percentage of plan follows the figure: what reaches a share of plan is an actual. */
function reachesPlan(r: Reading, i: number): boolean {
  const next = r.figures[i + 1];
  if (!next || next.unit.kind !== 'percent') return false;
  const between = r.s.folded.slice(r.figures[i]!.end, next.start);
  return !/[;]/.test(between) && percentKind(r, i + 1).kind === 'percent-of-plan';
}

/** What a percentage compares, from the words around it. */
function percentKind(r: Reading, i: number): { kind: RatioClaim['kind']; sign: 1 | -1; baseText: string } {
  const { s, figures } = r;
  const f = figures[i]!;
  const before = s.folded.slice(Math.max(0, f.start - 16), f.start);
  const nextStart = figures[i + 1]?.start ?? s.folded.length;
  let after = s.folded.slice(f.end, nextStart);
  const cut = after.search(/[,;]/);
  const clause = cut >= 0 ? after.slice(0, cut) : after;
  after = clause;
  const growth = GROWTH_WORDS.find(([w]) => new RegExp(`\\b${w}( them)?( (duoc|khoang|tren|hon))? $`).test(before));
  if (growth) return { kind: 'growth', sign: growth[1], baseText: after };
  if (/\bchiem( (khoang|gan|tren|hon))? $/.test(before)) return { kind: 'share', sign: 1, baseText: after };
  if (/^\s*(so )?voi cung ky|^\s*cung ky/.test(after) || (/\bbang $/.test(before) && /cung ky/.test(after))) return { kind: 'ratio-prior', sign: 1, baseText: after };
  // "bằng 108,2% so với năm 2022": this year's amount as a share of that year's.
  if (/\bbang $/.test(before) && /^\s*so voi (thuc hien )?nam ((19|20)\d\d|truoc)\b/.test(after)) return { kind: 'ratio-prior', sign: 1, baseText: after };
  if (/\bke hoach\b|\bkh\b|\bplan\b/.test(after)) return { kind: 'percent-of-plan', sign: 1, baseText: after };
  const bare = !clause.replace(/[\s.!?…]+$/, '').trim();
  // "tỷ lệ giải ngân … đạt 35,4%", "tỷ lệ thực hiện đạt 35,5%": a rate of doing is a share of the plan.
  if (/\bty le (giai ngan|thuc hien|hoan thanh)\b/.test(s.folded.slice(clauseStart(s.folded, f.start), f.start)) && bare) return { kind: 'percent-of-plan', sign: 1, baseText: after };
  // "thực hiện 3.231 triệu đồng, đạt 35,5%": an amount done, then "đạt" alone, is a share of its plan.
  const prev = figures[i - 1];
  if (prev?.unit.kind === 'money' && /(^|,)\s*dat( duoc)?\s*$/.test(s.folded.slice(prev.end, f.start)) && !/[;()]/.test(s.folded.slice(prev.end, f.start)) && bare) return { kind: 'percent-of-plan', sign: 1, baseText: after };
  return { kind: 'percent', sign: 1, baseText: after };
}

/** The subject of the amount a change is measured from: "so với … năm 2016", "so với cùng kỳ", "so với kế hoạch năm trước". */
function baseSubject(of: Subject, baseText: string, kind: RatioClaim['kind']): Subject {
  const base: Subject = { ...of, years: [...of.years] };
  const year = baseText.match(/\bnam ((?:19|20)\d\d)\b/);
  if (kind === 'percent-of-plan') return { ...base, measure: 'plan', period: '01-12', ...(year ? { years: [Number(year[1])] } : {}) };
  if (year) base.years = [Number(year[1])];
  // "so với kế hoạch" is this year's plan; "kế hoạch năm trước", "cùng kỳ", "năm 2016" another year's.
  else if (!/\bke hoach\b/.test(baseText) || /\bnam (truoc|ngoai)\b/.test(baseText)) base.years = of.years.map((y) => y - 1);
  if (/\bke hoach\b/.test(baseText)) {
    base.measure = 'plan';
    base.period = '01-12';
  } else if (/\bthuc hien\b/.test(baseText)) base.measure = 'actual';
  return base;
}

/**
 * "7,8 tỷ đồng, chiếm khoảng 6% tổng kế hoạch toàn vùng": a share of the region's own figure (its
 * plan when the words say so) that no "trong đó" gave, named by a region word after the percentage.
 */
function shareOfRegion(r: Reading, f: Figure, baseText: string, of: Subject, unit: ClaimUnit | undefined): RatioClaim['base'] {
  const region = r.marks.find((m): m is Extract<Mark, { kind: 'scope' }> => m.kind === 'scope' && m.scope.kind === 'all' && m.at >= f.end && m.at < f.end + baseText.length);
  if (!region || !unit || !/\btong\b/.test(baseText)) return undefined;
  const plan = /\bke hoach\b/.test(baseText);
  return { subject: { ...of, scope: region.scope, ...(plan ? { measure: 'plan' as const, period: '01-12' } : {}) }, unit };
}

/** Money stated as "kinh phí" near a percentage with no amount makes it a share of money. */
function impliedUnit(r: Reading, f: Figure): ClaimUnit | undefined {
  return /\b(kinh phi|giai ngan)\b/.test(r.s.folded.slice(0, f.end + 40)) ? r.money ?? { kind: 'money', exponent: 0, written: 'đồng' } : undefined;
}

function isTarget(r: Reading, f: Figure): boolean {
  const clause = r.s.folded.slice(clauseStart(r.s.folded, f.start), f.start);
  return TARGET_WORDS.some((w) => hasWord(clause, w));
}

export interface ExtractState {
  carry: Carry;
  /** What the first sentence of the paragraph set: the next paragraph starts from it. */
  topic: Carry;
  topicSet?: boolean;
  line: number;
  /**
   * The facts of the previous sentence a sentence opening with "Trong đó" may break down: not
   * an average, not the base of a comparison ("so với năm 2022 (124.985 triệu đồng)").
   */
  lastFacts?: FactClaim[];
  /** The money unit the text writes most. */
  money?: ClaimUnit | undefined;
  /** This reading takes provinces named bare ("của Hà Nội") as scopes. */
  bare?: boolean;
  /** This reading keeps a province a sentence names to that sentence. */
  local?: boolean;
}

/** Claims of one sentence; `state` carries the year, period and scope to the next sentence. */
export function extractSentence(s: Sentence, style: NumberStyle, file: string, state: ExtractState): Claim[] {
  const placeOf = (o: number): TextPlace => ({ file, line: s.line, column: [...s.lineText.slice(0, s.offset + o)].length + 1 });
  const figures = findFigures(s.text, s.folded, style, placeOf);
  const marks = [...timeMarks(s.folded), ...scopeMarks(s.text, s.folded, state.carry.years.at(-1), state.bare), ...programMarks(s.folded)].sort((a, b) => a.at - b.at);
  const r: Reading = { s, marks, carry: state.carry, figures, money: state.money };
  const claims: Claim[] = [];
  const facts = new Map<number, FactClaim>();
  let partWhole: PartWholeClaim | undefined;
  // "Trong đó" opening a sentence breaks down a fact of the sentence before: which one, its first part's unit tells.
  const earlier = OF_WHICH.some((w) => indexOfWord(s.folded.trimStart(), w) === 0) ? state.lastFacts ?? [] : [];

  let fractionPart: FactClaim | undefined;
  const asBase = new Set<FactClaim>();
  // "so với cùng kỳ năm 2023 (2,5 tỷ đồng), … tăng 28%": an amount in brackets after "so với" is the base of the change that follows.
  let baseAhead: FactClaim | undefined;
  // "62.400/125.000 triệu đồng": the amount over a slash → the amount before it.
  const overOf = new Map<FactClaim, FactClaim>();
  figures.forEach((f, i) => {
    if (isTarget(r, f)) return;
    if (f.partOfNext) {
      fractionPart = { kind: 'count', figure: f, subject: subjectOf(r, f, i), sentence: s.text };
      return;
    }
    if (f.unit.kind === 'percent') {
      const pk = percentKind(r, i);
      // The amount a percentage is of: the last fact before it that is not the base of an
      // earlier change ("tăng 10% so với năm 2017 (100 tỷ) và tăng 37,5% so với năm 2014": 110 tỷ).
      const prev = [...facts.entries()].filter(([j, fc]) => j < i && !asBase.has(fc)).at(-1)?.[1];
      const ofClaim = prev && !/;/.test(s.folded.slice(prev.figure.end, f.start)) ? prev : undefined;
      const pair = prev && overOf.get(prev);
      if (pair && (pk.kind === 'percent' || pk.kind === 'percent-of-plan') && prev.subject.measure === 'plan' && /\bdat( (duoc|khoang))? $/.test(s.folded.slice(0, f.start))) {
        claims.push({ kind: 'percent-of-plan', figure: f, of: { subject: pair.subject, unit: pair.figure.unit, claim: pair }, base: { subject: prev.subject, unit: prev.figure.unit, claim: prev }, sentence: s.text });
        return;
      }
      const c = contextAt(marks, state.carry, f.start);
      const ofSubject: Subject = ofClaim?.subject ?? { scope: c.scope, years: c.years, period: c.period, program: programIn(s.folded.slice(clauseStart(s.folded, f.start), f.end + 40)) ?? '', activity: '', measure: 'actual' };
      const unit = ofClaim?.figure.unit ?? (baseAhead && pk.kind !== 'percent' ? baseAhead.figure.unit : undefined) ?? impliedUnit(r, f);
      const figure = pk.sign < 0 ? { ...f, value: { units: -f.value.units, scale: f.value.scale } } : f;
      // "…, chiếm 21,7%": the part just stated, of the whole its "trong đó" broke down.
      const whole = pk.kind === 'share' ? partWhole?.whole : undefined;
      const base = pk.kind === 'share' ? (whole && unit ? { subject: whole.subject, unit: whole.figure.unit, claim: whole } : shareOfRegion(r, f, pk.baseText, ofSubject, unit))
        : pk.kind === 'percent' || !unit ? undefined : { subject: baseSubject(ofSubject, pk.baseText, pk.kind), unit };
      if (base && baseAhead && (pk.kind === 'growth' || pk.kind === 'ratio-prior')) {
        baseAhead.subject = { ...base.subject };
        Object.assign(base, { unit: baseAhead.figure.unit, claim: baseAhead });
      }
      baseAhead = undefined;
      const claim: RatioClaim = { kind: unit && (pk.kind !== 'share' || base) ? pk.kind : 'percent', figure, of: { subject: ofSubject, unit: unit ?? f.unit, ...(ofClaim ? { claim: ofClaim } : {}) }, base, sentence: s.text };
      claims.push(claim);
      return;
    }
    const subject = subjectOf(r, f, i);
    // "giải ngân 62.400/125.000 triệu đồng (kế hoạch)", "30,12 tỷ đồng trên tổng kế hoạch 60 tỷ đồng":
    // what is done over the plan, unless the text says otherwise.
    const doneBefore = figures[i - 1]?.unit.kind === 'money' && f.unit.kind === 'money' ? figures[i - 1] : undefined;
    const over = f.over || (doneBefore !== undefined && /^\s*tren (tong )?(so )?(ke hoach|du toan)\b[^,;()]*$/.test(s.folded.slice(doneBefore.end, f.start)));
    if (over && !/\bcung ky\b/.test(subject.words ?? '')) Object.assign(subject, { measure: 'plan', period: '01-12' });
    const justBefore = s.folded.slice(Math.max(0, f.start - 24), f.start);
    if (GROWTH_WORDS.some(([w]) => new RegExp(`\\b${w}( them| di)?( (duoc|khoang|tren|hon|gan))? $`).test(justBefore))) subject.change = true;
    const fact: FactClaim = { kind: f.unit.kind === 'money' ? 'amount' : 'count', figure: f, subject, sentence: s.text };
    // "(Y tỷ đồng)" right after a change "so với …": the base of that change.
    const prevRatio = claims.at(-1);
    if (prevRatio && 'base' in prevRatio && prevRatio.base && /\(\s*$/.test(s.folded.slice(0, f.start)) && !/[;]/.test(s.folded.slice(prevRatio.figure.end, f.start))) {
      fact.subject = { ...prevRatio.base.subject };
      prevRatio.base.claim = fact;
      prevRatio.base.unit = f.unit;
      asBase.add(fact);
    } else if (/\bso voi\b[^()]*\(\s*$/.test(s.folded.slice(Math.max(figures[i - 1]?.end ?? 0, clauseStart(s.folded, f.start)), f.start))) {
      // Until the change after it says more: of the year "so với năm 2016" names, else the year before.
      const said = s.folded.slice(s.folded.lastIndexOf('so voi', f.start), f.start);
      fact.subject = baseSubject(fact.subject, said, 'growth');
      baseAhead = fact;
      asBase.add(fact);
    }
    const prevFact = [...facts.values()].filter((fc) => !asBase.has(fc)).at(-1);
    const between = prevFact ? s.folded.slice(prevFact.figure.end, f.start) : '';
    const earlierWhole = !partWhole && !facts.size ? wholeFor(earlier, f.unit) : undefined;
    if (earlierWhole) partWhole = { kind: 'part-whole', whole: earlierWhole, parts: [], exhaustive: false, figure: earlierWhole.figure, sentence: s.text };
    const complete = COMPLETE_PARTS.some((w) => hasWord(between, w));
    if (prevFact && !partWhole && (complete || OF_WHICH.some((w) => hasWord(between, w))) && sameKind(prevFact.figure.unit, f.unit)) {
      partWhole = { kind: 'part-whole', whole: prevFact, parts: [], exhaustive: false, figure: prevFact.figure, sentence: s.text, ...(complete ? { declared: 'complete' as const } : {}) };
    }
    if (partWhole && sameKind(partWhole.whole.figure.unit, f.unit) && partWhole.whole !== fact && !fact.subject.average && !asBase.has(fact)) {
      const own = fact.subject;
      // A part named as a province of the whole ("Trong đó, thành phố Hà Nội 1.840 triệu đồng") keeps its own scope.
      const scope = ownScope(r, f) ?? partWhole.whole.subject.scope;
      fact.subject = { ...partWhole.whole.subject, scope, program: own.program || partWhole.whole.subject.program, activity: own.activity || partWhole.whole.subject.activity, words: own.words };
      partWhole.parts.push(fact);
    }
    const lastFact = [...facts.values()].at(-1);
    if (over && lastFact) overOf.set(fact, lastFact);
    facts.set(i, fact);
    claims.push(fact);
    if (fractionPart) {
      // "04/20 tỉnh": the part is of the same provinces (or units) as its whole.
      claims.push({ kind: 'part-whole', whole: fact, parts: [{ ...fractionPart, subject: fact.subject }], exhaustive: false, fraction: true, figure: fact.figure, sentence: s.text });
      fractionPart = undefined;
    }
  });
  if (partWhole && partWhole.parts.length) {
    const programs = new Set(partWhole.parts.map((p) => p.subject.program));
    partWhole.exhaustive = partWhole.whole.subject.program === '' && partWhole.parts.length === 2 && programs.has('KCQG') && programs.has('KCDP')
      || declaredComplete(partWhole);
    claims.push(partWhole);
  }
  // The paragraph's topic: the time and scope in force at its first figure.
  if (s.line !== state.line) {
    state.line = s.line;
    state.topicSet = false;
  }
  if (!state.topicSet) {
    state.topic = contextAt(marks, state.carry, figures[0]?.start ?? s.text.length);
    state.topicSet = figures.length > 0;
  }
  const after = contextAt(marks, state.carry, s.text.length);
  // The reading where a province a sentence names is its own ("Hội nghị … tại tỉnh Nghệ An."): the next sentence keeps the wider scope.
  if (state.local && after.scope?.kind === 'province') after.scope = marks.filter((m): m is Extract<Mark, { kind: 'scope' }> => m.kind === 'scope' && m.scope.kind === 'all').at(-1)?.scope ?? state.carry.scope;
  state.carry = after;
  // Not what a "Trong đó" breaks down: averages, bases of a comparison, the plan an amount is over.
  const breakable = [...facts.values()].filter((c) => !c.subject.average && !asBase.has(c) && !overOf.has(c));
  if (breakable.length) state.lastFacts = breakable;
  return claims;
}

/**
 * The whole a part of an opening "Trong đó" breaks down: the last earlier fact of the part's
 * own unit ("412 cơ sở … 18 cụm công nghiệp. Trong đó, 210 cơ sở …": the 412 cơ sở), else the
 * last of its kind (money, or any count: "45 CCN. Trong đó, 26 đề án …").
 */
function wholeFor(earlier: FactClaim[], unit: ClaimUnit): FactClaim | undefined {
  const same = (u: ClaimUnit) => u.kind === unit.kind && (u.kind !== 'count' || unit.kind !== 'count' || u.cls === unit.cls);
  return earlier.filter((c) => same(c.figure.unit)).at(-1) ?? earlier.filter((c) => sameKind(c.figure.unit, unit)).at(-1);
}

/** "gồm"/"bao gồm" two or more parts in the whole's own unit: they are all of it. */
function declaredComplete(pw: PartWholeClaim): boolean {
  const u = pw.whole.figure.unit;
  return pw.declared === 'complete' && pw.parts.length >= 2
    && pw.parts.every((p) => p.figure.unit.kind === u.kind && (u.kind !== 'count' || (p.figure.unit.kind === 'count' && p.figure.unit.cls === u.cls)));
}

/** Parts and their whole are both money or both counts (45 CCN = 26 đề án + 19 đề án). */
function sameKind(a: ClaimUnit, b: ClaimUnit): boolean {
  return a.kind === b.kind;
}

/** The money unit a text writes most often ("triệu đồng"), if it writes any. */
function mostWrittenMoney(sentences: Sentence[], style: NumberStyle): ClaimUnit | undefined {
  const counts = new Map<string, { unit: ClaimUnit; n: number }>();
  for (const s of sentences) {
    for (const f of findFigures(s.text, s.folded, style, () => ({ file: '', line: 0, column: 0 }))) {
      if (f.unit.kind !== 'money') continue;
      const k = `${f.unit.exponent}|${f.unit.written.toLowerCase()}`;
      const c = counts.get(k) ?? { unit: f.unit, n: 0 };
      c.n++;
      counts.set(k, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.unit;
}

/**
 * Every claim of a text, in order. A paragraph that does not say its time starts from what the
 * paragraph before opened with; `goOn` reads it instead as going on from the sentence before;
 * `bare` takes a province named without "tỉnh"/"thành phố" ("của Hà Nội") as the scope of what
 * follows; `local` keeps a province a sentence names to that sentence (other readings of the same
 * text: checkText keeps a claim verified by any).
 */
export function extractClaims(text: string, file: string, goOn = false, bare = false, local = false): Claim[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const style = textStyle(text);
  const start: Carry = { years: [], period: '01-12', scope: undefined, program: '' };
  const sentences = splitSentences(lines);
  const state: ExtractState = { carry: start, topic: start, line: 0, money: mostWrittenMoney(sentences, style), bare, local };
  const out: Claim[] = [];
  for (const s of sentences) {
    // A paragraph starts from what the previous paragraph opened with; within a paragraph
    // the sentence before sets the year.
    // A paragraph opening with "Trong đó" goes on from the sentence before it.
    if (s.line !== state.line && !goOn && !OF_WHICH.some((w) => indexOfWord(s.folded.trimStart(), w) === 0)) state.carry = state.topic;
    out.push(...extractSentence(s, style, file, state));
  }
  return out;
}
