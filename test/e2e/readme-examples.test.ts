// The README's examples run as written: every shell command in it (with the output it shows,
// where it shows one), every JSON config and mapping, the report JSON shapes, the action's
// inputs and the library snippet.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadMapping } from '../../src/config/mapping.js';
import { spawnAsync } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Block { lang: string; text: string; line: number }

function blocks(md: string): Block[] {
  const out: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m; (m = re.exec(md)); ) out.push({ lang: m[1]!, text: m[2]!, line: md.slice(0, m.index).split('\n').length });
  return out;
}

interface Example { command: string; expected: string[]; line: number }

/** Shell commands of a block, continuation lines joined; after a `$ ` command, the output it shows. */
function examples(b: Block): Example[] {
  const lines = b.text.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    const prompt = l.startsWith('$ ');
    if (prompt) l = l.slice(2);
    if (!/^(budget-recon|cat) /.test(l)) continue;
    let command = l;
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
    const expected: string[] = [];
    if (prompt) while (i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ')) expected.push(lines[++i]!);
    out.push({ command, expected: expected.filter((e) => e.trim() && !e.includes('…')), line: b.line + i });
  }
  return out;
}

/** A working folder holding what the examples name: the fixtures, a reports/ folder, the package. */
function workdir(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'br-readme-'));
  symlinkSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'));
  symlinkSync(join(ROOT, 'fixtures', 'region', '2024'), join(dir, 'reports'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'budget-recon'));
  const shim = join(dir, 'bin', 'budget-recon');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'budget-recon.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return { dir, env };
}

/** A shell command, asynchronously (a long synchronous loop would starve the test runner's worker). */
const sh = (command: string, cwd: string, env: NodeJS.ProcessEnv) => spawnAsync('sh', ['-c', command], { cwd, env });

const all = blocks(README);
const shell = all.filter((b) => b.lang === 'sh' && !b.text.includes('<paths...>')).flatMap(examples);

describe('README examples', () => {
  it('finds the examples it is meant to run', () => {
    expect(shell.length).toBeGreaterThanOrEqual(5);
    expect(shell.some((e) => e.command.startsWith('budget-recon explain'))).toBe(true);
    expect(shell.some((e) => e.expected.length > 0)).toBe(true);
  });

  it('runs every shell example as written, with the output it shows', async () => {
    const { dir, env } = workdir();
    for (const e of shell) {
      const r = await sh(e.command, dir, env);
      const where = `README line ${e.line}: ${e.command}`;
      expect([0, 1], `${where}\n${r.stderr}`).toContain(r.status);
      expect(r.stderr, where).not.toMatch(/internal error|at .*\.js:\d+/);
      const got = r.stdout.split('\n').map((l) => l.trimEnd());
      for (const want of e.expected) expect(got, `${where}: expected line\n${want}`).toContain(want.trimEnd());
    }
    expect(existsSync(join(dir, 'hoi-nghi.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'budget-recon.sarif'))).toBe(true);
  }, 180_000);

  it('every JSON config and mapping example loads', async () => {
    const { dir } = workdir();
    const json = all.filter((b) => b.lang === 'json').map((b) => ({ ...b, value: JSON.parse(b.text) as Record<string, unknown> }));
    const configs = json.filter((b) => ['lang', 'limits', 'severity', 'failOn'].some((k) => k in b.value));
    const mappings = json.filter((b) => 'rules' in b.value);
    expect(configs.length).toBeGreaterThanOrEqual(2);
    expect(mappings.length).toBeGreaterThanOrEqual(1);
    for (const b of configs) {
      const f = join(dir, `config-${b.line}.json`);
      writeFileSync(f, b.text);
      await expect(loadConfig(f), `README line ${b.line}`).resolves.toBeTruthy();
    }
    for (const b of mappings) {
      const f = join(dir, `mapping-${b.line}.json`);
      writeFileSync(f, b.text);
      await expect(loadMapping(f), `README line ${b.line}`).resolves.toBeTruthy();
    }
  });

  it('the report JSON shapes it shows are the ones the commands write', async () => {
    const { dir, env } = workdir();
    const shapes = all.filter((b) => b.lang === 'json').map((b) => JSON.parse(b.text) as Record<string, unknown>);
    const findings = shapes.find((v) => 'findings' in v)!;
    const claims = shapes.find((v) => 'claims' in v)!;
    const check = JSON.parse((await sh('budget-recon check fixtures/samples --format json', dir, env)).stdout) as Record<string, unknown[]>;
    const said = JSON.parse((await sh('budget-recon claims fixtures/claims/altered/000-chu-so.txt --against fixtures/claims/data/phia-bac --format json', dir, env)).stdout) as Record<string, unknown[]>;
    const keys = (o: unknown) => Object.keys(o as object).sort();
    expect(keys(check)).toEqual(expect.arrayContaining(keys(findings)));
    expect(keys(check.findings![0])).toEqual(expect.arrayContaining(keys((findings.findings as unknown[])[0])));
    expect(keys(said)).toEqual(expect.arrayContaining(keys(claims)));
    expect(keys(said.claims![0])).toEqual(expect.arrayContaining(keys((claims.claims as unknown[])[0])));
  }, 60_000);

  it('the action example uses only the action\'s inputs', () => {
    const yaml = all.find((b) => b.lang === 'yaml')!.text;
    const withKeys = [...yaml.split(/^\s*with:\s*$/m)[1]!.matchAll(/^\s+([a-z-]+):/gm)].map((m) => m[1]!);
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const inputs = [...action.split(/^inputs:\s*$/m)[1]!.split(/^outputs:/m)[0]!.matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]!);
    expect(withKeys.length).toBeGreaterThan(0);
    for (const k of withKeys) expect(inputs).toContain(k);
  });

  it('the library snippet runs against the package', async () => {
    const { dir, env } = workdir();
    const ts = all.find((b) => b.lang === 'ts')!.text;
    writeFileSync(join(dir, 'snippet.mjs'), `${ts}\nif (!report.files.length || !ledger.entries.length) throw new Error('nothing read');\nconsole.log('ok', report.files.length);\n`);
    const r = await sh(`"${process.execPath}" snippet.mjs`, dir, env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok \d+/);
  }, 60_000);
});

/** A folder holding the names the --help examples use: reports/2024, reports/2023, report.xlsx… */
function helpWorkdir(): { dir: string; env: NodeJS.ProcessEnv } {
  const { dir, env } = workdir();
  const reports = join(dir, 'reports-of-years');
  mkdirSync(reports);
  symlinkSync(join(ROOT, 'fixtures', 'region', '2024'), join(reports, '2024'));
  symlinkSync(join(ROOT, 'fixtures', 'region', '2023'), join(reports, '2023'));
  unlinkSync(join(dir, 'reports'));
  renameSync(reports, join(dir, 'reports'));
  copyFileSync(join(ROOT, 'fixtures', 'forms', 'exceljs', 'nghe-an-2024-9thang.xlsx'), join(dir, 'report.xlsx'));
  copyFileSync(join(ROOT, 'fixtures', 'legacy', 'hai-phong-bao-cao.docx'), join(dir, 'article.docx'));
  copyFileSync(join(ROOT, 'fixtures', 'mapping', 'odd-layout.csv'), join(dir, 'odd-layout.csv'));
  copyFileSync(join(ROOT, 'fixtures', 'mapping', 'odd-layout.mapping.json'), join(dir, 'odd-layout.mapping.json'));
  return { dir, env };
}

describe('--help examples', () => {
  const COMMANDS = ['check', 'report', 'narrate', 'ledger', 'baseline', 'explain', 'inspect', 'claims', 'init'];
  it('every command\'s examples run, in order, in a folder holding the names they use', async () => {
    let ran = 0;
    for (const command of COMMANDS) {
      const { dir, env } = helpWorkdir();
      if (command !== 'init') writeFileSync(join(dir, 'budget-recon.json'), '{}\n');
      const help = (await sh(`budget-recon ${command} --help`, dir, env)).stdout;
      const lines = help.split('\n').filter((l) => /^\s+\$ budget-recon /.test(l) || /^\s{5,}--/.test(l));
      const cmds: string[] = [];
      for (const l of lines) {
        if (/^\s+\$ /.test(l)) cmds.push(l.trim().slice(2));
        else cmds[cmds.length - 1] = `${cmds[cmds.length - 1]!.replace(/\\$/, '')} ${l.trim()}`;
      }
      expect(cmds.length, command).toBeGreaterThan(0);
      for (const c of cmds) {
        // A pipe into another program (jq) is the reader's; the budget-recon part runs.
        const own = c.split(' | ')[0]!;
        const r = await sh(own, dir, env);
        expect([0, 1], `${command} --help: ${c}\n${r.stderr}`).toContain(r.status);
        ran++;
      }
    }
    expect(ran).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
