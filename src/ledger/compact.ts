import { parentActivity } from '../reference/activities.js';
import { entryProblem, lineGroupKey, type EntryProblem, type FigureGap, type LedgerBuilder } from './build-ledger.js';
import type { Dec } from './money.js';
import type { LedgerEntry } from './schema.js';
import { columnLetters, grow, Interner, PackedAmounts } from './packed.js';

/**
 * What the ledger export writes of an entry: the contract's columns, the shown precision and
 * whether it was rounded. A `LedgerEntry` is one; so is what a `CompactLedger` gives back.
 */
export type ExportEntry = Pick<LedgerEntry, 'provinceCode' | 'province' | 'year' | 'yearTo' | 'period' | 'program' | 'activity' | 'measure' | 'amount' | 'unit' | 'level' | 'label' | 'precision' | 'rounded' | 'ofWhich'> & {
  source: Pick<LedgerEntry['source'], 'file' | 'sheet' | 'cell'>;
};

/** The columns many entries share, stored once: province, period, measure, unit, file, sheet… */
interface SharedDims {
  provinceCode: string;
  province: string;
  year: number;
  /** A span of years: its last year. */
  yearTo?: number;
  period: string;
  program: LedgerEntry['program'];
  activity: string;
  measure: LedgerEntry['measure'];
  unit: string;
  level: LedgerEntry['level'];
  file: string;
  sheet: string;
  precision: number;
  rounded: boolean;
  ofWhich: boolean;
  /** The file and line group: where a parent activity's sub-lines make it a subtotal. */
  group: string;
  subtotal?: boolean;
}


/** How many recent entries `dimId` compares with before it makes a key. */
const RECENT = 4;

/** True when two entries have the same shared columns (every field `dimId`'s key is made of). */
function sameShared(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.measure === b.measure && a.period === b.period && a.unit === b.unit && a.ratioOf === b.ratioOf && a.precision === b.precision && a.rounded === b.rounded
    && a.provinceCode === b.provinceCode && a.province === b.province && a.year === b.year && a.yearTo === b.yearTo && a.program === b.program
    && a.activity === b.activity && a.level === b.level && a.ofWhich === b.ofWhich && a.source.file === b.source.file && a.source.sheet === b.source.sheet;
}


/**
 * The ledger as the export needs it, packed: each entry is a few integers (the id of the
 * columns it shares with others, the id of its label, its row and column, its amount as a
 * scaled integer), about 30 bytes instead of a kilobyte of objects. Amounts beyond 2⁵³ units
 * (or an unusual scale) are kept aside as exact decimals. Entries stay in file order.
 */
export class CompactLedger {
  private readonly dims: SharedDims[] = [];
  private readonly dimIds = new Map<string, number>();
  private readonly labels = new Interner();
  private readonly keyTexts = new Interner();
  private dimCol = new Int32Array(1024);
  private labelCol = new Int32Array(1024);
  private rowCol = new Int32Array(1024);
  private colCol = new Int32Array(1024);
  private readonly amounts = new PackedAmounts();
  /** Cells not named by their row and column. */
  private readonly oddCells = new Map<number, string>();
  size = 0;
  /** The last few entries added, with the id of their shared columns. */
  private readonly recent: Array<{ e: LedgerEntry; id: number }> = [];
  private nextRecent = 0;

  add(e: LedgerEntry): void {
    const i = this.size++;
    this.ensure(this.size);
    this.dimCol[i] = this.dimId(e);
    this.labelCol[i] = this.labels.id(e.label);
    this.rowCol[i] = e.source.row;
    this.colCol[i] = e.source.column;
    this.amounts.set(i, e.amount);
    if (e.source.cell !== `${columnLetters(e.source.column)}${e.source.row}`) this.oddCells.set(i, e.source.cell);
  }

  private ensure(size: number): void {
    this.dimCol = grow(this.dimCol, size);
    this.labelCol = grow(this.labelCol, size);
    this.rowCol = grow(this.rowCol, size);
    this.colCol = grow(this.colCol, size);
    this.amounts.ensure(size);
  }

  /**
   * The id of the columns an entry shares with others. Its key is made of small integers (each
   * text's id, each number as written): no JSON of a dozen texts per entry, which cost a long
   * export 6 % of its time.
   */
  private dimId(e: LedgerEntry): number {
    // A long export's rows take turns among a few sets of shared columns (plan, actual, percentage of one line): those are compared, not keyed.
    for (const r of this.recent) if (sameShared(r.e, e)) return r.id;
    const id = this.keyedDimId(e);
    this.recent[this.nextRecent] = { e, id };
    this.nextRecent = (this.nextRecent + 1) % RECENT;
    return id;
  }

  private keyedDimId(e: LedgerEntry): number {
    const t = this.keyTexts;
    const key = `${t.id(e.source.file)},${t.id(e.source.sheet)},${t.id(e.provinceCode)},${t.id(e.province)},${e.year},${e.yearTo ?? ''},${t.id(e.period)},${t.id(e.program)},${t.id(e.activity)},${t.id(e.measure)},${t.id(e.unit)},${e.ratioOf === undefined ? '' : t.id(e.ratioOf)},${t.id(e.level)},${e.precision},${e.rounded ? 1 : 0},${e.ofWhich ? 1 : 0}`;
    let id = this.dimIds.get(key);
    if (id === undefined) {
      id = this.dims.length;
      const group = `${e.source.file}|${lineGroupKey(e)}`;
      const { provinceCode, province, year, period, program, activity, measure, unit, level, precision, rounded, ofWhich } = e;
      const d: SharedDims = { provinceCode, province, year, period, program, activity, measure, unit, level, file: e.source.file, sheet: e.source.sheet, precision, rounded, ofWhich, group };
      if (e.yearTo !== undefined) d.yearTo = e.yearTo;
      this.dims.push(d);
      this.dimIds.set(key, id);
    }
    return id;
  }

  /** A parent activity with sub-lines in the same file and line group is a subtotal (as `build` marks it). */
  markSubtotals(): void {
    const parents = new Set<string>();
    for (const d of this.dims) {
      const parent = d.activity ? parentActivity(d.activity) : undefined;
      if (parent) parents.add(`${d.group}|${parent}`);
    }
    for (const d of this.dims) if (d.level === 'item' && d.activity && parents.has(`${d.group}|${d.activity}`)) d.subtotal = true;
  }

  /** The id of the columns entry `i` shares with others: entries with one id differ only in amount, label and cell. */
  sharedId(i: number): number {
    return this.dimCol[i]!;
  }

  /** The id of entry `i`'s label (each distinct label has one). */
  labelId(i: number): number {
    return this.labelCol[i]!;
  }

  labelText(id: number): string {
    return this.labels.texts[id]!;
  }

  amount(i: number): Dec {
    return this.amounts.get(i);
  }

  cell(i: number): string {
    return this.oddCells.get(i) ?? `${columnLetters(this.colCol[i]!)}${this.rowCol[i]}`;
  }

  /** The entries in order, each made when it is asked for. */
  *entries(): Generator<ExportEntry> {
    for (let i = 0; i < this.size; i++) yield this.entry(i);
  }

  entry(i: number): ExportEntry {
    const d = this.dims[this.dimCol[i]!]!;
    const amount = this.amount(i);
    const cell = this.cell(i);
    const out: ExportEntry = {
      provinceCode: d.provinceCode, province: d.province, year: d.year, period: d.period, program: d.program,
      activity: d.activity, measure: d.measure, amount, unit: d.unit, level: d.subtotal ? 'subtotal' : d.level,
      label: this.labels.texts[this.labelCol[i]!]!, precision: d.precision, rounded: d.rounded, ofWhich: d.ofWhich,
      source: { file: d.file, sheet: d.sheet, cell },
    };
    if (d.yearTo !== undefined) out.yearTo = d.yearTo;
    return out;
  }
}

/** Entries go straight into a `CompactLedger`, checked against the schema as `createLedgerBuilder` checks them. */
export function createCompactBuilder(): LedgerBuilder<CompactLedger> {
  const ledger = new CompactLedger();
  return {
    add(entry: LedgerEntry): EntryProblem | undefined {
      const problem = entryProblem(entry);
      if (!problem) ledger.add(entry);
      return problem;
    },
    gap(_g: FigureGap) {
      // Gaps matter to sums, not to the export.
    },
    build() {
      ledger.markSubtotals();
      return ledger;
    },
  };
}
