import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, spawnAsync } from '../helpers.js';

// What the built CLI really loads while it runs (npm test builds first): a module hook records
// every module's URL, so lazy imports are seen too, not only the static import graph.
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const tmp = mkdtempSync(join(tmpdir(), 'br-lazy-'));
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.BR_LOADED, url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/** The modules of dist/ each file of the bundle holds (bundle-cli.mjs writes the list). */
const HELD = JSON.parse(readFileSync(join(ROOT, 'dist', 'cli-bundle', 'modules.json'), 'utf8')) as Record<string, string[]>;

let n = 0;
/** What a run loads: packages by name, and the modules of dist/ (those of the bundle's files it loaded, as dist/… URLs). */
async function loaded(args: string[]): Promise<{ status: number | null; packages: Set<string>; files: string[]; bundleFiles: number }> {
  const list = join(tmp, `loaded-${n++}.txt`);
  writeFileSync(list, '');
  const r = await spawnAsync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { cwd: ROOT, env: cliEnv({ BR_LOADED: list, NO_COLOR: '1' }) });
  const urls = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(urls.map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => !!p));
  const bundle = urls.filter((u) => u.includes('/dist/cli-bundle/')).map((u) => u.slice(u.lastIndexOf('/') + 1));
  const files = [...urls.filter((u) => u.includes('/dist/') && !u.includes('/dist/cli-bundle/')), ...bundle.flatMap((f) => HELD[f]!.map((m) => `file://${ROOT}/${m}`))];
  return { status: r.status, packages, files, bundleFiles: bundle.length };
}

const NOT_FOR_A_CSV = ['zod', 'exceljs', 'jszip', '@e965/xlsx', 'mammoth', 'echarts', 'chalk', 'string-width', 'piscina', 'cli-progress', 'hyparquet-writer', 'tinyglobby'];

describe('lazy loading: a run loads what it uses', () => {
  it('check on one CSV, output redirected: no zod, no workbook reader, no colour or width library', async () => {
    const run = await loaded(['check', 'fixtures/long/facts-2022-9m-en.csv', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.packages).toContain('csv-parse');
    for (const p of NOT_FOR_A_CSV) expect(run.packages, p).not.toContain(p);
    // From the bundle (npm run build makes it): a few dozen files hold the ~140 modules it runs.
    expect(run.bundleFiles).toBeGreaterThan(0);
    expect(run.files.filter((f) => !f.includes('/dist/cli-bundle/') && /\/dist\/(index|read|layout|normalise|ledger|checks)/.test(f)).length).toBeGreaterThan(40);
    expect(run.bundleFiles).toBeLessThan(run.files.length / 2);
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
      for (const p of NOT_FOR_A_CSV) expect(run.packages, p).not.toContain(p);
    }
  });
});
