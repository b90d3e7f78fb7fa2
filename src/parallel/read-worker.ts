import { entryProblem, type DifferenceFigure, type FigureGap, type Footnote, type LedgerBuilder } from '../ledger/build-ledger.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { FileInspection, FileRead, ReconcileOptions } from '../index.js';
import { readFile } from '../index.js';
import type { FileInfo } from '../findings/build-report.js';
import type { RawFinding } from '../findings/types.js';
import type { ReadMessage, ReadTask } from './read-pool.js';

/**
 * A worker thread's task (piscina): read one file exactly as reconcile reads it in the main
 * thread, and hand back what reading gave — the entries the ledger builder accepts, in order,
 * the findings, the figure gaps and footnotes, the file's state — for the main thread to merge
 * in input order.
 */
export default async function readTask(task: ReadTask): Promise<FileRead> {
  const { input, prior, config, port } = task;
  const say = (m: ReadMessage) => port.postMessage(m);
  say({ started: true });
  const info: FileInfo = { file: input.display, readable: true, layout: null, entries: 0, ...(prior ? { prior: true } : {}) };
  const inspection: FileInspection = { file: input.display, sheets: [] };
  const raw: RawFinding[] = [];
  const entries: LedgerEntry[] = [];
  const gaps: FigureGap[] = [];
  const footnotes: Footnote[] = [];
  const differences: DifferenceFigure[] = [];
  // The entries the main thread's builder will take: each checked here as that builder checks it.
  const builder: LedgerBuilder<never> = {
    add(e) {
      const problem = entryProblem(e);
      if (!problem) entries.push(e);
      return problem;
    },
    gap: (g) => gaps.push(g),
    footnote: (f) => footnotes.push(f),
    difference: (d) => differences.push(d),
    build: () => {
      throw new Error('a worker builds no ledger');
    },
  };
  const options: ReconcileOptions = {
    ...(task.mapping ? { mapping: task.mapping } : {}),
    ...(task.progress ? { onProgress: (file: string, rows: number) => say({ file, rows }) } : {}),
  };
  try {
    await readFile(input, info, inspection, config, builder, raw, options);
  } finally {
    say({ done: true });
    port.close();
  }
  return { info, sheets: inspection.sheets, raw, entries, gaps, footnotes, ...(differences.length ? { differences } : {}) };
}
