import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { InputFile } from '../read/collect-inputs.js';

/**
 * A worker loads the reading pipeline before its first row (about 0.35 s of CPU) and a file of a
 * batch costs the thread that reads it about 10 ms besides its bytes (a province form, read
 * whole: about 1 s a megabyte): a batch smaller than this, in bytes and in files, is read sooner
 * in one thread. Measured on two cores: the 64 forms of a region and its summary (0.5 MB) take
 * 0.86 s in one thread, 1.12 s with two workers.
 */
export const AUTO_MIN_BYTES = 2 * 1024 * 1024;
export const AUTO_MIN_FILES = 128;

/** --jobs' default: every core for a large batch, one thread for a small one (a single file included). */
export async function autoJobs(files: InputFile[]): Promise<number> {
  if (files.length < 2) return 1;
  if (files.length >= AUTO_MIN_FILES) return availableParallelism();
  let bytes = 0;
  for (const f of files) bytes += (await stat(f.path).catch(() => undefined))?.size ?? 0;
  return bytes >= AUTO_MIN_BYTES ? availableParallelism() : 1;
}
