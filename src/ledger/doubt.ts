/**
 * How sure a reading is. Every layout and normalise decision records one of these with its
 * evidence; a ledger fact keeps only the flags of what was not certain about it (compact: one
 * small integer, absent when the figure was read with certainty).
 */
export type Certainty = 'certain' | 'weak' | 'conflicting';

/**
 * What a decision rests on, as a key of the catalog's EVIDENCE_WORDS (findings/phrases.ts, in
 * English and Vietnamese) with the values of its {placeholders}: a header's text, a row, a count.
 */
export type EvidenceKey =
  // header band
  | 'band-mapping' | 'band-numbering' | 'band-data-row' | 'band-one-figure' | 'band-cut'
  // table kind
  | 'kind-mapping' | 'kind-long' | 'kind-summary' | 'kind-form'
  // title facts: year, period, unit, programme, province
  | 'from-title' | 'from-sheet' | 'from-file' | 'from-other-sheet' | 'from-columns' | 'from-mapping' | 'from-row-column' | 'not-stated'
  | 'period-year-only' | 'period-conflict' | 'province-other-list' | 'province-national' | 'province-rows'
  | 'unit-columns' | 'unit-conflict' | 'program-columns' | 'program-rows' | 'program-none'
  // columns
  | 'col-header' | 'col-mapping' | 'col-numbering-part' | 'col-line-header' | 'col-collision' | 'col-gloss' | 'col-first-line' | 'col-province-cells'
  | 'col-export-name' | 'col-label' | 'col-percent-cells' | 'col-profile-rate' | 'col-profile-year' | 'col-profile-words' | 'col-profile-figures' | 'col-profile-province'
  | 'col-same-period-figures' | 'col-same-period-unsettled'
  | 'col-diff-numbering' | 'col-diff-header' | 'col-diff-figures'
  // rows
  | 'row-stt' | 'row-total-label' | 'row-total-word' | 'row-named-parts' | 'row-programme' | 'row-region' | 'row-dash' | 'row-inferred' | 'row-indent' | 'row-unnumbered' | 'row-no-stt' | 'row-label'
  | 'row-level-column' | 'row-activity-code' | 'row-no-line' | 'row-programme-column'
  // number style
  | 'style-numeric' | 'style-column' | 'style-mixed' | 'style-file' | 'style-config' | 'style-learned' | 'style-undecided'
  | 'style-grouping' | 'style-file-grouping' | 'style-decimals' | 'style-file-decimals' | 'style-unit';

export interface Evidence {
  key: EvidenceKey;
  values?: Record<string, string>;
}

export function evidence(key: EvidenceKey, values?: Record<string, string | number>): Evidence {
  return values ? { key, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) } : { key };
}

/** A decision of a reading stage: what was decided, how sure, and from what. */
export interface Decision<T> {
  value: T;
  certainty: Certainty;
  /** What the decision rests on, for `inspect`. */
  evidence: Evidence;
}

export function decided<T>(value: T, certainty: Certainty, key: EvidenceKey, values?: Record<string, string | number>): Decision<T> {
  return { value, certainty, evidence: evidence(key, values) };
}

/** Bit flags of a fact's doubts: what about its reading was not certain. */
export const DOUBT = {
  /** The column's meaning was guessed (a header naming a budget line, not a measure). */
  columnWeak: 1,
  /** Another column of the sheet reads as the same fact: one of the two readings is wrong. */
  columnConflict: 2,
  /** The row's place in the hierarchy was inferred (no STT, no label that says it). */
  rowWeak: 4,
  /** The row is hidden in the file: a working or superseded line, or a real one hidden for printing. */
  rowHidden: 8,
  /** The sheet's header band was decided weakly (from one figure, or cut at its longest): every column's header rests on it. */
  bandWeak: 16,
  /** The figure's period is the sheet's, and that was not decided with certainty (a title naming only its year, two periods stated). */
  periodWeak: 32,
  /** The figure's year is the sheet's, and that was guessed (the latest year the columns name). */
  yearWeak: 64,
  /** The figure's unit is the sheet's, and that was not decided with certainty (two unit lines disagreeing). */
  unitWeak: 128,
} as const;

/** The doubts that come from the sheet's own decisions (band, period, year, unit), not from a column or row. */
export const SHEET_DOUBTS = DOUBT.bandWeak | DOUBT.periodWeak | DOUBT.yearWeak | DOUBT.unitWeak;

/**
 * Which doubts matter to which relations. A sum within one table holds or not whatever its
 * period, year or unit: only how its columns and rows were read matters. A relation across
 * reports or periods (agreement, last year's report, a monthly series) rests on the period and
 * year, and a comparison across reports or by magnitude on the unit too. The header band is
 * what every column's meaning is read from: it matters to everything. A row the file hides (a
 * working or superseded line) matters to what the row itself states: its sums and percentages.
 */
export const MATTERS = {
  withinTable: DOUBT.columnWeak | DOUBT.columnConflict | DOUBT.rowWeak | DOUBT.rowHidden | DOUBT.bandWeak,
  percentOfPlan: DOUBT.bandWeak | DOUBT.rowHidden,
  yearOverYear: DOUBT.bandWeak | DOUBT.yearWeak | DOUBT.rowHidden,
  acrossReports: DOUBT.columnWeak | DOUBT.columnConflict | DOUBT.bandWeak | DOUBT.periodWeak | DOUBT.yearWeak | DOUBT.unitWeak,
  series: DOUBT.bandWeak | DOUBT.periodWeak | DOUBT.yearWeak,
} as const;

/** The doubts of `flags` among those of `mask`. */
export function doubtIn(flags: number | undefined, mask: number): number {
  return (flags ?? 0) & mask;
}

export type DoubtName = keyof typeof DOUBT;

export function doubtNames(flags: number | undefined): DoubtName[] {
  if (!flags) return [];
  return (Object.keys(DOUBT) as DoubtName[]).filter((k) => (flags & DOUBT[k]) !== 0);
}

/** A figure on a row the file hides (a superseded line, a working row): not what the report shows. */
export function onHiddenRow(e: { doubt?: number | undefined }): boolean {
  return ((e.doubt ?? 0) & DOUBT.rowHidden) !== 0;
}

/** A doubt that no agreement of the figures can lift: two readings of one fact. */
export function isConflicting(flags: number | undefined): boolean {
  return ((flags ?? 0) & DOUBT.columnConflict) !== 0;
}

export function certaintyOf(flags: number | undefined): Certainty {
  if (!flags) return 'certain';
  return isConflicting(flags) ? 'conflicting' : 'weak';
}
