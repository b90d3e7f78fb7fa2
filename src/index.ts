/**
 * budget-recon's library API. `reconcile` runs the whole pipeline on files or folders:
 * read → layout → normalise → ledger → checks → report. Reporters render the report.
 */
import { runChecks } from './checks/run-checks.js';
import { plainConfig, resolveConfig, type Config, type ConfigInput } from './config/schema.js';
import { loadZod } from './config/zod.js';
import { buildReport, type FileInfo, type Report } from './findings/build-report.js';
import { entryRefused, untypedFinding, type RawFinding } from './findings/types.js';
import { readerParams } from './findings/params.js';
import { createLedgerBuilder, type DifferenceFigure, type FigureGap, type Footnote, type Ledger, type LedgerBuilder, type SheetReading, type SheetRegion } from './ledger/build-ledger.js';
import type { LedgerEntry } from './ledger/schema.js';
import { detectLayout, type Layout } from './layout/detect-layout.js';
import { leanOnWorkbook, workbookFacts, type WorkbookFacts } from './layout/workbook-facts.js';
import { normaliseSheet, type NormaliseStats } from './normalise/normalise-sheet.js';
import { collectInputs, type InputFile } from './read/collect-inputs.js';
import { peekRows, ReadError, type Row, type SheetGrid } from './read/grid.js';
import { isProseFile } from './read/read-prose.js';
import { readInputBounded } from './read/read-bounded.js';
import { convertLegacyRows } from './read/legacy-cells.js';
import { prependRows, tapRows } from './read/row-stream.js';
import { hintsFor, type CompiledMapping } from './config/mapping.js';
import type { LegacyEncoding } from './reference/legacy-encoding.js';
import { formatPeriod } from './reference/periods.js';

export interface ReconcileOptions {
  /** Layout overrides from a mapping file (config/mapping.ts). */
  mapping?: CompiledMapping;
  /** Last year's reports: read so that this year's "cùng kỳ" figures can be checked against them; their own findings are not reported. */
  prior?: Array<string | InputFile>;
  /**
   * Called while files are read, with the file and the rows read from it so far: at its first
   * rows, every few thousand rows, and at the end of each sheet. For a progress display; rows are
   * not counted when it is absent.
   */
  onProgress?: (file: string, rows: number) => void;
  /**
   * Files read at once, each in a worker thread (parallel/read-pool.ts): 1 (the default) reads
   * them one after the other here; 'auto' uses every core for a batch large enough to repay
   * starting the workers (parallel/auto-jobs.ts), else 1. Results are merged in input order, so
   * findings and ledger are the same whatever the number.
   */
  jobs?: number | 'auto';
  /**
   * Hold the figures of long exports packed (ledger/entry-store.ts): far less memory on a long
   * export, the same findings. The ledger's entries of long exports are then read through
   * accessors: spread `plainEntry(e)`, never `e` itself. The CLI sets it; the library's ledger
   * keeps plain objects unless asked.
   */
  pack?: boolean;
}

export interface SheetInspection {
  sheet: string;
  merges: number;
  mapped: boolean;
  convertedFrom?: string;
  layout?: Layout;
  stats?: NormaliseStats;
  legacy?: { encoding: LegacyEncoding; cells: string[] };
}

export interface FileInspection {
  file: string;
  sheets: SheetInspection[];
}

export interface ReconcileResult {
  report: Report;
  ledger: Ledger;
  inspections: FileInspection[];
}

const HEAD_ROWS = 40;

const PROGRESS_EVERY = 4096;
/** Rows read so far from each file being read (all its sheets), for onProgress. */
const rowsRead = new WeakMap<FileInfo, number>();

/** The rows, counted for onProgress as they pass. */
function counted(rows: AsyncIterable<Row>, file: string, info: FileInfo, onProgress: (file: string, rows: number) => void): AsyncIterable<Row> {
  let n = rowsRead.get(info) ?? 0;
  let next = n + 1;
  return tapRows(rows, {
    row() {
      if (++n >= next) {
        onProgress(file, n);
        next = n + PROGRESS_EVERY;
      }
    },
    end() {
      rowsRead.set(info, n);
      onProgress(file, n);
    },
  });
}

/** Layout, normalisation and legacy-text conversion of one sheet; entries go to the builder. */
async function processSheet(sheet: SheetGrid, file: string, config: Config, info: FileInfo, builder: LedgerBuilder<unknown>, raw: RawFinding[], options: ReconcileOptions, workbook: WorkbookFacts, prior = false): Promise<SheetInspection> {
  const legacy = new Map<LegacyEncoding, string[]>();
  const rows = options.onProgress ? counted(sheet.rows, file, info, options.onProgress) : sheet.rows;
  const { head, rest } = await peekRows(convertLegacyRows(rows, legacy), HEAD_ROWS);
  const hints = hintsFor(options.mapping, file, sheet.sheet);
  const { layout, findings } = detectLayout(head, { file, sheet: sheet.sheet, merges: sheet.merges, ...(sheet.hiddenCols?.length ? { hiddenCols: sheet.hiddenCols } : {}) }, hints);
  raw.push(...findings);
  const si: SheetInspection = { sheet: sheet.sheet, merges: sheet.merges.length, mapped: !!hints };
  if (sheet.convertedFrom) si.convertedFrom = sheet.convertedFrom;
  if (layout) {
    leanOnWorkbook(workbook, layout, sheet.sheet);
    si.layout = layout;
    info.layout ??= layout.kind;
    si.stats = await normaliseSheet(layout, prependRows(head, rest), { file, sheet: sheet.sheet, numberStyle: config.numberStyle, merges: sheet.merges, ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}) }, {
      entry: (e) => {
        if (prior) e.prior = true;
        const problem = builder.add(e);
        if (problem) raw.push(entryRefused(problem));
        else info.entries++;
      },
      finding: (f) => raw.push(f),
      gap: (g) => builder.gap?.(g),
      footnote: (f) => builder.footnote?.(f),
      difference: (d) => builder.difference?.(d),
    });
  } else {
    // Drain the rows so that legacy conversions are still reported.
    for await (const _ of rest) void _;
  }
  for (const [encoding, cells] of legacy) {
    raw.push({
      code: 'legacy-text-converted',
      params: { encoding: encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI', count: cells.length, cells: cells.slice(0, 12).join(', ') + (cells.length > 12 ? ', …' : '') },
      location: { file, sheet: sheet.sheet, cell: cells[0]! },
    });
    si.legacy = { encoding, cells };
  }
  return si;
}

/** What reading the inputs gives before any check: the ledger, reading's findings, each file's state. */
export interface ReadInputsResult<L = Ledger> {
  raw: RawFinding[];
  infos: FileInfo[];
  inspections: FileInspection[];
  ledger: L;
  /** False for a finding about last year's reports only (--prior): that is last year's business. */
  reported(f: RawFinding): boolean;
}

/** Files named by paths (folders expanded) and given as inputs. */
async function inputFiles(inputs: Array<string | InputFile>): Promise<InputFile[]> {
  const paths = inputs.filter((i): i is string => typeof i === 'string');
  const files = inputs.filter((i): i is InputFile => typeof i !== 'string');
  if (paths.length) files.push(...(await collectInputs(paths)));
  return files;
}

/** Reads and normalises one input file; its findings go to `raw`. */
export async function readFile(input: InputFile, info: FileInfo, inspection: FileInspection, config: Config, builder: LedgerBuilder<unknown>, raw: RawFinding[], options: ReconcileOptions): Promise<void> {
  if (input.problem) {
    info.readable = false;
    raw.push(untypedFinding(input.problem.code, readerParams(input.problem.params), { location: { file: input.display } }));
    return;
  }
  try {
    // A .txt of sentences is an article, not a table export: `claims` checks it.
    if (await isProseFile(input.path).catch(() => false)) {
      raw.push({ code: 'prose-skipped', params: { file: input.display }, location: { file: input.display } });
      return;
    }
    const wb = await readInputBounded(input.path, input.display, config.limits);
    for (const n of wb.notes) raw.push(untypedFinding(n.code, readerParams(n.params), { location: { file: input.display, ...(n.sheet ? { sheet: n.sheet } : {}) } }));
    const workbook = workbookFacts();
    for (const sheet of wb.sheets) inspection.sheets.push(await processSheet(sheet, input.display, config, info, builder, raw, options, workbook, !!info.prior));
  } catch (e) {
    if (e instanceof ReadError) {
      info.readable = info.entries > 0;
      raw.push(untypedFinding(e.code, readerParams(e.params), { location: { file: input.display, ...e.where } }));
    } else {
      raw.push({ code: 'internal-error', params: { check: 'read', reason: e instanceof Error ? e.message : String(e) }, location: { file: input.display } });
    }
  }
}

/** What a worker read of one file (parallel/read-worker.ts): merged as if it had been read here. */
export interface FileRead {
  info: FileInfo;
  sheets: SheetInspection[];
  raw: RawFinding[];
  /** Entries the worker's builder accepted, in order, the figure gaps, and the footnotes under the tables. */
  entries: LedgerEntry[];
  gaps: FigureGap[];
  footnotes: Footnote[];
  differences?: DifferenceFigure[];
}

function mergeFileRead(r: FileRead, info: FileInfo, inspection: FileInspection, builder: LedgerBuilder<unknown>, raw: RawFinding[]): void {
  Object.assign(info, r.info);
  inspection.sheets.push(...r.sheets);
  raw.push(...r.raw);
  for (const e of r.entries) {
    const problem = builder.add(e);
    if (problem) raw.push(entryRefused(problem));
  }
  for (const g of r.gaps) builder.gap?.(g);
  for (const f of r.footnotes) builder.footnote?.(f);
  for (const d of r.differences ?? []) builder.difference?.(d);
}

/**
 * Reads and normalises the inputs into a ledger, without checking it: what `reconcile` checks,
 * and all the `ledger` command needs (with a compact builder, ledger/compact.ts).
 */
export async function readInputs<L = Ledger>(inputs: Array<string | InputFile>, config: Config, options: ReconcileOptions = {}, builder: LedgerBuilder<L> = createLedgerBuilder() as unknown as LedgerBuilder<L>): Promise<ReadInputsResult<L>> {
  const files = await inputFiles(inputs);
  const priorFiles = await inputFiles(options.prior ?? []);
  const priorNames = new Set(priorFiles.map((f) => f.display));
  const currentNames = new Set(files.map((f) => f.display));
  const raw: RawFinding[] = [];
  const infos: FileInfo[] = [];
  const inspections: FileInspection[] = [];
  const list = [...files, ...priorFiles.filter((f) => !currentNames.has(f.display))].map((input) => ({ input, prior: priorNames.has(input.display) && !currentNames.has(input.display) }));
  const readable = list.filter((f) => !f.input.problem).map((f) => f.input);
  const wanted = options.jobs === 'auto' ? await (await import('./parallel/auto-jobs.js')).autoJobs(readable) : options.jobs ?? 1;
  const jobs = Math.min(wanted, readable.length);
  const pool = jobs > 1 ? await (await import('./parallel/read-pool.js')).readInWorkers(list, config, options, jobs) : undefined;
  try {
    for (const [k, { input, prior }] of list.entries()) {
      const info: FileInfo = { file: input.display, readable: true, layout: null, entries: 0, ...(prior ? { prior: true } : {}) };
      const inspection: FileInspection = { file: input.display, sheets: [] };
      infos.push(info);
      inspections.push(inspection);
      if (pool && !input.problem) mergeFileRead(await pool.results[k]!, info, inspection, builder, raw);
      else await readFile(input, info, inspection, config, builder, raw, options);
    }
  } finally {
    await pool?.close();
  }
  const reported = (f: RawFinding) => !(priorNames.has(f.location.file) && !currentNames.has(f.location.file));
  return { raw, infos, inspections, ledger: builder.build(), reported };
}

/** The regions the titles of the multi-province tables name, for the conference tables' grouping. */
function sheetRegions(inspections: FileInspection[]): SheetRegion[] {
  const out: SheetRegion[] = [];
  for (const f of inspections) {
    for (const s of f.sheets) {
      const region = s.layout?.kind === 'summary' ? s.layout.title.region : undefined;
      if (region) out.push({ file: f.file, sheet: s.sheet, region });
    }
  }
  return out;
}

const MONEY_NAMES: Record<number, string> = { 0: 'đồng', 3: 'nghìn đồng', 6: 'triệu đồng', 9: 'tỷ đồng' };

/** The sheets whose band, year, period or unit was not decided with certainty, with what was read: what settles them. */
function sheetReadings(inspections: FileInspection[]): SheetReading[] {
  const out: SheetReading[] = [];
  for (const f of inspections) {
    for (const s of f.sheets) {
      const l = s.layout;
      if (!l || [l.decisions.band, l.decisions.year, l.decisions.period, l.decisions.unit].every((d) => d.certainty === 'certain')) continue;
      const r: SheetReading = { file: f.file, sheet: s.sheet };
      const t = l.title;
      if (t.year !== undefined) r.year = t.year;
      if (t.period) r.period = formatPeriod(t.period);
      if (t.unit) r.unit = t.unit.kind === 'money' ? MONEY_NAMES[t.unit.exponent]! : t.unit.written;
      out.push(r);
    }
  }
  return out;
}

/** Reads, normalises and checks the inputs. Never throws on bad data: that becomes findings. */
export async function reconcile(inputs: Array<string | InputFile>, configInput: Config | ConfigInput = {}, options: ReconcileOptions = {}): Promise<ReconcileResult> {
  // zod loads only for a config that plain tests cannot settle (config/schema.ts).
  const config = plainConfig(configInput) ?? (await loadZod(), resolveConfig(configInput));
  const { raw, infos, inspections, ledger, reported } = await readInputs(inputs, config, options, createLedgerBuilder(true, { pack: !!options.pack }));
  const regions = sheetRegions(inspections);
  if (regions.length) ledger.regions = regions;
  const readings = sheetReadings(inspections);
  if (readings.length) ledger.readings = readings;
  raw.push(...runChecks(ledger, config));
  // Last year's reports serve as references: what is wrong inside them is last year's business.
  return { report: buildReport(raw.filter(reported), infos, ledger, config), ledger, inspections };
}

export { resolveConfig } from './config/schema.js';
export type { Config, ConfigInput } from './config/schema.js';
export type { Report, FileStatus } from './findings/build-report.js';
export type { Finding, Location, Severity } from './findings/types.js';
export type { LedgerEntry } from './ledger/schema.js';
export type { Ledger } from './ledger/build-ledger.js';
export { CATALOG } from './findings/catalog.js';
export { compileMapping, type CompiledMapping } from './config/mapping.js';
