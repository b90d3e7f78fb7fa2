import { parentActivity } from '../reference/activities.js';
import type { Ledger } from './build-ledger.js';
import { add, sum, type Dec } from './money.js';
import type { LedgerEntry } from './schema.js';

export interface SummaryRow {
  provinceCode: string;
  province: string;
  year: number;
  /** The period of the actual figures; plans are the whole year's. */
  period: string;
  program: 'KCQG' | 'KCDP' | '';
  plan?: Dec;
  actual?: Dec;
  /** Actual of the same period last year, where the inputs state it. */
  prior?: Dec;
}

/** The money figure of one programme (or both) for a province: its stated total, else the sum of its lines. */
function programFigure(entries: LedgerEntry[]): Dec | undefined {
  if (entries.length === 0) return undefined;
  const files = [...new Set(entries.map((e) => e.source.file))];
  // One report's figure: where a fact is reported in several files, the first file wins (agreement is a check).
  const mine = entries.filter((e) => e.source.file === files[0]);
  const total = mine.find((e) => e.line === '' && e.level !== 'item');
  if (total) return total.amount;
  const acts = new Set(mine.map((e) => e.activity).filter(Boolean));
  const lines = mine.filter((e) => e.line !== '' && !e.ofWhich && !(e.activity && acts.has(parentActivity(e.activity) ?? '')));
  return lines.length ? sum(lines.map((e) => e.amount)) : undefined;
}

/**
 * Totals by province × programme for the summary workbook: annual plan and the actual of each
 * reported period, in đồng. KCQG + KCĐP is the stated both-programme total, else their sum.
 */
export function summarise(ledger: Ledger): SummaryRow[] {
  // Last year's reports (--prior) are references, not rows of this year's summary.
  const money = ledger.entries.filter((e) => e.unit === 'VND' && !e.prior);
  const groups = new Map<string, { who: LedgerEntry; entries: LedgerEntry[] }>();
  for (const e of money) {
    if (e.measure !== 'plan' && e.measure !== 'actual') continue;
    const k = `${e.provinceCode || `~${e.province}`}|${e.year}`;
    const g = groups.get(k) ?? { who: e, entries: [] };
    g.entries.push(e);
    groups.set(k, g);
  }
  const rows: SummaryRow[] = [];
  const keyOf = (w: LedgerEntry, year: number) => `${w.provinceCode || `~${w.province}`}|${year}`;
  for (const [k, { who, entries }] of groups) {
    // A year with actuals only, next to a reported later year, is that year's "cùng kỳ" column.
    if (entries.every((e) => e.measure === 'actual') && groups.has(keyOf(who, who.year + 1))) continue;
    const prior = groups.get(keyOf(who, who.year - 1))?.entries ?? [];
    void k;
    const periods = [...new Set(entries.filter((e) => e.measure === 'actual').map((e) => e.period))].sort();
    if (periods.length === 0) periods.push('01-12');
    for (const period of periods) {
      const figures = (['KCQG', 'KCDP', ''] as const).map((program) => {
        const of = (measure: string, p: string) => programFigure(entries.filter((e) => e.program === program && e.measure === measure && e.period === p));
        const last = programFigure(prior.filter((e) => e.program === program && e.measure === 'actual' && e.period === period));
        return { program, plan: of('plan', '01-12') ?? of('plan', period), actual: of('actual', period), prior: last };
      });
      const [qg, dp, both] = figures as [(typeof figures)[0], (typeof figures)[0], (typeof figures)[0]];
      const combine = (a?: Dec, b?: Dec) => (a && b ? add(a, b) : a ?? b);
      if (!both.plan) both.plan = combine(qg.plan, dp.plan);
      if (!both.actual) both.actual = combine(qg.actual, dp.actual);
      if (!both.prior) both.prior = combine(qg.prior, dp.prior);
      for (const f of figures) {
        if (!f.plan && !f.actual) continue;
        const row: SummaryRow = { provinceCode: who.provinceCode, province: who.province, year: who.year, period, program: f.program };
        if (f.plan) row.plan = f.plan;
        if (f.actual) row.actual = f.actual;
        if (f.prior) row.prior = f.prior;
        rows.push(row);
      }
    }
  }
  const order = (r: SummaryRow) => `${r.year}|${r.period}|${r.provinceCode ? `0${r.provinceCode}` : `1${r.province}`}|${{ KCQG: 0, KCDP: 1, '': 2 }[r.program]}`;
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
