import type { FindingCode } from '../findings/catalog.js';
import { amountOf, percent, word } from '../findings/params.js';
import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { unitPart } from '../ledger/fact-index.js';
import { add, cmp, decFromInt, formatDec, halfUnit, isZero, ratioDecimal, ratioWithin, sub, type Dec } from '../ledger/money.js';
import type { FactRef, LedgerEntry, RatioMeasure } from '../ledger/schema.js';
import { figureText, shownText } from './format-figure.js';
import type { Tested } from './sheet-evidence.js';

const HUNDRED = decFromInt(100);

/**
 * The amount a stated percentage refers to: the row's own column when known, else by convention.
 * Searched among the facts of the percentage's line (a few) on its own sheet, in file order; a
 * span of years is never the basis of a year's percentage.
 */
function resolve(ledger: Ledger, e: LedgerEntry, ref: FactRef | undefined, fallbacks: Array<Omit<FactRef, 'unit'>>): LedgerEntry | undefined {
  const file = e.source.file;
  // Its own sheet's: a workbook of this year's and last year's sheets states last year's actual
  // twice (this year's "Cùng kỳ" column, last year's own sheet); last year's percentage is of its own.
  const line = ledger.facts.onLine(e).filter((x) => x.source.sheet === e.source.sheet);
  if (ref) return line.find((x) => x.measure === ref.measure && x.year === ref.year && x.yearTo === ref.yearTo && x.period === ref.period && unitPart(x) === ref.unit && x.source.file === file);
  // A percentage of a span of years has no convention: only the amounts its row names.
  if (e.yearTo !== undefined) return undefined;
  for (const f of fallbacks) {
    const hit = line.find((x) => x.measure === f.measure && x.year === f.year && x.yearTo === undefined && x.period === f.period && x.source.file === file && x.unit !== '%' && (!e.ratioOf || x.unit === e.ratioOf));
    if (hit) return hit;
  }
  return undefined;
}

function conventions(e: LedgerEntry): { of: Array<Omit<FactRef, 'unit'>>; base: Array<Omit<FactRef, 'unit'>> } {
  const y = e.year, p = e.period;
  switch (e.measure) {
    case 'pct_of_plan':
      return {
        of: [{ measure: 'actual', year: y, period: p }, { measure: 'estimate', year: y, period: p }],
        base: [{ measure: 'plan_adjusted', year: y, period: '01-12' }, { measure: 'plan', year: y, period: p }, { measure: 'plan', year: y, period: '01-12' }],
      };
    case 'pct_of_plan_adjusted':
      return {
        of: [{ measure: 'actual', year: y, period: p }, { measure: 'estimate', year: y, period: p }],
        base: [{ measure: 'plan_adjusted', year: y, period: '01-12' }],
      };
    case 'ratio_prior':
    case 'growth_prior':
      return {
        of: [{ measure: 'actual', year: y, period: p }, { measure: 'estimate', year: y, period: p }],
        base: [{ measure: 'actual', year: y - 1, period: p }],
      };
    case 'plan_growth':
      return { of: [{ measure: 'plan', year: y, period: '01-12' }], base: [{ measure: 'plan', year: y - 1, period: '01-12' }] };
    default:
      return { of: [], base: [] };
  }
}

const CODES: Record<RatioMeasure, 'percent-of-plan-mismatch' | 'ratio-prior-mismatch' | 'growth-prior-mismatch' | 'plan-growth-mismatch'> = {
  pct_of_plan: 'percent-of-plan-mismatch',
  pct_of_plan_adjusted: 'percent-of-plan-mismatch',
  ratio_prior: 'ratio-prior-mismatch',
  growth_prior: 'growth-prior-mismatch',
  plan_growth: 'plan-growth-mismatch',
};

/**
 * Checks one stated percentage against its amounts. A ratio holds when
 * |of × 100 − stated × base| ≤ tol × |base|; a growth when |of × 100 − (stated + 100) × base|
 * ≤ tol × |base|, tol being half a unit of the last digit shown. No division on this path.
 */
export function checkRatio(ledger: Ledger, e: LedgerEntry, measures: RatioMeasure[]): RawFinding | undefined {
  return testRatio(ledger, e, measures)?.finding;
}

/** A stated percentage tested against its amounts: the three figures, and the error if it misses; undefined when its amounts are not found. */
export function testRatio(ledger: Ledger, e: LedgerEntry, measures: RatioMeasure[]): Tested | undefined {
  if (!measures.includes(e.measure as RatioMeasure)) return undefined;
  const conv = conventions(e);
  const of = resolve(ledger, e, e.basis?.of, conv.of);
  const base = resolve(ledger, e, e.basis?.base, conv.base);
  if (!of || !base) return undefined;
  return { entries: [e, of, base], finding: ratioFinding(e, of, base) };
}

export function ratioFinding(e: LedgerEntry, of: LedgerEntry, base: LedgerEntry): RawFinding | undefined {
  const growth = e.measure === 'growth_prior' || e.measure === 'plan_growth';
  const stated = e.amount;
  if (isZero(base.amount)) {
    if (isZero(stated) || (growth && cmp(stated, decFromInt(-100)) === 0)) return undefined;
    return {
      code: 'percent-without-base',
      params: { reported: percent(shownText(stated, e.precision), Math.max(0, -e.precision)), base: amountOf(base) },
      location: locationOf(e.source),
      related: [locationOf(base.source), locationOf(of.source)],
      reported: formatDec(stated),
    };
  }
  const target: Dec = growth ? add(stated, HUNDRED) : stated;
  const tol = halfUnit(e.precision);
  if (ratioWithin(of.amount, base.amount, target, tol)) return undefined;
  const decimals = Math.max(0, -e.precision);
  const exact = ratioDecimal(of.amount, base.amount, 100).minus(growth ? 100 : 0);
  const computed = exact.toDecimalPlaces(decimals + 3).toFixed(decimals + 3);
  // The message shows the computed value two digits finer than the stated one: enough to see it miss.
  const shown = (d: { toDecimalPlaces(n: number): { toFixed(n: number): string } }) => d.toDecimalPlaces(decimals + 2).toFixed(decimals + 2);
  return {
    code: CODES[e.measure as RatioMeasure],
    params: {
      reported: percent(shownText(stated, e.precision), decimals), computed: percent(shown(exact), decimals + 2),
      of: amountOf(of), base: amountOf(base),
      low: percent(sub(stated, tol), decimals + 1), high: percent(add(stated, tol), decimals + 1),
      diff: percent(shown(exact.minus(formatDec(stated))), decimals + 2),
      // A percentage of the programme's span names it: "70.5% of plan for the period 2021–2025".
      span: e.yearTo === undefined ? '' : { kind: 'word', key: 'ratio-span', values: { years: `${e.year}–${e.yearTo}` } },
      done: word(of.measure === 'estimate' ? 'ratio-of-estimate' : of.measure === 'disbursed' ? 'ratio-of-disbursed' : 'ratio-of-actual'),
    },
    location: locationOf(e.source),
    related: [locationOf(of.source), locationOf(base.source)],
    expected: computed,
    reported: formatDec(stated),
  };
}
