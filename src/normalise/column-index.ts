import type { Row } from '../read/grid.js';
import type { ColumnSpec, Layout } from '../layout/detect-layout.js';
import { cleanText, stripEnglishGloss } from '../reference/fold-text.js';
import { splitLabelNote } from './footnote-marks.js';
import { memoText, recentText, RecentByColumn } from '../reference/memo.js';
import { DOUBT } from '../ledger/doubt.js';

/** The dimension columns a row is read from (undefined where the table has none). */
export interface DimensionColumns {
  stt?: number | undefined;
  province?: number | undefined;
  provinceCode?: number | undefined;
  year?: number | undefined;
  period?: number | undefined;
  program?: number | undefined;
  activity?: number | undefined;
  label?: number | undefined;
  level?: number | undefined;
  measure?: number | undefined;
  unit?: number | undefined;
}

/** Step 1: what each column of the layout is for, looked up once per sheet. */
export interface ColumnIndex {
  layout: Layout;
  byCol: Map<number, ColumnSpec>;
  dims: DimensionColumns;
  figureSpecs: ColumnSpec[];
  /** Forms read the label from the label column; summaries from the province column. */
  labelCol: number | undefined;
  /** Forms and summaries: rows are placed in a hierarchy (STT, regions). */
  banded: boolean;
  /** A table that names no period in its title, columns or rows is annual. */
  annualTable: boolean;
  /**
   * Rows add up along a hierarchy the table marks: STT numbering, provinces under regions, or
   * in a form without STT its labels (sections, totals), every line's place then a weak reading.
   */
  rowsStructured: boolean;
  /** DOUBT.columnWeak where a column the rows are named by (province, label) was read weakly: every figure rests on it. */
  rowsDoubt: number;
  /**
   * A form without an STT column: its rows are placed by their labels alone (programme sections,
   * totals), each line's place a guess that the figures must confirm.
   */
  unnumbered: boolean;
  /**
   * A form or summary with no unit anywhere (a long export's figures are for comparing, and need one): no unit line or title, no column header naming one, no ĐVT column. Its
   * figures are read as written (the table's sums and percentages still hold or not), not an
   * error per column.
   */
  statesNoUnit: boolean;
}

export function isFigureSpec(c: ColumnSpec): boolean {
  return c.meaning.kind === 'amount' || c.meaning.kind === 'value' || c.meaning.kind === 'ratio';
}

export function indexColumns(layout: Layout): ColumnIndex {
  const dimCol = (dim: string) => layout.columns.find((c) => c.meaning.kind === 'dimension' && c.meaning.dim === dim)?.col;
  const dims: DimensionColumns = {
    stt: dimCol('stt'), province: dimCol('province'), provinceCode: dimCol('province_code'), year: dimCol('year'),
    period: dimCol('period'), program: dimCol('program'), activity: dimCol('activity'), label: dimCol('label'),
    level: dimCol('level'), measure: dimCol('measure'), unit: dimCol('unit'),
  };
  const unnumbered = layout.kind === 'form' && dims.stt === undefined;
  const annualTable = !layout.title.period
    && !layout.columns.some((c) => (c.meaning.kind === 'amount' || c.meaning.kind === 'ratio') && c.meaning.period)
    && dims.period === undefined;
  return {
    layout,
    byCol: new Map(layout.columns.map((c) => [c.col, c])),
    dims,
    figureSpecs: layout.columns.filter(isFigureSpec),
    labelCol: layout.kind === 'summary' ? dims.province ?? dims.label : dims.label ?? dims.province,
    banded: layout.kind !== 'long',
    annualTable,
    rowsStructured: layout.kind === 'summary' || dims.stt !== undefined || unnumbered,
    rowsDoubt: [dims.province, dims.label].some((c) => c !== undefined && layout.columns.find((x) => x.col === c)!.certainty !== 'certain') ? DOUBT.columnWeak : 0,
    unnumbered,
    statesNoUnit: layout.kind !== 'long' && !layout.title.unit && dims.unit === undefined && !layout.columns.some((c) => (c.meaning.kind === 'amount' || c.meaning.kind === 'value') && c.meaning.unit),
  };
}

/** A cell's text cleaned, without its note mark and English gloss: once per distinct text. */
const cleanCellText = memoText((text: string): string => {
  const t = cleanText(stripEnglishGloss(splitLabelNote(text).text));
  // "Tổng Số - Total": a Vietnamese label with its English gloss after a dash.
  return t.match(/^(.*[^\x00-\x7f].*?)\s+[-–]\s+[\x00-\x7f]+$/)?.[1] ?? t;
});

/** The last few texts read in each column, and what each cleaned to: an export repeats a column's texts (province, period, unit) row after row. */
const recentClean = new RecentByColumn<string>();

/** A row's text in a column, cleaned and without its English gloss. */
export function textOf(row: Row, col: number | undefined): string {
  if (col === undefined) return '';
  const text = row.find((c) => c.col === col)?.text ?? '';
  // One of the column's last few texts: no lookup (which would hash the row's own copy of it).
  const known = recentClean.get(col, text);
  if (known !== undefined) return known;
  const clean = cleanCellText(text);
  recentClean.set(col, text, clean);
  return clean;
}

/** The footnote mark at the end of a row's text in a column ("TỔNG SỐ - TOTAL (1)" → "(1)"). */
export function noteOf(row: Row, col: number | undefined): string | undefined {
  return col === undefined ? undefined : labelNote(row.find((c) => c.col === col)?.text ?? '');
}

/** The footnote mark of a label, read once for a label repeated on the rows after it. */
const labelNote = recentText((text: string) => splitLabelNote(text).note);

/**
 * How far a row's label is indented: the cell's indent level as formatted (in steps of four
 * spaces), plus the spaces written before its text (text exports keep them). Undefined without a label.
 */
export function indentOf(row: Row, col: number | undefined): number | undefined {
  const cell = cellOf(row, col);
  if (!cell || typeof cell.text !== 'string' || !cell.text.trim()) return undefined;
  const lead = /^[ \u00a0\u3000\t]*/.exec(cell.text)![0];
  let spaces = 0;
  for (const ch of lead) spaces += ch === '\t' ? 4 : 1;
  return (cell.indent ?? 0) * 4 + spaces;
}

export function cellOf(row: Row, col: number | undefined) {
  return col === undefined ? undefined : row.find((c) => c.col === col);
}

/** A data row: after the header band and not a skipped row (the column-numbering row). */
export function isDataRow(row: Row, layout: Layout): boolean {
  return row.length > 0 && row[0]!.row > layout.headerRow && !layout.skipRows.includes(row[0]!.row);
}
