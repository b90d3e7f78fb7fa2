import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option } from './commander.js';
import type { Config } from '../config/schema.js';
import type { ReconcileOptions } from '../index.js';
import { expandGlobs } from './paths.js';
import { AUTO_MIN_BYTES, AUTO_MIN_FILES } from '../parallel/auto-jobs.js';

export const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Exit code 2: the tool could not run. Its message is one line, in English and (when given) Vietnamese. */
export class UsageError extends Error {
  constructor(message: string, readonly vi?: string) {
    super(message);
  }
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  /** Progress shows once a run has taken this long (ms; default 1000): tests set 0. */
  progressAfterMs?: number;
}

/** What every command gets: where to print, how to set the exit code, the program's language. */
export interface CliContext {
  io: Io;
  setExit: (code: number) => void;
  version: string;
}

export function useColor(io: Io): boolean {
  if ('NO_COLOR' in io.env && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !!io.stdout.isTTY;
}

/*
 * This module is on the path of every run, --version and --help included: it imports nothing
 * heavy. The config (zod), mapping and writing modules load when a command uses them.
 */

export async function configFrom(opts: { config?: string; lang?: string; failOn?: string }): Promise<Config> {
  const { loadConfig } = await import('../config/load-config.js');
  return loadConfig(opts.config, { lang: opts.lang, failOn: opts.failOn });
}

export async function optionsFrom(opts: { mapping?: string; prior?: string[]; jobs?: number | 'auto' }, onProgress?: ReconcileOptions['onProgress']): Promise<ReconcileOptions> {
  const o: ReconcileOptions = { jobs: opts.jobs ?? 1, pack: true, ...(onProgress ? { onProgress } : {}) };
  if (opts.mapping) o.mapping = await (await import('../config/mapping.js')).loadMapping(opts.mapping);
  if (opts.prior?.length) o.prior = await expandGlobs(opts.prior);
  return o;
}

export async function writeOut(path: string, data: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  const { writeAtomic } = await import('./write-atomic.js');
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeAtomic(path, data);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(`cannot write ${path}: ${why}`, `không ghi được ${path}: ${why}`);
  }
}

/** Options several commands share. */
export const langOption = () => new Option('--lang <lang>', 'language of messages').choices(['en', 'vi']);
export const configOption = () => new Option('--config <file>', 'JSON config file (severities, number style…)');
const JOBS_DEFAULT = `the number of cores for ${AUTO_MIN_FILES} files or ${AUTO_MIN_BYTES >> 20} MB and more, else 1`;
export const jobsOption = () =>
  new Option('--jobs <n>', 'files read at once, each in a worker thread (a number, or auto)').default('auto', JOBS_DEFAULT).argParser(parseJobs);

/** --jobs: a whole number of workers, or "auto" (the default, given explicitly). */
export function parseJobs(v: string): number | 'auto' {
  if (v.trim().toLowerCase() === 'auto') return 'auto';
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, or auto: ${v}`, `--jobs phải là số nguyên từ 1 đến 256, hoặc auto: ${v}`);
  return n;
}
export const mappingOption = () => new Option('--mapping <file>', 'JSON mapping file overriding layout detection for odd sheets');
