import type { RegionName } from '../reference/vocabulary/regions.js';
import { parentActivity } from '../reference/activities.js';
import { FactIndex, groupKey } from './fact-index.js';
import { entryIssues, surelyValidEntry, type LedgerEntry, type SourceRef } from './entry.js';
import { EntryStore } from './entry-store.js';

export { who, yearPart } from './fact-index.js';

/** Facts in file order, indexed by what identifies a fact within and across reports. */
export interface Ledger {
  entries: LedgerEntry[];
  /** Facts by identity (several entries when a fact is reported more than once), and in any unit. */
  facts: FactIndex;
  /** Figure cells that could not be read with certainty (a lone footnote mark): sums over them are not checked. */
  gaps: FigureGap[];
  /** Footnotes under the tables ("(1) đã bao gồm 2.640.712 triệu đồng …"), by sheet and mark. */
  footnotes?: Footnote[];
  /** The regions multi-province tables name in their titles ("… KHU VỰC PHÍA BẮC"): whose provinces they list. */
  regions?: SheetRegion[];
  /** Sheets whose band, year, period or unit was not decided with certainty, with what was decided. */
  readings?: SheetReading[];
  /** Figures of columns worked out from two others ("Chênh lệch"): no facts, relations to check. */
  differences?: DifferenceFigure[];
}

/** A figure of a column worked out from two others (layout/difference-columns.ts). */
export interface DifferenceFigure {
  /** The figure read as an amount of its row, in the unit of the column it is worked out from: never a fact. */
  entry: LedgerEntry;
  /** The sheet columns it is `of` − `minus` of, where the table names them. */
  of?: number;
  minus?: number;
  /** The order is the table's own ("5=3-4"); else the figures give the sign. */
  ordered?: true;
  /** The pair is named by the table (numbering row, the header's words): a miss is then a fault. */
  certain: boolean;
  header: string;
}

/**
 * What a sheet's uncertain decisions came to: what a mapping-file fragment restates to settle
 * them (the year and period as `title.year`/`title.period`, the unit as `title.unit`).
 */
export interface SheetReading {
  file: string;
  sheet: string;
  year?: number;
  /** MM-MM. */
  period?: string;
  /** The unit as a mapping file writes it ("triệu đồng"). */
  unit?: string;
}

/** A multi-province table whose title names its region. */
export interface SheetRegion {
  file: string;
  sheet: string;
  region: RegionName;
}

/** A footnote under a table: its mark, its text, and where it is written. */
export interface Footnote {
  source: SourceRef;
  mark: string;
  text: string;
}

/** A figure cell of a form or summary that holds no readable figure, with its row's place. */
export interface FigureGap {
  source: SourceRef;
  rowKey: string;
  rowPath?: string[];
  note: string;
  /** Text that is not a readable figure ("chưa có", an undecided "1.234"), not a footnote mark: its own finding says so. */
  unread?: true;
}

type KeyFields = Pick<LedgerEntry, 'provinceCode' | 'province' | 'year' | 'period' | 'program' | 'line' | 'measure' | 'unit'> & { ratioOf?: string | undefined; yearTo?: number | undefined };

/** A fact's key without its line: the lines of one report section share it. */
export const lineGroupKey: (e: Omit<KeyFields, 'line'>) => string = groupKey;

export interface LedgerBuilder<L = Ledger> {
  add(entry: LedgerEntry): EntryProblem | undefined;
  /** `index: false` leaves `facts` empty: an export needs no lookups. */
  build(opts?: { index?: boolean }): L;
  gap?(g: FigureGap): void;
  footnote?(f: Footnote): void;
  difference?(d: DifferenceFigure): void;
}

/** An entry the ledger refused: it breaks the schema, a fault of the reader (findings/types.ts makes it an internal error). */
export interface EntryProblem {
  source: SourceRef;
  reason: string;
}

/** An entry that breaks the ledger's contract (ledger/entry.ts): the fields it breaks, by plain tests (no zod). */
export function entryProblem(entry: LedgerEntry): EntryProblem | undefined {
  if (surelyValidEntry(entry)) return undefined;
  const issues = entryIssues(entry);
  if (!issues.length) return undefined;
  return { source: { ...entry.source }, reason: issues.map((k) => `${k}: invalid value ${describe(entry[k])}`).join('; ') };
}

/** A field's value in an internal error: short, never a whole object. */
function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null || typeof v !== 'object') return String(v);
  return Array.isArray(v) ? 'array' : 'object';
}

/**
 * Accumulates entries as they stream in. Memory holds one entry per reported figure; the rows
 * they came from are gone. `build` marks parent activities that have sub-lines as subtotals.
 * `pack`: the figures of long exports are held packed (ledger/entry-store.ts), each read
 * through a small object, not kept as objects of their own (a long export's million figures:
 * ~50 instead of ~440 bytes each); forms and summaries keep theirs.
 */
export function createLedgerBuilder(validate = true, { pack = false }: { pack?: boolean } = {}): LedgerBuilder {
  const entries: LedgerEntry[] = [];
  const store = pack ? new EntryStore() : undefined;
  const gaps: FigureGap[] = [];
  const footnotes: Footnote[] = [];
  const differences: DifferenceFigure[] = [];
  return {
    gap(g) {
      gaps.push(g);
    },
    difference(d) {
      differences.push(d);
    },
    footnote(f) {
      footnotes.push(f);
    },
    add(entry) {
      const problem = validate ? entryProblem(entry) : undefined;
      if (!problem) entries.push(store?.add(entry) ?? entry);
      return problem;
    },
    build({ index = true } = {}) {
      const facts = index ? FactIndex.of(entries) : new FactIndex();
      markSubtotals(entries);
      return { entries, facts, gaps, footnotes, ...(differences.length ? { differences } : {}) };
    },
  };
}

/** A parent activity (KC3) with sub-lines (KC3a, KC3b) in the same file and line group is a subtotal. */
function markSubtotals(entries: LedgerEntry[]): void {
  const parents = new Set<string>();
  for (const e of entries) {
    const parent = e.activity ? parentActivity(e.activity) : undefined;
    if (parent) parents.add(`${e.source.file}|${lineGroupKey(e)}|${parent}`);
  }
  if (parents.size === 0) return;
  for (const e of entries) {
    if (e.level === 'item' && e.activity && parents.has(`${e.source.file}|${lineGroupKey(e)}|${e.activity}`)) e.level = 'subtotal';
  }
}

export function buildLedger(entries: Iterable<LedgerEntry>): Ledger {
  const b = createLedgerBuilder(false);
  for (const e of entries) b.add(e);
  return b.build();
}
