import type { Ledger } from '../ledger/build-ledger.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { comparable, provinceKey } from './fact-places.js';

/** One line of one province and year, programme and unit: the figures compared across periods. */
export const lineKey = (e: LedgerEntry) => `${provinceKey(e)}|${e.year}|${e.program}|${e.line}|${e.unit}`;

const cache = new WeakMap<Ledger, LedgerEntry[][]>();

/** The ledger's comparable figures (never "Trong đó") grouped by line, once per ledger for the checks that share it. */
export function lineGroups(ledger: Ledger): LedgerEntry[][] {
  const have = cache.get(ledger);
  if (have) return have;
  const groups = new Map<string, LedgerEntry[]>();
  for (const e of ledger.entries) {
    if (!comparable(e) || e.ofWhich) continue;
    const key = lineKey(e);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const out = [...groups.values()];
  cache.set(ledger, out);
  return out;
}
