import type { LedgerEntry } from './schema.js';

/** The parts of a fact's identity: its line group (everything but the line) and its line. */
export type GroupFields = Pick<LedgerEntry, 'provinceCode' | 'province' | 'year' | 'period' | 'program' | 'measure' | 'unit'> & { ratioOf?: string | undefined; yearTo?: number | undefined };

/** The year part of a key: one year, or a span "2016-2020" (never its first year alone). */
export function yearPart(e: { year: number; yearTo?: number | undefined }): string {
  return e.yearTo === undefined ? String(e.year) : `${e.year}-${e.yearTo}`;
}

/** The province part of a key: the code, or the name as written for a region total. */
export function who(e: Pick<LedgerEntry, 'provinceCode' | 'province'>): string {
  return e.provinceCode || `~${e.province}`;
}

/** A percentage of people and a percentage of money on one line are different facts. */
export function unitPart(e: { unit: string; ratioOf?: string | undefined }): string {
  return e.unit === '%' && e.ratioOf ? `%${e.ratioOf}` : e.unit;
}

/** A fact's identity without its line: the lines of one report section share it. */
export function groupKey(e: GroupFields): string {
  return `${who(e)}|${yearPart(e)}|${e.period}|${e.program}|${e.measure}|${unitPart(e)}`;
}

/** The same with any unit: finds the amounts a percentage refers to by convention. */
function anyUnitKey(e: Omit<GroupFields, 'unit' | 'ratioOf'>): string {
  return `${who(e)}|${yearPart(e)}|${e.period}|${e.program}|${e.measure}|*`;
}

/** A fact's entries: the entry itself while it is the only one (most facts), else the list. */
type Slot = LedgerEntry | LedgerEntry[];

/**
 * Facts by identity (province, year, period, programme, line, measure, unit), without a key
 * string per fact: a line group (few distinct, each key held once) maps the line (the entry's
 * own string) to the entries reporting that fact; a fact reported once holds its entry, not a
 * list. Each fact's entries are in file order; `lists()` gives them in the order each fact first
 * came.
 */
export class FactIndex {
  private readonly byGroup = new Map<string, Map<string, Slot>>();
  private readonly byAnyUnit = new Map<string, Map<string, Slot>>();
  /** The first entry of each fact, in the order they came. */
  private readonly firsts: LedgerEntry[] = [];

  add(e: LedgerEntry): void {
    if (push(this.byGroup, groupKey(e), e)) this.firsts.push(e);
    push(this.byAnyUnit, anyUnitKey(e), e);
  }

  /** Each fact's entries, in the order each fact first came. */
  *lists(): Generator<readonly LedgerEntry[]> {
    for (const e of this.firsts) yield this.get(e);
  }

  /** The entries of one fact. */
  get(fact: GroupFields & { line: string }): readonly LedgerEntry[] {
    return listOf(this.byGroup.get(groupKey(fact))?.get(fact.line));
  }

  /** The entries of one fact in any unit (percentages included). */
  anyUnit(fact: Omit<GroupFields, 'unit' | 'ratioOf'> & { line: string }): readonly LedgerEntry[] {
    return listOf(this.byAnyUnit.get(anyUnitKey(fact))?.get(fact.line));
  }
}

/** Adds an entry under its group and line; true when it is the first of its fact. */
function push(index: Map<string, Map<string, Slot>>, key: string, e: LedgerEntry): boolean {
  let lines = index.get(key);
  if (!lines) index.set(key, (lines = new Map()));
  const slot = lines.get(e.line);
  if (slot === undefined) {
    lines.set(e.line, e);
    return true;
  }
  if (Array.isArray(slot)) slot.push(e);
  else lines.set(e.line, [slot, e]);
  return false;
}

function listOf(slot: Slot | undefined): readonly LedgerEntry[] {
  return slot === undefined ? NONE : Array.isArray(slot) ? slot : [slot];
}

const NONE: readonly LedgerEntry[] = [];
