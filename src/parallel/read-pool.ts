import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { CompiledMapping } from '../config/mapping.js';
import type { Config } from '../config/schema.js';
import type { FileRead, ReconcileOptions } from '../index.js';
import { readerParams } from '../findings/params.js';
import { untypedFinding } from '../findings/types.js';
import type { InputFile } from '../read/collect-inputs.js';

/** What a worker is given: one file, as reconcile would read it. */
export interface ReadTask {
  input: InputFile;
  prior: boolean;
  config: Config;
  mapping?: CompiledMapping;
  /** Messages to the main thread: { started } when reading begins, then { file, rows } if `progress`. */
  port: MessagePort;
  progress: boolean;
}

/** Messages a worker sends while it reads; { done } last, before it returns its result. */
export type ReadMessage = { started: true } | { file: string; rows: number } | { done: true };

const WORKER = new URL('./read-worker.js', import.meta.url);

/**
 * Past maxSecondsPerFile a reader gives up by itself at its next row; a worker stuck in one
 * step (a huge cell, a pathological regular expression) is stopped from here after this much more.
 */
const GRACE_SECONDS = 10;

export interface WorkerReads {
  /** Each file's read, in input order (undefined for an input not to be read, such as a FIFO). */
  results: Array<Promise<FileRead> | undefined>;
  close(): Promise<void>;
}

/** A read that did not finish in its worker: a finding about that file, and the other files go on. */
function failedRead(task: Pick<ReadTask, 'input' | 'prior' | 'config'>, e: unknown, timedOut: boolean): FileRead {
  const file = task.input.display;
  const limits = task.config.limits;
  const raw: FileRead['raw'] = timedOut
    ? [untypedFinding('input-limit-exceeded', readerParams({ key: 'maxSecondsPerFile', value: `> ${limits.maxSecondsPerFile + GRACE_SECONDS}`, limit: limits.maxSecondsPerFile, at: '' }), { location: { file } })]
    : [{ code: 'internal-error', params: { check: 'read', reason: e instanceof Error ? e.message : String(e) }, location: { file } }];
  return { info: { file, readable: false, layout: null, entries: 0, ...(task.prior ? { prior: true } : {}) }, sheets: [], raw, entries: [], gaps: [], footnotes: [] };
}

/**
 * Reads the files of a batch in worker threads (piscina), `jobs` at a time, each file whole in one
 * worker; undefined where the worker script is not there (running from the TypeScript sources),
 * and the caller reads in this thread. Each worker reads within the configured limits, and is
 * stopped past the time limit; a file that fails or crashes its worker becomes a finding of its own.
 */
export async function readInWorkers(list: Array<{ input: InputFile; prior: boolean }>, config: Config, options: ReconcileOptions, jobs: number): Promise<WorkerReads | undefined> {
  if (!existsSync(fileURLToPath(WORKER))) return undefined;
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: WORKER.href, minThreads: 1, maxThreads: jobs, idleTimeout: 500 });
  const run = (input: InputFile, prior: boolean): Promise<FileRead> => {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let delivered!: () => void;
    // The result comes back by another channel than the messages: wait for the last of them.
    const allDelivered = new Promise<void>((resolve) => (delivered = resolve));
    port1.on('message', (m: ReadMessage) => {
      if ('started' in m) timer = setTimeout(() => abort.abort(), (config.limits.maxSecondsPerFile + GRACE_SECONDS) * 1000);
      else if ('done' in m) delivered();
      else options.onProgress?.(m.file, m.rows);
    });
    const task: ReadTask = { input, prior, config, port: port2, progress: !!options.onProgress, ...(options.mapping ? { mapping: options.mapping } : {}) };
    return (pool.run(task, { transferList: [port2], signal: abort.signal }) as Promise<FileRead>)
      .then(async (read) => {
        await allDelivered;
        return read;
      })
      .catch((e: unknown) => failedRead(task, e, abort.signal.aborted))
      .finally(() => {
        clearTimeout(timer);
        port1.close();
      });
  };
  const results = list.map(({ input, prior }) => (input.problem ? undefined : run(input, prior)));
  return { results, close: () => pool.destroy() };
}
