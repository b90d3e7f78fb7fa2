import type { LedgerEntry } from './schema.js';
import { grow } from './packed.js';

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


function hash(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

/**
 * Entries chained by a pair of small integer ids, in typed arrays (no Map entry, list or key
 * string per fact): an open-addressing table holds each pair's first and last entry (their
 * places in the index's order; the pair is read from the id columns at the first), and `next`
 * links each entry to the next of its pair.
 */
class Chains {
  private heads = new Int32Array(64).fill(-1);
  private tails = new Int32Array(64);
  private count = 0;
  next: Int32Array;

  constructor(size: number) {
    this.next = new Int32Array(Math.max(size, 64));
  }

  private slot(x: number, y: number, xs: Int32Array, ys: Int32Array): number {
    const mask = this.heads.length - 1;
    for (let h = hash(x, y) & mask; ; h = (h + 1) & mask) {
      const head = this.heads[h]!;
      if (head < 0 || (xs[head] === x && ys[head] === y)) return h;
    }
  }

  /** Adds entry `i` (ids x, y, already in columns xs, ys) at the end of its pair's chain; true when it is the first of its pair. */
  add(i: number, x: number, y: number, xs: Int32Array, ys: Int32Array): boolean {
    if ((this.count + 1) * 2 > this.heads.length) this.rehash(xs, ys);
    this.next = grow(this.next, i + 1);
    this.next[i] = -1;
    const h = this.slot(x, y, xs, ys);
    if (this.heads[h]! < 0) {
      this.heads[h] = i;
      this.tails[h] = i;
      this.count++;
      return true;
    }
    this.next[this.tails[h]!] = i;
    this.tails[h] = i;
    return false;
  }

  /** The first entry of a pair, or -1. */
  head(x: number, y: number, xs: Int32Array, ys: Int32Array): number {
    return this.heads[this.slot(x, y, xs, ys)]!;
  }

  private rehash(xs: Int32Array, ys: Int32Array): void {
    const { heads, tails } = this;
    this.heads = new Int32Array(heads.length * 2).fill(-1);
    this.tails = new Int32Array(heads.length * 2);
    for (let k = 0; k < heads.length; k++) {
      const head = heads[k]!;
      if (head < 0) continue;
      const h = this.slot(xs[head]!, ys[head]!, xs, ys);
      this.heads[h] = head;
      this.tails[h] = tails[k]!;
    }
  }
}

/** Texts as small integer ids. */
function idOf(ids: Map<string, number>, text: string): number {
  let id = ids.get(text);
  if (id === undefined) ids.set(text, (id = ids.size));
  return id;
}

/**
 * Facts by identity (province, year, period, programme, line, measure, unit), without a key
 * string, Map entry or list per fact (issue 12): each entry gets three small integer ids — its
 * line group (everything but the line; few distinct, each key made once), its line, and its
 * province and programme — and is chained in typed arrays to the next entry of its fact and to
 * the next entry of its line (`Chains`). Each fact's entries are in file order; `lists()` gives
 * them in the order each fact first came. A line's facts are held together too: the amounts of
 * a percentage are found among them. Lists are made when asked for.
 */
export class FactIndex {
  /** The entries in the order added: the ledger's own list where the index is built from it (`of`). */
  private readonly order: LedgerEntry[];
  private readonly ownOrder: boolean;
  private added = 0;
  private groupCol: Int32Array;
  private lineCol: Int32Array;
  private placeCol: Int32Array;
  /** For each entry added: 1 where it is the first of its fact. */
  private first: Uint8Array;
  private readonly facts: Chains;
  private readonly lines: Chains;
  private readonly groupIds = new Map<string, number>();
  private readonly lineIds = new Map<string, number>();
  private readonly placeIds = new Map<string, number>();
  private anyRepeated = false;
  /** The lists of facts stated more than once, once made (so that `lists` and `repeatedLists` give the same). */
  private readonly repeated = new Map<number, LedgerEntry[]>();

  /** The line groups of the last few entries added: a long export's rows take turns among a few (plan, actual, percentage). */
  private readonly recentGroups: Array<{ e: LedgerEntry; id: number }> = [];
  private nextRecent = 0;
  /** The province and programme of the last entry. */
  private lastPlace?: { e: LedgerEntry; id: number };
  private lastLine?: { text: string; id: number };

  /** An empty index; `add` keeps the entries' order itself. */
  constructor();
  constructor(order: LedgerEntry[], own: boolean);
  constructor(order: LedgerEntry[] = [], own = true) {
    this.order = order;
    this.ownOrder = own;
    const size = Math.max(own ? 64 : order.length, 64);
    this.groupCol = new Int32Array(size);
    this.lineCol = new Int32Array(size);
    this.placeCol = new Int32Array(size);
    this.first = new Uint8Array(size);
    this.facts = new Chains(size);
    this.lines = new Chains(size);
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
      this.groupCol = grow(this.groupCol, i + 1);
      this.lineCol = grow(this.lineCol, i + 1);
      this.placeCol = grow(this.placeCol, i + 1);
      this.first = grow(this.first, i + 1);
    }
    const group = (this.groupCol[i] = this.groupId(e));
    const line = (this.lineCol[i] = this.lineId(e.line));
    const place = (this.placeCol[i] = this.placeId(e));
    if (this.facts.add(i, group, line, this.groupCol, this.lineCol)) this.first[i] = 1;
    else this.anyRepeated = true;
    this.lines.add(i, place, line, this.placeCol, this.lineCol);
    if (this.repeated.size) this.repeated.clear();
  }

  /** The id of an entry's group: compared with the last few entries' groups before a key is made. */
  private groupId(e: LedgerEntry): number {
    for (const r of this.recentGroups) if (sameGroup(r.e, e)) return r.id;
    const id = idOf(this.groupIds, groupKey(e));
    this.recentGroups[this.nextRecent] = { e, id };
    this.nextRecent = (this.nextRecent + 1) % RECENT;
    return id;
  }

  private lineId(text: string): number {
    const last = this.lastLine;
    if (last && last.text === text) return last.id;
    const id = idOf(this.lineIds, text);
    this.lastLine = { text, id };
    return id;
  }

  private placeId(e: LedgerEntry): number {
    const last = this.lastPlace;
    if (last && last.e.provinceCode === e.provinceCode && last.e.province === e.province && last.e.program === e.program) return last.id;
    const id = idOf(this.placeIds, lineKey(e));
    this.lastPlace = { e, id };
    return id;
  }

  /** The entries chained from `head`, in order. */
  private chain(head: number, next: Int32Array): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (let i = head; i >= 0; i = next[i]!) out.push(this.order[i]!);
    return out;
  }

  /** The entries of the fact whose first entry is `i`, when stated more than once (one list, however often asked). */
  private repeatedList(i: number): LedgerEntry[] {
    let list = this.repeated.get(i);
    if (!list) this.repeated.set(i, (list = this.chain(i, this.facts.next)));
    return list;
  }

  /** Each fact's entries, in the order each fact first came. */
  *lists(): Generator<readonly LedgerEntry[]> {
    for (let i = 0; i < this.added; i++) {
      if (!this.first[i]) continue;
      yield this.facts.next[i]! < 0 ? [this.order[i]!] : this.repeatedList(i);
    }
  }

  /** The entries of each fact reported more than once, in the order each fact first came: `lists()` without the facts of one entry. */
  *repeatedLists(): Generator<readonly LedgerEntry[]> {
    if (!this.anyRepeated) return;
    for (let i = 0; i < this.added; i++) if (this.first[i] && this.facts.next[i]! >= 0) yield this.repeatedList(i);
  }

  /** The entries of one fact. */
  get(fact: GroupFields & { line: string }): readonly LedgerEntry[] {
    const group = this.groupIds.get(groupKey(fact));
    const line = this.lineIds.get(fact.line);
    if (group === undefined || line === undefined) return NONE;
    const head = this.facts.head(group, line, this.groupCol, this.lineCol);
    return head < 0 ? NONE : this.chain(head, this.facts.next);
  }

  /** The entries of every fact on one line (of a province and programme), in file order. */
  onLine(line: LineFields): readonly LedgerEntry[] {
    const place = this.placeIds.get(lineKey(line));
    const id = this.lineIds.get(line.line);
    if (place === undefined || id === undefined) return NONE;
    const head = this.lines.head(place, id, this.placeCol, this.lineCol);
    return head < 0 ? NONE : this.chain(head, this.lines.next);
  }
}

/** How many recent entries' groups `add` compares with before it makes a key. */
const RECENT = 4;

/** True when two entries have every field of `groupKey` alike (then one key; some alike keys differ here, and are then looked up). */
function sameGroup(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.measure === b.measure && a.period === b.period && a.unit === b.unit && a.ratioOf === b.ratioOf && a.year === b.year && a.yearTo === b.yearTo
    && a.provinceCode === b.provinceCode && a.province === b.province && a.program === b.program;
}

const NONE: readonly LedgerEntry[] = [];
