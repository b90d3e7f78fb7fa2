import { cellAddress, type Row } from '../read/grid.js';
import type { RawFinding } from '../findings/types.js';
import { cleanText, foldText } from '../reference/fold-text.js';
import { parsePeriod, parseYear, type Period } from '../reference/periods.js';
import { findUnitIn, type Unit } from '../reference/units.js';
import { interpretHeader, type ColumnMeaning } from './interpret-header.js';

export interface ColumnSpec {
  col: number;
  header: string;
  address: string;
  meaning: ColumnMeaning;
}

/** Facts stated above the table or in the file name: they apply to every row unless a column says otherwise. */
export interface TitleFacts {
  year?: number;
  period?: Period;
  unit?: Unit;
  lines: string[];
}

export interface Layout {
  kind: 'long';
  headerRow: number;
  /** Rows after the header to skip: the column-numbering row "(1) (2) (3)". */
  skipRows: number[];
  columns: ColumnSpec[];
  title: TitleFacts;
}

export interface LayoutResult {
  layout?: Layout;
  findings: RawFinding[];
}

const HEADER_SEARCH_ROWS = 30;

function isFigureColumn(m: ColumnMeaning): boolean {
  return m.kind === 'amount' || m.kind === 'value' || m.kind === 'ratio';
}

function scoreRow(row: Row): { score: number; figures: number } {
  let score = 0;
  let figures = 0;
  for (const c of row) {
    if (typeof c.value === 'number') return { score: 0, figures: 0 };
    const m = interpretHeader(c.text);
    if (m.kind !== 'unknown') score++;
    if (isFigureColumn(m)) figures++;
  }
  return { score, figures };
}

/** A row like "(1) (2) (3)" or "1 2 3 4": numbering under a header, never data. */
export function isNumberingRow(row: Row): boolean {
  if (row.length < 2) return false;
  const nums = row.map((c) => c.text.trim().match(/^\(?(\d{1,2})\)?$|^\(?([A-Z])\)?$/));
  if (nums.some((m) => !m)) return false;
  const ints = nums.map((m) => (m![1] ? Number(m![1]) : NaN)).filter((n) => !Number.isNaN(n));
  return ints.length >= 2 && ints.every((n, i) => i === 0 || n > ints[i - 1]!);
}

/** Title facts from the lines above the header and, where they are silent, the file name. */
export function readTitleFacts(lines: string[], fileName: string): TitleFacts {
  const facts: TitleFacts = { lines };
  for (const line of lines) {
    const t = foldText(line);
    if (!facts.unit && /(dvt|don vi tinh|don vi)\s*:/.test(t)) {
      const u = findUnitIn(line);
      if (u) facts.unit = u;
    }
    if (facts.year === undefined && /bao cao|ke hoach|nam|report|year/.test(t)) {
      const y = parseYear(line);
      if (y !== undefined) facts.year = y;
    }
    if (!facts.period && /bao cao|report|thuc hien|ket qua/.test(t)) {
      const p = parsePeriod(line);
      if (p) facts.period = p;
    }
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ');
  if (facts.year === undefined) {
    const y = parseYear(base);
    if (y !== undefined) facts.year = y;
  }
  if (!facts.period) {
    const p = parsePeriod(base.replace(/\b(19|20)\d\d\b/g, ' '));
    if (p) facts.period = p;
  }
  return facts;
}

/**
 * Finds the header row among the first rows of a sheet (the row whose cells are most often
 * recognised headers, with at least one figure column) and reads each column's meaning.
 */
export function detectLayout(head: Row[], ctx: { file: string; sheet: string }): LayoutResult {
  let best: { index: number; score: number } | undefined;
  head.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const { score, figures } = scoreRow(row);
    if (figures > 0 && score >= 2 && (!best || score > best.score)) best = { index, score };
  });
  if (!best) {
    return { findings: [{ code: 'layout-unrecognised', params: { rows: Math.min(head.length, HEADER_SEARCH_ROWS) }, location: { file: ctx.file, sheet: ctx.sheet } }] };
  }
  const headerRow = head[best.index]!;
  const findings: RawFinding[] = [];
  const columns: ColumnSpec[] = headerRow.map((c) => {
    const header = cleanText(c.text);
    const meaning = interpretHeader(header);
    const address = cellAddress(c.row, c.col);
    if (meaning.kind === 'unknown') {
      findings.push({ code: 'column-ignored', params: { header }, location: { file: ctx.file, sheet: ctx.sheet, cell: address, row: c.row, column: c.col } });
    }
    return { col: c.col, header, address, meaning };
  });
  const titleLines = head.slice(0, best.index).map((r) => r.map((c) => cleanText(c.text)).filter(Boolean).join(' ')).filter(Boolean);
  const next = head[best.index + 1];
  const skipRows = next && isNumberingRow(next) ? [next[0]!.row] : [];
  const title = readTitleFacts(titleLines, ctx.file);
  if (title.year === undefined && !columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === 'year')) {
    // "Kế hoạch 2024 | Kế hoạch 2023": with no other word on the year, the report is of the latest one.
    const years = columns.flatMap((c) => (c.meaning.kind === 'amount' || c.meaning.kind === 'ratio') && c.meaning.year !== undefined ? [c.meaning.year] : []);
    if (years.length) title.year = Math.max(...years);
  }
  return {
    layout: { kind: 'long', headerRow: headerRow[0]!.row, skipRows, columns, title },
    findings,
  };
}
