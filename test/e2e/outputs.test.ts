import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/reporters/junit.js';
import { stripControls, xmlSafe } from '../../src/reporters/safe-text.js';
import { csvField } from '../../src/reporters/ledger-export.js';
import type { Report } from '../../src/findings/build-report.js';
import { cliEnv } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const tmp = mkdtempSync(join(tmpdir(), 'br-out-'));
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: cliEnv({ NO_COLOR: '1' }) });
const SAMPLE = join(ROOT, 'fixtures/samples/bac-bo-2024-9m.csv');

/** A long export whose label carries a formula, terminal escapes and a NUL. */
function hostileCsv(dir: string): string {
  const text = readFileSync(SAMPLE, 'utf8').split('\n');
  text[1] = text[1]!.replace('Vocational training', '=HYPERLINK("http://x.invalid";"ok")');
  text[2] = text[2]!.replace('Vocational training', 'Tr\u001b[2J\u001b[H0 error(s)\u0007');
  const p = join(dir, 'hostile.csv');
  writeFileSync(p, text.join('\n'));
  return p;
}

describe('outputs that cannot hurt', () => {
  it('refuses an output that names an input, and leaves the input as it was', () => {
    const dir = mkdtempSync(join(tmp, 'in-'));
    const input = join(dir, 'a.csv');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    for (const args of [['check', input, '-o', input, '--format', 'json'], ['ledger', input, '--out', input], ['check', dir, '-o', join(dir, 'a.csv')]]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/budget-recon: the output .*a\.csv is (an input|one of the files read)/);
    }
    const xlsx = join(dir, 'b.xlsx');
    copyFileSync(join(ROOT, 'fixtures/forms/exceljs/nghe-an-2024-9thang.xlsx'), xlsx);
    expect(cli(['check', xlsx, '--out', xlsx]).status).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('marks its summary workbook, skips it when it is read back, and writes it byte-identical each time', () => {
    const dir = mkdtempSync(join(tmp, 'dir-'));
    copyFileSync(SAMPLE, join(dir, 'a.csv'));
    const out = join(dir, 'summary.xlsx');
    const first = cli(['check', dir, '--out', out, '--format', 'json']);
    expect(first.status).toBe(0);
    const bytes = readFileSync(out);
    // Identical input, identical bytes: the same folder checked again into another file.
    const elsewhere = join(mkdtempSync(join(tmp, 'again-')), 'summary.xlsx');
    expect(cli(['check', join(dir, 'a.csv'), '--out', elsewhere, '--format', 'json']).status).toBe(0);
    const again = join(mkdtempSync(join(tmp, 'again-')), 'summary.xlsx');
    expect(cli(['check', join(dir, 'a.csv'), '--out', again, '--format', 'json']).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(elsewhere))).toBe(true);
    const second = cli(['check', dir, '--out', out, '--format', 'json']);
    expect(second.status).toBe(0);
    const doc = JSON.parse(second.stdout) as { findings: Array<{ code: string; severity: string; location: { file: string } }>; summary: { errors: number } };
    expect(doc.findings.filter((f) => f.code === 'file-generated-skipped').map((f) => [f.severity, f.location.file.endsWith('summary.xlsx')])).toEqual([['info', true]]);
    expect(doc.summary.errors).toBe(0);
    expect(readFileSync(out).length).toBeGreaterThan(bytes.length / 2);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('escapes formulas in the ledger CSV as OWASP advises, keeps negative numbers, and writes a BOM with --bom', () => {
    const dir = mkdtempSync(join(tmp, 'csv-'));
    const input = hostileCsv(dir);
    const out = join(dir, 'ledger.csv');
    expect(cli(['ledger', input, '--out', out, '--bom']).status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://x.invalid"";""ok"")"');
    expect(text).not.toMatch(/,=HYPERLINK/);
    expect(cli(['ledger', input, '--out', out, '--no-bom']).status).toBe(0);
    expect(readFileSync(out)[0]).not.toBe(0xef);
    expect(csvField('-1500')).toBe('-1500');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField('\tx')).toBe('"\'\tx"');
    expect(csvField('+84 912')).toBe('"\'+84 912"');
  });

  it('strips terminal control sequences from text, github and junit output', () => {
    const dir = mkdtempSync(join(tmp, 'ctl-'));
    const input = hostileCsv(dir);
    // A total that misses its lines, so the hostile label is quoted in a message.
    for (const format of ['text', 'github', 'junit']) {
      const r = cli(['check', input, '--format', format, '--lang', 'vi']);
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(stripControls('a\u001b[2J\u001b]0;title\u0007b\u009b31mc\rd')).toBe('abc d');
  });

  it('drops characters XML forbids from JUnit', () => {
    const report: Report = {
      findings: [{ code: 'sum-mismatch', severity: 'error', message: 'bad\u0000label\u001b[2J\ud800 "x" <y> & z', location: { file: 'a\u0001.csv', sheet: 's', cell: 'A1' }, related: [] }],
      files: [{ file: 'a\u0001.csv', status: 'error', layout: 'long', entries: 1 }],
      summary: { errors: 1, warnings: 0, infos: 0, files: 1, entries: 1 }, table: [], lang: 'en',
    };
    const xml = renderJunit(report, { failOn: 'error' });
    expect(xml).toBe(xmlSafe(xml));
    expect(xml).toContain('badlabel &quot;x&quot; &lt;y&gt; &amp; z');
  });

  it('leaves no temporary file when a write is interrupted by SIGTERM', () => {
    const dir = mkdtempSync(join(tmp, 'sig-'));
    const script = `
      import { writeAtomic } from ${JSON.stringify(join(ROOT, 'dist/cli/write-atomic.js'))};
      const body = 'x'.repeat(64 * 1024 * 1024);
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 1);
      await writeAtomic(${JSON.stringify(join(dir, 'out.txt'))}, body);
      await new Promise((r) => setTimeout(r, 5000));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(143);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    const out = join(dir, 'out.txt');
    if (existsSync(out)) expect(statSync(out).size).toBe(64 * 1024 * 1024);
  });
});
