import type { RawFinding } from '../findings/types.js';
import { parentActivity } from '../reference/activities.js';
import { LedgerEntrySchema, surelyValidEntry, type FactRef, type LedgerEntry, type SourceRef } from './schema.js';

/** Facts in file order, indexed by what identifies a fact within and across reports. */
export interface Ledger {
  entries: LedgerEntry[];
  /** factKey → entries (several when a fact is reported more than once). */
  byFact: Map<string, LedgerEntry[]>;
  /** factKey with any unit → entries: finds the amounts a percentage refers to by convention. */
  byFactAnyUnit: Map<string, LedgerEntry[]>;
  /** Figure cells that could not be read with certainty (a lone footnote mark): sums over them are not checked. */
  gaps: FigureGap[];
  /** Footnotes under the tables ("(1) đã bao gồm 2.640.712 triệu đồng …"), by sheet and mark. */
  footnotes?: Footnote[];
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
}

/** The province part of a key: the code, or the name as written for a region total. */
export function who(e: Pick<LedgerEntry, 'provinceCode' | 'province'>): string {
  return e.provinceCode || `~${e.province}`;
}

type KeyFields = Pick<LedgerEntry, 'provinceCode' | 'province' | 'year' | 'period' | 'program' | 'line' | 'measure' | 'unit'> & { ratioOf?: string | undefined };

/** A percentage of people and a percentage of money on one line are different facts. */
function unitPart(e: { unit: string; ratioOf?: string | undefined }): string {
  return e.unit === '%' && e.ratioOf ? `%${e.ratioOf}` : e.unit;
}

/** Identity of a fact: province, year, period, programme, line, measure and unit. */
export function factKey(e: KeyFields): string {
  return `${who(e)}|${e.year}|${e.period}|${e.program}|${e.line}|${e.measure}|${unitPart(e)}`;
}

/** A fact's key without its line: the lines of one report section share it. */
export function lineGroupKey(e: Omit<KeyFields, 'line'>): string {
  return `${who(e)}|${e.year}|${e.period}|${e.program}|${e.measure}|${unitPart(e)}`;
}

/** The key of the amount a percentage refers to: the percentage's own row dimensions with the ref's. */
export function refKey(e: LedgerEntry, ref: FactRef): string {
  return factKey({ provinceCode: e.provinceCode, province: e.province, program: e.program, line: e.line, measure: ref.measure, year: ref.year, period: ref.period, unit: ref.unit });
}

/** Entries of one fact, from one file (arithmetic checks stay within a report). */
export function lookup(ledger: Ledger, key: string, file: string): LedgerEntry[] {
  return (ledger.byFact.get(key) ?? []).filter((e) => e.source.file === file);
}

export interface LedgerBuilder<L = Ledger> {
  add(entry: LedgerEntry): RawFinding | undefined;
  /** `index: false` leaves `byFact` and `byFactAnyUnit` empty: an export needs no lookups. */
  build(opts?: { index?: boolean }): L;
  gap?(g: FigureGap): void;
  footnote?(f: Footnote): void;
}

/** An entry the schema rejects, as an internal error in zod's words; zod is asked only when plain tests fail. */
export function entryProblem(entry: LedgerEntry): RawFinding | undefined {
  if (surelyValidEntry(entry)) return undefined;
  const r = LedgerEntrySchema.safeParse(entry);
  if (r.success) return undefined;
  return {
    code: 'internal-error',
    params: { check: 'ledger', reason: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') },
    location: { ...entry.source },
  };
}

/**
 * Accumulates entries as they stream in. Memory holds one entry per reported figure; the rows
 * they came from are gone. `build` marks parent activities that have sub-lines as subtotals.
 */
export function createLedgerBuilder(validate = true): LedgerBuilder {
  const entries: LedgerEntry[] = [];
  const gaps: FigureGap[] = [];
  const footnotes: Footnote[] = [];
  return {
    gap(g) {
      gaps.push(g);
    },
    footnote(f) {
      footnotes.push(f);
    },
    add(entry) {
      const problem = validate ? entryProblem(entry) : undefined;
      if (!problem) entries.push(entry);
      return problem;
    },
    build({ index = true } = {}) {
      const byFact = new Map<string, LedgerEntry[]>();
      const byFactAnyUnit = new Map<string, LedgerEntry[]>();
      if (index) indexFacts(entries, byFact, byFactAnyUnit);
      markSubtotals(entries);
      return { entries, byFact, byFactAnyUnit, gaps, footnotes };
    },
  };
}

function push(m: Map<string, LedgerEntry[]>, k: string, e: LedgerEntry): void {
  const list = m.get(k);
  if (list) list.push(e);
  else m.set(k, [e]);
}

function indexFacts(entries: LedgerEntry[], byFact: Map<string, LedgerEntry[]>, byFactAnyUnit: Map<string, LedgerEntry[]>): void {
  for (const e of entries) {
    push(byFact, factKey(e), e);
    push(byFactAnyUnit, factKey({ provinceCode: e.provinceCode, province: e.province, year: e.year, period: e.period, program: e.program, line: e.line, measure: e.measure, unit: '*' }), e);
  }
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
