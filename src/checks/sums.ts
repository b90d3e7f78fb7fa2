import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import { lineGroupKey, who, yearPart, type Ledger } from '../ledger/build-ledger.js';
import { abs, add, cmp, formatDec, halfUnit, shift, sub, sum, ZERO, type Dec } from '../ledger/money.js';
import { groupBy, isRatioMeasure, type LedgerEntry } from '../ledger/entry.js';
import { parentActivity } from '../reference/activities.js';
import { matchHistoricalProvince } from '../reference/provinces.js';
import type { Check } from './check.js';
import { amount, amountOf, subject, tolerance, type SubjectParam } from '../findings/params.js';
import { MATTERS } from '../ledger/doubt.js';
import { SheetEvidence } from './sheet-evidence.js';
import { settleWithheld, type Withheld } from './withheld.js';
import { plainEntry } from '../ledger/entry-store.js';

const ERRORS = new Set(['sum-mismatch']);

const isHistorical = (e: LedgerEntry) => e.provinceCode === '' && matchHistoricalProvince(e.province, e.year) !== undefined;

/** True when two figures are of one section of one report (then `sectionKeys` gives both one key). */
const sameSection = (a: LedgerEntry, b: LedgerEntry) =>
  a.measure === b.measure && a.period === b.period && a.unit === b.unit && a.ratioOf === b.ratioOf && a.provinceCode === b.provinceCode && a.province === b.province
  && a.year === b.year && a.yearTo === b.yearTo && a.program === b.program && a.source.file === b.source.file;

/**
 * A figure's section key (its file and line group), made only where none of the last few figures
 * keyed is of the same section: a long export's rows take turns among a few (plan, actual).
 */
function sectionKeys(): (e: LedgerEntry) => string {
  const recent: Array<{ e: LedgerEntry; key: string }> = [];
  let next = 0;
  return (e) => {
    for (const r of recent) if (sameSection(r.e, e)) return r.key;
    const key = `${e.source.file}|${lineGroupKey(e)}`;
    recent[next] = { e, key };
    next = (next + 1) % 4;
    return key;
  };
}

/**
 * Compares a total with its parts. Exact, unless a figure is written with decimals of a coarse
 * unit (tỷ đồng to 3 places): rounded parts may then miss the rounded total by half a unit of
 * the last digit per figure, and the message says so.
 */
export function compareSum(total: LedgerEntry, parts: LedgerEntry[], what: SubjectParam, stated: LedgerEntry[] = parts): RawFinding | undefined {
  if (parts.length === 0) return undefined;
  const expected = sum(parts.map((p) => p.amount));
  const diff = sub(total.amount, expected);
  const anyRounded = total.rounded || parts.some((p) => p.rounded);
  let allowance: Dec = ZERO;
  if (anyRounded) allowance = [total, ...parts].reduce((acc, p) => add(acc, halfUnit(p.precision)), ZERO);
  if (cmp(abs(diff), allowance) <= 0) return undefined;
  const rule = anyRounded ? tolerance(parts.length + 1, amount(allowance, total)) : tolerance(parts.length + 1);
  return {
    code: 'sum-mismatch',
    params: { what: { ...what, measure: total.measure, period: total.period, year: total.year, ...(total.yearTo !== undefined ? { yearTo: total.yearTo } : {}) }, reported: amountOf(total), expected: amount(expected, total), count: parts.length, diff: amount(diff, total), rule },
    location: locationOf(total.source),
    related: stated.filter((p) => p !== total).map((p) => locationOf(p.source)),
    expected: formatDec(expected),
    reported: formatDec(total.amount),
  };
}

/** The exponent of a figure's last stored digit: its shown digit, or a finer one it stores (182,993.5 shown "182,994"). */
function storedExponent(e: LedgerEntry): number {
  let { units, scale } = e.amount;
  if (units === 0n) return e.precision;
  let k = 0;
  while (units % 10n === 0n) {
    units /= 10n;
    k++;
  }
  return Math.min(e.precision, k - scale);
}

/** One unit of a figure's 15th significant digit: below it a figure read from a binary float (Excel) says nothing. */
function floatResolution(e: LedgerEntry): Dec {
  const digits = (e.amount.units < 0n ? -e.amount.units : e.amount.units).toString().length;
  return shift({ units: 1n, scale: 0 }, digits - 15 - e.amount.scale);
}

/**
 * A total that holds within the rounding of its figures (compareSum found no fault) but does not
 * equal its parts as the file stores them: a rounding difference, when it is no more than half a
 * unit of each figure's last stored digit (a total rounded to whole millions over parts with
 * decimals; whole parts under a total with a decimal). Figures all stored to finer digits than
 * they show that still miss (a few đồng in six-decimal data) are no rounding pattern, and a miss
 * within the float resolution of the figures is none at all: nothing.
 */
export function roundingGap(total: LedgerEntry, parts: LedgerEntry[], what: SubjectParam): RawFinding | undefined {
  if (parts.length === 0) return undefined;
  const expected = sum(parts.map((p) => p.amount));
  const diff = sub(total.amount, expected);
  const figures = [total, ...parts];
  // A difference within the figures' float resolution is how Excel stores them, not how they were written.
  if (cmp(abs(diff), figures.reduce((acc, p) => add(acc, floatResolution(p)), ZERO)) <= 0) return undefined;
  const allowance = figures.reduce((acc, p) => add(acc, halfUnit(storedExponent(p))), ZERO);
  if (cmp(abs(diff), allowance) > 0) return undefined;
  return {
    code: 'sum-rounding',
    params: { what: { ...what, measure: total.measure, period: total.period, year: total.year, ...(total.yearTo !== undefined ? { yearTo: total.yearTo } : {}) }, reported: amountOf(total), expected: amount(expected, total), count: parts.length, diff: amount(diff, total), allowance: amount(allowance, total) },
    location: locationOf(total.source),
    related: parts.map((p) => locationOf(p.source)),
    expected: formatDec(expected),
    reported: formatDec(total.amount),
  };
}

function linesOf(group: LedgerEntry[]): { totals: LedgerEntry[]; top: LedgerEntry[]; children: Map<string, LedgerEntry[]>; parents: LedgerEntry[] } {
  const activities = new Set(group.filter((e) => e.line !== '' && e.activity).map((e) => e.activity));
  const totals = group.filter((e) => e.line === '' && e.level !== 'item');
  const lines = group.filter((e) => e.line !== '' && !e.ofWhich);
  const top: LedgerEntry[] = [];
  const children = new Map<string, LedgerEntry[]>();
  for (const e of lines) {
    const parent = e.activity ? parentActivity(e.activity) : undefined;
    if (parent && activities.has(parent)) {
      const list = children.get(parent) ?? [];
      list.push(e);
      children.set(parent, list);
    } else top.push(e);
  }
  const parents = lines.filter((e) => children.has(e.activity));
  return { totals, top, children, parents };
}

/**
 * A total above totals already found off: it is a fault of its own only if it misses both the
 * figures as stated and the figures as their parts add up. A province total one million off
 * gives one finding there, not a second at the region's total it adds into (and a line off
 * that leaves its total right gives none at the region either).
 */
function compareAbove(total: LedgerEntry, parts: LedgerEntry[], what: SubjectParam, effective: Map<LedgerEntry, Dec>): RawFinding | undefined {
  const f = compareSum(total, parts, what);
  if (!f || !parts.some((p) => effective.has(p))) return f;
  const asAdded = parts.map((p) => (effective.has(p) ? { ...plainEntry(p), amount: effective.get(p)! } : p));
  return compareSum(total, asAdded, what, parts) ? f : undefined;
}

/** Sums by lines (total ← lines, parent activity ← sub-lines), programmes (Cộng ← KCQG + KCĐP) and provinces (region ← provinces). */
export const sums: Check = {
  name: 'sums',
  codes: ['sum-mismatch', 'reading-uncertain'],
  run(ledger, _config, sink?: Withheld[]) {
    // Every sum tested, holding or not: the evidence where a column was read against its cells.
    const tested = new SheetEvidence(MATTERS.withinTable);
    const out = { push: (f: RawFinding, total: LedgerEntry, parts: LedgerEntry[]) => tested.add([total, ...parts], f) };
    const held = (total: LedgerEntry, parts: LedgerEntry[]) => tested.add([total, ...parts]);
    // Forms and summaries are summed by their structure (structure-sums.ts), exports by fact keys.
    const amounts = ledger.entries.filter((e) => !isRatioMeasure(e.measure) && e.rowPath === undefined);
    // What a total found off adds up to from its lines: the value it stands for above it.
    const effective = new Map<LedgerEntry, Dec>();
    // Lines within one section of one report.
    for (const group of groupBy(amounts, sectionKeys()).values()) {
      const { totals, top, children, parents } = linesOf(group);
      for (const t of totals) {
        const f = compareSum(t, top, subject('total', t.label || t.province));
        if (f) {
          out.push(f, t, top);
          effective.set(t, sum(top.map((p) => p.amount)));
        } else held(t, top);
      }
      for (const p of parents) {
        const kids = children.get(p.activity) ?? [];
        const f = compareSum(p, kids, subject('line', p.label || p.activity));
        if (f) out.push(f, p, kids);
        else held(p, kids);
      }
    }
    // Programmes: a figure for both programmes against its KCQG and KCĐP figures (none to
    // check, and no grouping, where no figure is for both).
    const bothProgrammes = amounts.some((e) => e.program === '' && !e.ofWhich);
    for (const group of bothProgrammes ? groupBy(amounts, (e) => `${e.source.file}|${who(e)}|${yearPart(e)}|${e.period}|${e.line}|${e.measure}|${e.unit}`).values() : []) {
      const both = group.filter((e) => e.program === '' && !e.ofWhich);
      const parts = group.filter((e) => e.program !== '' && !e.ofWhich);
      if (both.length === 0 || parts.length === 0) continue;
      for (const t of both) {
        const f = compareAbove(t, parts, subject('programmes', t.label || t.line), effective);
        if (f) {
          out.push(f, t, parts);
          effective.set(t, sum(parts.map((p) => effective.get(p) ?? p.amount)));
        } else held(t, parts);
      }
    }
    // Provinces: a regional total against its province rows (none to check where no row is a region's).
    const isRegion = (e: LedgerEntry) => e.provinceCode === '' && e.level !== 'item' && e.province !== '' && !isHistorical(e) && !e.ofWhich;
    const anyRegion = amounts.some(isRegion);
    for (const group of anyRegion ? groupBy(amounts, (e) => `${e.source.file}|${yearPart(e)}|${e.period}|${e.program}|${e.line}|${e.measure}|${e.unit}`).values() : []) {
      // A province without a code (Hà Tây, before 2008) is still a province: regions are the
      // code-less rows that are totals.
      const regions = group.filter(isRegion);
      const provinces = group.filter((e) => (e.provinceCode !== '' || isHistorical(e)) && !e.ofWhich);
      if (regions.length === 0 || provinces.length === 0) continue;
      for (const t of regions) {
        const f = compareAbove(t, provinces, subject('region', t.province || t.label), effective);
        if (f) out.push(f, t, provinces);
        else held(t, provinces);
      }
    }
    // A column whose cells do not bear out its header: where most of its sheet's sums miss, the
    // misses are withheld (one reading-uncertain); where most hold, a miss is a fault.
    const { findings, withheld } = tested.weigh(ERRORS);
    return settleWithheld(findings, withheld, sink, ledger.readings);
  },
};
