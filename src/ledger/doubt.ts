/**
 * How sure a reading is. Every layout and normalise decision records one of these with its
 * evidence; a ledger fact keeps only the flags of what was not certain about it (compact: one
 * small integer, absent when the figure was read with certainty).
 */
export type Certainty = 'certain' | 'weak' | 'conflicting';

/** A decision of a reading stage: what was decided, how sure, and from what. */
export interface Decision<T> {
  value: T;
  certainty: Certainty;
  /** What the decision rests on, for `inspect` ("header: Kế hoạch năm 2024", "mapping file"). */
  evidence: string;
}

/** Bit flags of a fact's doubts: what about its reading was not certain. */
export const DOUBT = {
  /** The column's meaning was guessed (a header naming a budget line, not a measure). */
  columnWeak: 1,
  /** Another column of the sheet reads as the same fact: one of the two readings is wrong. */
  columnConflict: 2,
  /** The row's place in the hierarchy was inferred (no STT, no label that says it). */
  rowWeak: 4,
} as const;

export type DoubtName = keyof typeof DOUBT;

export function doubtNames(flags: number | undefined): DoubtName[] {
  if (!flags) return [];
  return (Object.keys(DOUBT) as DoubtName[]).filter((k) => (flags & DOUBT[k]) !== 0);
}

/** A doubt that no agreement of the figures can lift: two readings of one fact. */
export function isConflicting(flags: number | undefined): boolean {
  return ((flags ?? 0) & DOUBT.columnConflict) !== 0;
}

export function certaintyOf(flags: number | undefined): Certainty {
  if (!flags) return 'certain';
  return isConflicting(flags) ? 'conflicting' : 'weak';
}
