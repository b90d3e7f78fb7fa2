import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cliEnv, spawnAsync } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** The modules a source file imports when it loads: static value imports only (not `import type`, not `await import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    // `import { type A, type B } from` loads nothing either.
    const names = m[2]!.replace(/[{}]/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length && names.every((n) => n.startsWith('type '))) continue;
    out.push(m[3]!);
  }
  return out;
}

/** Every module loaded, transitively, when `from` is imported: src files by path, packages by name. */
function loadedBy(from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith(SRC)) continue;
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
      else seen.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return seen;
}

describe('startup', () => {
  const loaded = loadedBy(join(SRC, 'cli', 'main.ts'));

  it('loads no heavy package before a command runs (--help, --version, argument errors)', () => {
    for (const heavy of ['zod', 'exceljs', '@e965/xlsx', 'decimal.js', 'jszip', 'csv-parse', 'mammoth', 'echarts', 'chalk', 'string-width', 'piscina', 'cli-progress', 'hyparquet-writer']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });

  it('loads none of the pipeline before a command runs', () => {
    const pipeline = [...loaded].filter((f) => /[\\/]src[\\/](index|read[\\/]read-|layout|normalise|ledger|checks|findings|reporters[\\/](registry|text|json|xlsx|html))/.test(f));
    expect(pipeline).toEqual([]);
    // The graph is really walked: the commands and commander are in it.
    expect(loaded).toContain(join(SRC, 'cli', 'commands', 'check.ts'));
    expect([...loaded].some((f) => f.endsWith('commander.ts'))).toBe(true);
  });

  it('answers --version and --help from the built CLI, and still runs a command after loading it lazily', () => {
    const bin = join(ROOT, 'bin', 'budget-recon.js');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(run(['-V']).stdout).toBe(`${pkg.version}\n`);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['check', 'report', 'narrate', 'ledger', 'baseline', 'explain', 'inspect', 'claims', 'init']) expect(help.stdout).toContain(c);
    const vi = run(['check', 'fixtures/samples/bac-bo-2024-9m.csv', '--lang', 'vi']);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain('0 lỗi');
    const bad = run(['check', 'fixtures/samples', '--config', 'no-such-config.json', '--lang', 'vi']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^budget-recon: không đọc được tệp cấu hình no-such-config\.json/);
  });

  it('starts from a CommonJS script (bin/package.json), which sets up no ES module graph for --version', async () => {
    const bin = join(ROOT, 'bin', 'budget-recon.js');
    expect(JSON.parse(readFileSync(join(ROOT, 'bin', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    // require() of an ES module with top-level await fails (ERR_REQUIRE_ESM): this one is a script.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const required = await spawnAsync(process.execPath, ['-e', `process.argv = [process.execPath, ${JSON.stringify(bin)}, '--version']; require(${JSON.stringify(bin)})`], { cwd: ROOT, env: cliEnv() });
    expect(required.stderr).toBe('');
    expect(required.stdout).toBe(`${pkg.version}\n`);
  });

  it('answers --help from the text the build wrote, which is what the commands print, and makes it afresh in Vietnamese', async () => {
    const bin = join(ROOT, 'bin', 'budget-recon.js');
    expect(existsSync(join(ROOT, 'dist', 'cli', 'help.txt'))).toBe(true);
    let fresh = '';
    const sink = (keep: boolean) => new Writable({ write(c, _e, cb) { if (keep) fresh += String(c); cb(); } });
    expect(await main(['--help'], { stdout: sink(true), stderr: sink(false), env: {} })).toBe(0);
    expect(fresh).toContain('Usage: budget-recon');
    for (const flag of ['--help', '-h']) {
      const run = await spawnAsync(process.execPath, [bin, flag], { cwd: ROOT, env: cliEnv() });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(fresh);
      expect(readFileSync(join(ROOT, 'dist', 'cli', 'help.txt'), 'utf8')).toBe(fresh);
    }
    const vi = await spawnAsync(process.execPath, [bin, '--help'], { cwd: ROOT, env: cliEnv({ BUDGET_RECON_LANG: 'vi' }) });
    expect(vi.status).toBe(0);
    expect(vi.stdout).not.toBe(fresh);
    expect(vi.stdout).toContain('hiển thị trợ giúp của lệnh');
  });
});
