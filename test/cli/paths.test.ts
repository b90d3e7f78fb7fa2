import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalPath, expandGlobs, outputOverInput, samePath } from '../../src/cli/paths.js';
import { outputPaths, parseFormats } from '../../src/cli/commands/check.js';

describe('paths on Windows and POSIX', () => {
  it('compares Windows paths by drive, UNC share, either slash and no case', () => {
    expect(canonicalPath('a\\b.xlsx', 'win32', 'D:\\baocao')).toBe('d:\\baocao\\a\\b.xlsx');
    expect(samePath('D:\\baocao\\2024\\A.xlsx', 'd:/BAOCAO/2024/a.xlsx', 'win32', 'C:\\')).toBe(true);
    expect(samePath('\\\\server\\share\\x.csv', '//server/share/x.csv', 'win32', 'C:\\')).toBe(true);
    expect(samePath('2024\\a.csv', 'D:\\baocao\\2024\\a.csv', 'win32', 'D:\\baocao')).toBe(true);
    expect(samePath('A.csv', 'a.csv', 'linux', '/w')).toBe(false);
    expect(outputOverInput(['out.json', 'D:\\r\\a.csv'], ['D:\\r'], 'win32', 'D:\\r')).toBeUndefined();
    expect(outputOverInput(['.\\a.csv'], ['D:\\r\\A.CSV'], 'win32', 'D:\\r')).toEqual({ output: '.\\a.csv', input: 'D:\\r\\A.CSV' });
  });

  it('expands globs itself (cmd and PowerShell do not), keeps existing names and unmatched patterns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-glob-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['a.xlsx', 'b.xlsx', 'c.csv', 'sub/d.xlsx', '[1].xlsx']) writeFileSync(join(dir, f), '');
    expect(await expandGlobs(['*.xlsx'], 'linux', dir)).toEqual(['[1].xlsx', 'a.xlsx', 'b.xlsx']);
    expect(await expandGlobs(['**/*.xlsx'], 'linux', dir)).toEqual(['[1].xlsx', 'a.xlsx', 'b.xlsx', 'sub/d.xlsx']);
    expect(await expandGlobs(['sub\\*.xlsx'], 'win32', dir)).toEqual(['sub/d.xlsx']);
    expect(await expandGlobs(['[1].xlsx', 'c.csv', 'none*.xls'], 'linux', dir)).toEqual(['[1].xlsx', 'c.csv', 'none*.xls']);
  });

  it('names the outputs of several formats from -o, on either platform', () => {
    expect([...outputPaths(parseFormats('json,sarif'), 'out/recon').values()]).toEqual(['out/recon.json', 'out/recon.sarif']);
    expect([...outputPaths(parseFormats('json, sarif,junit'), 'recon.json').values()]).toEqual(['recon.json', 'recon.sarif', 'recon.junit.xml']);
    expect([...outputPaths(parseFormats('junit,github'), 'C:\\ci\\r.junit.xml', 'win32').values()]).toEqual(['C:\\ci\\r.junit.xml', 'C:\\ci\\r.github.txt']);
    expect([...outputPaths(parseFormats('text'), undefined).values()]).toEqual([undefined]);
    expect(() => outputPaths(parseFormats('json,sarif'), undefined)).toThrow(/need -o/);
    expect(() => parseFormats('json,xml')).toThrow(/unknown format "xml"/);
  });
});
