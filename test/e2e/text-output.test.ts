import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cliEnv } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-recon.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: cliEnv({ NO_COLOR: '1' }) });

describe('text output like a linter', () => {
  it('quotes the offending workbook row as its cells, shown as formatted, with a caret under the cell', () => {
    const r = cli(['check', 'fixtures/region/faulty-2024']);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('Bao cao!F10 '));
    expect(lines[at + 1]).toBe('      10 | A: 1  │ B: Đào tạo nghề, truyền nghề  │ C: 1898  │ D: 1499  │ E: 1069  │ F: 97.0%  │ G: 140.2%');
    expect(lines[at + 2]!.indexOf('^')).toBe(lines[at + 1]!.indexOf('F: 97.0%'));
    const total = lines.findIndex((l) => l.includes('Tong hop BTB!C8 '));
    expect(lines[total + 1]).toMatch(/^ {6}8 \| B: Tổng cộng {2}│ C: 29\.534 {2}│ D: 42\.566/);
    expect(lines[total + 2]!.indexOf('^')).toBe(lines[total + 1]!.indexOf('C: 29.534'));
  });

  it('aligns columns, quotes the offending CSV line with a caret under the cell, and sums up clean files in one line', () => {
    const r = cli(['check', 'fixtures/samples', '--lang', 'vi']);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('1 tệp không có phát hiện nào (122 số liệu)');
    expect(r.stdout).not.toContain('không có phát hiện nào\n\nfixtures');
    const findings = lines.filter((l) => /^ {2}\S+!I\d+ /.test(l));
    expect(findings).toHaveLength(2);
    // The message starts at the same display column on every finding line.
    const starts = findings.map((l) => stringWidth(l.slice(0, l.search(/(Ghi|Dòng|Tổng) /))));
    expect(new Set(starts).size).toBe(1);
    const at = lines.findIndex((l) => l.includes('!I13 '));
    expect(lines[at + 1]).toBe('      13 | 02,Hà Giang,2024,01-09,KCDP,KC4b,Fairs and exhibitions,pct_of_plan,49.40,%');
    expect(lines[at + 2]).toBe(`${' '.repeat(6 + '13 | '.length + 67)}^`);
    expect(lines.at(-2)).toBe('2 lỗi, 0 cảnh báo, 0 thông tin trong 2 tệp; đã đọc 193 số liệu');
  });

  it('--quiet shows errors only and no clean-file line', () => {
    const r = cli(['check', 'fixtures/samples', '-q', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('without findings');
    expect(r.stdout.match(/ error {2}/g)).toHaveLength(2);
  });
});
