import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, spawnAsync } from '../helpers.js';

// bin/budget-recon.js compiles the bundle (dist/cli-bundle/main.cjs) with a V8 code cache,
// main.cjs.cache: the SHA-256 of the bytes it was made from, then V8's data. A cache missing,
// made for other bytes or rejected by V8 is not used, and one of this run is written in its
// place; the run answers the same whatever the cache. Run on a copy of bin/ and dist/, so that
// the caches made here are no other test's.
const ROOT = resolve(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'br-cache-'));
const BUNDLE = join(copy, 'dist', 'cli-bundle', 'main.cjs');
const CACHE = `${BUNDLE}.cache`;
const ARGS = ['check', 'fixtures/long/facts-2022-9m-en.csv', 'fixtures/region/2023', '--format', 'json', '--fail-on', 'never'];

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();
const run = (bin: string, env: Record<string, string> = {}) => spawnAsync(process.execPath, [bin, ...ARGS], { cwd: ROOT, env: cliEnv(env) });

let expected: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  for (const d of ['bin', 'dist']) cpSync(join(ROOT, d), join(copy, d), { recursive: true, preserveTimestamps: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  expected = await run(join(ROOT, 'bin', 'budget-recon.js'), { BUDGET_RECON_UNBUNDLED: '1' });
  expect(expected.stdout.length).toBeGreaterThan(1000);
}, 60_000);

/** Runs the copy's CLI: it answers as dist/ does, whatever its cache. */
async function answers(): Promise<void> {
  const r = await run(join(copy, 'bin', 'budget-recon.js'));
  expect(r.stderr).toBe(expected.stderr);
  expect(r.status).toBe(expected.status);
  expect(r.stdout).toBe(expected.stdout);
}

describe('the code cache of the bundled CLI', () => {
  it('is made by the build, for the bundle as built', () => {
    const cache = readFileSync(join(ROOT, 'dist', 'cli-bundle', 'main.cjs.cache'));
    expect(cache.subarray(0, 32).equals(sha256(readFileSync(join(ROOT, 'dist', 'cli-bundle', 'main.cjs'))))).toBe(true);
    expect(cache.length).toBeGreaterThan(100_000);
  });

  it('missing: the run compiles the bundle from its text and writes the cache, which the next run uses as it is', async () => {
    rmSync(CACHE, { force: true });
    await answers();
    const made = readFileSync(CACHE);
    expect(made.subarray(0, 32).equals(sha256(readFileSync(BUNDLE)))).toBe(true);
    const { mtimeMs } = statSync(CACHE);
    await answers();
    // Accepted: not written again (a cache is written only where there was none to use).
    expect(statSync(CACHE).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(CACHE).equals(made)).toBe(true);
  }, 60_000);

  it('made for other bytes (the bundle built again): not used, and replaced', async () => {
    if (!existsSync(CACHE)) await answers();
    const before = readFileSync(CACHE);
    // The same length would pass V8's own check of the source: only the hash tells them apart.
    const text = readFileSync(BUNDLE, 'utf8');
    writeFileSync(BUNDLE, text.replace('"use strict";', "'use strict';"));
    expect(readFileSync(BUNDLE).length).toBe(Buffer.byteLength(text));
    await answers();
    const after = readFileSync(CACHE);
    expect(after.subarray(0, 32).equals(before.subarray(0, 32))).toBe(false);
    expect(after.subarray(0, 32).equals(sha256(readFileSync(BUNDLE)))).toBe(true);
  }, 60_000);

  it("rejected by V8 (another script's data under the right hash, or cut short): not used, and replaced", async () => {
    const hash = sha256(readFileSync(BUNDLE));
    const other = new Script('1 + 1').createCachedData();
    for (const data of [other, (readFileSync(CACHE).subarray(32, 2000))]) {
      writeFileSync(CACHE, Buffer.concat([hash, data]));
      await answers();
      const now = readFileSync(CACHE);
      expect(now.subarray(0, 32).equals(hash)).toBe(true);
      expect(now.length).toBeGreaterThan(100_000);
    }
  }, 60_000);

  it('where the cache cannot be read or written, the run is the same and says nothing of it', async () => {
    rmSync(CACHE, { force: true });
    mkdirSync(CACHE);
    await answers();
    expect(statSync(CACHE).isDirectory()).toBe(true);
    rmSync(CACHE, { recursive: true });
  }, 60_000);
});
