import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-recon.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const json = (args: string[]) => {
  const r = cli([...args, '--format', 'json']);
  return { code: r.status, doc: JSON.parse(r.stdout) as { findings: Array<{ code: string; severity: string; location: { file: string; cell?: string }; related: Array<{ file: string; cell?: string }> }>; summary: { errors: number } } };
};

describe('a whole region in one run, with last year\'s reports', () => {
  it('is clean when consistent: forms, summary, completeness and last year all agree', () => {
    const { code, doc } = json(['check', 'fixtures/region/2024', '--prior', 'fixtures/region/2023']);
    expect(doc.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('finds each seeded fault at its cell, and nothing else as an error', () => {
    const { code, doc } = json(['check', 'fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023']);
    expect(code).toBe(1);
    const got = doc.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.file.split('/').pop()}!${f.location.cell}`);
    expect(got).toEqual([
      'percent-of-plan-mismatch@40-Nghệ An-2024-9thang.xlsx!F10',
      'sum-mismatch@42-Hà Tĩnh-2024-9thang.xlsx!C9',
      'prior-restated@44-Quảng Bình-2024-9thang.xlsx!E16',
      'sum-mismatch@tong-hop-bac-trung-bo-2024-9thang.xlsx!C8',
      'province-report-missing@tong-hop-bac-trung-bo-2024-9thang.xlsx!C9',
    ]);
    // The restated figure points at last year's cell too.
    const restated = doc.findings.find((f) => f.code === 'prior-restated')!;
    expect(restated.related.map((r) => `${r.file.split('/').pop()}!${r.cell}`)).toEqual(['44-Quảng Bình-2023-9thang.xlsx!D16']);
  });

  it('summarises this year\'s region in the workbook, last year only as the "same period last year" column', async () => {
    const out = join(tmpdir(), `br-region-${process.pid}.xlsx`);
    expect(cli(['check', 'fixtures/region/2024', '--prior', 'fixtures/region/2023', '--out', out]).status).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Funding')!;
    // Title and columns name this year; last year appears only as the "same period" group.
    expect(ws.getCell('A1').value).toBe('KHUYẾN CÔNG FUNDING: PLAN AND ACTUAL 9 MONTHS OF 2024');
    expect(ws.getCell('L4').value).toBe('Same period, 9 months of 2023');
    const na = ws.getRows(6, ws.rowCount - 5)!.find((r) => r.getCell(2).value === 'Nghệ An')!;
    expect(typeof na.getCell(12).value).toBe('number');
    expect(ws.getRows(6, ws.rowCount - 5)!.filter((r) => r.getCell(2).value === 'Nghệ An')).toHaveLength(1);
  });

  it('needs last year\'s reports to see a restated figure, and reports nothing inside them', () => {
    const without = json(['check', 'fixtures/region/faulty-2024']).doc;
    expect(without.findings.some((f) => f.code === 'prior-restated')).toBe(false);
    const withPrior = json(['check', 'fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023']).doc;
    expect(withPrior.findings.every((f) => !f.location.file.includes('/2023/'))).toBe(true);
  });

  it('adopts on old data with a baseline: known findings accepted, a new one still fails', () => {
    const dir = resolve(ROOT, 'fixtures', 'region');
    const base = join(tmpdir(), `br-baseline-${process.pid}.json`);
    const made = cli(['baseline', join(dir, 'faulty-2024'), '--prior', join(dir, '2023'), '--out', base, '--reason', 'known before adoption']);
    expect(made.status).toBe(0);
    const entries = JSON.parse(readFileSync(base, 'utf8')).entries;
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({ code: 'percent-of-plan-mismatch', cell: 'F10', reason: 'known before adoption' });
    const r = json(['check', join(dir, 'faulty-2024'), '--prior', join(dir, '2023'), '--baseline', base]);
    expect(r.code).toBe(0);
    expect(r.doc.summary).toMatchObject({ errors: 0, baselined: 5 });
    const fresh = json(['check', join(dir, 'faulty-2024'), 'fixtures/samples/dong-bac-2024-9m-loi.csv', '--prior', join(dir, '2023'), '--baseline', base]);
    expect(fresh.code).toBe(1);
    expect(fresh.doc.summary.errors).toBe(2);
  });
});
