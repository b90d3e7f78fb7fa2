import type { LedgerEntry } from './schema.js';

/** The parts of a fact's identity: its line group (everything but the line) and its line. */
export type GroupFields = Pick<LedgerEntry, 'provinceCode' | 'province' | 'year' | 'period' | 'program' | 'measure' | 'unit'> & { ratioOf?: string | undefined };

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
  return `${who(e)}|${e.year}|${e.period}|${e.program}|${e.measure}|${unitPart(e)}`;
}

/** The same with any unit: finds the amounts a percentage refers to by convention. */
function anyUnitKey(e: Omit<GroupFields, 'unit' | 'ratioOf'>): string {
  return `${who(e)}|${e.year}|${e.period}|${e.program}|${e.measure}|*`;
}

/**
 * Facts by identity (province, year, period, programme, line, measure, unit), without a key
 * string per fact: a line group (few distinct, each key held once) maps the line (the entry's
 * own string) to the entries reporting that fact. Each fact's entries are in file order; `lists`
 * holds them in the order each fact first came.
 */
export class FactIndex {
  private readonly byGroup = new Map<string, Map<string, LedgerEntry[]>>();
  private readonly byAnyUnit = new Map<string, Map<string, LedgerEntry[]>>();
  /** Each fact's entries, in the order each fact first came. */
  readonly lists: LedgerEntry[][] = [];

  add(e: LedgerEntry): void {
    const list = this.push(this.byGroup, groupKey(e), e);
    if (list.length === 1) this.lists.push(list);
    this.push(this.byAnyUnit, anyUnitKey(e), e);
  }

  private push(index: Map<string, Map<string, LedgerEntry[]>>, key: string, e: LedgerEntry): LedgerEntry[] {
    let lines = index.get(key);
    if (!lines) index.set(key, (lines = new Map()));
    const list = lines.get(e.line);
    if (list) {
      list.push(e);
      return list;
    }
    const fresh = [e];
    lines.set(e.line, fresh);
    return fresh;
  }

  /** The entries of one fact. */
  get(fact: GroupFields & { line: string }): readonly LedgerEntry[] {
    return this.byGroup.get(groupKey(fact))?.get(fact.line) ?? NONE;
  }

  /** The entries of one fact in any unit (percentages included). */
  anyUnit(fact: Omit<GroupFields, 'unit' | 'ratioOf'> & { line: string }): readonly LedgerEntry[] {
    return this.byAnyUnit.get(anyUnitKey(fact))?.get(fact.line) ?? NONE;
  }
}

const NONE: readonly LedgerEntry[] = [];
