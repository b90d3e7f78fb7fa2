import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const F = (p: string) => join(resolve(import.meta.dirname, '..', '..'), 'fixtures', 'two-years', p);

describe('a workbook of this year\'s sheet and last year\'s', () => {
  it('reads both with nothing to say when they agree', async () => {
    const { report } = await reconcile([F('thai-binh-2024-va-2023.xlsx')]);
    expect(report.findings).toEqual([]);
  });

  it('a figure of last year restated differently is the one finding; each percentage is of its own sheet\'s amounts', async () => {
    const { report } = await reconcile([F('thai-binh-2024-va-2023-loi.xlsx')]);
    expect(report.findings.map((f) => `${f.code}@${f.location.sheet}!${f.location.cell}`)).toEqual(['prior-restated@2024!E9']);
  });
});
