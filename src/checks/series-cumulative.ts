import { amount, amountOf, fact, period } from '../findings/params.js';
import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { abs, add, cmp, formatDec, isZero, parseDec, sub, ZERO, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { allowance, placeOf } from './fact-places.js';
import { actualsOf, monthlySeries, soleReport, type MonthlySeries } from './series.js';
import { MATTERS } from '../ledger/doubt.js';
import { SheetEvidence } from './sheet-evidence.js';
import { settleWithheld, type Withheld } from './withheld.js';
import { plainEntry } from '../ledger/entry-store.js';

const mm = (n: number) => String(n).padStart(2, '0');

/** A month's (or quarter's) figure against the cumulative figures at its ends. */
interface Residual {
  part: LedgerEntry;
  cumulative: LedgerEntry;
  previous: LedgerEntry;
  /** part − (cumulative − previous), in base units; zero within the rounding allowance. */
  diff: Dec;
}

function residual(part: LedgerEntry, cumulative: LedgerEntry, previous: LedgerEntry): Residual {
  const diff = sub(part.amount, sub(cumulative.amount, previous.amount));
  const within = cmp(abs(diff), allowance(part, cumulative, previous)) <= 0;
  return { part, cumulative, previous, diff: within ? ZERO : diff };
}

/** Every month's and quarter's figure of a series against the cumulative figures around it. */
function residuals(s: MonthlySeries): Residual[] {
  const out: Residual[] = [];
  const actuals = new Map<number, Map<string, LedgerEntry>>();
  const of = (m: number) => {
    if (!actuals.has(m)) {
      const r = soleReport(s, m);
      actuals.set(m, r ? actualsOf(r) : new Map());
    }
    return actuals.get(m)!;
  };
  for (const m of [...s.months.keys()].sort((a, b) => a - b)) {
    for (const [k, part] of of(m)) {
      const [start, end] = part.period.split('-').map(Number) as [number, number];
      if (start === 1 || end !== m) continue;
      const line = k.slice(0, k.lastIndexOf('|'));
      const cumulative = of(m).get(`${line}|01-${mm(end)}`);
      const previous = of(start - 1).get(`${line}|01-${mm(start - 1)}`);
      if (cumulative && previous) out.push(residual(part, cumulative, previous));
    }
  }
  return out;
}

function finding(r: Residual, at: LedgerEntry, related: LedgerEntry[]): RawFinding {
  const expected = sub(r.cumulative.amount, r.previous.amount);
  return {
    code: 'month-cumulative-mismatch',
    params: {
      what: fact(r.part), reported: amountOf(r.part),
      cumulative: amountOf(r.cumulative), at: period(r.cumulative.period, r.cumulative.year),
      previous: amountOf(r.previous), before: period(r.previous.period, r.previous.year),
      expected: amount(expected, r.part), diff: amount(r.diff, r.part),
    },
    location: locationOf(at.source),
    related: related.map((e) => locationOf(e.source)),
    expected: formatDec(expected),
    reported: formatDec(r.part.amount),
  };
}

interface Attributed {
  f: RawFinding;
  at: LedgerEntry;
  /** The figures the finding rests on. */
  entries: LedgerEntry[];
}

const ERRORS = new Set(['month-cumulative-mismatch']);

/**
 * Where the residuals of one line point: a month that misses alone is the month's figure; two
 * months in a row that miss by opposite amounts share a cumulative figure, which is the one
 * off (when it went down, the cumulative-decrease check says so).
 */
function attribute(list: Residual[], flagged: LedgerEntry[]): Attributed[] {
  const out: Attributed[] = [];
  const used = new Set<Residual>();
  for (const r of list) {
    if (isZero(r.diff) || used.has(r)) continue;
    const end = Number(r.part.period.slice(3));
    const next = list.find((n) => n.previous === r.cumulative && n.part.period.slice(0, 2) === n.part.period.slice(3));
    if (next && !isZero(next.diff) && isZero(add(r.diff, next.diff)) && end < 12) {
      used.add(next);
      flagged.push(r.cumulative);
      if (cmp(r.cumulative.amount, r.previous.amount) < 0) continue;
      out.push({ f: finding(r, r.cumulative, [r.part, next.part, r.previous, next.cumulative]), at: r.cumulative, entries: [r.cumulative, r.part, next.part, r.previous, next.cumulative] });
      continue;
    }
    flagged.push(r.part);
    out.push({ f: finding(r, r.part, [r.cumulative, r.previous]), at: r.part, entries: [r.part, r.cumulative, r.previous] });
  }
  return out;
}

/**
 * Month = cumulative(this month) − cumulative(last month), per line, across a province's monthly
 * reports; a quarter = the difference of the cumulative figures at its ends. One fault, one
 * finding: a subtotal or total that only carries a line's difference is not reported again.
 */
export const monthCumulative: Check = {
  name: 'series-cumulative',
  codes: ['month-cumulative-mismatch', 'reading-uncertain'],
  run(ledger: Ledger, _config, sink?: Withheld[]) {
    const out: Attributed[] = [];
    const flagged: LedgerEntry[] = [];
    // Residuals tested, counted as they are: the evidence on a report whose period or year is uncertain.
    const evidence = new SheetEvidence(MATTERS.series);
    for (const s of monthlySeries(ledger, true)) {
      const byLine = new Map<string, Residual[]>();
      for (const r of residuals(s)) {
        if (isZero(r.diff)) evidence.add([r.part, r.cumulative, r.previous]);
        const k = `${r.part.program}|${r.part.line}|${r.part.unit}`;
        const list = byLine.get(k);
        if (list) list.push(r);
        else byLine.set(k, [r]);
      }
      for (const list of byLine.values()) out.push(...attribute(list, flagged));
    }
    const column = (e: LedgerEntry) => `${placeOf(e)}|${e.source.column}`;
    const kept = out.filter(({ at }) => !flagged.some((c) => c !== at && column(c) === column(at) && (at.rowTotal ? !c.rowTotal : (c.rowPath ?? []).includes(at.rowKey))));
    for (const { f, entries } of kept) evidence.add(entries, f);
    const { findings, withheld } = evidence.weigh(ERRORS);
    return settleWithheld(findings, withheld, sink, ledger.readings);
  },
};

/** Findings that say the figure at their cell should be another value (`expected`). */
const AT_CELL_FAULTS = new Set(['figure-mismatch', 'figure-total-ratios-mismatch', 'sum-mismatch']);
const placeKey = (l: { file: string; sheet?: string | undefined; cell?: string | undefined }) => `${l.file}\u0000${l.sheet ?? ''}\u0000${l.cell ?? ''}`;

/**
 * One fault, one finding: a cumulative figure typed wrong ("Lũy kế 10 tháng") misses the total
 * over it or the percentages on its row within its own report, and the month's figure against
 * the cumulative figures around it. Where the value its report's finding asks for makes the month
 * hold too, the month's miss is that fault's: not reported again (it named the month's figure,
 * which is right), and the fault's finding names the month's cell as related.
 */
export function foldMonthsAtFigureFaults(findings: RawFinding[], ledger: Ledger): RawFinding[] {
  const months = findings.filter((f) => f.code === 'month-cumulative-mismatch' && f.related?.length === 2);
  if (months.length === 0) return findings;
  const faults = new Map(findings.filter((f) => AT_CELL_FAULTS.has(f.code) && f.expected !== undefined && f.reported !== undefined && f.location.cell).map((f) => [placeKey(f.location), f]));
  if (faults.size === 0) return findings;
  const byPlace = new Map(ledger.entries.map((e) => [placeKey(e.source), e]));
  const folded = new Set<RawFinding>();
  for (const m of months) {
    const [part, cumulative, previous] = [m.location, ...m.related!].map((l) => byPlace.get(placeKey(l)));
    if (!part || !cumulative || !previous) continue;
    const mend = (e: LedgerEntry, f: RawFinding | undefined) => (f ? { ...plainEntry(e), amount: parseDec(f.expected!) ?? e.amount } : e);
    const hit = [cumulative, previous, part].map((e) => faults.get(placeKey(e.source))).filter((f): f is RawFinding => !!f && !folded.has(f));
    const fault = hit.find((f) => {
      const r = residual(...([part, cumulative, previous].map((e) => (placeKey(e.source) === placeKey(f.location) ? mend(e, f) : e)) as [LedgerEntry, LedgerEntry, LedgerEntry]));
      return isZero(r.diff);
    });
    if (!fault) continue;
    folded.add(m);
    fault.related = [...(fault.related ?? []), m.location];
  }
  return folded.size ? findings.filter((f) => !folded.has(f)) : findings;
}
