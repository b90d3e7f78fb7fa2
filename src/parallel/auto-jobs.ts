import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { InputFile } from '../read/collect-inputs.js';

/**
 * A worker loads the whole pipeline before its first row (about half a second of CPU): a batch
 * smaller than this, in bytes and in files, is read sooner in one thread.
 */
export const AUTO_MIN_BYTES = 2 * 1024 * 1024;
export const AUTO_MIN_FILES = 32;

/** --jobs' default: every core for a large batch, one thread for a small one (a single file included). */
export async function autoJobs(files: InputFile[]): Promise<number> {
  if (files.length < 2) return 1;
  if (files.length >= AUTO_MIN_FILES) return availableParallelism();
  let bytes = 0;
  for (const f of files) bytes += (await stat(f.path).catch(() => undefined))?.size ?? 0;
  return bytes >= AUTO_MIN_BYTES ? availableParallelism() : 1;
}
