import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import type { ReconcileOptions } from '../index.js';
import { loadMapping } from '../config/mapping.js';
import { writeAtomic } from './write-atomic.js';
import { expandGlobs } from './paths.js';

export const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Exit code 2: the tool could not run. Its message is one line, in English and (when given) Vietnamese. */
export class UsageError extends Error {
  constructor(message: string, readonly vi?: string) {
    super(message);
  }
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
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

export async function configFrom(opts: { config?: string; lang?: string; failOn?: string }): Promise<Config> {
  return loadConfig(opts.config, { lang: opts.lang, failOn: opts.failOn });
}

export async function optionsFrom(opts: { mapping?: string; prior?: string[] }): Promise<ReconcileOptions> {
  const o: ReconcileOptions = {};
  if (opts.mapping) o.mapping = await loadMapping(opts.mapping);
  if (opts.prior?.length) o.prior = await expandGlobs(opts.prior);
  return o;
}

export async function writeOut(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
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
export const mappingOption = () => new Option('--mapping <file>', 'JSON mapping file overriding layout detection for odd sheets');
