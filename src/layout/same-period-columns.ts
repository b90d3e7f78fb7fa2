import { Decimal } from 'decimal.js';
import { cellAddress, type Cell, type Row } from '../read/grid.js';
import { readNumberText } from '../read/parse-number.js';
import { formatPeriod, type Period } from '../reference/periods.js';
import type { ColumnSpec } from './column-spec.js';
import type { TitleFacts } from './title-facts.js';
import { evidence as because } from '../ledger/doubt.js';

/**
 * A "Cùng kỳ năm 2023" column names no period of its own. In a report that states one actual
 * (the 9 months), it is that period last year. In a monthly report with a month column and a
 * cumulative column it could be either: the figures decide where the sheet declares how it uses
 * the column ("So với cùng kỳ (%)" = one of the actuals over it, on nearly every row); otherwise
 * the reading stays weak and an error resting on it is withheld, with a fragment that settles it.
 */

type Amount = Extract<ColumnSpec['meaning'], { kind: 'amount' }>;
type Style = 'vi' | 'en';

/** The period an actual column covers, as text: "03-03", "ytd" or "report" when only the report's period says. */
function periodKey(m: { period?: Period; periodRel?: 'ytd' | 'current' }, title: TitleFacts): string {
  if (m.period) return formatPeriod(m.period);
  const p = title.period;
  if (m.periodRel === 'ytd') return p ? formatPeriod({ start: 1, end: p.end }) : 'ytd';
  return p ? formatPeriod(p) : 'report';
}

const isCurrentActual = (m: ColumnSpec['meaning'], year?: number): m is Amount =>
  m.kind === 'amount' && m.measure === 'actual' && !m.line && m.yearOffset === undefined && (m.year === undefined || m.year === year);

const isBarePrior = (m: ColumnSpec['meaning'], year?: number): m is Amount =>
  m.kind === 'amount' && m.measure === 'actual' && !m.line && m.period === undefined && m.periodRel === undefined &&
  (m.yearOffset === -1 || (year !== undefined && m.year === year - 1));

/** A cell's number in one style, with the half-unit of its last shown digit; undefined when unreadable. */
function numberOf(cell: Cell | undefined, style: Style): { v: Decimal; half: Decimal } | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === 'number') {
    const shown = /\.(\d+)/.exec(String(cell.value))?.[1]?.length ?? 0;
    return { v: new Decimal(cell.value), half: new Decimal(5).times(new Decimal(10).pow(-shown - 1)) };
  }
  const r = readNumberText(cell.text);
  if (r.kind !== 'number') return undefined;
  const digits = r[style];
  if (digits === null) return undefined;
  const decimals = style === 'vi' ? r.viDecimals : r.enDecimals;
  return { v: new Decimal(digits), half: new Decimal(5).times(new Decimal(10).pow(-decimals - 1)) };
}

/** Does the row's stated ratio equal actual / prior × 100 (or − 100 for a growth), within what its digits show? */
function ratioHolds(row: Row, ratioCol: number, growth: boolean, actualCol: number, priorCol: number, style: Style): boolean | undefined {
  const at = (c: number) => numberOf(row.find((x) => x.col === c), style);
  const r = at(ratioCol), a = at(actualCol), p = at(priorCol);
  if (!r || !a || !p || p.v.isZero() || a.v.isZero()) return undefined;
  const q = a.v.div(p.v).times(100);
  const expected = growth ? q.minus(100) : q;
  // Rounded inputs move the quotient by up to q × (half_a/|a| + half_p/|p|).
  const slack = r.half.plus(q.abs().times(a.half.div(a.v.abs()).plus(p.half.div(p.v.abs()))));
  return expected.minus(r.v).abs().lte(slack);
}

/** How many testable rows hold for each actual column, in the style that fits best. */
function evidence(rows: Row[], ratio: ColumnSpec, prior: ColumnSpec, actuals: ColumnSpec[]): Map<number, { holds: number; tested: number }> {
  const growth = ratio.meaning.kind === 'ratio' && ratio.meaning.measure === 'growth_prior';
  const best = new Map<number, { holds: number; tested: number }>();
  for (const style of ['vi', 'en'] as const) {
    for (const a of actuals) {
      let holds = 0, tested = 0;
      for (const row of rows) {
        const h = ratioHolds(row, ratio.col, growth, a.col, prior.col, style);
        if (h === undefined) continue;
        tested++;
        if (h) holds++;
      }
      const cur = best.get(a.col);
      if (!cur || holds > cur.holds) best.set(a.col, { holds, tested });
    }
  }
  return best;
}

/** The one actual column the ratio is computed from on nearly every row, if the figures say so. */
function declaredByFigures(rows: Row[], ratio: ColumnSpec, prior: ColumnSpec, actuals: ColumnSpec[]): { col: ColumnSpec; holds: number; tested: number } | undefined {
  const ev = evidence(rows, ratio, prior, actuals);
  const fits = actuals.filter((a) => {
    const e = ev.get(a.col)!;
    return e.tested >= 2 && e.holds >= 0.8 * e.tested;
  });
  if (fits.length !== 1) return undefined;
  const e = ev.get(fits[0]!.col)!;
  return { col: fits[0]!, ...e };
}

/**
 * Settles the period of each bare "cùng kỳ" column of a sheet whose actuals cover several
 * periods: from the figures of a bare "So với cùng kỳ (%)" column where they decide, else the
 * column is marked weak (its figures are not certain enough for an error).
 */
export function settleSamePeriodColumns(columns: ColumnSpec[], dataRows: Row[], title: TitleFacts, headerRow: number): void {
  const year = title.year;
  const actuals = columns.filter((c) => isCurrentActual(c.meaning, year));
  const periods = new Map<string, ColumnSpec>();
  for (const a of actuals) if (!periods.has(periodKey(a.meaning as Amount, title))) periods.set(periodKey(a.meaning as Amount, title), a);
  if (periods.size < 2) return;
  const distinct = [...periods.values()];
  const ratios = columns.filter((c) => c.meaning.kind === 'ratio' && (c.meaning.measure === 'ratio_prior' || c.meaning.measure === 'growth_prior') && !c.meaning.period && !c.meaning.periodRel && !c.ratioOf);
  for (const prior of columns.filter((c) => isBarePrior(c.meaning, year))) {
    const found = ratios.map((r) => ({ r, d: declaredByFigures(dataRows, r, prior, distinct) })).find((x) => x.d);
    const m = prior.meaning as Amount;
    if (found?.d) {
      const of = found.d.col.meaning as Amount;
      if (of.period) m.period = of.period;
      if (of.periodRel) m.periodRel = of.periodRel;
      found.r.ratioOf = { of: found.d.col.col, base: prior.col };
      prior.evidence = because('col-same-period-figures', { of: found.d.col.address, ratio: found.r.address, col: prior.address, holds: found.d.holds, tested: found.d.tested });
      continue;
    }
    prior.certainty = 'weak';
    prior.evidence = because('col-same-period-unsettled', { periods: distinct.map((a) => `${periodKey(a.meaning as Amount, title)} (${cellAddress(headerRow, a.col)})`).join(', ') });
  }
}
