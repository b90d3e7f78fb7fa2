import type { Ledger } from '../ledger/build-ledger.js';
import { abs, add, cmp, decFromInt, formatDec, halfUnit, mul, ratioDecimal, ratioText, ratioWithin, shift, sub, sum, type Dec } from '../ledger/money.js';
import { describe, resolveValue, soleScope, type Found } from './resolve.js';
import { PROVINCE_CLASS } from './vocabulary.js';
import type { Claim, ClaimResult, ClaimUnit, FactCell, FactClaim, PartWholeClaim, RatioClaim, Reason, ReasonParam, Subject } from './types.js';

const reason = (code: string, params: Reason['params'] = {}): Reason => ({ code, params });
const numberParam = (value: string, u?: ClaimUnit): ReasonParam => ({ kind: 'number', value, ...(u ? { unit: u.written } : {}) });
const pct = (value: string): ReasonParam => ({ kind: 'percent', value });

/** Power of ten from the written unit to base units: triệu → 6, counts and % → 0. */
function unitExponent(u: ClaimUnit): number {
  return u.kind === 'money' ? u.exponent : 0;
}

/** A stated figure in base units. */
export function statedBase(c: FactClaim): Dec {
  return shift(c.figure.value, unitExponent(c.figure.unit));
}

function inUnit(value: Dec, u: ClaimUnit): string {
  return formatDec(shift(value, -unitExponent(u)));
}

function cells(facts: Found['facts']): FactCell[] {
  return facts.map((e) => ({ file: e.source.file, sheet: e.source.sheet, cell: e.source.cell }));
}

const what = (subject: Subject): ReasonParam => ({ kind: 'subject', subject });

function base(c: Claim, stated: string): Omit<ClaimResult, 'status' | 'reason' | 'facts'> {
  return { text: c.figure.text, place: c.figure.place, kind: c.kind, stated };
}

/** Within the precision written: half a unit of the last digit, a bound for "trên"/"gần". */
function holds(stated: Dec, computed: Dec, tol: Dec, q: FactClaim['figure']['qualifier']): boolean {
  if (q === 'over') return cmp(computed, stated) > 0;
  if (q === 'under') return cmp(computed, stated) < 0;
  return cmp(abs(sub(stated, computed)), tol) <= 0;
}

function verifyFact(c: FactClaim, ledger: Ledger | undefined): ClaimResult {
  const stated = formatDec(c.figure.value);
  const head = base(c, stated);
  if (c.subject.change) return { ...head, status: 'unverifiable', reason: reason('amount-change'), facts: [] };
  if (!ledger) return { ...head, status: 'unverifiable', reason: reason('no-data'), facts: [] };
  if (c.subject.average === 'other') return { ...head, status: 'unverifiable', reason: reason('average-other'), facts: [] };
  if (c.figure.unit.kind === 'count' && c.figure.unit.cls === PROVINCE_CLASS) return verifyProvinceCount(c, ledger, head);
  const subject = c.subject.scope ? c.subject : { ...c.subject, scope: soleScope(ledger) };
  const r = resolveValue(ledger, subject, c.figure.unit);
  if ('missing' in r) return { ...head, status: 'unverifiable', reason: r.missing, facts: [] };
  const exp = unitExponent(c.figure.unit);
  const tol = add(halfUnit(c.figure.exponent + exp), r.found.slack);
  const n = c.subject.average === 'year' ? c.subject.years.length : 1;
  // An average per year: stated × n against the total, the tolerance scaled alike (no division).
  const ok = holds(mul(statedBase(c), decFromInt(n)), r.found.value, mul(tol, decFromInt(n)), c.figure.qualifier);
  const computed = n === 1 ? inUnit(r.found.value, c.figure.unit) : ratioDecimal(shift(r.found.value, -exp), decFromInt(n)).toDecimalPlaces(Math.max(2, -c.figure.exponent + 1)).toString();
  return { ...head, computed, status: ok ? 'verified' : 'contradicted', reason: reason(ok ? 'matches' : 'differs', { stated: numberParam(stated, c.figure.unit), computed: numberParam(computed, c.figure.unit), what: what(subject) }), facts: cells(r.found.facts) };
}

/**
 * "20 tỉnh, thành phố phía Bắc": the number of provinces whose reports of those years the data
 * hold. Equal, it is verified; unequal, it stays unverifiable, never contradicted: a text may
 * count provinces whose reports were not given (a conference of 28 provinces, 20 reporting).
 */
function verifyProvinceCount(c: FactClaim, ledger: Ledger, head: Omit<ClaimResult, 'status' | 'reason' | 'facts'>): ClaimResult {
  const years = new Set(c.subject.years);
  const entries = ledger.entries.filter((e) => e.provinceCode !== '' && !e.prior && (!years.size || years.has(e.year)));
  const codes = new Set(entries.map((e) => e.provinceCode));
  if (!codes.size) return { ...head, status: 'unverifiable', reason: reason('no-fact', { what: what(c.subject) }), facts: [] };
  const n = String(codes.size);
  const firstOf = [...codes].map((code) => entries.find((e) => e.provinceCode === code)!);
  const facts = cells(firstOf);
  if (cmp(c.figure.value, decFromInt(codes.size)) === 0) return { ...head, computed: n, status: 'verified', reason: reason('provinces-match', { n: numberParam(n) }), facts };
  return { ...head, computed: n, status: 'unverifiable', reason: reason('provinces-other', { stated: numberParam(formatDec(c.figure.value)), n: numberParam(n) }), facts };
}

interface Side {
  value: Dec;
  facts: FactCell[];
  from: ReasonParam;
}

function sideOf(ledger: Ledger | undefined, subject: Subject, unit: ClaimUnit, claim: FactClaim | undefined): Side | Reason {
  if (ledger) {
    const r = resolveValue(ledger, subject, unit);
    if ('found' in r) return { value: r.found.value, facts: cells(r.found.facts), from: { kind: 'from' } };
    if (!claim) return r.missing;
  }
  if (claim) return { value: statedBase(claim), facts: [], from: { kind: 'from', text: claim.figure.text, line: claim.figure.place.line, column: claim.figure.place.column } };
  return reason('no-data');
}

/** A plan stated elsewhere in the text for the same subject: the base of "đạt X% kế hoạch". */
function textPlan(all: Claim[], of: Subject, unit: ClaimUnit, baseSubject: Subject): FactClaim | undefined {
  return all.find((c): c is FactClaim => (c.kind === 'amount' || c.kind === 'count') && c.subject.measure === baseSubject.measure && sameSubject(c.subject, baseSubject) && c.figure.unit.kind === unit.kind && (unit.kind !== 'count' || (c.figure.unit.kind === 'count' && c.figure.unit.cls === unit.cls)) && c.subject !== of);
}

function sameSubject(a: Subject, b: Subject): boolean {
  const scope = (s: Subject) => (s.scope ? (s.scope.kind === 'all' ? 'all' : s.scope.code) : '');
  return scope(a) === scope(b) && a.years.join() === b.years.join() && a.period === b.period && a.program === b.program && a.activity === b.activity;
}

function verifyRatio(c: RatioClaim, ledger: Ledger | undefined, all: Claim[]): ClaimResult {
  const stated = formatDec(c.figure.value);
  const head = base(c, stated);
  if (c.kind === 'percent' || !c.base) return { ...head, status: 'unverifiable', reason: reason('percent-unknown'), facts: [] };
  const num = sideOf(ledger, c.of.subject, c.of.unit, c.of.claim);
  if ('code' in num) return { ...head, status: 'unverifiable', reason: reason('missing-amount', { what: what(c.of.subject) }), facts: [] };
  const baseClaim = c.base.claim ?? textPlan(all, c.of.subject, c.base.unit, c.base.subject);
  const den = sideOf(ledger, c.base.subject, c.base.unit, baseClaim);
  if ('code' in den) return { ...head, status: 'unverifiable', reason: reason('missing-base', { what: what(c.base.subject) }), facts: num.facts };
  if (den.value.units === 0n) return { ...head, status: 'unverifiable', reason: reason('zero-base'), facts: [...num.facts, ...den.facts] };
  const top = c.kind === 'growth' ? sub(num.value, den.value) : num.value;
  const ok = ratioWithin(top, den.value, c.figure.value, halfUnit(c.figure.exponent));
  const computed = ratioText(top, den.value, Math.max(2, -c.figure.exponent + 2));
  const params = { stated: pct(stated), computed: pct(computed), num: numberParam(inUnit(num.value, c.of.unit), c.of.unit), den: numberParam(inUnit(den.value, c.base.unit), c.base.unit), numFrom: num.from, denFrom: den.from };
  return { ...head, computed, status: ok ? 'verified' : 'contradicted', reason: reason(`${c.kind}-${ok ? 'matches' : 'differs'}`, params), facts: [...num.facts, ...den.facts] };
}

function verifyPartWhole(c: PartWholeClaim): ClaimResult {
  const whole = statedBase(c.whole);
  const parts = sum(c.parts.map(statedBase));
  // Counts and whole amounts are exact; amounts written with decimals of a coarse unit were rounded.
  const rounded = [c.whole, ...c.parts].filter((p) => p.figure.unit.kind === 'money' && p.figure.exponent < 0);
  const tol = sum(rounded.map((p) => halfUnit(p.figure.exponent + unitExponent(p.figure.unit))));
  const u = c.whole.figure.unit;
  const head = { ...base(c, formatDec(c.whole.figure.value)), text: `${c.whole.figure.text} ⊇ ${c.parts.map((p) => p.figure.text).join(' + ')}` };
  const computed = inUnit(parts, u);
  const params = { whole: numberParam(formatDec(c.whole.figure.value), u), parts: numberParam(computed, u), list: c.parts.map((p) => p.figure.text).join(' + ') };
  const over = cmp(sub(parts, whole), tol) > 0;
  const short = cmp(sub(whole, parts), tol) > 0;
  const status = over || (c.exhaustive && short) ? 'contradicted' : 'verified';
  const code = over ? 'parts-exceed' : short ? (!c.exhaustive ? 'parts-within' : c.declared ? 'parts-incomplete' : 'parts-short') : 'parts-equal';
  if (c.fraction) return { ...head, text: `${c.parts[0]!.figure.text}/${c.whole.figure.text}`, computed, status, reason: reason(over ? 'fraction-exceeds' : 'fraction-within', params), facts: [] };
  return { ...head, computed, status, reason: reason(code, params), facts: [] };
}

/** Each claim checked against the data when given, and against the other claims of its text. */
export function verifyClaims(claims: Claim[], ledger: Ledger | undefined): ClaimResult[] {
  return claims.map((c) => {
    if ('subject' in c) return verifyFact(c, ledger);
    if ('whole' in c) return verifyPartWhole(c);
    return verifyRatio(c, ledger, claims);
  });
}

