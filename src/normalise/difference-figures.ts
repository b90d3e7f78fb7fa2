import type { Row } from '../read/grid.js';
import type { ColumnSpec } from '../layout/column-spec.js';
import type { DifferenceColumn } from '../layout/difference-columns.js';
import type { DifferenceFigure } from '../ledger/build-ledger.js';
import { figureEntry, type FactContext } from './ledger-facts.js';
import type { RowDims } from './row-dims.js';
import { SheetFindings } from './sheet-context.js';

/**
 * The column a difference's figures are read as: the one it is worked out from (its unit, year,
 * period), or an actual of the row where the table names no pair. Read with certainty: whether
 * the pair is right is the relation's doubt, not the figure's.
 */
function readingSpec(d: DifferenceColumn, byCol: Map<number, ColumnSpec>): ColumnSpec {
  const of = d.of === undefined ? undefined : byCol.get(d.of)?.meaning;
  const meaning: ColumnSpec['meaning'] = of?.kind === 'amount' ? { ...of } : { kind: 'amount', measure: 'actual' };
  if (meaning.kind === 'amount') delete meaning.line;
  return { col: d.col, header: d.header, address: d.address, meaning, certainty: 'certain', evidence: d.evidence };
}

const specs = new WeakMap<DifferenceColumn, ColumnSpec>();

/**
 * A row's figures in its difference columns, read as its other figures are (style, unit, footnote
 * marks) but silently: they are no facts, and what cannot be read is simply not checked.
 */
export function rowDifferences(row: Row, dims: RowDims, rowKey: string, ctx: FactContext): DifferenceFigure[] {
  const diffs = ctx.index.layout.differences;
  if (!diffs) return [];
  const out: DifferenceFigure[] = [];
  const quiet: FactContext = { ...ctx, out: new SheetFindings(ctx.out.file, ctx.out.sheet, () => {}), learn: () => {}, gap: () => {}, signed: true };
  delete quiet.ambiguous;
  delete quiet.lineUnits;
  for (const d of diffs) {
    const cell = row.find((c) => c.col === d.col);
    if (!cell || cell.text.trim() === '') continue;
    let spec = specs.get(d);
    if (!spec) specs.set(d, (spec = readingSpec(d, ctx.index.byCol)));
    const styled: FactContext = { ...quiet, styleOf: (col) => ctx.styleOf(col) ?? (d.of === undefined ? undefined : ctx.styleOf(d.of)) };
    const made = figureEntry({ col: spec, cell }, dims, rowKey, styled);
    if (!made) continue;
    const f: DifferenceFigure = { entry: made.entry, header: d.header, certain: d.certainty === 'certain' };
    if (d.of !== undefined && d.minus !== undefined) Object.assign(f, { of: d.of, minus: d.minus });
    if (d.ordered) f.ordered = true;
    out.push(f);
  }
  return out;
}
