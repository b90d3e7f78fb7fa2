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

/** The line part of an identity: province and programme (the line itself is the inner key). */
export type LineFields = Pick<LedgerEntry, 'provinceCode' | 'province' | 'program' | 'line'>;

function lineKey(e: Omit<LineFields, 'line'>): string {
  return `${who(e)}|${e.program}`;
}

/** A fact's entries: the entry itself while it is the only one (most facts), else the list. */
type Slot = LedgerEntry | LedgerEntry[];

/**
 * Facts by identity (province, year, period, programme, line, measure, unit), without a key
 * string per fact: a line group (few distinct, each key held once) maps the line (the entry's
 * own string) to the entries reporting that fact; a fact reported once holds its entry, not a
 * list. Each fact's entries are in file order; `lists()` gives them in the order each fact first
 * came. A line's facts are also held together: the amounts of a percentage are found among them.
 */
export class FactIndex {
  private readonly byGroup = new Map<string, Map<string, Slot>>();
  /** Every fact of a line, whatever its measure, period, year and unit: where a percentage finds its amounts. */
  private readonly byLine = new Map<string, Map<string, Slot>>();
  /** The entries in the order added: the ledger's own list where the index is built from it (`of`). */
  private readonly order: LedgerEntry[];
  private readonly ownOrder: boolean;
  /** For each entry added, by its place in `order`: 1 where it is the first of its fact (one byte an entry, not a second list of them). */
  private first = new Uint8Array(1024);
  private added = 0;
  /** The entries of each fact reported more than once, by its first entry. */
  private readonly repeated = new Map<LedgerEntry, LedgerEntry[]>();

  /** The line groups of the last few entries added: a long export's rows take turns among a few (plan, actual, percentage). */
  private readonly recentGroups: Array<{ e: LedgerEntry; lines: Map<string, Slot> }> = [];
  private nextRecent = 0;
  /** The lines of the last entry's province and programme. */
  private lastLine?: { e: LedgerEntry; lines: Map<string, Slot> };

  /** An empty index; `add` keeps the entries' order itself. */
  constructor();
  constructor(order: LedgerEntry[], own: boolean);
  constructor(order: LedgerEntry[] = [], own = true) {
    this.order = order;
    this.ownOrder = own;
  }

  /** The index of `entries`, which it keeps as its order: the list must not change afterwards. */
  static of(entries: LedgerEntry[]): FactIndex {
    const index = new FactIndex(entries, false);
    for (const e of entries) index.add(e);
    return index;
  }

  add(e: LedgerEntry): void {
    const i = this.added++;
    if (this.ownOrder) this.order.push(e);
    if (i >= this.first.length) {
      const more = new Uint8Array(this.first.length * 2);
      more.set(this.first);
      this.first = more;
    }
    const slot = push(this.groupLines(e), e);
    if (slot === e) this.first[i] = 1;
    // A short list is a new array at each entry (see push): the fact's latest is kept.
    else if (Array.isArray(slot)) this.repeated.set(slot[0]!, slot);
    push(this.lineLines(e), e);
  }

  /** The lines of an entry's group: compared with the last few entries' groups before a key is made. */
  private groupLines(e: LedgerEntry): Map<string, Slot> {
    for (const r of this.recentGroups) if (sameGroup(r.e, e)) return r.lines;
    const lines = linesOf(this.byGroup, groupKey(e));
    this.recentGroups[this.nextRecent] = { e, lines };
    this.nextRecent = (this.nextRecent + 1) % RECENT;
    return lines;
  }

  private lineLines(e: LedgerEntry): Map<string, Slot> {
    const last = this.lastLine;
    if (last && last.e.provinceCode === e.provinceCode && last.e.province === e.province && last.e.program === e.program) return last.lines;
    const lines = linesOf(this.byLine, lineKey(e));
    this.lastLine = { e, lines };
    return lines;
  }

  /** Each fact's entries, in the order each fact first came. */
  *lists(): Generator<readonly LedgerEntry[]> {
    for (let i = 0; i < this.added; i++) {
      if (!this.first[i]) continue;
      const e = this.order[i]!;
      yield this.repeated.get(e) ?? [e];
    }
  }

  /** The entries of each fact reported more than once, in the order each fact first came: `lists()` without the facts of one entry. */
  *repeatedLists(): Generator<readonly LedgerEntry[]> {
    if (this.repeated.size === 0) return;
    for (let i = 0; i < this.added; i++) {
      if (!this.first[i]) continue;
      const list = this.repeated.get(this.order[i]!);
      if (list) yield list;
    }
  }

  /** The entries of one fact. */
  get(fact: GroupFields & { line: string }): readonly LedgerEntry[] {
    return listOf(this.byGroup.get(groupKey(fact))?.get(fact.line));
  }

  /** The entries of every fact on one line (of a province and programme), in file order. */
  onLine(line: LineFields): readonly LedgerEntry[] {
    return listOf(this.byLine.get(lineKey(line))?.get(line.line));
  }
}

/** Lists up to this long are copied to add an entry, not grown. */
const SHORT = 8;

/** How many recent entries' groups `add` compares with before it makes a key. */
const RECENT = 4;

/** True when two entries have every field of `groupKey` alike (then one key; some alike keys differ here, and are then looked up). */
function sameGroup(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.measure === b.measure && a.period === b.period && a.unit === b.unit && a.ratioOf === b.ratioOf && a.year === b.year && a.yearTo === b.yearTo
    && a.provinceCode === b.provinceCode && a.province === b.province && a.program === b.program;
}

function linesOf(index: Map<string, Map<string, Slot>>, key: string): Map<string, Slot> {
  let lines = index.get(key);
  if (!lines) index.set(key, (lines = new Map()));
  return lines;
}

/** Adds an entry under its line in a group's lines; gives the slot it is now in (the entry itself when it is the first). */
function push(lines: Map<string, Slot>, e: LedgerEntry): Slot {
  const slot = lines.get(e.line);
  if (slot === undefined) {
    lines.set(e.line, e);
    return e;
  }
  if (Array.isArray(slot)) {
    if (slot.length >= SHORT) {
      slot.push(e);
      return slot;
    }
    // Copied at its size: a push would leave room for 16 more entries in the list of each of
    // a long export's lines (three figures a line: 220 bytes a list instead of 80).
    const list = slot.concat(e);
    lines.set(e.line, list);
    return list;
  }
  const list = [slot, e];
  lines.set(e.line, list);
  return list;
}

function listOf(slot: Slot | undefined): readonly LedgerEntry[] {
  return slot === undefined ? NONE : Array.isArray(slot) ? slot : [slot];
}

const NONE: readonly LedgerEntry[] = [];
