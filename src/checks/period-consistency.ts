import type { RawFinding } from '../findings/types.js';
import { amountOf, fact, places } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { abs, cmp, formatDec, sub } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { sameFigure, sameMonthReports } from './series.js';
import { allowance, comparable, describeFact, provinceKey, samePlace, whereText } from './fact-places.js';

const keyOf = (e: LedgerEntry) => `${provinceKey(e)}|${e.year}|${e.program}|${e.line}|${e.unit}`;

/**
 * Periods that must agree with each other: cumulative actuals never decrease (6 months ≤ 9
 * months ≤ the year); actual above the year's plan (warning); a plan that changed between
 * reports of different periods with no adjusted-plan column (warning).
 */
export const periodConsistency: Check = {
  name: 'period-consistency',
  codes: ['cumulative-decrease', 'actual-above-plan', 'plan-changed'],
  run(ledger: Ledger) {
    const out: RawFinding[] = [];
    const changed: Array<{ at: LedgerEntry; f: RawFinding }> = [];
    const facts = ledger.entries.filter((e) => comparable(e) && !e.ofWhich);
    const groups = new Map<string, LedgerEntry[]>();
    for (const e of facts) {
      const key = keyOf(e);
      const list = groups.get(key);
      if (list) list.push(e);
      else groups.set(key, [e]);
    }
    for (const list of groups.values()) {
      // Cumulative actuals from January, one per period end (the first place that states it).
      // An end stated twice with two values (a month reported twice) is the series-twice check's.
      const cumulative = new Map<number, LedgerEntry>();
      const twice = new Set<number>();
      for (const e of list) {
        if (e.measure !== 'actual' || !e.period.startsWith('01-')) continue;
        const end = Number(e.period.slice(3));
        const have = cumulative.get(end);
        if (!have) cumulative.set(end, e);
        else if (sameMonthReports(have, e) && !sameFigure(have, e)) twice.add(end);
      }
      for (const end of twice) cumulative.delete(end);
      const ends = [...cumulative.keys()].sort((a, b) => a - b);
      for (let i = 1; i < ends.length; i++) {
        const earlier = cumulative.get(ends[i - 1]!)!;
        const later = cumulative.get(ends[i]!)!;
        if (cmp(sub(earlier.amount, later.amount), allowance(earlier, later)) > 0) {
          out.push({
            code: 'cumulative-decrease',
            params: { what: fact(later), end: ends[i]!, earlier: ends[i - 1]!, reported: amountOf(later), expected: amountOf(earlier), other: places([earlier]) },
            location: locationOf(later.source),
            related: [locationOf(earlier.source)],
            reported: formatDec(later.amount),
            expected: formatDec(earlier.amount),
          });
        }
      }
      // Actual above the year's plan, within one place.
      for (const a of list) {
        if (a.measure !== 'actual' || a.prior) continue;
        const plan = list.find((p) => samePlace(p, a) && p.measure === 'plan_adjusted' && p.period === '01-12') ?? list.find((p) => samePlace(p, a) && p.measure === 'plan' && p.period === '01-12');
        if (!plan || plan.amount.units <= 0n) continue;
        if (cmp(sub(a.amount, plan.amount), allowance(a, plan)) > 0) {
          out.push({
            code: 'actual-above-plan',
            params: { what: fact(a), reported: amountOf(a), expected: amountOf(plan) },
            location: locationOf(a.source),
            related: [locationOf(plan.source)],
          });
        }
      }
      // The year's plan from one report to the next (by the month it ends): where it changed.
      const end = (p: LedgerEntry) => Number(p.reportPeriod!.slice(3));
      const plans = list.filter((p) => p.measure === 'plan' && p.period === '01-12' && p.reportPeriod && !p.prior).sort((a, b) => end(a) - end(b));
      for (let i = 1; i < plans.length; i++) {
        const [earlier, later] = [plans[i - 1]!, plans[i]!];
        if (earlier.reportPeriod === later.reportPeriod || samePlace(earlier, later)) continue;
        if (cmp(abs(sub(earlier.amount, later.amount)), allowance(earlier, later)) <= 0) continue;
        const adjusted = ledger.entries.some((x) => samePlace(x, later) && x.measure === 'plan_adjusted' && keyOf(x) === keyOf(later));
        if (adjusted) continue;
        changed.push({
          at: later,
          f: {
            code: 'plan-changed',
            params: { what: fact(later), reported: amountOf(later), expected: amountOf(earlier), other: places([earlier]) },
            location: locationOf(later.source),
            related: [locationOf(earlier.source)],
          },
        });
      }
    }
    // A subtotal or total whose plan changed only because its lines' did: the lines say it.
    const carries = (e: LedgerEntry) => changed.some(({ at: c }) => c !== e && samePlace(c, e) && c.source.column === e.source.column && (e.rowTotal ? !c.rowTotal : (c.rowPath ?? []).includes(e.rowKey)));
    out.push(...changed.filter(({ at }) => !carries(at)).map(({ f }) => f));
    return out;
  },
};
