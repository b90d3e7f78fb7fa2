import type { Dec } from '../ledger/money.js';

/** Where a claim sits in its text: 1-based line and column (characters of the NFC text). */
export interface TextPlace {
  file: string;
  line: number;
  column: number;
}

/** The unit a figure is written in. Money keeps the power of ten of its unit word (triệu = 6). */
export type ClaimUnit =
  | { kind: 'money'; exponent: number; written: string }
  | { kind: 'count'; cls: string; written: string }
  | { kind: 'percent'; written: string };

/** A number as written in prose, with the precision its digits show. */
export interface Figure {
  value: Dec;
  /** Exponent (in the written unit) of the last digit shown: -1 for "35,4", 0 for "745". */
  exponent: number;
  unit: ClaimUnit;
  /** "trên 3" is a lower bound, "khoảng 17" an approximation, "gần" an upper bound. */
  qualifier?: 'over' | 'under' | 'about';
  text: string;
  /** Offset of the figure in its sentence. */
  start: number;
  end: number;
  place: TextPlace;
  /** The part of a fraction ("04" of "04/20 tỉnh"): the figure after it is its whole. */
  partOfNext?: boolean;
  /** Written after a slash under an amount ("62.400/125.000 triệu đồng"): what the amount before it is measured against. */
  over?: boolean;
}

export type Measure = 'plan' | 'actual';

/** Who and when a figure is about. */
export interface Subject {
  /** A province code (63 or 34 list), or 'all' for a region / the whole country. */
  scope: { kind: 'province'; code: string; name: string } | { kind: 'all'; name: string } | undefined;
  years: number[];
  /** Months covered, MM-MM. */
  period: string;
  program: 'KCQG' | 'KCDP' | '';
  activity: string;
  measure: Measure;
  /** "Trung bình mỗi năm 30 đề án": an average per year of the years, or per something else. */
  average?: 'year' | 'other';
  /** "tăng 4 đề án", "giảm 1.200 triệu đồng": the figure is a change by that much, not a level. */
  change?: boolean;
  /** The words after the figure (folded): they choose between lines of the data ("cấp khu vực"). */
  words?: string;
}

export type ClaimKind = 'amount' | 'count' | 'percent-of-plan' | 'ratio-prior' | 'growth' | 'share' | 'part-whole' | 'percent';

/** A stated amount or count: a fact of the ledger. */
export interface FactClaim {
  kind: 'amount' | 'count';
  figure: Figure;
  subject: Subject;
  sentence: string;
}

/** A stated percentage: `of` over `base` (× 100; growth subtracts 100). */
export interface RatioClaim {
  /** share: "chiếm X%", a part's share of the whole it was stated in. */
  kind: 'percent-of-plan' | 'ratio-prior' | 'growth' | 'share' | 'percent';
  figure: Figure;
  /** The amount the percentage is about: a claim of the text, or only its subject. */
  of: { claim?: FactClaim; subject: Subject; unit: ClaimUnit };
  base: { claim?: FactClaim; subject: Subject; unit: ClaimUnit } | undefined;
  sentence: string;
}

/** "N …, trong đó A … và B …": parts against their whole. */
export interface PartWholeClaim {
  kind: 'part-whole';
  whole: FactClaim;
  parts: FactClaim[];
  /** The parts are all of the whole (the two programmes, or "gồm" parts in its unit): they must add up to it exactly. */
  exhaustive: boolean;
  /** The text says the breakdown is complete ("gồm", "bao gồm"), not "trong đó". */
  declared?: 'complete';
  /** Written as a fraction ("04/20 tỉnh"): one part, of the whole after the slash. */
  fraction?: boolean;
  figure: Figure;
  sentence: string;
}

export type Claim = FactClaim | RatioClaim | PartWholeClaim;

export type ClaimStatus = 'verified' | 'contradicted' | 'unverifiable';

/**
 * A parameter of a reason: typed values the catalog renders in the reader's language (numbers
 * grouped as the language writes them, periods in words), never an English sentence. A plain
 * string is text quoted from the document (a figure as written, labels of the data).
 */
export type ReasonParam =
  | string
  | { kind: 'number'; value: string; unit?: string }
  | { kind: 'percent'; value: string }
  | { kind: 'subject'; subject: Subject }
  /** Where a side of a ratio came from: the data, or a figure of the text at its place. */
  | { kind: 'from'; text?: string; line?: number; column?: number };

/** A reason with its parameters: rendered in English or Vietnamese by the claims catalog. */
export interface Reason {
  code: string;
  params: Record<string, ReasonParam>;
}

export interface FactCell {
  file: string;
  sheet: string;
  cell: string;
}

export interface ClaimResult {
  text: string;
  place: TextPlace;
  kind: ClaimKind;
  status: ClaimStatus;
  /** Decimal strings in the claim's own unit. */
  stated: string;
  computed?: string;
  reason: Reason;
  facts: FactCell[];
}
