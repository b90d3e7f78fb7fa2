import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, spawnAsync } from '../helpers.js';

// What the built CLI really loads while it runs (npm test builds first): a module hook records
// every module's URL, so lazy imports are seen too, not only the static import graph; packages
// required from the bundle are recorded as they are resolved, and the bundle tells a tracer each
// module of dist/ it runs (those it runs on load are in modules.json's `eager`).
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const tmp = mkdtempSync(join(tmpdir(), 'br-lazy-'));
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.BR_LOADED, url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});
import Module from 'node:module'; import { appendFileSync } from 'node:fs';
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...a) { const f = resolveFilename.apply(this, a); if (f.startsWith('/')) appendFileSync(process.env.BR_LOADED, 'file://' + f + '\\n'); return f; };
globalThis.__budgetReconTrace = (m) => appendFileSync(process.env.BR_LOADED, 'bundle:' + m + '\\n');`;

/** The modules of dist/ the bundle holds, and those it runs when it loads (bundle-cli.mjs writes the list). */
const HELD = JSON.parse(readFileSync(join(ROOT, 'dist', 'cli-bundle', 'modules.json'), 'utf8')) as { modules: string[]; eager: string[] };

let n = 0;
/** What a run loads: packages by name, and the modules of dist/ it runs (from dist/ itself, or from the bundle, as dist/… URLs). */
async function loaded(args: string[]): Promise<{ status: number | null; packages: Set<string>; held: Set<string>; files: string[]; bundled: boolean; fromDist: string[] }> {
  const list = join(tmp, `loaded-${n++}.txt`);
  writeFileSync(list, '');
  const r = await spawnAsync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { cwd: ROOT, env: cliEnv({ BR_LOADED: list, NO_COLOR: '1' }) });
  const lines = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const urls = lines.filter((l) => !l.startsWith('bundle:'));
  const traced = lines.filter((l) => l.startsWith('bundle:')).map((l) => l.slice('bundle:'.length));
  // Packages from node_modules as resolved; those the bundle holds (HELD_PACKAGES of scripts/bundle-cli.mjs) as it runs their modules.
  const packages = new Set([...urls, ...traced].map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => !!p));
  const held = new Set(traced.map((m) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1]).filter((p): p is string => !!p));
  const fromDist = urls.filter((u) => u.includes('/dist/') && !u.includes('/node_modules/'));
  const bundled = traced.length > 0;
  const files = [...fromDist, ...(bundled ? [...HELD.eager, ...traced].map((m) => `file://${ROOT}/${m}`) : [])];
  return { status: r.status, packages, held, files, bundled, fromDist };
}

const NOT_FOR_A_CSV = ['zod', 'exceljs', 'jszip', '@e965/xlsx', 'mammoth', 'echarts', 'chalk', 'string-width', 'piscina', 'cli-progress', 'hyparquet-writer', 'tinyglobby'];

describe('lazy loading: a run loads what it uses', () => {
  it('check on one CSV, output redirected: no zod, no workbook reader, no colour or width library', async () => {
    const run = await loaded(['check', 'fixtures/long/facts-2022-9m-en.csv', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.packages).toContain('csv-parse');
    // csv-parse and decimal.js run from the bundle (compiled from its code cache), not from node_modules.
    expect([...run.held].sort()).toEqual(['csv-parse', 'decimal.js']);
    for (const p of NOT_FOR_A_CSV) expect(run.packages, p).not.toContain(p);
    // From the bundle (npm run build makes it): one script holds the ~140 modules it runs, no module of dist/ loaded apart.
    expect(run.bundled).toBe(true);
    expect(run.fromDist).toEqual([]);
    expect(run.files.filter((f) => /\/dist\/(index|read|layout|normalise|ledger|checks)/.test(f)).length).toBeGreaterThan(40);
  });

  it('a plain config file is read without zod; a mapping, an expected-province list or a bad config load it', async () => {
    const plain = join(tmp, 'plain.json');
    writeFileSync(plain, JSON.stringify({ lang: 'vi', severity: { 'sum-mismatch': 'warning' }, limits: { maxColumns: 60 } }));
    const withPlain = await loaded(['check', 'fixtures/long/facts-2022-9m-en.csv', '--fail-on', 'never', '--config', plain]);
    expect(withPlain.status).toBe(0);
    expect(withPlain.packages).not.toContain('zod');

    const provinces = join(tmp, 'provinces.json');
    writeFileSync(provinces, JSON.stringify({ expectedProvinces: ['Nghệ An'] }));
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ lang: 'fr' }));
    const mapping = join(tmp, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ rules: [{ file: 'nothing-*.csv', kind: 'long' }] }));
    for (const extra of [['--config', provinces], ['--config', bad], ['--mapping', mapping]]) {
      const run = await loaded(['check', 'fixtures/long/facts-2022-9m-en.csv', '--fail-on', 'never', ...extra]);
      expect(run.packages, extra.join(' ')).toContain('zod');
      expect(run.status, extra.join(' ')).toBe(extra[1] === bad ? 2 : 0);
    }
  }, 60_000);

  it('--help and --version load no command pipeline', async () => {
    for (const args of [['--help'], ['--version'], ['check', '--help']]) {
      const run = await loaded(args);
      expect(run.status).toBe(0);
      expect(run.files.filter((f) => /\/dist\/(index|read\/read-|layout|normalise|ledger|checks|findings|reference)/.test(f)), args.join(' ')).toEqual([]);
      for (const p of [...NOT_FOR_A_CSV, 'csv-parse', 'decimal.js']) expect(run.packages, p).not.toContain(p);
    }
  });
});
