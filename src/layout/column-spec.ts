import type { Certainty, Evidence } from '../ledger/doubt.js';
import type { ColumnProfile } from './column-profile.js';
import type { ColumnMeaning } from './interpret-header.js';

/** One column of a detected table: what it means, how sure that is, and the relations it takes part in. */
export interface ColumnSpec {
  col: number;
  header: string;
  address: string;
  meaning: ColumnMeaning;
  /** For a column under a group header: the group's total column (TỔNG SỐ, Cộng), which must equal the others' sum. */
  sumColumn?: number;
  /** Columns this one equals the sum of, as the numbering row declares ("3=4+5"): stronger than a guessed group. */
  sumOf?: number[];
  /** A ratio column the numbering row declares ("4=2/1"): the columns of its numerator and denominator. */
  ratioOf?: { of: number; base: number };
  /** A column under a "Trong đó" group header: a partial breakdown of this column (each part, and their sum, at most it). */
  partOf?: number;
  /** How sure the column's meaning is, and what it rests on (the header's words, the mapping file, its figures …). */
  certainty: Certainty;
  evidence: Evidence;
  /** What the column's own figures are (counted once, in the first rows): evidence beside its header. */
  profile?: ColumnProfile;
}
