import { cellAddress, type Merge, type Row } from '../read/grid.js';
import type { RawFinding } from '../findings/types.js';
import type { Measure, RatioMeasure } from '../ledger/schema.js';
import { cleanText, foldText } from '../reference/fold-text.js';
import { memoText } from '../reference/memo.js';
import { parsePeriod, parseYear, WHOLE_YEAR, type Period } from '../reference/periods.js';
import { matchProvince, provinceListFor, type Province } from '../reference/provinces.js';
import { findUnitIn, type Unit } from '../reference/units.js';
import { readNumberText } from '../read/parse-number.js';
import { findHeaderBand, isNumberingRow, type HeaderBand } from './header-band.js';
import { decideFact, periodFromColumns, readTitleFacts, resolveColumnPeriods, titleFindings, type TitleFacts } from './title-facts.js';
import { programmeInHeader } from '../reference/vocabulary/programmes.js';
import { evidence, type Certainty, type Evidence } from '../ledger/doubt.js';
import { layoutDecisions, type KindEvidence, type LayoutDecisions, type LayoutKind } from './layout-decisions.js';
import { declaredRatios, declaredSums } from './declared-relations.js';
import { spanRatioYears } from './span-ratios.js';
import { declaredDifferences, differencesByWords, type DifferenceColumn } from './difference-columns.js';
import { headerCore, interpretHeader, isTotalLabel, type ColumnMeaning } from './interpret-header.js';
import { isDerivedHeader } from '../reference/vocabulary/header-terms.js';
import { assignOfWhichColumns } from './of-which-columns.js';
import type { ColumnSpec } from './column-spec.js';
import { settleSamePeriodColumns } from './same-period-columns.js';
import { pairCountMoneyColumns, pairCountMoneyRatios } from './count-money-columns.js';
import { EMPTY_PROFILE, isFiguresProfile, isRateProfile, isWordsProfile, isYearProfile, profileColumns, wordCells, type ColumnProfile } from './column-profile.js';

export { isNumberingRow, readTitleFacts };
export type { TitleFacts, LayoutDecisions, LayoutKind, ColumnSpec };


const HEADER_WORDS = (): Pick<ColumnSpec, 'certainty' | 'evidence'> => ({ certainty: 'certain', evidence: evidence('col-header') });

/*
 * LayoutKind — long: an export, one row per fact or per line, dimensions in columns.
 * form: one report (a province's), lines numbered by STT, sections and totals.
 * summary: one row per province (a regional summary), regions and a total row.
 */

export interface Layout {
  kind: LayoutKind;
  /** The rows of the header band; data starts after the last (and after a numbering row). */
  headerRows: number[];
  headerRow: number;
  /** Rows after the header to skip: the column-numbering row "(1) (2) (3)". */
  skipRows: number[];
  columns: ColumnSpec[];
  title: TitleFacts;
  /** Set by a mapping rule ("structure": "as-read"): the user confirmed the reading. */
  confirmed?: boolean;
  /** How sure each layout-level decision is, and what it rests on (for `inspect`). */
  decisions: LayoutDecisions;
  /** Columns worked out from two others ("Chênh lệch"): no facts, a relation to check. */
  differences?: DifferenceColumn[];
}

export interface LayoutResult {
  layout?: Layout;
  findings: RawFinding[];
}

/** Overrides read from a mapping file (see config/mapping.ts). */
export interface LayoutHints {
  kind?: LayoutKind;
  headerRows?: number[];
  columns?: Record<number, ColumnMeaning>;
  title?: Partial<Omit<TitleFacts, 'lines'>>;
  /** The structure as read is confirmed by the user: misses are faults, not misreadings. */
  confirmed?: boolean;
}

const HEADER_SEARCH_ROWS = 30;
const LONG_DIMS = new Set(['year', 'period', 'measure', 'province_code', 'activity', 'level']);
/** The dimension columns as the evidence of a long export names them (header terms, as read). */
const DIM_NAMES: Record<string, string> = { province_code: 'province code' };

function isFigureColumn(m: ColumnMeaning): boolean {
  return m.kind === 'amount' || m.kind === 'value' || m.kind === 'ratio';
}

/** What a cell's text counts for as a header: the same texts head the forms of a region, read once. */
const headerWeight = memoText((text: string) => {
  const m = interpretHeader(text);
  return { known: m.kind !== 'unknown', figure: isFigureColumn(m), longDim: m.kind === 'dimension' && LONG_DIMS.has(m.dim) };
});

function scoreRow(row: Row): { score: number; figures: number; longDims: number } {
  let score = 0, figures = 0, longDims = 0;
  for (const c of row) {
    if (typeof c.value === 'number') return { score: 0, figures: 0, longDims: 0 };
    const w = headerWeight(c.text);
    if (w.known) score++;
    if (w.figure) figures++;
    if (w.longDim) longDims++;
  }
  return { score, figures, longDims };
}

/** The texts above the table, one per cell: a title block often sets two titles side by side. */
function titleLinesAbove(head: Row[], firstHeaderRow: number): string[] {
  return head
    .filter((r) => r.length && r[0]!.row < firstHeaderRow)
    .flatMap((r) => r.map((c) => cleanText(c.text)).filter(Boolean));
}

function longLayout(head: Row[], index: number, ctx: { file: string; sheet: string }): LayoutResult {
  const headerRow = head[index]!;
  const findings: RawFinding[] = [];
  const data = head.slice(index + 1);
  // Each column's cells profiled once: they confirm what its header says, or put it in doubt.
  const profiles = profileColumns(data);
  const columns: ColumnSpec[] = headerRow.map((c) => {
    const header = cleanText(c.text);
    let meaning = interpretHeader(header);
    let why = HEADER_WORDS();
    const prof = profiles.get(c.col) ?? EMPTY_PROFILE;
    const address = cellAddress(c.row, c.col);
    if (meaning.kind === 'unknown') {
      // An export's own names for figures ("total.rev", "net.trans"): a line per column, read as written.
      const cells = data.map((r) => r.find((x) => x.col === c.col)).filter((x) => x && x.text.trim() !== '');
      const numeric = cells.length > 0 && cells.every((x) => typeof x!.value === 'number' || ['number', 'dash'].includes(readNumberText(x!.text).kind));
      if (numeric && header) {
        meaning = { kind: 'amount', measure: 'value', line: header };
        why = { certainty: 'certain', evidence: evidence('col-export-name') };
      }
      else if (header) findings.push({ code: 'column-ignored', params: { header }, location: { file: ctx.file, sheet: ctx.sheet, cell: address, row: c.row, column: c.col } });
    } else if (why.evidence.key === 'col-header') why = profileDoubt(meaning, prof) ?? why;
    const spec: ColumnSpec = { col: c.col, header, address, meaning, ...why };
    if (prof.cells > 0) spec.profile = prof;
    return spec;
  });
  const title = readTitleFacts(titleLinesAbove(head, headerRow[0]!.row), ctx.file, ctx.sheet);
  fillYearFromColumns(title, columns);
  const next = head[index + 1];
  const skipRows = next && isNumberingRow(next) ? [next[0]!.row] : [];
  const row = headerRow[0]!.row;
  const dims = columns.flatMap((c) => (c.meaning.kind === 'dimension' && LONG_DIMS.has(c.meaning.dim) ? [DIM_NAMES[c.meaning.dim] ?? c.meaning.dim] : []));
  const kind: KindEvidence = { kind: 'long', certainty: 'certain', evidence: evidence('kind-long', { dims: dims.join(', ') || '—' }) };
  const band = { rows: [row], certainty: 'certain' as const, evidence: evidence('band-data-row', { row: row + 1 + skipRows.length }) };
  return { layout: { kind: 'long', headerRows: [row], headerRow: row, skipRows, columns, title, decisions: layoutDecisions({ band, kind, title, columns }) }, findings };
}

/** "Kế hoạch 2024 | Kế hoạch 2023": with no other word on the year, the report is of the latest one. */
function fillYearFromColumns(title: TitleFacts, columns: ColumnSpec[]): void {
  if (title.year !== undefined || columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === 'year')) return;
  const years = columns.flatMap((c) => ((c.meaning.kind === 'amount' || c.meaning.kind === 'ratio') && c.meaning.year !== undefined ? [c.meaning.year] : []));
  if (years.length) {
    title.year = Math.max(...years);
    // The latest year the columns name: a guess when the title states none.
    decideFact(title, 'year', 'weak', 'from-columns');
  }
}

function programOf(text: string): 'KCQG' | 'KCDP' | undefined {
  const p = programmeInHeader(text);
  return p === '' ? undefined : p;
}

/**
 * Column sums from group headers, nested: a sub-column headed TỔNG SỐ / Cộng is the sum of the
 * other columns of its group, counting an inner group by its own total (N07: I. CHI ĐẦU TƯ =
 * XDCB + DỰ TRỮ + CẤP BÙ, and XDCB = TRONG NƯỚC + NGOÀI NƯỚC). Under a programme split the
 * total column is the both-programme figure.
 */
function assignColumnSums(columns: ColumnSpec[], band: HeaderBand): void {
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const groups = [...band.groups].sort((a, b) => a.top - b.top || a.left - b.left);
  const innermost = (col: number) => [...groups].reverse().find((g) => g.left <= col && col <= g.right);
  const parentOf = (g: (typeof groups)[number]) => [...groups].reverse().find((p) => p !== g && p.top < g.top && p.left <= g.left && g.right <= p.right);
  const totalOf = new Map<(typeof groups)[number], ColumnSpec>();
  for (const g of groups) {
    for (let c = g.left; c <= g.right; c++) {
      const spec = byCol.get(c);
      const parts = band.parts.get(c);
      if (spec && parts && parts.length > 1 && innermost(c) === g && isTotalLabel(parts[parts.length - 1]!)) {
        totalOf.set(g, spec);
        break;
      }
    }
  }
  for (const [g, total] of totalOf) {
    const members: ColumnSpec[] = [];
    for (let c = g.left; c <= g.right; c++) {
      const spec = byCol.get(c);
      if (!spec || spec === total) continue;
      const inner = innermost(c)!;
      if (inner === g) members.push(spec);
      else if (parentOf(inner) === g) {
        const innerTotal = totalOf.get(inner);
        if (innerTotal === spec || (!innerTotal && inner)) members.push(spec);
      }
    }
    if (members.length < 2) continue;
    const hasPrograms = members.some((c) => (c.meaning.kind === 'amount' || c.meaning.kind === 'ratio') && c.meaning.program);
    if (hasPrograms && (total.meaning.kind === 'amount' || total.meaning.kind === 'ratio')) total.meaning.program = '';
    if (total.meaning.kind !== 'amount') continue;
    for (const m of members) if (m.meaning.kind === 'amount' && m.sumColumn === undefined) m.sumColumn = total.col;
  }
}

/**
 * A header written in two languages ("STT" over "No", "Tỉnh, thành phố" over "Name of provinces
 * and cities"): read whole, else without its all-ASCII gloss lines, else its first line.
 */
function interpretBilingual(parts: string[]): { meaning: ColumnMeaning; fragment: boolean } {
  const whole = interpretHeader(parts.join(' '));
  if (whole.kind !== 'unknown') return { meaning: whole, fragment: false };
  const vietnamese = parts.filter((p, i) => i === 0 || /[^\x00-\x7f]/.test(p));
  if (vietnamese.length < parts.length) {
    const m = interpretHeader(vietnamese.join(' '));
    if (m.kind !== 'unknown') return { meaning: m, fragment: false };
  }
  // "Chỉ tiêu - Items": a one-line header whose English gloss follows a dash.
  const glossed = parts.join(' ').match(/^(.*[^\x00-\x7f].*?)\s+[-–]\s+[\x20-\x7e]+$/);
  if (glossed) {
    const m = interpretHeader(glossed[1]!);
    if (m.kind !== 'unknown') return { meaning: m, fragment: false };
  }
  // Its first line alone: a fragment where Vietnamese words follow that the reading leaves out
  // ("TỶ LỆ" › "PHÂN CHIA" › "CÁC NGUỒN THU", a sharing rate, is no percentage of plan).
  const first = interpretHeader(parts[0]!);
  const fragment = parts.slice(1).some((p) => /[^\x00-\x7f]/.test(p));
  // A ratio so read is not known to be one of plan or of last year: a rate column by its words.
  return fragment && first.kind === 'ratio' ? { meaning: { kind: 'unknown' }, fragment: false } : { meaning: first, fragment };
}

/** A text column most of whose cells name provinces (at least three). */
/** How many of a column's text cells name a province of the list in force, of how many. */
function provinceCells(dataRows: Row[], col: number, title: TitleFacts): { hits: number; texts: number } {
  const list = provinceListFor(title.year, title.period?.end ?? 12);
  const texts = dataRows.map((r) => r.find((c) => c.col === col)?.text.trim() ?? '').filter((t) => t !== '' && readNumberText(t).kind !== 'number');
  return { hits: texts.filter((t) => matchProvince(t, list)).length, texts: texts.length };
}

function namesProvinces(dataRows: Row[], col: number, title: TitleFacts): boolean {
  const { hits, texts } = provinceCells(dataRows, col, title);
  return hits >= 3 && hits * 2 >= texts;
}

/**
 * The numbering row's relations ("3=4+5") are what the table declares: they replace the column
 * groups guessed from the header.
 */
function applyDeclaredSums(columns: ColumnSpec[], numbering: Row, band: HeaderBand, headerRow: number, derived: ReadonlySet<number>): void {
  // "5=3-4" where column 5 is a difference by its header: a difference to check, not 3 = 4 + 5.
  const sums = declaredSums(numbering).filter((s) => !(s.difference && derived.has(s.difference.col)));
  if (sums.length === 0) return;
  for (const c of columns) delete c.sumColumn;
  const byCol = new Map(columns.map((c) => [c.col, c]));
  for (const s of sums) {
    const spec = byCol.get(s.col);
    if (!spec || spec.meaning.kind !== 'amount') continue;
    // A part the declaration names but the first rows left empty is still a figure column.
    for (const p of s.parts) {
      if (byCol.has(p)) continue;
      const header = (band.parts.get(p) ?? []).join(' ');
      const part: ColumnSpec = { col: p, header, address: cellAddress(headerRow, p), meaning: { kind: 'amount', measure: spec.meaning.measure, line: header || cellAddress(headerRow, p) }, certainty: 'weak', evidence: evidence('col-numbering-part', { col: spec.address }) };
      if (spec.meaning.unit) (part.meaning as { unit?: Unit }).unit = spec.meaning.unit;
      columns.push(part);
      byCol.set(p, part);
    }
    spec.sumOf = s.parts;
    // Declared parts of a sum are a complete breakdown, whatever their header says.
    for (const p of s.parts) delete byCol.get(p)!.partOf;
  }
  columns.sort((a, b) => a.col - b.col);
}

/** The numbering row's ratios ("4=2/1") name the figures a percentage column is computed from. */
function applyDeclaredRatios(columns: ColumnSpec[], numbering: Row): void {
  const byCol = new Map(columns.map((c) => [c.col, c]));
  for (const r of declaredRatios(numbering)) {
    const spec = byCol.get(r.col);
    const of = byCol.get(r.of), base = byCol.get(r.base);
    if (spec?.meaning.kind !== 'ratio' || of?.meaning.kind !== 'amount' || base?.meaning.kind !== 'amount') continue;
    spec.ratioOf = { of: r.of, base: r.base };
  }
}

/**
 * What a column's cells say against its header's words: a column of figures by its header
 * whose cells are mostly words, or a column of names whose every cell is a figure. The reading
 * is then weak: what rests on it must be confirmed by the figures, else it is withheld.
 */
function profileDoubt(meaning: ColumnMeaning, p: ColumnProfile): Pick<ColumnSpec, 'certainty' | 'evidence'> | undefined {
  if (isFigureColumn(meaning) && isWordsProfile(p)) return { certainty: 'weak', evidence: evidence('col-profile-words', { words: wordCells(p), n: p.cells }) };
  if (meaning.kind === 'dimension' && (meaning.dim === 'label' || meaning.dim === 'province') && isFiguresProfile(p)) return { certainty: 'weak', evidence: evidence('col-profile-figures', { n: p.figures }) };
  return undefined;
}

/**
 * A form's "Kinh phí", "Tổng kinh phí" column beside no column of measures ("Loại: Kế hoạch /
 * Thực hiện"): its figures are what the title says the table's are ("BÁO CÁO KẾT QUẢ THỰC HIỆN …":
 * actuals), else of a measure not stated; never a value waiting for a measure column.
 */
function valuesOfTitleMeasure(columns: ColumnSpec[], title: TitleFacts): void {
  if (columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === 'measure')) return;
  for (const c of columns) {
    if (c.meaning.kind !== 'value') continue;
    const { unit } = c.meaning;
    c.meaning = { kind: 'amount', measure: title.measure ?? 'value', ...(unit ? { unit } : {}) };
  }
}

/** A province column by its header whose cells mostly name no province: the reading is weak. */
function provinceDoubt(dataRows: Row[], col: number, title: TitleFacts): Pick<ColumnSpec, 'certainty' | 'evidence'> | undefined {
  const { hits, texts } = provinceCells(dataRows, col, title);
  return texts >= 3 && hits * 2 < texts ? { certainty: 'weak', evidence: evidence('col-profile-province', { hits, n: texts }) } : undefined;
}

function profileEvidence(key: 'col-profile-rate' | 'col-profile-year' | 'col-percent-cells', p: ColumnProfile): Evidence {
  return evidence(key, { n: p.figures, rates: p.percents, years: p.years, counts: p.smallWholes });
}

/** A header that compares two figures in words ("TH/KH", "So cùng kỳ", "Đạt"), whatever its "%". */
function comparesInWords(header: string): boolean {
  return /\/|\bso voi\b|\bso sanh\b|\bdat\b|\bcung ky\b|\bnam truoc\b|\bvs\b/.test(foldText(header));
}

/** What a figure column states, as a key: two columns with one key read as the same fact. */
function meaningKey(m: ColumnMeaning): string | undefined {
  if (m.kind !== 'amount' && m.kind !== 'ratio') return undefined;
  return JSON.stringify(m);
}

/** The English gloss lines of a column's header cells ("Bổ sung \ncân đối\nTarget transfers" → "Target transfers"). */
function englishGloss(head: Row[], bandRows: number[], col: number): string {
  const lines = bandRows.flatMap((r) => (head.find((row) => row[0]?.row === r)?.find((c) => c.col === col)?.text ?? '').split(/\r?\n|\r/).map((l) => l.trim()).slice(1));
  return lines.filter((l) => l !== '' && !/[^\x00-\x7f]/.test(l)).join(' ');
}

/**
 * Budget-line columns whose Vietnamese headers read alike but whose English glosses differ (MOF
 * M09 2007: "Bổ sung cân đối / Balance transfers" beside "Bổ sung cân đối / Target transfers", the
 * Vietnamese mistyped): two facts, told apart by the gloss, which the line then names. Weakly: the
 * figures still have the last word on the sheet.
 */
function distinguishByGloss(columns: ColumnSpec[], glossOf: (col: number) => string): void {
  const byKey = new Map<string, ColumnSpec[]>();
  for (const c of columns) {
    const k = c.meaning.kind === 'amount' && c.meaning.line ? meaningKey(c.meaning) : undefined;
    if (k !== undefined) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  for (const same of byKey.values()) {
    const glosses = same.map((c) => glossOf(c.col));
    if (same.length < 2 || glosses.some((g) => g === '') || new Set(glosses.map((g) => g.toLowerCase())).size < same.length) continue;
    same.forEach((c, i) => {
      if (c.meaning.kind !== 'amount') return;
      c.meaning.line = `${c.meaning.line} (${glosses[i]})`;
      c.certainty = 'weak';
      c.evidence = evidence('col-gloss', { gloss: glosses[i]! });
    });
  }
}

/** Two figure columns that read as the same fact: one reading is wrong, so neither is certain. Percentages of different columns are different facts. */
function markCollisions(columns: ColumnSpec[]): void {
  const seen = new Map<string, ColumnSpec>();
  for (const c of columns) {
    const m = meaningKey(c.meaning);
    if (m === undefined) continue;
    const k = c.ratioOf ? `${m}\u0000${c.ratioOf.of}/${c.ratioOf.base}` : m;
    const first = seen.get(k);
    if (!first) {
      seen.set(k, c);
      continue;
    }
    for (const x of [first, c]) {
      x.certainty = 'conflicting';
      x.evidence = evidence('col-collision', { a: first.address, b: c.address });
    }
  }
}

/**
 * A report form or a regional summary: a header band of one to five rows (merged or not), an
 * optional numbering row, then rows whose roles come from STT and labels.
 */
function bandLayout(head: Row[], merges: Merge[], ctx: { file: string; sheet: string; hiddenCols?: number[] }, forcedRows?: number[]): LayoutResult | undefined {
  const band = findHeaderBand(head, merges, forcedRows);
  if (!band || band.parts.size < 2) return undefined;
  const findings: RawFinding[] = [];
  const dataRows = head.filter((r) => r.length && r[0]!.row >= band.dataStart);
  const title = readTitleFacts(titleLinesAbove(head, band.rows[0]!), ctx.file, ctx.sheet);
  const lastHeader = band.rows[band.rows.length - 1]!;
  const columns: ColumnSpec[] = [];
  const differences: DifferenceColumn[] = [];
  // Each column's cells profiled once: the figures are evidence of what the column is.
  const profiles = profileColumns(dataRows);
  const profile = (col: number) => profiles.get(col) ?? EMPTY_PROFILE;
  // A header over a column of footnote markers whose figures stand one column right (MOF M06:
  // "Dự toán năm 2016" over "(1)", 723060 beside it): the figures take the header.
  for (const col of [...band.parts.keys()]) {
    const right = col + 1;
    if (!band.parts.has(right) && profile(col).markersOnly && dataRows.some((r) => r.some((c) => c.col === right && typeof c.value === 'number'))) band.parts.set(right, band.parts.get(col)!);
  }
  for (const [col, parts] of [...band.parts].sort((a, b) => a[0] - b[0])) {
    const header = parts.join(' ');
    const read = interpretBilingual(parts);
    let meaning = read.meaning;
    // A figure column read from the first line of its header alone is a guess: the figures decide.
    let why = read.fragment && isFigureColumn(meaning) ? { certainty: 'weak' as const, evidence: evidence('col-first-line', { text: parts[0]! }) } : HEADER_WORDS();
    const address = cellAddress(lastHeader, col);
    const prof = profile(col);
    // A column of footnote markers "(1)", "(2)" beside the figures it annotates (a merged header over both).
    if (prof.markersOnly) continue;
    const figures = prof.figures;
    if (meaning.kind === 'dimension' && meaning.dim === 'stt' && figures === 0) {
      // fine: STT
    } else if (meaning.kind === 'unknown' || (meaning.kind === 'dimension' && figures > 0 && dataRows.length > 0 && figures >= dataRows.length / 2 && meaning.dim !== 'stt' && meaning.dim !== 'year' && meaning.dim !== 'province_code')) {
      if (figures > 0 && (ctx.hiddenCols?.includes(col) || isDerivedHeader(headerCore(header)))) {
        // A working column the file hides, or one worked out from two others ("Chênh lệch",
        // "Còn lại"): no fact of its own, never a budget line guessed from its header.
        const code = ctx.hiddenCols?.includes(col) && !isDerivedHeader(headerCore(header)) ? 'column-hidden' : 'column-derived';
        findings.push({ code, params: { header }, location: { file: ctx.file, sheet: ctx.sheet, cell: address, row: lastHeader, column: col } });
        // A difference shown in the table is checked against the two columns it is worked out from.
        if (code === 'column-derived' && !ctx.hiddenCols?.includes(col)) {
          const d: DifferenceColumn = { col, header, address, certainty: 'weak', evidence: evidence('col-diff-figures') };
          const p = programOf(parts[parts.length - 1]!) ?? (parts.length > 1 ? programOf(parts.slice(0, -1).join(' ')) : undefined);
          if (p) d.program = p;
          differences.push(d);
        }
        continue;
      } else if (figures > 0) {
        // A figure column whose header names a budget line, not a measure (MOF: "TỔNG THU NSNN TRÊN ĐỊA BÀN").
        const f = foldText(header);
        // A rate column says so in words even without "(%)": "Tỷ lệ phân chia …", "Ratio of …".
        const rate = /^(ty le|ratio|rate)\b/.test(f) ? { kind: 'percent' as const, written: '%' } : undefined;
        // … or its figures do: mostly percentages ("35,4%", a % format) make a rate column.
        const byFigures = !rate && isRateProfile(prof) ? { kind: 'percent' as const, written: '%' } : undefined;
        const unit = title.rates ? { kind: 'percent' as const, written: 'index' } : findUnitIn(header) ?? rate ?? byFigures;
        const measure = /\best\.?\b|\bestimat|\buoc\b/.test(f) ? 'estimate' : /\bpre\.?\b|\bprelim|\bso bo\b/.test(f) ? 'actual' : title.measure ?? 'value';
        // A rate column ("TỶ LỆ … (%)", "Structure (%)") keeps its percent unit: never money, never summed.
        const generic: ColumnMeaning = { kind: 'amount', measure, line: header.replace(/\s*\b(19|20)\d\d\b\s*/g, ' ').replace(/\b(est|pre)\.\s*/gi, '').trim() || header };
        why = { certainty: 'weak', evidence: byFigures ? profileEvidence('col-profile-rate', prof) : evidence('col-line-header') };
        if (unit) generic.unit = unit;
        const y = parseYear(header);
        if (y !== undefined) generic.year = y;
        meaning = generic;
      } else if (namesProvinces(dataRows, col, title)) {
        // "TÊN TỈNH, THÀNH PHỐ" or any wording: the cells themselves name provinces.
        meaning = { kind: 'dimension', dim: 'province' };
        why = { certainty: 'certain', evidence: evidence('col-province-cells') };
      } else {
        if (prof.cells === 0) continue;
        findings.push({ code: 'column-ignored', params: { header }, location: { file: ctx.file, sheet: ctx.sheet, cell: address, row: lastHeader, column: col } });
      }
    }
    if ((meaning.kind === 'amount' || meaning.kind === 'ratio') && meaning.program === undefined) {
      const p = programOf(parts[parts.length - 1]!) ?? (parts.length > 1 ? programOf(parts.slice(0, -1).join(' ')) : undefined);
      if (p) meaning.program = p;
    }
    // A column of years (a year of founding, of a decision) under a header that names no measure is no figure to add up.
    if (isFigureColumn(meaning) && why.evidence.key !== 'col-header' && isYearProfile(prof)) {
      meaning = { kind: 'unknown' };
      why = { certainty: 'certain', evidence: profileEvidence('col-profile-year', prof) };
    }
    // A column the header calls an amount whose figures are mostly percentages is a rate: never summed as money.
    if (meaning.kind === 'amount' && why.evidence.key === 'col-header' && meaning.unit?.kind !== 'percent' && meaning.unit?.kind !== 'money' && !meaning.line && isRateProfile(prof)) {
      // "TH/KH", "So cùng kỳ" over cells written or formatted as percentages: the percentage the words name, without their "(%)".
      const asRatio = comparesInWords(header) ? interpretHeader(`${header} (%)`) : undefined;
      if (asRatio?.kind === 'ratio' && prof.percents === prof.figures) {
        meaning = asRatio;
        why = { certainty: 'certain', evidence: profileEvidence('col-percent-cells', prof) };
      } else {
        meaning.unit = { kind: 'percent', written: '%' };
        why = { certainty: 'weak', evidence: profileEvidence('col-profile-rate', prof) };
      }
    }
    // A column whose header has a measure word ("Địa điểm thực hiện") but whose cells are all words holds no figures.
    if (isFigureColumn(meaning) && prof.figures === 0 && isWordsProfile(prof)) {
      findings.push({ code: 'column-ignored', params: { header }, location: { file: ctx.file, sheet: ctx.sheet, cell: address, row: lastHeader, column: col } });
      continue;
    }
    // The cells confirm the header's words, or put them in doubt: figures that are words, a province column naming none.
    if (why.evidence.key === 'col-header') why = profileDoubt(meaning, prof) ?? (meaning.kind === 'dimension' && meaning.dim === 'province' ? provinceDoubt(dataRows, col, title) : undefined) ?? why;
    const spec: ColumnSpec = { col, header, address, meaning, ...why };
    if (prof.figures > 0) spec.profile = prof;
    columns.push(spec);
  }
  valuesOfTitleMeasure(columns, title);
  assignColumnSums(columns, band);
  assignOfWhichColumns(columns, band);
  const numbering = band.numberingRow === undefined ? undefined : head.find((r) => r[0]?.row === band.numberingRow);
  if (numbering) applyDeclaredSums(columns, numbering, band, lastHeader, new Set(differences.map((d) => d.col)));
  if (numbering) declaredDifferences(differences, numbering);
  if (numbering) applyDeclaredRatios(columns, numbering);
  distinguishByGloss(columns, (col) => englishGloss(head, band.rows, col));
  pairCountMoneyColumns(columns, (col) => band.parts.get(col)?.at(-1) ?? '', title.unit);
  pairCountMoneyRatios(columns, (col) => band.parts.get(col)?.at(-1) ?? '');
  markCollisions(columns);
  if (!columns.some((c) => isFigureColumn(c.meaning))) return undefined;
  // No header names the rows ("State budget expenditure", "Cities, provincies"): the first
  // column of text is the label.
  if (!columns.some((c) => c.meaning.kind === 'dimension' && ['stt', 'label', 'province'].includes(c.meaning.dim))) {
    const first = [...band.parts.keys()].sort((a, b) => a - b)[0];
    const texts = dataRows.map((r) => r.find((c) => c.col === first)).filter((c) => c && c.text.trim() !== '');
    if (first !== undefined && texts.length > 0 && texts.every((c) => typeof c!.value !== 'number' && readNumberText(c!.text).kind !== 'number')) {
      const spec = columns.find((c) => c.col === first);
      const label: ColumnMeaning = { kind: 'dimension', dim: 'label' };
      const why = { certainty: 'certain' as const, evidence: evidence('col-label') };
      if (spec) Object.assign(spec, { meaning: label }, why);
      else columns.unshift({ col: first, header: band.parts.get(first)!.join(' '), address: cellAddress(lastHeader, first), meaning: label, ...why });
      findings.splice(0, findings.length, ...findings.filter((f) => f.location.column !== first));
    }
  }
  // A form's rows must be named by something: an STT, a label or a province column.
  if (!columns.some((c) => c.meaning.kind === 'dimension' && ['stt', 'label', 'province'].includes(c.meaning.dim))) return undefined;
  fillYearFromColumns(title, columns);
  settleSamePeriodColumns(columns, dataRows, title, lastHeader);
  // A summary has a row per province: count the data rows whose label names one.
  const labelCol = columns.find((c) => c.meaning.kind === 'dimension' && (c.meaning.dim === 'province' || c.meaning.dim === 'label'))?.col;
  const list = provinceListFor(title.year, title.period?.end ?? 12);
  const provinceRows = labelCol === undefined ? 0 : dataRows.filter((r) => {
    const t = r.find((c) => c.col === labelCol)?.text ?? '';
    return t && matchProvince(t, list);
  }).length;
  const kind: LayoutKind = provinceRows >= 3 || (provinceRows >= 1 && columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === 'province')) ? 'summary' : 'form';
  // A summary of one or two province rows, or a form with one or two, is a close call.
  const close = provinceRows >= 1 && provinceRows < 3;
  const kindWhy: KindEvidence = { kind, certainty: close ? 'weak' : 'certain', evidence: evidence(kind === 'summary' ? 'kind-summary' : 'kind-form', { n: provinceRows }) };
  const skipRows = band.numberingRow !== undefined ? [band.numberingRow] : [];
  const layout: Layout = { kind, headerRows: band.rows, headerRow: lastHeader, skipRows, columns, title, decisions: layoutDecisions({ band, kind: kindWhy, title, columns }) };
  if (differences.length) layout.differences = differences;
  return { layout, findings };
}

/**
 * Finds the table in the first rows of a sheet and reads what each column means. Exports with
 * dimension columns (year, period, measure …) are read as long tables; otherwise the header
 * band of a form or summary is composed from its merged or stacked header rows.
 */
export function detectLayout(head: Row[], ctx: { file: string; sheet: string; merges?: Merge[]; hiddenCols?: number[] }, hints?: LayoutHints): LayoutResult {
  const merges = ctx.merges ?? [];
  let best: { index: number; score: number; longDims: number } | undefined;
  head.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    // A row scores at most one a cell: one no longer than the best score so far cannot beat it,
    // and is not read (an export's header names every column: its data rows are passed over).
    if (best && row.length <= best.score) return;
    const { score, figures, longDims } = scoreRow(row);
    // An export names its figures in its own words (total.rev): its dimension columns (year, period …) tell.
    if ((figures > 0 || longDims > 0) && score >= 2 && (!best || score > best.score)) best = { index, score, longDims };
  });
  let result: LayoutResult | undefined;
  const forced = hints?.headerRows;
  if (forced && hints?.kind === 'long') {
    const index = head.findIndex((r) => r[0]?.row === forced[forced.length - 1]);
    result = index >= 0 ? longLayout(head, index, ctx) : undefined;
  } else if (forced) result = bandLayout(head, merges, ctx, forced);
  else if (hints?.kind !== 'form' && hints?.kind !== 'summary' && best && (best.longDims > 0 || hints?.kind === 'long')) result = longLayout(head, best.index, ctx);
  else result = bandLayout(head, merges, ctx) ?? (best ? longLayout(head, best.index, ctx) : undefined);
  if (!result?.layout && hints?.columns && forced) {
    // Detection found nothing it trusts; the mapping says what the columns are.
    const band = findHeaderBand(head, merges, forced);
    const last = forced[forced.length - 1]!;
    const columns: ColumnSpec[] = [...(band?.parts ?? new Map<number, string[]>())].map(([col, parts]) => ({ col, header: parts.join(' '), address: cellAddress(last, col), meaning: { kind: 'unknown' } as ColumnMeaning, ...HEADER_WORDS() }));
    const skipRows = band?.numberingRow !== undefined ? [band.numberingRow] : [];
    const title = readTitleFacts(titleLinesAbove(head, forced[0]!), ctx.file, ctx.sheet);
    const mapped = { certainty: 'certain' as const, evidence: evidence('band-mapping') };
    const kind: KindEvidence = { kind: hints.kind ?? 'form', certainty: 'certain', evidence: evidence('kind-mapping') };
    result = { layout: { kind: kind.kind, headerRows: forced, headerRow: last, skipRows, columns, title, decisions: layoutDecisions({ band: { rows: forced, ...mapped }, kind, title, columns }) }, findings: [] };
  }
  if (!result?.layout) {
    return { findings: [{ code: 'layout-unrecognised', params: { rows: Math.min(head.length, HEADER_SEARCH_ROWS) }, location: { file: ctx.file, sheet: ctx.sheet } }] };
  }
  if (hints) applyHints(result, hints);
  periodFromColumns(result.layout!.columns, result.layout!.title);
  resolveColumnPeriods(result.layout!.columns, result.layout!.title);
  spanRatioYears(result.layout!.columns);
  if (result.layout!.differences) differencesByWords(result.layout!.differences, result.layout!.columns, result.layout!.title.year, result.layout!.title.period);
  redecide(result.layout!);
  result.findings.push(...titleFindings(result.layout!.title, { file: ctx.file, sheet: ctx.sheet }));
  return result;
}

/** The layout-level decisions again, once the mapping file and the columns have had their say. */
function redecide(layout: Layout): void {
  const { kind } = layout.decisions;
  // The mapping file confirms the structure as read: its header band with it.
  const band = layout.confirmed ? { certainty: 'certain' as const, evidence: evidence('band-mapping') } : layout.decisions.band;
  const kindWhy: KindEvidence = kind.value === layout.kind ? { kind: layout.kind, certainty: kind.certainty, evidence: kind.evidence } : { kind: layout.kind, certainty: 'certain', evidence: evidence('kind-mapping') };
  layout.decisions = layoutDecisions({ band: { rows: layout.headerRows, certainty: band.certainty, evidence: band.evidence }, kind: kindWhy, title: layout.title, columns: layout.columns });
}

function applyHints(result: LayoutResult, hints: LayoutHints): void {
  const layout = result.layout!;
  if (hints.kind) layout.kind = hints.kind;
  if (hints.confirmed) layout.confirmed = true;
  for (const [col, meaning] of Object.entries(hints.columns ?? {})) {
    const c = Number(col);
    const spec = layout.columns.find((x) => x.col === c);
    if (spec) {
      spec.meaning = meaning;
      spec.certainty = 'certain';
      spec.evidence = evidence('col-mapping');
    } else layout.columns.push({ col: c, header: '', address: cellAddress(layout.headerRow, c), meaning, certainty: 'certain', evidence: evidence('col-mapping') });
    // The mapping settles the column: no "column not understood" for it.
    result.findings = result.findings.filter((f) => !((f.code === 'column-ignored' || f.code === 'column-derived' || f.code === 'column-hidden') && f.location.column === c));
    if (layout.differences) layout.differences = layout.differences.filter((d) => d.col !== c);
  }
  layout.columns.sort((a, b) => a.col - b.col);
  if (hints.title) {
    Object.assign(layout.title, hints.title);
    for (const k of ['year', 'period', 'unit', 'province', 'program'] as const) if (hints.title[k] !== undefined) decideFact(layout.title, k, 'certain', 'from-mapping');
  }
}
