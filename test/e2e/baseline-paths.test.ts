import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('baselines', () => {
  it('name files relative to the baseline file, so they hold from any working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-base-'));
    const base = join(dir, 'budget-recon.baseline.json');
    const made = cli(['baseline', 'fixtures/samples/dong-bac-2024-9m-loi.csv', '--out', base], ROOT);
    expect(made.status).toBe(0);
    const doc = JSON.parse(readFileSync(base, 'utf8')) as { version: number; entries: Array<{ file: string }> };
    expect(doc.version).toBe(2);
    const expected = join(ROOT, 'fixtures/samples/dong-bac-2024-9m-loi.csv');
    expect(resolve(dir, doc.entries[0]!.file)).toBe(expected);
    // From another folder, the same file named another way: still accepted.
    const r = cli(['check', 'dong-bac-2024-9m-loi.csv', '--baseline', base, '--format', 'json'], join(ROOT, 'fixtures/samples'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, baselined: 2 });
  });
});
