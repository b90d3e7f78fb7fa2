import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

// Every real file in the repository's corpus (workbooks and CSVs from many producers, see
// fixtures/corpus/SOURCES.md) is read or rejected with a clear message: never a crash, never an
// internal error, never a stack trace. `npm run sweep` does the same over ../shared/corpus.
const CORPUS = resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return f.endsWith('.md') ? [] : [p];
  });
}
const files = filesUnder(CORPUS).sort();

describe('repository corpus sweep', () => {
  it('has files to sweep', () => {
    expect(files.length).toBeGreaterThan(30);
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
