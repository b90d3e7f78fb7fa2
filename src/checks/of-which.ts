import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { cmp, sub, sum } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { allowance } from './fact-places.js';
import { structuredColumns } from '../ledger/effective.js';
import { exceedsFinding, ofWhichColumnFindings } from './of-which-columns.js';

/**
 * A "Trong đó" breakdown need not be complete, but cannot exceed what it breaks down: the
 * "of which" rows directly under a figure add up to at most that figure (same column, unit),
 * and so do the columns under a "Trong đó" header beside it (of-which-columns.ts).
 */
export const ofWhich: Check = {
  name: 'of-which',
  codes: ['of-which-exceeds', 'reading-uncertain'],
  run(ledger: Ledger, _config, sink) {
    const out: RawFinding[] = [];
    for (const list of structuredColumns(ledger.entries)) {
      const byRow = new Map(list.map((e) => [e.rowKey, e]));
      const parts = new Map<string, LedgerEntry[]>();
      // A breakdown that subtracts ("- Số hoàn thuế: -89.689") is arithmetic, not a partial list.
      const subtracting = new Set(list.filter((e) => e.ofWhich && e.amount.units < 0n).flatMap((e) => e.rowPath ?? []));
      for (const e of list) {
        if (!e.ofWhich) continue;
        const path = e.rowPath ?? [];
        // The nearest figure above that is not itself "of which".
        let parent: LedgerEntry | undefined;
        for (let i = path.length - 1; i >= 0 && !parent; i--) {
          const p = byRow.get(path[i]!);
          if (p && !p.ofWhich) parent = p;
          else if (p && p.ofWhich) break;
        }
        if (!parent) continue;
        if (path.slice(path.indexOf(parent.rowKey) + 1).some((k) => byRow.get(k)?.ofWhich)) continue;
        const l = parts.get(parent.rowKey) ?? [];
        l.push(e);
        parts.set(parent.rowKey, l);
      }
      for (const [key, ps] of parts) {
        const parent = byRow.get(key)!;
        if (parent.amount.units < 0n || subtracting.has(key)) continue;
        const total = sum(ps.map((p) => p.amount));
        if (cmp(sub(total, parent.amount), allowance(parent, ...ps)) <= 0) continue;
        out.push(exceedsFinding(parent, ps, total, 'of-which-rows'));
      }
    }
    return [...out, ...ofWhichColumnFindings(ledger, sink)];
  },
};
