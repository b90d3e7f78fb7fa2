import type { Merge, Row } from '../read/grid.js';
import type { RawFinding } from '../findings/types.js';
import type { Layout } from '../layout/detect-layout.js';
import type { LedgerEntry, SourceRef } from '../ledger/schema.js';
import { RowHierarchy } from '../layout/row-roles.js';
import type { NumberStyle } from '../read/parse-number.js';
import { indexColumns, isDataRow, type ColumnIndex } from './column-index.js';
import { decideStyles, emptyEvidence, gatherEvidence, type StyleDecision } from './number-style.js';
import { openedRecord, placeRow, roleRecord, type RoleRecord } from './place-row.js';
import { bandRowDims, longRowDims, type LevelEvidence, type RowDims } from './row-dims.js';
import { rowFacts, rowFigures, type FactContext, type GapRef } from './ledger-facts.js';
import { rowDifferences } from './difference-figures.js';
import type { DifferenceFigure } from '../ledger/build-ledger.js';
import { SheetFindings } from './sheet-context.js';
import { isFooterText } from './vocabulary.js';
import { carryMergedText, foldMergedRows, mergedCarries } from './merged-rows.js';
import { decided, evidence, type Certainty, type Decision, type Evidence } from '../ledger/doubt.js';
import { footnotesIn } from './footnote-marks.js';
import { LineUnits } from './line-units.js';
import { RecentByColumn } from '../reference/memo.js';

export { formatDecimals, numberToDecimal } from './read-figure.js';

export interface NormaliseOptions {
  file: string;
  sheet: string;
  /** A style to use where a text figure stays ambiguous; 'auto' leaves it a finding. */
  numberStyle: 'auto' | NumberStyle;
  /** The sheet's merged ranges: a line whose STT or label cell spans rows is read as one row. */
  merges?: Merge[];
  /** Rows the file hides (1-based): their figures are read, marked as on a hidden row. */
  hiddenRows?: number[];
}

export interface NormaliseSink {
  entry(e: LedgerEntry): void;
  finding(f: RawFinding): void;
  /** A figure cell that holds no readable figure (a lone footnote mark). */
  gap?(g: GapRef): void;
  /** A footnote under the table ("(1) đã bao gồm …"): its mark and text. */
  footnote?(f: { source: SourceRef; mark: string; text: string }): void;
  /** A figure of a column worked out from two others: no fact, a relation to check. */
  difference?(d: DifferenceFigure): void;
}

export interface NormaliseStats {
  rows: number;
  entries: number;
  /** Style decided per figure column (by header address), how sure and why, for `inspect` and tests. */
  styles: Record<string, Decision<NumberStyle | 'undecided' | 'numeric'>>;
  /** Forms and summaries: each row's role as placed (first rows only), for `inspect`. */
  roles: RoleRecord[];
  /** Long exports: the rows' levels, counted by what each was read from, for `inspect`. */
  levels?: LevelTally[];
}

/** Long-export rows of one level read from one kind of evidence: how many, the first, how sure. */
export interface LevelTally {
  level: LedgerEntry['level'];
  rows: number;
  /** The first such row (1-based). */
  first: number;
  certainty: Certainty;
  evidence: Evidence;
}

const ROLES_KEPT = 300;

/** Cells a sheet's one number-ambiguous finding names. */
const AMBIGUOUS_SHOWN = 12;

/** The figures of a sheet that read in both number styles with nothing to decide: one finding, at the first. */
class AmbiguousFigures {
  private first?: { at: SourceRef; params: { text: string; vi: string; en: string } };
  private readonly cells: string[] = [];
  private count = 0;

  add(at: SourceRef, params: { text: string; vi: string; en: string }): void {
    this.first ??= { at, params };
    if (this.cells.length < AMBIGUOUS_SHOWN) this.cells.push(at.cell);
    this.count++;
  }

  finding(): RawFinding | undefined {
    if (!this.first) return undefined;
    const more = this.count > this.cells.length ? ', …' : '';
    return { code: 'number-ambiguous', params: { ...this.first.params, count: this.count, cells: this.cells.join(', ') + more }, location: this.first.at };
  }
}

/** How many data rows are held back to gather number-style evidence before streaming on. */
const EVIDENCE_ROWS = 2000;

/** The rows of one sheet, read in order: the hierarchy and the line units carry from row to row. */
class SheetReader {
  readonly stats: NormaliseStats = { rows: 0, entries: 0, styles: {}, roles: [] };
  private readonly hierarchy: RowHierarchy;
  private readonly learned = new Map<number, NumberStyle>();
  private readonly ambiguous = new AmbiguousFigures();
  private readonly ctx: FactContext;
  private footer = false;
  /** Each column's last few texts that were no footer: a long export's columns take turns among a few texts, tested once each. */
  private readonly notFooter = new RecentByColumn<true>();
  /** Row keys are `file|sheet|row`: the part every row shares is made once (one string per row, not four). */
  private readonly rowKeyPrefix: string;

  constructor(
    private readonly index: ColumnIndex,
    private readonly styles: StyleDecision,
    private readonly out: SheetFindings,
    private readonly emit: (e: LedgerEntry) => void,
    gap: (g: GapRef) => void,
    private readonly footnote: (f: { source: SourceRef; mark: string; text: string }) => void = () => {},
    hidden?: ReadonlySet<number>,
    private readonly difference: (d: DifferenceFigure) => void = () => {},
  ) {
    this.hierarchy = new RowHierarchy(index.unnumbered);
    this.rowKeyPrefix = `${out.file}|${out.sheet}|`;
    this.ctx = {
      index, out,
      styleOf: (col) => this.styles.columns.get(col)?.value ?? this.learned.get(col),
      learn: (col, style) => this.learned.set(col, style),
      ...(index.figureSpecs.some((s) => s.meaning.kind === 'value') ? { lineUnits: new LineUnits() } : {}),
      gap,
      ambiguous: (at, params) => this.ambiguous.add(at, params),
      ...(hidden ? { hidden } : {}),
    };
  }

  read(row: Row): void {
    const { layout } = this.index;
    if (!isDataRow(row, layout)) return;
    if (this.footer || this.footerRow(row)) {
      this.footer = true;
      for (const n of footnotesIn(row)) this.footnote({ source: this.out.at(n.cell), mark: n.mark, text: n.text });
      return;
    }
    this.stats.rows++;
    const first = row[0]!;
    const figures = rowFigures(row, this.index);
    const rowKey = this.rowKeyPrefix + first.row;
    let dims: RowDims | undefined;
    if (this.index.banded) {
      const placement = placeRow(row, rowKey, this.index, this.hierarchy);
      if (!placement) {
        if (figures.length) this.out.finding({ code: 'row-unlabelled', params: { row: first.row }, location: this.out.at(figures[0]!.cell) });
        return;
      }
      if (placement.opened && this.stats.roles.length < ROLES_KEPT) this.stats.roles.push(openedRecord(first.row, placement.opened));
      if (this.stats.roles.length < ROLES_KEPT) this.stats.roles.push(roleRecord(first.row, placement));
      if (figures.length === 0) return;
      dims = bandRowDims(row, first, placement, this.index, this.out);
    } else {
      if (figures.length === 0) return;
      dims = longRowDims(row, first, this.index, this.out);
      if (dims?.levelWhy) this.tallyLevel(dims.level, dims.levelWhy, first.row);
    }
    if (!dims) return;
    for (const e of rowFacts(figures, dims, rowKey, this.ctx)) {
      this.stats.entries++;
      this.emit(e);
    }
    for (const d of rowDifferences(row, dims, rowKey, this.ctx)) this.difference(d);
  }

  /** True when a text of the row opens the footer (isFooterText), each column's text tested where it is none of the column's last few. */
  private footerRow(row: Row): boolean {
    for (const c of row) {
      if (this.notFooter.get(c.col, c.text)) continue;
      if (isFooterText(c.text)) return true;
      this.notFooter.set(c.col, c.text, true);
    }
    return false;
  }

  /** A long export's row level, counted by its evidence (one record per level and evidence). */
  private tallyLevel(level: LedgerEntry['level'], why: LevelEvidence, row: number): void {
    const levels = (this.stats.levels ??= []);
    const t = levels.find((x) => x.level === level && x.evidence.key === why);
    if (t) t.rows++;
    else levels.push({ level, rows: 1, first: row, certainty: 'certain', evidence: evidence(why) });
  }

  finish(): NormaliseStats {
    for (const spec of this.index.figureSpecs) {
      const learned = this.learned.get(spec.col);
      this.stats.styles[spec.address] = this.styles.columns.get(spec.col)
        ?? (learned ? decided(learned, 'weak', 'style-learned') : this.styles.textColumns.has(spec.col) ? decided('undecided', 'weak', 'style-undecided') : decided('numeric', 'certain', 'style-numeric'));
    }
    const ambiguous = this.ambiguous.finding();
    if (ambiguous) this.out.finding(ambiguous);
    if (this.stats.entries === 0) this.out.finding({ code: 'file-empty', params: {}, location: this.out.whole });
    return this.stats;
  }
}

/**
 * Normalises the data rows of a sheet into ledger entries, in pure steps: column index →
 * merged cells carried over what they cover → merged line spans folded → number-style decision → (per row) placement → row dimensions → figures read as ledger facts.
 * Rows stream through; only the first EVIDENCE_ROWS are held to decide each text column's style.
 */
export async function normaliseSheet(layout: Layout, rows: AsyncIterable<Row>, opts: NormaliseOptions, sink: NormaliseSink): Promise<NormaliseStats> {
  const index = indexColumns(layout);
  const out = new SheetFindings(opts.file, opts.sheet, (f) => sink.finding(f));
  const evidence = emptyEvidence();
  const buffer: Row[] = [];
  let reader: SheetReader | undefined;
  const hidden = opts.hiddenRows?.length ? new Set(opts.hiddenRows) : undefined;
  const start = () => new SheetReader(index, decideStyles(evidence, index, opts.numberStyle), out, (e) => sink.entry(e), (g) => sink.gap?.(g), (f) => sink.footnote?.(f), hidden, (d) => sink.difference?.(d));
  const merges = opts.merges ?? [];
  for await (const row of foldMergedRows(carryMergedText(rows, mergedCarries(merges, index)), merges, index)) {
    if (reader) {
      reader.read(row);
      continue;
    }
    buffer.push(row);
    gatherEvidence(evidence, row, index);
    if (buffer.length >= EVIDENCE_ROWS) {
      reader = start();
      for (const r of buffer.splice(0)) reader.read(r);
    }
  }
  if (!reader) {
    reader = start();
    for (const r of buffer.splice(0)) reader.read(r);
  }
  return reader.finish();
}
