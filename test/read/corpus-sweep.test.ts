import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

// Every file of the shared corpus (real workbooks and CSVs from many producers) is read or
// rejected with a clear message: never a crash, never an internal error, never a stack trace.
const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const files = ['spreadsheets', 'vietnamese', 'vietnamese/derived'].flatMap((d) =>
  readdirSync(join(CORPUS, d)).filter((f) => !f.endsWith('.md') && statSync(join(CORPUS, d, f)).isFile()).map((f) => join(CORPUS, d, f)),
);

describe('shared corpus sweep', () => {
  // The ODS expansion bomb must end as a finding, quickly; other test files keep the default.
  const before = process.env.BUDGET_RECON_LO_TIMEOUT;
  beforeAll(() => {
    process.env.BUDGET_RECON_LO_TIMEOUT = '20';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.BUDGET_RECON_LO_TIMEOUT;
    else process.env.BUDGET_RECON_LO_TIMEOUT = before;
  });

  it('has files to sweep', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each(files.map((f) => [f.slice(CORPUS.length + 1), f]))('%s is read or rejected clearly', async (_name, file) => {
    const { report } = await reconcile([file]);
    expect(report.files).toHaveLength(1);
    expect(report.findings.filter((f) => f.code === 'internal-error')).toEqual([]);
    for (const f of report.findings) {
      expect(f.message).not.toMatch(/\n\s+at /);
      expect(f.message.length).toBeGreaterThan(5);
    }
    if (report.files[0]!.status === 'unreadable') expect(report.findings.some((f) => f.code === 'file-unreadable' || f.code === 'file-unsupported' || f.code === 'needs-conversion')).toBe(true);
  });
});
