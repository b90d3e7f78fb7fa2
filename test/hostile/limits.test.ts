import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { resolveConfig } from '../../src/config/schema.js';
import { collectInputs } from '../../src/read/collect-inputs.js';
import { writtenMagnitude } from '../../src/read/guard-rows.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'budget-recon-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORM = [
  'UBND TỈNH QUẢNG NINH',
  'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024',
  ',,,Đơn vị tính: triệu đồng',
  'STT,Nội dung,Kế hoạch năm 2024,Thực hiện 9 tháng năm 2024',
  '1,Đào tạo nghề,1855,820',
  '2,Xây dựng mô hình,813,422',
  ',TỔNG CỘNG,2668,1242',
].join('\n');
const form = join(dir, 'form.csv');
writeFileSync(form, FORM);

describe('limits in the config', () => {
  it('default to values no real report reaches, and are validated', () => {
    expect(resolveConfig({}).limits).toEqual(DEFAULT_LIMITS);
    expect(resolveConfig({ limits: { maxCellChars: 5 } }).limits.maxCellChars).toBe(5);
    expect(resolveConfig({ limits: { maxCellChars: 5 } }).limits.maxSheets).toBe(DEFAULT_LIMITS.maxSheets);
    expect(() => resolveConfig({ limits: { maxCellChars: -1 } })).toThrow();
    expect(() => resolveConfig({ limits: { maxCells: 5 } })).toThrow();
  });
});

describe('bounds while reading', () => {
  const limitFinding = async (limits: Record<string, number>) => {
    const { report } = await reconcile([form], { limits });
    return report.findings.find((f) => f.code === 'input-limit-exceeded');
  };

  it('reads the form within the default limits', async () => {
    const { report } = await reconcile([form]);
    expect(report.findings.filter((f) => f.code === 'input-limit-exceeded')).toEqual([]);
    expect(report.summary.entries).toBeGreaterThan(0);
  });

  it('names the limit, its key, the value met and the cell', async () => {
    const f = await limitFinding({ maxCellsPerSheet: 6 });
    expect(f?.location).toMatchObject({ file: form, sheet: 'form' });
    expect(f?.message).toContain('limits.maxCellsPerSheet');
    expect((await limitFinding({ maxCellChars: 20 }))?.location.cell).toBe('A2');
    expect((await limitFinding({ maxColumns: 3 }))?.location.cell).toBe('D3');
    expect((await limitFinding({ maxNumberExponent: 3 }))?.location.cell).toBe('C5');
    expect((await limitFinding({ maxFileBytes: 10 }))?.message).toContain('limits.maxFileBytes');
    expect((await limitFinding({ maxSecondsPerFile: 1e-9 }))?.message).toContain('limits.maxSecondsPerFile');
  });

  it('bounds a figure written with a huge exponent instead of scaling it', async () => {
    const p = join(dir, 'exp.csv');
    writeFileSync(p, FORM.replace('1,Đào tạo nghề,1855', '1,Đào tạo nghề,1e999999'));
    const { report } = await reconcile([p]);
    const f = report.findings.find((x) => x.code === 'input-limit-exceeded');
    expect(f?.location.cell).toBe('C5');
    expect(f?.message).toContain('1000000');
    expect(writtenMagnitude('1e999999')).toBe(1_000_000);
    expect(writtenMagnitude('(3,5E+05)')).toBe(7);
    expect(writtenMagnitude('9'.repeat(400))).toBe(400);
    expect(writtenMagnitude('Kế hoạch 2024')).toBe(0);
  });
});

describe('inputs that are not regular files', () => {
  it('marks FIFOs, link loops and folders without reports, and ends link loops in folders', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    symlinkSync('loop2.xlsx', join(dir, 'loop1.xlsx'));
    symlinkSync('loop1.xlsx', join(dir, 'loop2.xlsx'));
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'named.xlsx'));
    mkdirSync(join(dir, 'tree'));
    writeFileSync(join(dir, 'tree', 'a.csv'), FORM);
    mkdirSync(join(dir, 'tree', 'sub'));
    symlinkSync('..', join(dir, 'tree', 'sub', 'back'));
    symlinkSync('.', join(dir, 'tree', 'self'));
    const inputs = await collectInputs(['pipe.csv', 'loop1.xlsx', 'empty', 'named.xlsx', 'tree'], dir);
    const problem = (name: string) => inputs.find((i) => i.display === name)?.problem;
    expect(problem('pipe.csv')).toEqual({ code: 'input-not-regular', params: { kind: 'FIFO (named pipe)' } });
    expect(problem('loop1.xlsx')?.params.kind).toBe('symbolic link loop');
    expect(problem('empty')?.code).toBe('folder-without-reports');
    expect(problem('named.xlsx')?.code).toBe('folder-without-reports');
    // tree/self and tree/sub/back lead back to tree, whose a.csv is read once.
    expect(inputs.filter((i) => !i.problem).map((i) => i.display)).toEqual(['tree/a.csv']);
    const { report } = await reconcile(inputs);
    expect(report.findings.find((f) => f.location.file === 'pipe.csv')?.code).toBe('input-not-regular');
    expect(report.findings.find((f) => f.location.file === 'empty')?.code).toBe('folder-without-reports');
  });
});
