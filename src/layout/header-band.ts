import type { Cell, Merge, Row } from '../read/grid.js';
import { cleanText, foldText, stripEnglishGloss } from '../reference/fold-text.js';
import { parsePeriod, parseYear } from '../reference/periods.js';
import { readNumberText } from '../read/parse-number.js';
import { interpretHeader, isTotalLabel } from './interpret-header.js';
import { parseUnit } from '../reference/units.js';
import { evidence, type Certainty, type Evidence } from '../ledger/doubt.js';

/** The rows that make up a table's header, and the text each column's header reads as. */
export interface HeaderBand {
  rows: number[];
  /** The column-numbering row "(1) (2) (3)" or "1 2 3" under the header, when present. */
  numberingRow?: number;
  /** First row after the header (and numbering row). */
  dataStart: number;
  /** Per column: the header texts from top to bottom (group headers repeated over their span). */
  parts: Map<number, string[]>;
  /** Per column: the column whose header started the group it sits under (for column sums). */
  groupOf: Map<number, number>;
  /** Group headers as column ranges, outer and inner (merged, or spread in text exports). */
  groups: Array<{ top: number; left: number; right: number; text?: string }>;
  /** How sure the band's rows are, and from what: a mapping file, a numbering row, the first row of figures. */
  certainty: Certainty;
  evidence: Evidence;
}

const MAX_HEADER_ROWS = 6;

function isFigureCell(c: Cell): boolean {
  if (typeof c.value === 'number') return true;
  if (c.noCachedValue || c.error) return true;
  // "(1)", "(2)": footnote and column markers in headers, not figures.
  if (/^\(\d{1,2}\)$/.test(c.text.trim())) return false;
  const r = readNumberText(c.text);
  return r.kind === 'number';
}

/** A row like "(1) (2) (3)", "1 2 3 4" or "A B 1 2": numbering under a header, never data. */
export function isNumberingRow(row: Row): boolean {
  // An error cell (#VALUE!) in the numbering row is a broken formula, not a column of its own.
  const cells = row.filter((c) => c.text.trim() !== '' && !c.error);
  if (cells.length < 3) return false;
  const nums: number[] = [];
  for (const c of cells) {
    const t = c.text.trim();
    const m = t.match(/^\(?(\d{1,2})\)?$/) ?? t.match(/^\(?(\d{1,2})\)?\s*=\s*[\d+\-*/x ().:…]+$/i);
    if (m) nums.push(Number(m[1]));
    else if (!/^\(?[A-Za-z]\)?$/.test(t)) return false;
  }
  return nums.length >= 3 && nums.every((n, i) => i === 0 || n > nums[i - 1]!) && nums[0]! <= 2;
}

/** STT-like first cells that open a data row: I, II, A, 1, 1.1, a, -, +. */
function looksLikeStt(text: string): boolean {
  return /^(?:[IVX]{1,5}|[A-Z]|\d{1,3}(?:\.\d{1,2})*|[a-zđ]|[-+*•])[.)]?$/.test(text.trim());
}

const TITLE = /^(uy ban nhan dan|ubnd|so cong thuong|trung tam|cong hoa|doc lap|bo tai chinh|bo cong thuong|bao cao|bieu|phu luc|mau so|ke hoach|du toan|quyet toan|tinh hinh|ket qua|\(kem theo|kem theo|don vi tinh|don vi|dvt|nam \d{4}|thang|quy )/;

/** A unit line: "Đơn vị: Triệu đồng.", "ĐVT: …", or a unit with its English gloss, "Triệu đồng - In millions of dong". */
function isUnitText(text: string): boolean {
  return /^(don vi|dvt)\b/.test(foldText(text)) || parseUnit(text.split(/\s+[-–]\s+/)[0]!.trim())?.kind === 'money';
}

/** A title or unit line above the table: one text, or a text matching the title vocabulary. */
function isTitleRow(row: Row, merges: Merge[], width: number): boolean {
  const texts = row.filter((c) => c.text.trim() !== '');
  if (texts.length === 0) return false;
  if (texts.length === 1) {
    const c = texts[0]!;
    const t = foldText(c.text);
    // Often at the right edge.
    if (isUnitText(c.text)) return true;
    // A title is merged across most of the table from its left edge; a header over two columns is not.
    const m = merges.find((g) => g.top === c.row && g.left === c.col);
    if (m && m.left <= 2 && m.right - m.left + 1 >= Math.max(3, Math.ceil((width * 2) / 3))) return true;
    // A lone text further right is the continuation of a header ("Dự toán" / "năm 2016").
    if (c.col > 2) return false;
    return TITLE.test(t) || interpretHeader(c.text).kind === 'unknown';
  }
  // "Năm 2024 | Năm 2023" side by side: the year row of a header (Thực hiện › 9 tháng › Năm 2024), not a title.
  if (texts.every((c) => /^(nam|year) (19|20)\d\d$/.test(foldText(c.text)))) return false;
  // Unit lines side by side (MOF: "Triệu đồng - Million dong" | "Đơn vị: Triệu đồng.") are one unit line.
  return texts.every((c) => TITLE.test(foldText(c.text)) || /^(so|số)[: ]/i.test(c.text.trim()) || isUnitText(c.text));
}

/** Header text of a cell, taking merges into account: a merged range shows its top-left text once per row band. */
function headerText(rowsByNo: Map<number, Row>, merges: Merge[], r: number, c: number): string {
  const m = merges.find((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right);
  if (m) {
    if (m.top !== r) return '';
    return cleanText(stripEnglishGloss(rowsByNo.get(m.top)?.find((x) => x.col === m.left)?.text ?? ''));
  }
  return cleanText(stripEnglishGloss(rowsByNo.get(r)?.find((x) => x.col === c)?.text ?? ''));
}

/** Words that say a sub-header splits its group: totals, programmes, periods, measures. */
function isSplitWord(text: string): boolean {
  if (!text) return false;
  if (isTotalLabel(text) || /^(kcqg|kcdp|kc ?qg|kc ?dp|trong do|chia ra|bao gom|gom)\b/.test(foldText(text))) return true;
  if (parsePeriod(text) || parseYear(text) !== undefined) return true;
  const m = interpretHeader(text);
  return m.kind === 'amount' || m.kind === 'ratio';
}

/**
 * Finds the header band above the first data row and composes each column's header from top
 * to bottom. Without merges (CSV exports lose them) a group header is spread over the columns
 * to its right whose own headers start lower and split it (TỔNG SỐ, KCQG, 9 tháng …).
 */
export function findHeaderBand(head: Row[], merges: Merge[], forcedRows?: number[]): HeaderBand | undefined {
  const rowsByNo = new Map(head.filter((r) => r.length).map((r) => [r[0]!.row, r]));
  const numbers = [...rowsByNo.keys()].sort((a, b) => a - b);
  const width = Math.max(1, ...head.flatMap((r) => r.map((c) => c.col)));
  if (forcedRows?.length) return composeBand(rowsByNo, merges, [...forcedRows].sort((a, b) => a - b), undefined, { certainty: 'certain', evidence: evidence('band-mapping') });
  // First data row: a row with two or more figures below a row that has some text.
  let dataRow: number | undefined;
  let numberingRow: number | undefined;
  let byOneFigure = false;
  for (let i = 1; i < numbers.length; i++) {
    const row = rowsByNo.get(numbers[i]!)!;
    if (isNumberingRow(row)) {
      numberingRow = numbers[i]!;
      dataRow = numbers[i + 1];
      break;
    }
    // "2012 | 2013 | 2014": a header of years, not figures.
    const isYear = (c: Cell) => /^(19|20)\d\d$/.test(c.text.trim()) || (typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 1990 && c.value <= 2100);
    const figureCells = row.filter(isFigureCell);
    if (figureCells.length >= 2 && figureCells.every(isYear)) continue;
    const figures = figureCells.length;
    const texts = row.filter((c) => !isFigureCell(c) && c.text.trim() !== '').length;
    // One figure is enough in a table of one figure column, when an STT and a label open the row.
    const first = row.find((c) => c.text.trim() !== '');
    const lastIsFigure = isFigureCell(row[row.length - 1]!);
    const numbered = figures >= 1 && texts >= 1 && !!first && looksLikeStt(first.text) && lastIsFigure;
    // A stored number that is not a year is data, never a header (xlsx).
    const typed = texts >= 1 && lastIsFigure && row.some((c) => typeof c.value === 'number' && !(Number.isInteger(c.value) && c.value >= 1990 && c.value <= 2100));
    if ((figures >= 2 && figures >= texts - 1) || numbered || typed) {
      dataRow = numbers[i]!;
      byOneFigure = figures < 2;
      break;
    }
  }
  if (dataRow === undefined && numberingRow === undefined) return undefined;
  const end = numberingRow ?? dataRow!;
  // Walk up over header rows; a section row (I, A …) just above the data is data, not header.
  let idx = numbers.indexOf(end) - 1;
  while (idx >= 0 && numberingRow === undefined) {
    const row = rowsByNo.get(numbers[idx]!)!;
    const first = row.find((c) => c.text.trim() !== '');
    if (first && looksLikeStt(first.text) && row.filter((c) => c.text.trim()).length <= 3) idx--;
    else break;
  }
  const band: number[] = [];
  for (; idx >= 0 && band.length < MAX_HEADER_ROWS; idx--) {
    const no = numbers[idx]!;
    // A blank row ends the header, unless a cell merged down across it ties the rows on either side.
    if (band.length && numbers[idx + 1]! - no > 1 && !mergedAcross(merges, no, numbers[idx + 1]!)) break;
    const row = rowsByNo.get(no)!;
    if (isTitleRow(row, merges, width)) break;
    band.unshift(no);
  }
  if (band.length === 0) return undefined;
  const decision: Pick<HeaderBand, 'certainty' | 'evidence'> = numberingRow !== undefined ? { certainty: 'certain', evidence: evidence('band-numbering', { row: numberingRow }) }
    : band.length >= MAX_HEADER_ROWS ? { certainty: 'weak', evidence: evidence('band-cut', { n: band.length }) }
      : byOneFigure ? { certainty: 'weak', evidence: evidence('band-one-figure', { row: dataRow! }) }
        : { certainty: 'certain', evidence: evidence('band-data-row', { row: dataRow! }) };
  return composeBand(rowsByNo, merges, band, numberingRow, decision);
}

/** True when a merged cell runs from row `above` down over the blank rows to row `below`. */
function mergedAcross(merges: Merge[], above: number, below: number): boolean {
  return merges.some((m) => m.top <= above && m.bottom >= below - 1 && m.bottom > above);
}

/** Composes each column's header texts from the band's rows (merges, or group spreading in text exports). */
function composeBand(rowsByNo: Map<number, Row>, merges: Merge[], band: number[], numberingRow: number | undefined, decision: Pick<HeaderBand, 'certainty' | 'evidence'>): HeaderBand {
  if (numberingRow === undefined) {
    const next = rowsByNo.get(band[band.length - 1]! + 1);
    if (next && isNumberingRow(next)) numberingRow = next[0]!.row;
  }
  const parts = new Map<number, string[]>();
  const groupOf = new Map<number, number>();
  const groups: HeaderBand['groups'] = [];
  const cols = new Set<number>();
  for (const r of band) for (const c of rowsByNo.get(r) ?? []) cols.add(c.col);
  for (const m of merges) if (band.includes(m.top)) for (let c = m.left; c <= m.right; c++) cols.add(c);
  const colList = [...cols].sort((a, b) => a - b);
  const grid = new Map<string, string>();
  for (const r of band) for (const c of colList) grid.set(`${r}:${c}`, headerText(rowsByNo, merges, r, c));
  // Merged group headers: record the group start for each covered column.
  // Outer groups first, so that a nested group (row 5 under row 4) has the last word on its columns.
  for (const m of [...merges].sort((a, b) => a.top - b.top)) {
    if (!band.includes(m.top) || m.right === m.left || m.bottom >= band[band.length - 1]!) continue;
    groups.push({ top: m.top, left: m.left, right: m.right, text: grid.get(`${m.top}:${m.left}`) ?? '' });
    for (let c = m.left; c <= m.right; c++) {
      grid.set(`${m.top}:${c}`, grid.get(`${m.top}:${m.left}`) ?? '');
      groupOf.set(c, m.left);
    }
  }
  // Unmerged group headers (text exports): spread right where the sub-headers split the group.
  // Whether a header starts in a column is judged on the cells as written, not as spread from an
  // upper row ("Thực hiện" over "Quý III" … "Năm 2024 | Năm 2023" spreads at both levels).
  if (merges.length === 0) {
    const written = new Map(grid);
    band.forEach((r, bi) => {
      if (bi === band.length - 1) return;
      for (let i = 0; i < colList.length; i++) {
        const c = colList[i]!;
        const text = written.get(`${r}:${c}`);
        if (!text) continue;
        let j = i + 1;
        const span: number[] = [];
        while (j < colList.length) {
          const c2 = colList[j]!;
          const above = band.slice(0, bi + 1).some((rr) => written.get(`${rr}:${c2}`));
          const below = band.slice(bi + 1).some((rr) => written.get(`${rr}:${c2}`));
          if (above || !below) break;
          span.push(c2);
          j++;
        }
        if (span.length === 0) continue;
        const subs = [c, ...span].map((cc) => grid.get(`${band[bi + 1]}:${cc}`) ?? '');
        if (!subs.some(isSplitWord)) continue;
        for (const c2 of span) {
          grid.set(`${r}:${c2}`, text);
          groupOf.set(c2, c);
        }
        groupOf.set(c, c);
        groups.push({ top: r, left: c, right: span[span.length - 1]!, text });
      }
    });
  }
  for (const c of colList) {
    const p: string[] = [];
    for (const r of band) {
      const t = grid.get(`${r}:${c}`) ?? '';
      if (t) p.push(t);
    }
    // A word written one letter per row ("S" / "T" / "T" = STT) is read whole.
    if (p.length > 1 && p.every((x) => x.length === 1)) parts.set(c, [p.join('')]);
    else if (p.length) parts.set(c, p);
  }
  const afterHeader = numberingRow !== undefined ? numberingRow + 1 : band[band.length - 1]! + 1;
  return { rows: band, ...(numberingRow !== undefined ? { numberingRow } : {}), dataStart: afterHeader, parts, groupOf, groups, ...decision };
}
