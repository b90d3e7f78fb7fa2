import type { CellValue } from 'exceljs';
import { Writable } from 'node:stream';
import type { Io } from '../src/cli/main.js';
import type { Row } from '../src/read/grid.js';
import { detectLayout } from '../src/layout/detect-layout.js';
import { normaliseSheet, type NormaliseOptions, type NormaliseStats } from '../src/normalise/normalise-sheet.js';
import { buildLedger, type Footnote, type Ledger } from '../src/ledger/build-ledger.js';
import type { LedgerEntry } from '../src/ledger/schema.js';
import type { RawFinding } from '../src/findings/types.js';

/** Rows of text cells from a 2D array, as a CSV reader yields them ('' = empty cell). */
export function textRows(table: string[][]): Row[] {
  return table.map((cells, r) =>
    cells.flatMap((text, c) => (text === '' ? [] : [{ row: r + 1, col: c + 1, value: text, text }])),
  );
}

async function* iterate(rows: Row[]): AsyncGenerator<Row> {
  yield* rows;
}

/** Runs layout + normalise on an inline table: the pure middle of the pipeline. */
export async function normaliseTable(table: string[][], opts: Partial<NormaliseOptions> = {}): Promise<{ entries: LedgerEntry[]; findings: RawFinding[]; ledger: Ledger; stats: Partial<NormaliseStats> }> {
  const rows = textRows(table);
  const file = opts.file ?? 'test.csv';
  const sheet = opts.sheet ?? 'test';
  const { layout, findings } = detectLayout(rows, { file, sheet });
  const entries: LedgerEntry[] = [];
  const footnotes: Footnote[] = [];
  let stats: Partial<NormaliseStats> = {};
  if (layout) {
    stats = await normaliseSheet(layout, iterate(rows), { file, sheet, numberStyle: opts.numberStyle ?? 'auto' }, {
      entry: (e) => entries.push(e),
      finding: (f) => findings.push(f),
      footnote: (n) => footnotes.push(n),
    });
  }
  return { entries, findings, ledger: { ...buildLedger(entries), footnotes }, stats };
}

export function codes(findings: Array<{ code: string }>): string[] {
  return findings.map((f) => f.code);
}

/** Several inline tables, as several files, in one ledger (for checks across reports). */
export async function ledgerOf(tables: Array<{ file: string; table: string[][]; prior?: boolean }>): Promise<{ ledger: Ledger; findings: RawFinding[] }> {
  const entries: LedgerEntry[] = [];
  const findings: RawFinding[] = [];
  for (const t of tables) {
    const r = await normaliseTable(t.table, { file: t.file, sheet: t.file.replace(/\.\w+$/, '') });
    for (const e of r.entries) {
      if (t.prior) e.prior = true;
      entries.push(e);
    }
    findings.push(...r.findings);
  }
  return { ledger: buildLedger(entries), findings };
}

/**
 * The environment for a spawned CLI: the parent's without its colour settings, then `extra`.
 * (Node 22 warns on stderr when NO_COLOR and FORCE_COLOR are both set, even empty.)
 */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

/**
 * A child process run without blocking the test worker (a long spawnSync starves vitest's RPC
 * and fails the run with "Timeout calling onTaskUpdate" on a loaded machine).
 */
export async function spawnAsync(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  return new Promise((done) => {
    const p = spawn(command, args, { cwd: options.cwd, env: options.env });
    let stdout = '', stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** The CLI's streams in memory: what `main` writes to stdout and stderr, as text. */
export function memoryIo(): Io & { out: () => string; err: () => string } {
  const sink = () => {
    const chunks: string[] = [];
    return { w: new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb(); } }), text: () => chunks.join('') };
  };
  const o = sink();
  const e = sink();
  return { stdout: o.w, stderr: e.w, env: {}, out: o.text, err: e.text };
}

/** A one-sheet form as Excel writes it: cells (titles, unit line), header rows, merges, lines from `firstLine`, then `cells` again over them (a typo). */
export interface FormSpec {
  sheet: string;
  titles: Record<string, string>;
  header: Record<number, unknown[]>;
  merges: string[];
  lines: unknown[][];
  firstLine: number;
  cells?: Record<string, string | number>;
}

export async function writeForm(path: string, spec: FormSpec): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet);
  for (const [a, v] of Object.entries(spec.titles)) ws.getCell(a).value = v;
  for (const [r, values] of Object.entries(spec.header)) ws.getRow(Number(r)).values = values as CellValue[];
  for (const m of spec.merges) ws.mergeCells(m);
  spec.lines.forEach((l, i) => { ws.getRow(spec.firstLine + i).values = l as CellValue[]; });
  for (const [a, v] of Object.entries(spec.cells ?? {})) ws.getCell(a).value = v;
  await wb.xlsx.writeFile(path);
  return path;
}
