import { sum, type Dec } from './money.js';
import type { LedgerEntry } from './entry.js';
import { isRatioMeasure } from './entry.js';
import { onHiddenRow } from './doubt.js';

/**
 * The value a structured figure stands for as a part of something larger: the sum of the rows
 * under it where it has any (recursively), else the figure as stated. With it, a subtotal that
 * is off shows as one finding at its own cell, not again at every total and summary above it.
 */
/** A sheet's structured figures by column and unit: the lists that row sums run down. */
export function structuredColumns(entries: LedgerEntry[], keep: (e: LedgerEntry) => boolean = () => true): LedgerEntry[][] {
  const byColumn = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    if (e.rowPath === undefined || isRatioMeasure(e.measure) || e.unit === '%' || !keep(e)) continue;
    const k = `${e.source.file}|${e.source.sheet}|${e.source.column}|${e.unit}`;
    const l = byColumn.get(k);
    if (l) l.push(e);
    else byColumn.set(k, [e]);
  }
  return [...byColumn.values()];
}

export function effectiveAmounts(entries: LedgerEntry[]): Map<LedgerEntry, Dec> {
  const out = new Map<LedgerEntry, Dec>();
  for (const list of structuredColumns(entries, (e) => e.rowSums !== false)) {
    const byRow = new Map(list.map((e) => [e.rowKey, e]));
    const children = new Map<string, LedgerEntry[]>();
    for (const e of list) {
      // A row the file hides (a working line, a superseded figure) is no part of what the lines above stand for.
      if (e.ofWhich || e.rowTotal || onHiddenRow(e)) continue;
      const path = e.rowPath ?? [];
      for (let i = path.length - 1; i >= 0; i--) {
        const p = byRow.get(path[i]!);
        if (p) {
          const c = children.get(p.rowKey) ?? [];
          c.push(e);
          children.set(p.rowKey, c);
          break;
        }
      }
    }
    // A total stands for its outermost rows (or, closing a section, for that section's).
    const hasFigureAbove = (e: LedgerEntry, within?: string) => {
      const path = e.rowPath ?? [];
      const from = within ? path.indexOf(within) + 1 : 0;
      return path.slice(from).some((k) => byRow.has(k));
    };
    const totalParts = (t: LedgerEntry) =>
      list.filter((e) => e !== t && !e.rowTotal && !e.ofWhich && (t.rowScope ? (e.rowPath ?? []).includes(t.rowScope) && !hasFigureAbove(e, t.rowScope) : !hasFigureAbove(e)));
    const value = (e: LedgerEntry): Dec => {
      const known = out.get(e);
      if (known) return known;
      const kids = e.rowTotal ? totalParts(e) : children.get(e.rowKey);
      const v = kids?.length ? sum(kids.map(value)) : e.amount;
      out.set(e, v);
      return v;
    };
    for (const e of list) value(e);
  }
  return out;
}
