import type { Dec } from './money.js';
import type { FactRef, LedgerEntry, SourceRef } from './entry.js';
import { columnLetters, grow, Interner, PackedAmounts } from './packed.js';

/*
 * The figures of a long export held packed (issue 12): a long export's million figures as
 * `LedgerEntry` objects took ~440 bytes each (the object, its source, its row key, cell, label
 * and line strings, its amount). Here each figure is a few integers in typed columns — the id
 * of the fields it shares with the figures around it (province, period, measure, unit, file…),
 * the ids of its label and line, its row and column, its amount as a scaled integer — and the
 * checks see it through a small object whose fields are read from those columns when asked
 * (`source` and `amount` are made afresh at each reading). Entries of forms and summaries (a
 * row path, columns, a basis) are kept as they are: `EntryStore.add` takes only what it can
 * give back exactly, field for field and in the same order.
 */

/** The fields many figures share, stored once. */
interface SharedFields {
  provinceCode: string;
  province: string;
  year: number;
  period: string;
  program: LedgerEntry['program'];
  activity: string;
  measure: LedgerEntry['measure'];
  unit: string;
  level: LedgerEntry['level'];
  precision: number;
  rounded: boolean;
  ofWhich: boolean;
  file: string;
  sheet: string;
  reportYear: number | undefined;
  yearTo: number | undefined;
  reportPeriod: string | undefined;
  provinceList: LedgerEntry['provinceList'];
  note: string | undefined;
  doubt: number | undefined;
  confirmed: true | undefined;
  /** A percentage's amounts (one object for the figures that state the same). */
  basis: LedgerEntry['basis'];
  ratioOf: string | undefined;
  prior: boolean | undefined;
}

type SharedName = keyof SharedFields;

/** The fields an entry made by normalise (ledger-facts.ts figureEntry) has, in its order; the optional ones only where they hold a value. */
const HEAD = ['provinceCode', 'province', 'year', 'period', 'program', 'activity', 'measure', 'amount', 'unit', 'level', 'label', 'source', 'line', 'precision', 'rounded', 'ofWhich', 'rowKey'] as const;
const TAIL = ['reportYear', 'yearTo', 'reportPeriod', 'provinceList', 'note', 'doubt', 'confirmed', 'basis', 'ratioOf', 'prior'] as const;

/** Fields of forms and summaries (their place in a table's structure): an entry with any of them is not held packed. */
function hasTableFields(e: LedgerEntry): boolean {
  return e.rowPath !== undefined || e.column !== undefined || e.sumColumn !== undefined || e.sumOf !== undefined
    || e.partOf !== undefined || e.rowSums !== undefined || e.rowTotal !== undefined || e.rowScope !== undefined || e.sumRows !== undefined;
}

function sharedOf(e: LedgerEntry): SharedFields {
  return {
    provinceCode: e.provinceCode, province: e.province, year: e.year, period: e.period, program: e.program, activity: e.activity,
    measure: e.measure, unit: e.unit, level: e.level, precision: e.precision, rounded: e.rounded, ofWhich: e.ofWhich,
    file: e.source.file, sheet: e.source.sheet, reportYear: e.reportYear, yearTo: e.yearTo, reportPeriod: e.reportPeriod,
    provinceList: e.provinceList, note: e.note, doubt: e.doubt, confirmed: e.confirmed, basis: e.basis, ratioOf: e.ratioOf, prior: e.prior,
  };
}

function sameShared(d: SharedFields, e: LedgerEntry): boolean {
  return d.measure === e.measure && d.period === e.period && d.unit === e.unit && d.provinceCode === e.provinceCode && d.province === e.province
    && d.year === e.year && d.program === e.program && d.activity === e.activity && d.level === e.level && d.precision === e.precision
    && d.rounded === e.rounded && d.ofWhich === e.ofWhich && d.file === e.source.file && d.sheet === e.source.sheet && d.reportYear === e.reportYear
    && d.yearTo === e.yearTo && d.reportPeriod === e.reportPeriod && d.provinceList === e.provinceList && d.note === e.note && d.doubt === e.doubt
    && d.confirmed === e.confirmed && d.ratioOf === e.ratioOf && d.prior === e.prior && sameBasis(d.basis, e.basis);
}

function sharedKey(d: SharedFields): string {
  return JSON.stringify([d.provinceCode, d.province, d.year, d.period, d.program, d.activity, d.measure, d.unit, d.level, d.precision, d.rounded, d.ofWhich,
    d.file, d.sheet, d.reportYear ?? null, d.yearTo ?? null, d.reportPeriod ?? null, d.provinceList ?? null, d.note ?? null, d.doubt ?? null, d.confirmed ?? null, d.ratioOf ?? null, d.prior ?? null,
    d.basis ? [refKey(d.basis.of), refKey(d.basis.base)] : null]);
}

function refKey(r: FactRef): unknown[] {
  return [r.measure, r.year, r.period, r.unit, r.yearTo ?? null, Object.keys(r).join(',')];
}

function sameRef(a: FactRef, b: FactRef): boolean {
  return a === b || (a.measure === b.measure && a.year === b.year && a.period === b.period && a.unit === b.unit && a.yearTo === b.yearTo && Object.keys(a).length === Object.keys(b).length);
}

function sameBasis(a: LedgerEntry['basis'], b: LedgerEntry['basis']): boolean {
  return a === b || (a !== undefined && b !== undefined && sameRef(a.of, b.of) && sameRef(a.base, b.base));
}

/** The field names an entry of these shared fields has, in order. */
function fieldOrder(d: SharedFields): string {
  return [...HEAD, ...TAIL.filter((k) => d[k] !== undefined)].join(',');
}


/** How many recent shared-field sets `add` compares with before it makes a key. */
const RECENT = 4;

/** An entry held in an `EntryStore`. */
export interface StoredEntry extends LedgerEntry {
  /** The entry as a plain object, field for field and in order as it was added (with any field changed since). */
  plain(): LedgerEntry;
  toJSON(): LedgerEntry;
}

/** True for an entry held in an `EntryStore`. */
export function isStored(e: LedgerEntry): e is StoredEntry {
  return typeof (e as Partial<StoredEntry>).plain === 'function';
}

/** The entry as a plain object: itself, or a stored entry's fields. Spread this, never a stored entry (its fields are not its own). */
export function plainEntry(e: LedgerEntry): LedgerEntry {
  return isStored(e) ? e.plain() : e;
}

export class EntryStore {
  private readonly shared: SharedFields[] = [];
  private readonly sharedIds = new Map<string, number>();
  /** Per shared-field set: whether entries of it can be held (their field order is the one `plain` gives). */
  private readonly holdable: boolean[] = [];
  private readonly labels = new Interner();
  private readonly lines = new Interner();
  private sharedCol = new Int32Array(1024);
  private labelCol = new Int32Array(1024);
  private lineCol = new Int32Array(1024);
  private rowCol = new Int32Array(1024);
  private colCol = new Int32Array(1024);
  private readonly amounts = new PackedAmounts();
  private readonly recent: number[] = [];
  private nextRecent = 0;
  size = 0;
  private readonly Entry: new (i: number) => StoredEntry;

  constructor() {
    this.Entry = entryClass(this);
  }

  /** The entry held packed, or undefined when it cannot be (a form's or summary's entry, a cell or row key of another shape). */
  add(e: LedgerEntry): StoredEntry | undefined {
    if (hasTableFields(e)) return undefined;
    const { source } = e;
    if (e.rowKey !== `${source.file}|${source.sheet}|${source.row}` || source.cell !== columnLetters(source.column) + source.row) return undefined;
    const shared = this.sharedId(e);
    if (!this.holdable[shared]) return undefined;
    const i = this.size++;
    this.ensure(this.size);
    this.sharedCol[i] = shared;
    this.labelCol[i] = this.labels.id(e.label);
    this.lineCol[i] = this.lines.id(e.line);
    this.rowCol[i] = source.row;
    this.colCol[i] = source.column;
    this.setAmount(i, e.amount);
    return new this.Entry(i);
  }

  private ensure(size: number): void {
    if (size <= this.sharedCol.length) return;
    this.sharedCol = grow(this.sharedCol, size);
    this.labelCol = grow(this.labelCol, size);
    this.lineCol = grow(this.lineCol, size);
    this.rowCol = grow(this.rowCol, size);
    this.colCol = grow(this.colCol, size);
    this.amounts.ensure(size);
  }

  private sharedId(e: LedgerEntry): number {
    for (const id of this.recent) if (sameShared(this.shared[id]!, e)) return id;
    const id = this.intern(sharedOf(e), Object.keys(e).join(','));
    this.recent[this.nextRecent] = id;
    this.nextRecent = (this.nextRecent + 1) % RECENT;
    return id;
  }

  /** The id of a set of shared fields; `order`: the field order of the entry that brings it (it decides whether such entries are held). */
  private intern(d: SharedFields, order?: string): number {
    const key = sharedKey(d);
    let id = this.sharedIds.get(key);
    if (id === undefined) {
      id = this.shared.length;
      this.shared.push(d);
      this.sharedIds.set(key, id);
      this.holdable.push(order === undefined || order === fieldOrder(d));
    }
    return id;
  }

  setAmount(i: number, amount: Dec): void {
    this.amounts.set(i, amount);
  }

  amount(i: number): Dec {
    return this.amounts.get(i);
  }

  fields(i: number): SharedFields {
    return this.shared[this.sharedCol[i]!]!;
  }

  /** Changes one shared field of entry `i` (its other entries keep theirs). */
  setShared<K extends SharedName>(i: number, name: K, value: SharedFields[K]): void {
    const d = { ...this.fields(i), [name]: value };
    this.sharedCol[i] = this.intern(d);
  }

  label(i: number): string {
    return this.labels.texts[this.labelCol[i]!]!;
  }

  setLabel(i: number, text: string): void {
    this.labelCol[i] = this.labels.id(text);
  }

  line(i: number): string {
    return this.lines.texts[this.lineCol[i]!]!;
  }

  setLine(i: number, text: string): void {
    this.lineCol[i] = this.lines.id(text);
  }

  row(i: number): number {
    return this.rowCol[i]!;
  }

  /** Where entry `i` was read, as a plain object. */
  source(i: number): SourceRef {
    const d = this.fields(i);
    const row = this.rowCol[i]!;
    const column = this.colCol[i]!;
    return { file: d.file, sheet: d.sheet, cell: columnLetters(column) + row, row, column };
  }

  column(i: number): number {
    return this.colCol[i]!;
  }

  cell(i: number): string {
    return columnLetters(this.colCol[i]!) + this.rowCol[i]!;
  }

  plain(i: number): LedgerEntry {
    const d = this.fields(i);
    const e: Record<string, unknown> = {
      provinceCode: d.provinceCode, province: d.province, year: d.year, period: d.period, program: d.program, activity: d.activity,
      measure: d.measure, amount: this.amount(i), unit: d.unit, level: d.level, label: this.label(i), source: this.source(i), line: this.line(i),
      precision: d.precision, rounded: d.rounded, ofWhich: d.ofWhich, rowKey: `${d.file}|${d.sheet}|${this.rowCol[i]}`,
    };
    for (const k of TAIL) if (d[k] !== undefined) e[k] = d[k];
    return e as unknown as LedgerEntry;
  }
}

/**
 * Where a stored entry was read, each field read from the store when asked: the checks read
 * `e.source.file`, `e.source.sheet` of hundreds of thousands of entries, and the cell's text
 * (a string or two made from its column and row) only of the few a finding names.
 */
class SourceView implements SourceRef {
  constructor(private readonly s: EntryStore, private readonly i: number) {}
  get file(): string { return this.s.fields(this.i).file; }
  get sheet(): string { return this.s.fields(this.i).sheet; }
  get cell(): string { return this.s.cell(this.i); }
  get row(): number { return this.s.row(this.i); }
  get column(): number { return this.s.column(this.i); }
  toJSON(): SourceRef { return this.s.source(this.i); }
}

function readOnly(name: string): never {
  throw new Error(`a packed ledger entry has no ${name} to set`);
}

/** The class of a store's entries: each holds its index; every field is read from the store. */
function entryClass(s: EntryStore): new (i: number) => StoredEntry {
  return class StoredLedgerEntry implements StoredEntry {
    constructor(readonly i: number) {}
    get provinceCode() { return s.fields(this.i).provinceCode; }
    set provinceCode(v) { s.setShared(this.i, 'provinceCode', v); }
    get province() { return s.fields(this.i).province; }
    set province(v) { s.setShared(this.i, 'province', v); }
    get year() { return s.fields(this.i).year; }
    set year(v) { s.setShared(this.i, 'year', v); }
    get yearTo() { return s.fields(this.i).yearTo; }
    set yearTo(v) { s.setShared(this.i, 'yearTo', v); }
    get period() { return s.fields(this.i).period; }
    set period(v) { s.setShared(this.i, 'period', v); }
    get program() { return s.fields(this.i).program; }
    set program(v) { s.setShared(this.i, 'program', v); }
    get activity() { return s.fields(this.i).activity; }
    set activity(v) { s.setShared(this.i, 'activity', v); }
    get measure() { return s.fields(this.i).measure; }
    set measure(v) { s.setShared(this.i, 'measure', v); }
    get amount(): Dec { return s.amount(this.i); }
    set amount(v: Dec) { s.setAmount(this.i, v); }
    get unit() { return s.fields(this.i).unit; }
    set unit(v) { s.setShared(this.i, 'unit', v); }
    get level() { return s.fields(this.i).level; }
    set level(v) { s.setShared(this.i, 'level', v); }
    get label() { return s.label(this.i); }
    set label(v: string) { s.setLabel(this.i, v); }
    get source(): SourceRef { return new SourceView(s, this.i); }
    set source(_v: SourceRef) { readOnly('source'); }
    get line() { return s.line(this.i); }
    set line(v: string) { s.setLine(this.i, v); }
    get precision() { return s.fields(this.i).precision; }
    set precision(v) { s.setShared(this.i, 'precision', v); }
    get rounded() { return s.fields(this.i).rounded; }
    set rounded(v) { s.setShared(this.i, 'rounded', v); }
    get ofWhich() { return s.fields(this.i).ofWhich; }
    set ofWhich(v) { s.setShared(this.i, 'ofWhich', v); }
    get rowKey() { const d = s.fields(this.i); return `${d.file}|${d.sheet}|${s.row(this.i)}`; }
    set rowKey(_v: string) { readOnly('rowKey'); }
    get reportYear() { return s.fields(this.i).reportYear; }
    set reportYear(v) { s.setShared(this.i, 'reportYear', v); }
    get reportPeriod() { return s.fields(this.i).reportPeriod; }
    set reportPeriod(v) { s.setShared(this.i, 'reportPeriod', v); }
    get provinceList() { return s.fields(this.i).provinceList; }
    set provinceList(v) { s.setShared(this.i, 'provinceList', v); }
    get note() { return s.fields(this.i).note; }
    set note(v) { s.setShared(this.i, 'note', v); }
    get doubt() { return s.fields(this.i).doubt; }
    set doubt(v) { s.setShared(this.i, 'doubt', v); }
    get confirmed() { return s.fields(this.i).confirmed; }
    set confirmed(v) { s.setShared(this.i, 'confirmed', v); }
    get ratioOf() { return s.fields(this.i).ratioOf; }
    set ratioOf(v) { s.setShared(this.i, 'ratioOf', v); }
    get prior() { return s.fields(this.i).prior; }
    set prior(v) { s.setShared(this.i, 'prior', v); }
    get basis() { return s.fields(this.i).basis; }
    set basis(v) { s.setShared(this.i, 'basis', v); }
    get rowPath(): string[] | undefined { return undefined; }
    set rowPath(_v) { readOnly('rowPath'); }
    get rowSums(): boolean | undefined { return undefined; }
    set rowSums(_v) { readOnly('rowSums'); }
    get rowTotal(): boolean | undefined { return undefined; }
    set rowTotal(_v) { readOnly('rowTotal'); }
    get rowScope(): string | undefined { return undefined; }
    set rowScope(_v) { readOnly('rowScope'); }
    get column(): number | undefined { return undefined; }
    set column(_v) { readOnly('column'); }
    get sumColumn(): number | undefined { return undefined; }
    set sumColumn(_v) { readOnly('sumColumn'); }
    get sumOf(): number[] | undefined { return undefined; }
    set sumOf(_v) { readOnly('sumOf'); }
    get partOf(): number | undefined { return undefined; }
    set partOf(_v) { readOnly('partOf'); }
    get sumRows(): string[] | undefined { return undefined; }
    set sumRows(_v) { readOnly('sumRows'); }
    plain(): LedgerEntry { return s.plain(this.i); }
    toJSON(): LedgerEntry { return s.plain(this.i); }
  };
}
