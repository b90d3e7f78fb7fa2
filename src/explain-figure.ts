/**
 * `explain <file> <sheet!cell>`: how one figure was read and what it takes part in, as plain
 * data for a renderer. Pure: it works on a finished reconciliation and never reads a file.
 *
 * The relations a figure takes part in are found without knowing any check's internals: the
 * checks run again over the same ledger with that figure changed by far more than any rounding
 * tolerance. A relation that now fails, and did not before, holds today and involves the
 * figure; one that failed before and reads differently now fails today and involves it.
 */
import { runChecks } from './checks/run-checks.js';
import type { Config } from './config/schema.js';
import type { FileInspection, SheetInspection } from './index.js';
import { createLedgerBuilder, type FigureGap, type Ledger } from './ledger/build-ledger.js';
import type { Dec } from './ledger/money.js';
import type { LedgerEntry } from './ledger/schema.js';
import type { ColumnSpec, Layout } from './layout/detect-layout.js';
import type { RoleRecord } from './normalise/place-row.js';
import { columnNumber } from './read/grid.js';
import type { Finding, Location, RawFinding } from './findings/types.js';
import { plainEntry } from './ledger/entry-store.js';

export interface FigureTarget {
  file: string;
  /** Absent when the file has one sheet. */
  sheet?: string;
  cell: string;
}

export interface Relation {
  /** The finding code the relation is checked under (sum-mismatch, percent-of-plan-mismatch…). */
  code: string;
  holds: boolean;
  /** Every cell the relation names: where its finding is placed, then the cells it relates. */
  cells: Location[];
}

export type FigureStatus = 'figure' | 'gap' | 'not-a-figure' | 'header' | 'no-table' | 'no-sheet' | 'no-file';

export interface FigureExplanation {
  target: FigureTarget & { sheet: string; row: number; col: number };
  status: FigureStatus;
  /** The sheets the file has, for a sheet name that matches none. */
  sheets: string[];
  layout?: Pick<Layout, 'kind' | 'headerRows' | 'skipRows' | 'title' | 'confirmed'>;
  column?: ColumnSpec;
  /** How the column's text figures were read: a number style, or typed numeric cells. */
  style?: string;
  row?: RoleRecord;
  facts: LedgerEntry[];
  gap?: FigureGap;
  relations: Relation[];
  /** Findings placed on this cell, or naming it among their related cells. */
  findings: Finding[];
}

interface Reconciled {
  ledger: Ledger;
  inspections: FileInspection[];
  findings: Finding[];
}

/** "D12" → row 12, column 4; undefined when it is not an A1 address. */
export function parseCell(cell: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(cell.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnNumber(m[1]!.toUpperCase()) };
}

const sameCell = (l: Location, file: string, sheet: string, cell: string) =>
  l.file === file && l.sheet === sheet && l.cell?.toUpperCase() === cell;

function cellsOf(f: Pick<RawFinding, 'location' | 'related'>): Location[] {
  return [f.location, ...(f.related ?? [])];
}

function findingKey(f: RawFinding): string {
  return [f.code, ...cellsOf(f).map((l) => `${l.file}|${l.sheet ?? ''}|${l.cell ?? ''}`).sort()].join('\n');
}

const paramsText = (f: RawFinding) => JSON.stringify(f.params, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

/** The figure moved by a thousand of its last shown digits and its own size: no tolerance absorbs that. */
function perturbed(d: Dec, precision: number): Dec {
  const unit = 10n ** BigInt(Math.max(0, precision + d.scale));
  return { units: d.units * 2n + 1000n * unit, scale: d.scale };
}

function rebuild(ledger: Ledger, change: Set<LedgerEntry>): Ledger {
  const builder = createLedgerBuilder(false);
  for (const e of ledger.entries) builder.add(change.has(e) ? { ...plainEntry(e), amount: perturbed(e.amount, e.precision) } : { ...plainEntry(e) });
  for (const g of ledger.gaps) builder.gap?.(g);
  for (const d of ledger.differences ?? []) builder.difference?.(d);
  return builder.build();
}

/** The relations the figures take part in, found by changing them and checking again. */
export function relationsOf(ledger: Ledger, facts: LedgerEntry[], config: Config): Relation[] {
  if (!facts.length) return [];
  const before = new Map(runChecks(ledger, config, undefined, { foldCollateral: false }).map((f) => [findingKey(f), f]));
  const after = runChecks(rebuild(ledger, new Set(facts)), config, undefined, { foldCollateral: false });
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const f of after) {
    const key = findingKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const was = before.get(key);
    if (!was) out.push({ code: f.code, holds: true, cells: cellsOf(f) });
    else if (paramsText(was) !== paramsText(f)) out.push({ code: f.code, holds: false, cells: cellsOf(was) });
  }
  for (const [key, f] of before) if (!seen.has(key)) out.push({ code: f.code, holds: false, cells: cellsOf(f) });
  return out;
}

function findSheet(inspections: FileInspection[], target: FigureTarget): { file?: FileInspection; sheet?: SheetInspection } {
  const file = inspections.find((f) => f.file === target.file) ?? (inspections.length === 1 ? inspections[0] : undefined);
  if (!file) return {};
  if (target.sheet === undefined) return { file, sheet: file.sheets.length === 1 ? file.sheets[0] : undefined };
  const want = target.sheet.normalize('NFC');
  return { file, sheet: file.sheets.find((s) => s.sheet.normalize('NFC') === want) ?? file.sheets.find((s) => s.sheet.toLowerCase() === want.toLowerCase()) };
}

function statusOf(layout: Layout | undefined, row: number, facts: LedgerEntry[], gap: FigureGap | undefined): FigureStatus {
  if (facts.length) return 'figure';
  if (gap) return 'gap';
  if (!layout) return 'no-table';
  return row <= Math.max(layout.headerRow, ...layout.headerRows, ...layout.skipRows) ? 'header' : 'not-a-figure';
}

/** Everything known about one cell of one input, after a reconciliation of it. */
export function explainFigure(result: Reconciled, target: FigureTarget, config: Config): FigureExplanation {
  const at = parseCell(target.cell) ?? { row: 0, col: 0 };
  const cell = target.cell.trim().replace(/\$/g, '').toUpperCase();
  const { file, sheet } = findSheet(result.inspections, target);
  const base: FigureExplanation = {
    target: { ...target, file: file?.file ?? target.file, sheet: sheet?.sheet ?? target.sheet ?? '', cell, ...at },
    status: file ? 'no-sheet' : 'no-file',
    sheets: file?.sheets.map((s) => s.sheet) ?? [],
    facts: [],
    relations: [],
    findings: [],
  };
  if (!file || !sheet) return base;
  const where = (l: Location) => sameCell(l, file.file, sheet.sheet, cell);
  const facts = result.ledger.entries.filter((e) => where(e.source));
  const gap = result.ledger.gaps.find((g) => where(g.source));
  const layout = sheet.layout;
  const out: FigureExplanation = {
    ...base,
    status: statusOf(layout, at.row, facts, gap),
    facts,
    relations: relationsOf(result.ledger, facts, config),
    findings: result.findings.filter((f) => [f.location, ...f.related].some(where)),
  };
  if (gap) out.gap = gap;
  if (layout) {
    out.layout = { kind: layout.kind, headerRows: layout.headerRows, skipRows: layout.skipRows, title: layout.title, ...(layout.confirmed ? { confirmed: true } : {}) };
    const column = layout.columns.find((c) => c.col === at.col);
    if (column) {
      out.column = column;
      const style = sheet.stats?.styles[column.address];
      if (style) out.style = style.value;
    }
  }
  const row = sheet.stats?.roles.find((r) => r.row === at.row);
  if (row) out.row = row;
  return out;
}
