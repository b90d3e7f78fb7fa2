import type { Ledger } from '../ledger/build-ledger.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { comparable, provinceKey } from './fact-places.js';

/** One line of one province and year, programme and unit: the figures compared across periods. */
export const lineKey = (e: LedgerEntry) => `${provinceKey(e)}|${e.year}|${e.program}|${e.line}|${e.unit}`;

/** True when two figures have the same fields in `lineKey` (then the same key). */
const sameLine = (a: LedgerEntry, b: LedgerEntry) => a.line === b.line && a.unit === b.unit && samePrefix(a, b);

const samePrefix = (a: LedgerEntry, b: LedgerEntry) =>
  a.year === b.year && a.provinceCode === b.provinceCode && a.provinceList === b.provinceList && a.province === b.province && a.program === b.program;

/** The groups packed: their figures one group after another, and where each group ends. */
interface Packed {
  figures: LedgerEntry[];
  ends: Int32Array;
}

const cache = new WeakMap<Ledger, Packed>();

/**
 * The ledger's comparable figures (never "Trong đó") grouped by line, in the order each line
 * first comes, each group in ledger order; worked out once per ledger for the checks that share
 * it. Held packed (one array of figures, not one growable list per line: a long export has a
 * line for every few figures); each group is handed out as an array of its own.
 */
export function* lineGroups(ledger: Ledger): Generator<LedgerEntry[]> {
  const { figures, ends } = packed(ledger);
  let start = 0;
  for (const end of ends) {
    yield figures.slice(start, end);
    start = end;
  }
}

function packed(ledger: Ledger): Packed {
  const have = cache.get(ledger);
  if (have) return have;
  const entries = ledger.entries;
  // Lines by their province, year, programme and unit (few), then by the line text the figures
  // already hold: no key string per line (a long export has hundreds of thousands of lines).
  const places = new Map<string, Map<string, number>>();
  const groupOf = new Int32Array(entries.length).fill(-1);
  let counts = new Int32Array(1024);
  let groups = 0;
  // A line's figures mostly come one after another (plan, then actual): it is looked up when the line changes.
  let last: LedgerEntry | undefined;
  let id = -1;
  let lines: Map<string, number> | undefined;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (!comparable(e) || e.ofWhich) continue;
    if (!last || !sameLine(last, e)) {
      if (!last || !samePrefix(last, e) || last.unit !== e.unit) {
        const place = `${provinceKey(e)}|${e.year}|${e.program}|${e.unit}`;
        lines = places.get(place);
        if (!lines) places.set(place, (lines = new Map()));
      }
      id = lines!.get(e.line) ?? -1;
      if (id < 0) {
        id = groups++;
        lines!.set(e.line, id);
        if (id >= counts.length) {
          const more = new Int32Array(counts.length * 2);
          more.set(counts);
          counts = more;
        }
      }
    }
    last = e;
    groupOf[i] = id;
    counts[id]!++;
  }
  const ends = new Int32Array(groups);
  const next = new Int32Array(groups);
  let total = 0;
  for (let g = 0; g < groups; g++) {
    next[g] = total;
    total += counts[g]!;
    ends[g] = total;
  }
  const figures = new Array<LedgerEntry>(total);
  for (let i = 0; i < entries.length; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const at = next[g]!;
    figures[at] = entries[i]!;
    next[g] = at + 1;
  }
  const out = { figures, ends };
  cache.set(ledger, out);
  return out;
}
