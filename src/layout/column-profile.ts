import type { Cell, Row } from '../read/grid.js';
import { readNumberText } from '../read/parse-number.js';

/**
 * What a column's own cells say, counted once per column: how many hold figures, and of what
 * kind. The figures are evidence of what the column is: a column whose figures are mostly
 * percentages is a rate, whatever its header; mostly years, a column of years.
 */
export interface ColumnProfile {
  /** Non-empty cells. */
  cells: number;
  /** Cells that hold a figure (a number, or text that reads as one). */
  figures: number;
  /** Every non-empty cell is a footnote mark "(1)", "(2)" alone. */
  markersOnly: boolean;
  /** Figures written or formatted as percentages ("35,4%", a "0.0%" format). */
  percents: number;
  /** Whole numbers 1990–2100 written without grouping: years. */
  years: number;
  /** Whole numbers below 10 000: counts, or small amounts. */
  smallWholes: number;
  /** Cells that say "nothing here" ("-", "–", "x"): neither figures nor words. */
  dashes: number;
}

const MARKER = /^\(\d{1,2}\)$/;

function profileOf(cells: Cell[]): ColumnProfile {
  const p: ColumnProfile = { cells: cells.length, figures: 0, markersOnly: cells.length > 0, percents: 0, years: 0, smallWholes: 0, dashes: 0 };
  for (const c of cells) {
    const t = c.text.trim();
    const marker = typeof c.value !== 'number' && MARKER.test(t);
    if (!marker) p.markersOnly = false;
    // "(1)" alone is a footnote mark, never the figure −1.
    if (marker) continue;
    const r = typeof c.value === 'number' ? undefined : readNumberText(c.text);
    if (r?.kind === 'dash') p.dashes++;
    if (r && r.kind !== 'number') continue;
    p.figures++;
    if (r?.percentSign || /%/.test(c.numFmt ?? '')) p.percents++;
    // A text figure counts as whole only when both styles read it alike ("2016", "12"; not "1.234").
    const v = typeof c.value === 'number' ? c.value : r!.vi !== null && r!.vi === r!.en ? Number(r!.vi) : undefined;
    if (v === undefined || !Number.isInteger(v)) continue;
    if (v >= 1990 && v <= 2100 && /^\d{4}$/.test(t)) p.years++;
    else if (Math.abs(v) < 10000) p.smallWholes++;
  }
  return p;
}

/** Profiles every column of the data rows in one pass over them. */
export function profileColumns(dataRows: Row[]): Map<number, ColumnProfile> {
  const byCol = new Map<number, Cell[]>();
  for (const r of dataRows) {
    for (const c of r) {
      if (c.text.trim() === '' && typeof c.value !== 'number') continue;
      const l = byCol.get(c.col);
      if (l) l.push(c);
      else byCol.set(c.col, [c]);
    }
  }
  return new Map([...byCol].map(([col, cells]) => [col, profileOf(cells)]));
}

export const EMPTY_PROFILE: ColumnProfile = { cells: 0, figures: 0, markersOnly: false, percents: 0, years: 0, smallWholes: 0, dashes: 0 };

/** Cells that hold words: neither figures, nor dashes, nor footnote marks. */
export function wordCells(p: ColumnProfile): number {
  return p.markersOnly ? 0 : p.cells - p.figures - p.dashes;
}

/** A column its header calls figures whose cells are mostly words (two at least): the header's reading is in doubt. */
export function isWordsProfile(p: ColumnProfile): boolean {
  return wordCells(p) >= 2 && wordCells(p) > p.figures;
}

/** A column its header calls text (labels, names) whose every cell is a figure (three at least): the header's reading is in doubt. */
export function isFiguresProfile(p: ColumnProfile): boolean {
  return p.figures >= 3 && p.figures === p.cells;
}

/** Most of the column's figures are percentages: a rate column, never money. */
export function isRateProfile(p: ColumnProfile): boolean {
  return p.figures >= 2 && p.percents * 2 > p.figures;
}

/** Nearly all of the column's figures are years (three at least): no money. */
export function isYearProfile(p: ColumnProfile): boolean {
  return p.years >= 3 && p.years * 10 >= p.figures * 9;
}
