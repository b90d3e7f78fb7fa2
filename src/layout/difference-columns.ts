import type { Row } from '../read/grid.js';
import { evidence, type Certainty, type Evidence } from '../ledger/doubt.js';
import { foldText } from '../reference/fold-text.js';
import type { Period } from '../reference/periods.js';
import type { ColumnSpec } from './column-spec.js';
import { declaredSums, headerDifference } from './declared-relations.js';
import { headerCore, interpretHeader, type ColumnMeaning } from './interpret-header.js';

/**
 * A column worked out from two others ("Chênh lệch", "Tăng/giảm so với cùng kỳ", "5=3-4"): no fact
 * of its own, but a relation to check, `of` − `minus` on every row. The pair comes from what the
 * table declares (its numbering row, certain), from the header's own words (certain; the sign
 * then goes by the figures), or, where neither names it, from the figures alone in the check.
 */
export interface DifferenceColumn {
  col: number;
  header: string;
  address: string;
  /** The programme the column's header group names, if any: its pair is of that programme. */
  program?: 'KCQG' | 'KCDP';
  /** The column it is worked out from, and the one taken away from it. */
  of?: number;
  minus?: number;
  /** The pair's order is the numbering row's ("5=3-4"); from the header's words it may be either. */
  ordered?: boolean;
  certainty: Certainty;
  evidence: Evidence;
}

type AmountMeaning = Extract<ColumnMeaning, { kind: 'amount' }>;
interface Candidate {
  spec: ColumnSpec;
  m: AmountMeaning;
  year: number | undefined;
}

const samePeriod = (a: Period | undefined, b: Period | undefined) => a?.start === b?.start && a?.end === b?.end;

/** The numbering row's differences ("5=3-4", "(5)=(3)-(4)") whose result is one of the derived columns. */
export function declaredDifferences(diffs: DifferenceColumn[], numbering: Row): void {
  for (const s of declaredSums(numbering)) {
    const d = s.difference ? diffs.find((x) => x.col === s.difference!.col) : undefined;
    if (!d || !s.difference) continue;
    d.of = s.difference.of;
    d.minus = s.difference.minus;
    d.ordered = true;
    d.certainty = 'certain';
    d.evidence = evidence('col-diff-numbering', { declared: s.declared });
  }
  // … or the column's own header, in the numbering row's numbers: "Chênh lệch (6=4-5)".
  for (const d of diffs) {
    const h = d.of === undefined ? headerDifference(d.header, d.col, numbering) : undefined;
    if (!h) continue;
    Object.assign(d, { of: h.of, minus: h.minus, ordered: true, certainty: 'certain' as const, evidence: evidence('col-diff-numbering', { declared: h.declared }) });
  }
}

/** The amount columns a difference column may be worked out from: of its programme, not spans. */
function candidates(d: DifferenceColumn, columns: ColumnSpec[], reportYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const spec of columns) {
    const m = spec.meaning;
    if (m.kind !== 'amount' || m.line || m.yearTo !== undefined || spec.certainty !== 'certain') continue;
    if (d.program !== undefined && m.program !== d.program) continue;
    if (d.program === undefined && m.program) continue;
    out.push({ spec, m, year: m.year ?? (reportYear === undefined ? undefined : reportYear + (m.yearOffset ?? 0)) });
  }
  return out;
}

/** The one pair among the candidates that `fits`, or undefined where none or several do. */
function onePair(cs: Candidate[], fits: (a: Candidate, b: Candidate) => boolean): [Candidate, Candidate] | undefined {
  let found: [Candidate, Candidate] | undefined;
  for (const a of cs) {
    for (const b of cs) {
      if (a === b || !fits(a, b)) continue;
      if (found) return undefined;
      found = [a, b];
    }
  }
  return found;
}

const ACTUALS = new Set(['actual', 'estimate', 'disbursed', 'settled']);
const PLANS = new Set(['plan', 'plan_adjusted']);

/** The pair a difference header names in words, for a table of the report year `reportYear` and period `reportPeriod`. */
function pairByWords(header: string, cs: Candidate[], reportYear: number | undefined, reportPeriod: Period | undefined): [Candidate, Candidate] | undefined {
  const f = foldText(header);
  const core = headerCore(header);
  // "TH 2024 - TH 2023", "KH năm 2024 - TH 9 tháng": each side read as a header of its own.
  const sides = core.split(/\s+[-–]\s+/);
  if (sides.length === 2) {
    const [a, b] = sides.map((s) => interpretHeader(s));
    if (a?.kind === 'amount' && b?.kind === 'amount') {
      const like = (c: Candidate, m: AmountMeaning) => c.m.measure === m.measure && (m.year === undefined || c.year === m.year) && (m.period === undefined || samePeriod(c.m.period, m.period));
      const pair = onePair(cs, (x, y) => like(x, a) && like(y, b));
      if (pair) return pair;
    }
  }
  if (/\bso voi (cung ky|nam truoc|ck)\b/.test(f) || /\bso voi (thuc hien|th|nam) (nam )?(19|20)\d\d\b/.test(f)) {
    const named = f.match(/\bso voi (?:thuc hien |th |nam )(?:nam )?((?:19|20)\d\d)\b/);
    const prior = named ? Number(named[1]) : undefined;
    // "Cùng kỳ năm 2023" names no months: the report's, as its figures are read.
    const period = (c: Candidate) => c.m.period ?? reportPeriod;
    // This year's estimate ("Ước thực hiện năm 2024") against last year's actual compares like with like.
    const alike = (x: Candidate, y: Candidate) => x.m.measure === y.m.measure || (ACTUALS.has(x.m.measure) && ACTUALS.has(y.m.measure));
    return onePair(cs, (x, y) => alike(x, y) && samePeriod(period(x), period(y)) && x.year !== undefined && y.year === x.year - 1
      && (reportYear === undefined || x.year === reportYear) && (prior === undefined || y.year === prior));
  }
  // What is left ("Còn lại", "Kinh phí còn lại"): the plan less what was done of it, where one of each is beside it.
  if (/\bcon lai\b/.test(f)) return onePair(cs, (x, y) => PLANS.has(x.m.measure) && ACTUALS.has(y.m.measure) && x.year === y.year);
  if (/\bso voi (ke hoach|kh|du toan)\b/.test(f)) {
    const adjusted = /\bdieu chinh\b/.test(f);
    return onePair(cs, (x, y) => ACTUALS.has(x.m.measure) && (adjusted ? y.m.measure === 'plan_adjusted' : PLANS.has(y.m.measure)) && x.year === y.year);
  }
  return undefined;
}

/** The pairs difference headers name in their own words, once the columns' periods are resolved. */
export function differencesByWords(diffs: DifferenceColumn[], columns: ColumnSpec[], reportYear: number | undefined, reportPeriod: Period | undefined): void {
  for (const d of diffs) {
    if (d.of !== undefined) continue;
    const pair = pairByWords(d.header, candidates(d, columns, reportYear), reportYear, reportPeriod);
    if (!pair) continue;
    d.of = pair[0].spec.col;
    d.minus = pair[1].spec.col;
    d.certainty = 'certain';
    d.evidence = evidence('col-diff-header', { of: pair[0].spec.address, minus: pair[1].spec.address });
  }
}
