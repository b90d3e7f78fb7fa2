import type { LedgerEntry } from '../ledger/entry.js';
import { isRatioMeasure } from '../ledger/entry.js';
import { predecessorsOf } from '../reference/provinces.js';

/** Where a figure stands: a sheet of a file. Agreement compares places, never a place with itself. */
export function placeOf(e: LedgerEntry): string {
  return `${e.source.file}\u0000${e.source.sheet}`;
}

/** True when two figures stand in one place: `placeOf(a) === placeOf(b)` without making the keys. */
export function samePlace(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.source.file === b.source.file && a.source.sheet === b.source.sheet;
}

/** entriesByPlace's answers, by the entries asked about and their number then (the checks that ask share one). */
const byPlaceCache = new WeakMap<readonly LedgerEntry[], { length: number; byPlace: Map<string, LedgerEntry[]> }>();

/**
 * This year's figures (last year's --prior inputs left out) grouped by the sheet they stand in.
 * Worked out once for the checks that ask (completeness, the monthly series): a long export's
 * million figures are not copied for each. The answer is shared: read it, never change it.
 */
export function entriesByPlace(entries: LedgerEntry[]): Map<string, LedgerEntry[]> {
  const have = byPlaceCache.get(entries);
  if (have && have.length === entries.length) return have.byPlace;
  const byPlace = groupByPlace(entries);
  byPlaceCache.set(entries, { length: entries.length, byPlace });
  return byPlace;
}

function groupByPlace(entries: LedgerEntry[]): Map<string, LedgerEntry[]> {
  const byPlace = new Map<string, LedgerEntry[]>();
  // A sheet's figures come one after another: its key is made when the place changes.
  let last: LedgerEntry | undefined;
  let list: LedgerEntry[] | undefined;
  for (const e of entries) {
    if (e.prior) continue;
    if (!last || !samePlace(last, e)) {
      const key = placeOf(e);
      list = byPlace.get(key);
      if (!list) byPlace.set(key, (list = []));
    }
    last = e;
    list!.push(e);
  }
  return byPlace;
}

/** The province part of an agreement key: list and code (a code means two provinces across 1 July 2025), or the name. */
export function provinceKey(e: Pick<LedgerEntry, 'provinceCode' | 'provinceList' | 'province'>): string {
  return e.provinceCode ? `${e.provinceList ?? '63'}:${e.provinceCode}` : `~${e.province}`;
}

/** True when two figures are of one province as written (then their provinceKey is one). */
function writtenAlike(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.provinceCode === b.provinceCode && a.provinceList === b.provinceList && a.province === b.province;
}

/**
 * The provinces (provinceKey) of the figures `wanted` keeps: the key is made only where the
 * province differs from the figure before (a sheet lists a province's figures together), not
 * once per figure. With `upTo`, the search stops when that many are found: a caller that only
 * asks whether a sheet is of one province, or of several, need not read a long export's 63
 * provinces to the end.
 */
export function provinceKeys(entries: readonly LedgerEntry[], wanted: (e: LedgerEntry) => boolean = () => true, upTo = Infinity): Set<string> {
  const keys = new Set<string>();
  let last: LedgerEntry | undefined;
  for (const e of entries) {
    if (!wanted(e)) continue;
    if (!last || !writtenAlike(last, e)) {
      keys.add(provinceKey(e));
      if (keys.size >= upTo) break;
    }
    last = e;
  }
  return keys;
}

export function agreementKey(e: LedgerEntry, province = provinceKey(e)): string {
  return `${province}|${e.year}|${e.period}|${e.program}|${e.line}|${e.measure}|${e.unit}`;
}

/**
 * Figures that can be compared across reports: a province's amounts in đồng or a count unit.
 * National and regional tables are left out: two of them may give a "TỔNG SỐ" of different
 * scope (all budgets, central budget only) under the same words.
 */
export function comparable(e: LedgerEntry): boolean {
  return !!e.provinceCode && !isRatioMeasure(e.measure) && e.unit !== '%' && e.unit !== 'unstated';
}

/** True when a 34-list figure is about a time before the merger: it compares with its former provinces' sum. */
export function beforeMerger(e: LedgerEntry): boolean {
  if (e.provinceList !== '34' || !e.provinceCode) return false;
  const end = Number(e.period.slice(3));
  return e.year < 2025 || (e.year === 2025 && end <= 6);
}

/** The former (63-list) provinces a 34-list province was formed from. */
export function formerProvinceKeys(e: LedgerEntry): string[] {
  return predecessorsOf(e.provinceCode).map((p) => `63:${p.code}`);
}

export { allowance } from '../ledger/allowance.js';

export function whereText(e: LedgerEntry): string {
  return `${e.source.file}${e.source.sheet ? ` (${e.source.sheet})` : ''}!${e.source.cell}`;
}

export function describeFact(e: LedgerEntry): string {
  const who = e.province || 'total';
  const what = e.label || (e.program ? `${e.program} total` : 'total');
  return `${who}, ${what}, ${e.measure} ${e.period}/${e.year}`;
}

/** The unit a figure would be in if it were 1000× or 10⁶× off: "triệu đồng" for one written in đồng as if triệu. */
export function scaleFit(ratio: number): { factor: string; exponent: number } | undefined {
  for (const [factor, exponent] of [[1000, 3], [1e6, 6], [1e9, 9]] as const) {
    if (Math.abs(ratio / factor - 1) < 0.02) return { factor: `${factor}×`, exponent };
    if (Math.abs(ratio * factor - 1) < 0.02) return { factor: `1/${factor}`, exponent: -exponent };
  }
  return undefined;
}

