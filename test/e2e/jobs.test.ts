import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI (npm test builds first): worker threads run the compiled worker, dist/parallel/read-worker.js.
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const tmp = mkdtempSync(join(tmpdir(), 'br-jobs-'));

/** The CLI, asynchronously (a long synchronous wait would starve the test runner's worker). */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    let stdout = '', stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// Every kind of input the fixtures hold (xlsx by exceljs and LibreOffice, xls, xlsb, ods, fods,
// xml, html, docx, csv, tsv, txt), a region with faults, and files that cannot be read: a
// damaged workbook, a CSV in a folder of its own, a file of random bytes.
const damaged = join(tmp, 'damaged.xlsx');
writeFileSync(damaged, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]));
const noise = join(tmp, 'noise.csv');
writeFileSync(noise, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
// The Ministry's 2008 plan table has a total whose gap a footnote under the table explains: the
// footnotes read in a worker must reach the checks as those read in the main thread do.
const FOOTNOTED = 'fixtures/corpus/vietnamese/mof_budget_Plan_2008.xls';
const INPUTS = ['fixtures/region/faulty-2024', 'fixtures/long/region-2021-6thang-khongdau.tsv', 'fixtures/samples', 'fixtures/forms/libreoffice', 'fixtures/legacy', FOOTNOTED, damaged, noise];

describe('--jobs: files read in worker threads', () => {
  it('gives byte-identical findings and ledgers with 1 and 2 workers, bad files included', async () => {
    const runs = [];
    for (const jobs of ['1', '2']) {
      runs.push({
        json: await cli(['check', ...INPUTS, '--format', 'json', '--fail-on', 'never', '--jobs', jobs]),
        ledger: await cli(['ledger', ...INPUTS, '--jobs', jobs]),
      });
    }
    const [one, two] = runs;
    for (const r of runs) expect(r.json.code, r.json.stderr).toBe(0);
    expect(two!.json.stdout).toBe(one!.json.stdout);
    expect(two!.ledger.stdout).toBe(one!.ledger.stdout);
    expect(two!.ledger.stderr).toBe(one!.ledger.stderr);
    expect(two!.ledger.code).toBe(one!.ledger.code);

    const doc = JSON.parse(one!.json.stdout) as { files: Array<{ file: string; status: string; entries: number }>; findings: Array<{ code: string; location: { file: string } }> };
    expect(doc.files.length).toBeGreaterThan(20);
    // The bad files are findings of their own, and every other file was read all the same.
    for (const f of [damaged, noise]) expect(doc.findings.some((x) => x.location.file === f && /unreadable|unrecognised|unsupported/.test(x.code)), f).toBe(true);
    expect(doc.files.filter((f) => f.entries > 0).length).toBeGreaterThan(15);
    expect(doc.findings.some((x) => x.code === 'sum-gap-explained' && x.location.file === FOOTNOTED)).toBe(true);
    expect(one!.ledger.stdout.split('\r\n').length).toBeGreaterThan(1500);
  }, 240_000);

  it('workers read within the configured limits, as one thread does', async () => {
    const cfg = join(tmp, 'limits.json');
    writeFileSync(cfg, JSON.stringify({ limits: { maxCellsPerSheet: 400, maxColumns: 12 } }));
    const one = await cli(['check', 'fixtures/long', 'fixtures/region/2024', '--config', cfg, '--format', 'json', '--fail-on', 'never', '--jobs', '1']);
    const two = await cli(['check', 'fixtures/long', 'fixtures/region/2024', '--config', cfg, '--format', 'json', '--fail-on', 'never', '--jobs', '2']);
    expect(two!.stdout).toBe(one!.stdout);
    const doc = JSON.parse(one!.stdout) as { findings: Array<{ code: string; message: string }> };
    expect(doc.findings.filter((f) => f.code === 'input-limit-exceeded').length).toBeGreaterThan(0);
  }, 120_000);

  it('really reads in workers: the pool gives each file what the main thread reads', async () => {
    const dist = (p: string) => pathToFileURL(join(ROOT, 'dist', p)).href;
    const { readInWorkers } = (await import(dist('parallel/read-pool.js'))) as typeof import('../../src/parallel/read-pool.js');
    const { reconcile, resolveConfig } = (await import(dist('index.js'))) as typeof import('../../src/index.js');
    const { collectInputs } = (await import(dist('read/collect-inputs.js'))) as typeof import('../../src/read/collect-inputs.js');
    const files = await collectInputs(['fixtures/region/2024'], ROOT);
    const config = resolveConfig({});
    const rows: Array<[string, number]> = [];
    const pool = (await readInWorkers(files.map((input) => ({ input, prior: false })), config, { onProgress: (f, n) => rows.push([f, n]) }, 2))!;
    expect(pool).toBeDefined();
    const reads = await Promise.all(pool.results);
    await pool.close();
    const { ledger } = await reconcile(files, config, { jobs: 1 });
    expect(reads.map((r) => r!.info.file)).toEqual(files.map((f) => f.display));
    // Levels aside: building the ledger marks parent lines as subtotals afterwards.
    const strip = (e: object) => ({ ...e, level: '' });
    expect(ledger.entries.length).toBeGreaterThan(100);
    expect(reads.flatMap((r) => r!.entries).map(strip)).toEqual(ledger.entries.map(strip));
    // Progress from the workers reaches the main thread: every file, with its rows.
    expect(new Set(rows.map(([f]) => f))).toEqual(new Set(files.map((f) => f.display)));
  }, 60_000);
});
