import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, spawnAsync } from '../helpers.js';

// `npm run build` (npm test builds first) bundles the CLI into dist/cli-bundle/ (scripts/
// bundle-cli.mjs), which bin/budget-recon.js loads: it must answer exactly as dist/ does.
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const BUNDLE = join(ROOT, 'dist', 'cli-bundle');
const tmp = mkdtempSync(join(tmpdir(), 'br-bundle-'));

async function run(args: string[], unbundled: boolean): Promise<{ status: number | null; stdout: string; stderr: string; files: Record<string, string> }> {
  const out = join(tmp, `${unbundled ? 'dist' : 'bundle'}-${createHash('sha1').update(args.join(' ')).digest('hex').slice(0, 8)}`);
  const real = args.map((a) => a.replace('OUT', out));
  const r = await spawnAsync(process.execPath, [BIN, ...real], { cwd: ROOT, env: cliEnv(unbundled ? { BUDGET_RECON_UNBUNDLED: '1' } : {}) });
  const files: Record<string, string> = {};
  for (const ext of ['.xlsx', '.html', '.json']) if (existsSync(out + ext)) files[ext] = createHash('sha256').update(readFileSync(out + ext)).digest('hex');
  return { ...r, files };
}

describe('the bundled CLI', () => {
  it('is built, holds every module of dist/ the CLI loads, and runs none of the pipeline when it loads', () => {
    const held = JSON.parse(readFileSync(join(BUNDLE, 'modules.json'), 'utf8')) as { modules: string[]; eager: string[] };
    for (const m of ['dist/cli/main.js', 'dist/index.js', 'dist/read/read-workbook.js', 'dist/read/sheet-xml.js', 'dist/checks/run-checks.js', 'dist/reporters/sarif.js', 'dist/cli/help-vi.js']) expect(held.modules, m).toContain(m);
    expect(held.eager).toContain('dist/cli/main.js');
    expect(held.eager.filter((m) => /dist\/(index|read|layout|normalise|ledger|checks|reference)\//.test(m) || m === 'dist/index.js')).toEqual([]);
    // Packages stay in node_modules, the bundle names them, but for the three small ones nearly every command runs.
    expect([...new Set(held.modules.filter((m) => m.includes('node_modules')).map((m) => m.split('/')[1]))].sort()).toEqual(['commander', 'csv-parse', 'decimal.js']);
    expect(held.eager.filter((m) => m.includes('node_modules') && !m.startsWith('node_modules/commander/'))).toEqual([]);
    const text = readFileSync(join(BUNDLE, 'main.cjs'), 'utf8');
    for (const p of ['commander', 'csv-parse', 'decimal.js']) expect(text).not.toContain(`require("${p}")`);
    expect(text).toContain('require("jszip")');
    expect(text).toContain('__dynamicImport("exceljs")');
    // zod, required by the ledger's schema, is required by the config's too: one zod per process.
    expect(text).not.toContain('__dynamicImport("zod")');
  });

  const RUNS: string[][] = [
    ['check', 'fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023', '--fail-on', 'never'],
    ['check', 'fixtures/region/faulty-2024', '--format', 'sarif', '--lang', 'vi'],
    ['check', 'fixtures/samples', '--format', 'json', '--out', 'OUT.xlsx', '--html', 'OUT.html'],
    // Read by worker threads, which run dist/parallel/read-worker.js itself.
    ['check', 'fixtures/region/faulty-2024', '--jobs', '2', '--format', 'json', '--fail-on', 'never'],
    ['ledger', 'fixtures/long/facts-2022-9m-en.csv', '--format', 'jsonl'],
    // SheetJS with its code page tables (BIFF5 in Windows-1258), .ods, .xlsb, Word.
    ['check', 'fixtures/legacy', '--format', 'json', '--fail-on', 'never'],
    ['inspect', 'fixtures/forms/exceljs'],
    ['explain', 'fixtures/region/faulty-2024/40-Nghệ An-2024-9thang.xlsx', 'F10', '--with', 'fixtures/region/faulty-2024'],
    ['check', 'fixtures/samples', '--config', 'no-such-config.json', '--lang', 'vi'],
    ['ledger', '--help'],
    ['no-such-command'],
  ];

  it.each(RUNS.map((args) => [args.join(' '), args] as const))('answers as dist/ does: %s', async (_, args) => {
    const [bundled, plain] = await Promise.all([run(args, false), run(args, true)]);
    expect(bundled.status).toBe(plain.status);
    expect(bundled.stdout).toBe(plain.stdout);
    expect(bundled.stderr).toBe(plain.stderr);
    expect(bundled.files).toEqual(plain.files);
    if (args.includes('OUT.xlsx')) expect(Object.keys(bundled.files).sort()).toEqual(['.html', '.xlsx']);
    // Each run says something (the comparison is not of two empty outputs).
    expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(20);
  }, 120_000);
});
