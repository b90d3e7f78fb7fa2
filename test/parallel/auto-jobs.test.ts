import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_MIN_BYTES, AUTO_MIN_FILES, autoJobs } from '../../src/parallel/auto-jobs.js';
import type { InputFile } from '../../src/read/collect-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'br-auto-jobs-'));
function files(n: number, bytes: number): InputFile[] {
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${n}-${bytes}-${i}.csv`);
    writeFileSync(path, Buffer.alloc(bytes, 0x31));
    return { path, display: path, explicit: true };
  });
}

describe('--jobs auto', () => {
  it('reads one file, or a small batch, in one thread', async () => {
    expect(await autoJobs(files(1, AUTO_MIN_BYTES * 2))).toBe(1);
    expect(await autoJobs(files(7, 10_000))).toBe(1);
    // A region: 63 province forms and the summary, 0.5 MB in all, is read sooner than two workers start.
    expect(await autoJobs(files(64, 8_000))).toBe(1);
    expect(await autoJobs([])).toBe(1);
  });

  it('uses every core for many files or many bytes', async () => {
    expect(await autoJobs(files(AUTO_MIN_FILES, 100))).toBe(availableParallelism());
    expect(await autoJobs(files(2, AUTO_MIN_BYTES / 2 + 1))).toBe(availableParallelism());
  });
});
