import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import { amount, amountOf, subject } from '../findings/params.js';
import { formatDec, neg, sub, sum, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';

/** A sum relation of exact figures that missed grossly (not by rounding), reported with confidence. */
export interface Missed {
  /** 'rows' (a total over the rows under it) or 'cols' (a column total over its sibling columns). */
  axis: 'rows' | 'cols';
  total: LedgerEntry;
  parts: LedgerEntry[];
  finding: RawFinding;
}

const cellKey = (e: LedgerEntry) => `${e.source.file}\u0000${e.source.sheet}\u0000${e.source.cell}`;

/** How far off a part of the relation must be for the relation alone to be at fault: the miss, with its sign as seen from that part. */
function implied(residual: Dec): Dec {
  return neg(residual);
}

/**
 * One fault, one finding: a line figure typed wrong in a table whose rows and columns both add
 * up makes the total of its row and the total of its column miss by the same amount. Two misses,
 * one across and one down, that share one part and are both mended by correcting it by one
 * amount are that figure's fault: one `figure-mismatch` at it, instead of two sum-mismatches at
 * totals that are right. A figure that is itself a total (a subtotal column, a region's row)
 * keeps its sum-mismatch: its own relation is where the fault shows.
 */
export function sharedCauses(missed: Missed[]): { findings: RawFinding[]; merged: Set<RawFinding> } {
  const byCause = new Map<string, Array<{ m: Missed; at: LedgerEntry; off: Dec }>>();
  for (const m of missed) {
    const residual = sub(m.total.amount, sum(m.parts.map((p) => p.amount)));
    // Only a line figure, part of both: a total that misses is reported at itself, as its own fault.
    for (const e of m.parts) {
      const off = implied(residual);
      const key = `${cellKey(e)}\u0000${formatDec(off)}`;
      const list = byCause.get(key);
      if (list) list.push({ m, at: e, off });
      else byCause.set(key, [{ m, at: e, off }]);
    }
  }
  const findings: RawFinding[] = [];
  const merged = new Set<RawFinding>();
  for (const list of byCause.values()) {
    const across = list.find((x) => x.m.axis === 'rows' && !merged.has(x.m.finding));
    const down = list.find((x) => x.m.axis === 'cols' && !merged.has(x.m.finding));
    if (!across || !down) continue;
    merged.add(across.m.finding);
    merged.add(down.m.finding);
    findings.push(figureMismatch(across.at, across.off, [across.m, down.m]));
  }
  return { findings, merged };
}

/** The subject a finding at one figure names: its line (or province), measure, period and year. */
export function figureSubject(at: LedgerEntry) {
  return { ...subject('figure', at.label || at.province), measure: at.measure, period: at.period, year: at.year, ...(at.yearTo !== undefined ? { yearTo: at.yearTo } : {}) };
}

function figureMismatch(at: LedgerEntry, off: Dec, both: Missed[]): RawFinding {
  const expected = sub(at.amount, off);
  const totals = both.map((m) => m.total.source.cell);
  const others = both.flatMap((m) => [m.total, ...m.parts]).filter((e) => e !== at);
  const related = [...new Map(others.map((e) => [cellKey(e), locationOf(e.source)])).values()];
  return {
    code: 'figure-mismatch',
    params: {
      what: figureSubject(at),
      reported: amountOf(at), expected: amount(expected, at), diff: amount(off, at), totals: totals.join(', '),
    },
    location: locationOf(at.source),
    related,
    expected: formatDec(expected),
    reported: formatDec(at.amount),
  };
}
