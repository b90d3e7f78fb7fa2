import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cliEnv, spawnAsync } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const tmp = mkdtempSync(join(tmpdir(), 'br-cli-'));

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: cliEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LocationSchema = z.object({ file: z.string(), sheet: z.string().optional(), cell: z.string().optional(), row: z.number().int().optional(), column: z.number().int().optional() }).strict();
const ReportSchema = z.object({
  findings: z.array(z.object({
    code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string().min(1),
    location: LocationSchema,
    related: z.array(LocationSchema),
    expected: z.string().regex(/^-?\d+(\.\d+)?$/).optional(),
    reported: z.string().regex(/^-?\d+(\.\d+)?$/).optional(),
  }).strict()),
  files: z.array(z.object({ file: z.string(), status: z.enum(['ok', 'error', 'unreadable']), layout: z.enum(['long', 'form', 'summary']).nullable(), entries: z.number().int() }).strict()),
  summary: z.object({ errors: z.number(), warnings: z.number(), infos: z.number(), files: z.number(), entries: z.number() }).strict(),
}).strict();

describe('budget-recon check', () => {
  it('exits 0 with no error on consistent long exports of both styles and units', () => {
    const r = cli(['check', 'fixtures/long']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 error(s)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 1 on the faulty sample and shows each fault at its cell; --fail-on never exits 0', () => {
    const r = cli(['check', 'fixtures/samples/dong-bac-2024-9m-loi.csv', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = ReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['percent-of-plan-mismatch@I13', 'sum-mismatch@I18']);
    expect(doc.summary).toMatchObject({ errors: 2, files: 1 });
    expect(doc.files[0]).toMatchObject({ status: 'error', layout: 'long' });
    expect(cli(['check', 'fixtures/samples', '--fail-on', 'never']).code).toBe(0);
  });

  it('keeps going past an unreadable input and counts it as an error', () => {
    const bad = join(tmp, 'broken.xlsx');
    writeFileSync(bad, 'not a zip');
    const r = cli(['check', bad, 'fixtures/samples/bac-bo-2024-9m.csv', join(tmp, 'missing.csv'), '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = ReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.files.map((f) => f.status)).toEqual(['unreadable', 'ok', 'unreadable']);
    expect(doc.files[1]!.entries).toBeGreaterThan(100);
    expect(doc.findings.filter((f) => f.code === 'file-unreadable')).toHaveLength(2);
  });

  it('--fail-on warning fails on warnings; config severities change codes', () => {
    const cfg = join(tmp, 'cfg.json');
    writeFileSync(cfg, JSON.stringify({ severity: { 'percent-of-plan-mismatch': 'warning', 'sum-mismatch': 'off' } }));
    const f = 'fixtures/samples/dong-bac-2024-9m-loi.csv';
    expect(cli(['check', f, '--config', cfg]).code).toBe(0);
    const r = cli(['check', f, '--config', cfg, '--fail-on', 'warning', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('speaks Vietnamese with --lang vi, in NFC', () => {
    const r = cli(['check', 'fixtures/samples/dong-bac-2024-9m-loi.csv', '--lang', 'vi']);
    expect(r.stdout).toContain('kế hoạch');
    expect(r.stdout).toContain('2 lỗi');
    expect(r.stdout).toBe(r.stdout.normalize('NFC'));
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR', () => {
    expect(cli(['check', 'fixtures/samples'], { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
    expect(cli(['check', 'fixtures/samples'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 2 with a one-line reason when it cannot run', () => {
    for (const args of [['check'], ['check', 'x', '--format', 'xml'], ['check', 'x', '--config', join(tmp, 'none.json')], ['check', 'x', '--out', 'summary.pdf'], ['frobnicate']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n').length, args.join(' ')).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    const cfg = join(tmp, 'bad.json');
    writeFileSync(cfg, JSON.stringify({ severity: { 'no-such-code': 'off' } }));
    const r = cli(['check', 'fixtures/samples', '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown finding code "no-such-code"');
  });

  it('has --version and --help with examples on every command', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    for (const c of ['check', 'ledger']) {
      const r = cli([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });

  it('reads folders recursively and skips lock files and other types there', () => {
    const d = join(tmp, 'tree', 'sub');
    mkdirSync(d, { recursive: true });
    copyFileSync(join(ROOT, 'fixtures/samples/bac-bo-2024-9m.csv'), join(d, 'a.csv'));
    writeFileSync(join(d, '~$a.xlsx'), 'lock');
    writeFileSync(join(d, 'notes.pdf'), 'pdf');
    const doc = JSON.parse(cli(['check', join(tmp, 'tree'), '--format', 'json']).stdout);
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].file).toMatch(/a\.csv$/);
  });

  it('never modifies its inputs', () => {
    const before = readFileSync(join(ROOT, 'fixtures/samples/dong-bac-2024-9m-loi.csv'));
    cli(['check', 'fixtures/samples', '--out', join(tmp, 'o.xlsx')]);
    expect(readFileSync(join(ROOT, 'fixtures/samples/dong-bac-2024-9m-loi.csv'))).toEqual(before);
  });
});

describe('budget-recon ledger', () => {
  it('exports the contract columns in order, exact values in base units', () => {
    const r = cli(['ledger', 'fixtures/long/region-2024-9thang-vi.csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('province_code,province,year,year_to,period,program,activity,measure,value,unit,level,label,file,sheet,cell,period_start,period_end');
    // Row 2 of the fixture: Hà Nội, KCQG, KC1_DTN: plan 1.541 triệu, actual 1.129 triệu, 73,3 %, cùng kỳ 1.230.
    expect(lines[1]).toBe('01,Hà Nội,2024,,01-12,KCQG,KC1_DTN,plan,1541000000,VND,item,"Đào tạo nghề, truyền nghề",fixtures/long/region-2024-9thang-vi.csv,region-2024-9thang-vi,H2,2024-01,2024-12');
    expect(lines[2]).toContain(',2024,,01-09,KCQG,KC1_DTN,actual,1129000000,VND,item,');
    expect(lines[2]).toMatch(/,2024-01,2024-09$/);
    expect(lines[3]).toContain(',pct_of_plan,73.3,%,');
    expect(lines[4]).toContain(',2023,,01-09,KCQG,KC1_DTN,actual,1230000000,VND,');
    expect(lines[4]).toMatch(/,2023-01,2023-09$/);
    const region = lines.find((l) => l.startsWith(',Tổng cộng,2024,,01-12,,,plan,'));
    expect(region).toMatch(/,plan,652659000000,VND,total,/);
  });

  it('writes jsonl to a file atomically, and reports read problems on stderr with exit 1', () => {
    const out = join(tmp, 'l.jsonl');
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'Tỉnh,Năm,Kỳ,Nội dung,Kế hoạch (đồng)\nHà Nội,2024,Năm,Đào tạo nghề,mười\n');
    const r = cli(['ledger', 'fixtures/samples/bac-bo-2024-9m.csv', bad, '--format', 'jsonl', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv:bad!E2: error: "mười" is not a number [number-unparseable]');
    const recs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.length).toBeGreaterThan(100);
    expect(recs[0]).toMatchObject({ province_code: '01', year: '2024', period: '01-12', measure: 'plan', unit: 'VND', precision: 0, rounded: false });
  });
});

describe('npm start', () => {
  it('shows the region: one finding per seeded fault, the workbook, page and paragraph in Vietnamese, one figure explained, exit 0', async () => {
    const r = await spawnAsync('npm', ['start', '--silent'], { cwd: ROOT, env: { ...cliEnv(), npm_config_loglevel: 'error' } });
    expect(r.status).toBe(0);
    // fixtures/region/FAULTS.md: five faults, five findings, at their cells.
    for (const at of ['Bao cao!F10 ', 'Bao cao!C9 ', 'Bao cao!E16 ', 'Tong hop BTB!C8 ', 'Tong hop BTB!C9 ']) expect(r.stdout).toContain(at);
    expect(r.stdout).toContain('5 error(s), 0 warning(s)');
    expect(existsSync(join(ROOT, 'summary.xlsx'))).toBe(true);
    expect(existsSync(join(ROOT, 'summary.html'))).toBe(true);
    expect(r.stdout).toContain('Năm 2024, tổng kế hoạch kinh phí khuyến công của 6 tỉnh, thành phố');
    expect(r.stdout).toMatch(/does not hold +the percentage of plan agrees with its amounts \[percent-of-plan-mismatch\]: F10/);
  });
});
