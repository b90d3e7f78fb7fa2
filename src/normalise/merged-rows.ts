import type { Cell, Merge, Row } from '../read/grid.js';
import { isFigureSpec, type ColumnIndex } from './column-index.js';
import { splitFigureNote } from './footnote-marks.js';

/**
 * Rows of one table line that the sheet spreads over several: the line's STT or label cell is
 * merged down over rows top..bottom (MOF: "TỔNG SỐ - Total" over rows 14–16, "II / Đb Sông Hồng"
 * over its English gloss "Red river delta"). Those rows are one row of the table: a figure
 * written in a lower row of the span (a footnote mark "(1)" above it) is that line's figure, and
 * the lower rows are no lines of their own.
 *
 * A span is folded only when it reads as one line: in every figure column at most one row of
 * the span holds a figure, and no lower row has an STT of its own. Otherwise (two figures per
 * column: a line written as "Số lượng" over "Kinh phí") its rows stay as they are.
 */

/** A span to fold: the row its line starts on and the last row it covers. */
interface Span {
  top: number;
  bottom: number;
}

/** Vertical merges of the STT or label column below the header, by their top row. */
export function lineSpans(merges: Merge[], index: ColumnIndex): Map<number, Span> {
  const anchors = new Set([index.dims.stt, index.labelCol].filter((c): c is number => c !== undefined));
  const spans = new Map<number, Span>();
  for (const m of merges) {
    if (m.bottom <= m.top || m.top <= index.layout.headerRow || !anchors.has(m.left)) continue;
    const known = spans.get(m.top);
    if (!known || known.bottom < m.bottom) spans.set(m.top, { top: m.top, bottom: m.bottom });
  }
  return spans;
}

const holds = (c: Cell | undefined) => !!c && (c.text.trim() !== '' || typeof c.value === 'number');
const markOnly = (c: Cell | undefined) => !!c && typeof c.value !== 'number' && splitFigureNote(c.text).markOnly;
const isFigure = (c: Cell | undefined) => holds(c) && !markOnly(c);

/** The rows of one span as one row, or undefined when they do not read as one line. */
export function foldSpan(rows: Row[], index: ColumnIndex): Row | undefined {
  const [top, ...rest] = rows;
  if (!top || rest.length === 0) return top;
  const stt = index.dims.stt;
  if (stt !== undefined && rest.some((r) => holds(r.find((c) => c.col === stt)))) return undefined;
  const cells = new Map<number, Cell>(top.map((c) => [c.col, c]));
  const figureCols = new Set(index.figureSpecs.filter(isFigureSpec).map((s) => s.col));
  for (const col of figureCols) {
    const found = rows.map((r) => r.find((c) => c.col === col)).filter(isFigure);
    if (found.length > 1) return undefined;
    const figure = found[0];
    const marks = rows.map((r) => r.find((c) => c.col === col)).filter(markOnly).map((c) => splitFigureNote(c!.text).note!);
    if (!figure) continue;
    const note = figure.note ?? (marks.length ? marks.join('') : undefined);
    cells.set(col, note ? { ...figure, note } : figure);
  }
  // Other columns (ĐVT …): the top row's text, else the first lower row's. The label goes on
  // over its lower rows ("Bắc Trung Bộ Và" / "Duyên Hải Miền Trung"), without English glosses.
  for (const r of rest) {
    for (const c of r) {
      if (figureCols.has(c.col) || !holds(c)) continue;
      const kept = cells.get(c.col);
      if (!holds(kept)) cells.set(c.col, c);
      else if (c.col === index.labelCol && /[^\x00-\x7f]/.test(c.text)) cells.set(c.col, { ...kept!, text: `${kept!.text.trim()} ${c.text.trim()}`, value: `${kept!.text.trim()} ${c.text.trim()}` });
    }
  }
  return [...cells.values()].sort((a, b) => a.col - b.col);
}

/** The sheet's rows with each merged line span folded into one row (streaming, rows in order); the rows as they are where no line spans rows. */
export function foldMergedRows(rows: AsyncIterable<Row>, merges: Merge[], index: ColumnIndex): AsyncIterable<Row> {
  const spans = lineSpans(merges, index);
  return spans.size === 0 ? rows : foldSpans(rows, spans, index);
}

async function* foldSpans(rows: AsyncIterable<Row>, spans: Map<number, Span>, index: ColumnIndex): AsyncGenerator<Row> {
  let open: { span: Span; rows: Row[] } | undefined;
  const flush = function* (): Generator<Row> {
    if (!open) return;
    const folded = foldSpan(open.rows, index);
    if (folded) yield folded;
    else yield* open.rows;
    open = undefined;
  };
  for await (const row of rows) {
    const n = row[0]?.row;
    if (n === undefined) {
      yield row;
      continue;
    }
    if (open && n > open.span.bottom) yield* flush();
    if (open) {
      open.rows.push(row);
      continue;
    }
    const span = spans.get(n);
    if (span) open = { span, rows: [row] };
    else yield row;
  }
  yield* flush();
}

/**
 * A merged cell whose text stands for cells it covers: the programme or ĐVT written once over
 * the rows of a group (a vertical merge of that column: "Khuyến công quốc gia" over its lines),
 * and a row's label written from a column left of the label column over it ("TỔNG CỘNG" over
 * STT and Nội dung, or over Chương trình, STT and Nội dung): the STT or programme cell it starts
 * in holds no STT or programme of its own, so the text moves to the label.
 */
interface Carry {
  top: number;
  bottom: number;
  /** Where the text is written (the merge's top-left cell). */
  fromRow: number;
  fromCol: number;
  /** The column it stands for. */
  toCol: number;
}

/** The carries of a sheet's merges below its header, by the first row each applies to. */
export function mergedCarries(merges: Merge[], index: ColumnIndex): Carry[] {
  const figureCols = new Set(index.figureSpecs.map((s) => s.col));
  const label = index.labelCol;
  const out: Carry[] = [];
  for (const m of merges) {
    if (m.top <= index.layout.headerRow || figureCols.has(m.left)) continue;
    for (const col of [index.dims.program, index.dims.unit]) {
      if (col !== undefined && m.left === col && m.right === col && m.bottom > m.top) out.push({ top: m.top + 1, bottom: m.bottom, fromRow: m.top, fromCol: col, toCol: col });
    }
    if (index.layout.kind === 'form' && label !== undefined && m.left < label && m.right >= label) out.push({ top: m.top, bottom: m.top, fromRow: m.top, fromCol: m.left, toCol: label });
  }
  return out.sort((a, b) => a.top - b.top);
}

/** The rows with the text of each carry written where it stands for (streaming, rows in order). */
export async function* carryMergedText(rows: AsyncIterable<Row>, carries: Carry[]): AsyncGenerator<Row> {
  if (carries.length === 0) return yield* rows;
  /** The text of each merge's top-left cell, as its row went by. */
  const texts = new Map<string, string>();
  const anchors = new Set(carries.map((c) => `${c.fromRow}:${c.fromCol}`));
  let next = 0;
  let open: Carry[] = [];
  for await (const row of rows) {
    const n = row[0]?.row;
    if (n === undefined) {
      yield row;
      continue;
    }
    for (const c of row) if (typeof c.value !== 'number' && c.text.trim() !== '' && anchors.has(`${c.row}:${c.col}`)) texts.set(`${c.row}:${c.col}`, c.text);
    open = open.filter((c) => c.bottom >= n);
    while (next < carries.length && carries[next]!.top <= n) {
      const c = carries[next++]!;
      if (c.bottom >= n) open.push(c);
    }
    yield open.length ? carried(row, n, open, texts) : row;
  }
}

function carried(row: Row, n: number, open: Carry[], texts: Map<string, string>): Row {
  let cells = row;
  for (const c of open) {
    if (cells.some((x) => x.col === c.toCol && holds(x))) continue;
    const text = texts.get(`${c.fromRow}:${c.fromCol}`);
    if (!text) continue;
    // Into the label: the text leaves the STT or programme cell it was written in.
    const rest = cells.filter((x) => x.col !== c.toCol && (c.fromCol === c.toCol || x.col !== c.fromCol));
    cells = [...rest, { row: n, col: c.toCol, value: text, text }].sort((a, b) => a.col - b.col);
  }
  return cells;
}
