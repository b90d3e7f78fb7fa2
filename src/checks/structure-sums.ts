import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { isRatioMeasure, type LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { compareSum } from './sums.js';
import { subject, type SubjectParam } from '../findings/params.js';
import { effectiveAmounts, structuredColumns } from '../ledger/effective.js';

/**
 * Sums of forms and summaries, by their structure rather than by fact keys:
 * - rows: a row equals the rows under it in the STT hierarchy (a region its provinces, a line
 *   its sub-lines); "Tổng cộng" equals the outermost rows that have figures; "Cộng" closing a
 *   section equals that section's rows; "Trong đó" rows are never parts;
 * - columns: a TỔNG SỐ / Cộng column under a group header equals its sibling columns.
 * Only figures of the same unit are added.
 */
export const structureSums: Check = {
  name: 'structure-sums',
  codes: ['sum-mismatch'],
  run(ledger: Ledger) {
    const out: RawFinding[] = [];
    const effective = effectiveAmounts(ledger.entries);
    const asPart = (e: LedgerEntry): LedgerEntry => ({ ...e, amount: effective.get(e) ?? e.amount });
    /**
     * A figure is at fault only if it misses both its parts as stated and its parts as
     * recomputed from theirs: a wrong subtotal then shows at the subtotal alone, a wrong line
     * at its own subtotal alone, never again at every total above.
     */
    const check = (total: LedgerEntry, parts: LedgerEntry[], what: SubjectParam) => {
      const stated = compareSum(total, parts, what);
      if (!stated) return undefined;
      return compareSum(total, parts.map(asPart), what, parts) ? stated : undefined;
    };
    // Rates (a % cell in a money column, a "tỷ lệ" line) are never added up.
    const structured = ledger.entries.filter((e) => e.rowPath !== undefined && !isRatioMeasure(e.measure) && e.unit !== '%');
    // Rows, per column.
    for (const all of structuredColumns(structured)) {
      const list = all.filter((e) => e.rowSums !== false);
      const byRow = new Map(list.map((e) => [e.rowKey, e]));
      const nearest = (e: LedgerEntry): string | undefined => {
        const path = e.rowPath ?? [];
        for (let i = path.length - 1; i >= 0; i--) if (byRow.has(path[i]!)) return path[i];
        return undefined;
      };
      const parts = list.filter((e) => !e.rowTotal && !e.ofWhich);
      const children = new Map<string, LedgerEntry[]>();
      const outermost: LedgerEntry[] = [];
      for (const e of parts) {
        const p = nearest(e);
        if (p === undefined) outermost.push(e);
        else {
          const c = children.get(p);
          if (c) c.push(e);
          else children.set(p, [e]);
        }
      }
      for (const e of list) {
        if (e.ofWhich) continue;
        if (e.rowTotal) {
          const scoped = e.rowScope
            ? parts.filter((p) => p.rowPath!.includes(e.rowScope!) && (nearest(p) === e.rowScope || nearest(p) === undefined || !p.rowPath!.slice(p.rowPath!.indexOf(e.rowScope!) + 1).some((k) => byRow.has(k))))
            : outermost;
          const f = check(e, scoped.filter((p) => p !== e && p.rowKey !== e.rowScope), subject('total', e.label));
          if (f) out.push(f);
        } else {
          const kids = children.get(e.rowKey);
          if (!kids) continue;
          const f = check(e, kids, subject('row', e.label || e.province));
          if (f) out.push(f);
        }
      }
    }
    // Columns, per row.
    const byRowKey = new Map<string, LedgerEntry[]>();
    for (const e of structured) {
      if (e.sumColumn === undefined && !structured.length) continue;
      const list = byRowKey.get(e.rowKey);
      if (list) list.push(e);
      else byRowKey.set(e.rowKey, [e]);
    }
    for (const list of byRowKey.values()) {
      const totals = new Map<number, LedgerEntry[]>();
      for (const e of list) {
        if (e.sumColumn === undefined) continue;
        const t = totals.get(e.sumColumn);
        if (t) t.push(e);
        else totals.set(e.sumColumn, [e]);
      }
      for (const [col, members] of totals) {
        const total = list.find((e) => e.column === col && e.unit === members[0]!.unit);
        if (!total) continue;
        const f = check(total, members.filter((m) => m.unit === total.unit), subject('column', total.label || 'Cộng'));
        if (f) out.push(f);
      }
    }
    return out;
  },
};
