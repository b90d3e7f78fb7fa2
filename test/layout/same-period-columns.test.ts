import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMapping, reconcile } from '../../src/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PRIOR = join(ROOT, 'fixtures', 'monthly', 'consistent', '2023');
// March 2024 of Nghệ An: month, cumulative ("Lũy kế đến hết tháng 3"), then "Cùng kỳ lũy kế năm 2023".
const SOURCE = readFileSync(join(ROOT, 'fixtures', 'monthly', 'consistent', '2024', 'NgheAn_03.2024.csv'), 'utf8');

/** The same report with a bare "Cùng kỳ năm 2023" header, and without its last column when `dropRatio`. */
function variant(dropRatio: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'br-cungky-'));
  let text = SOURCE.replace('Cùng kỳ lũy kế năm 2023', 'Cùng kỳ năm 2023');
  // The last field of each line is "So với cùng kỳ (%)": a quoted "91,3" or the header.
  if (dropRatio) text = text.split('\n').map((l) => l.replace(/,(?:"[^"]*"|[^,"]*)$/, (m) => (l.split(',').length >= 8 ? '' : m))).join('\n');
  const path = join(dir, 'NgheAn_03.2024.csv');
  writeFileSync(path, text);
  return path;
}

const loud = (fs: Array<{ severity: string; code: string; location: { cell?: string } }>) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.location.cell}`);

describe('a bare "Cùng kỳ năm 2023" beside a month and a cumulative column', () => {
  it('takes the period the "So với cùng kỳ (%)" figures declare: the cumulative, with no false error against last year', async () => {
    const file = variant(false);
    const { report, ledger, inspections } = await reconcile([file], {}, { prior: [PRIOR] });
    expect(loud(report.findings)).toEqual([]);
    const prior = ledger.entries.filter((e) => e.source.file === file && e.year === 2023 && e.measure === 'actual');
    expect(prior.length).toBeGreaterThan(0);
    expect(new Set(prior.map((e) => e.period))).toEqual(new Set(['01-03']));
    const col = inspections[0]?.sheets[0]?.layout?.columns.find((c) => c.header === 'Cùng kỳ năm 2023');
    expect(col?.certainty ?? 'certain').toBe('certain');
    expect(col?.evidence).toMatchObject({ key: 'col-same-period-figures', values: { ratio: expect.stringMatching(/^H\d+$/), of: expect.stringMatching(/^E\d+$/), col: expect.stringMatching(/^F\d+$/) } });
  });

  it('without figures to decide, withholds the errors against last year in one warning whose fragment settles it', async () => {
    const file = variant(true);
    const { report } = await reconcile([file], {}, { prior: [PRIOR] });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warn = report.findings.filter((f) => f.code === 'reading-uncertain');
    expect(warn).toHaveLength(1);
    expect(warn[0]!.message).toMatch(/Last year restated \(5\)/);
    const fragment = /(\{"rules".*\}\]\})/.exec(warn[0]!.message)?.[1];
    expect(fragment).toBeDefined();
    const mapping = compileMapping(JSON.parse(fragment!));
    const settled = await reconcile([file], {}, { prior: [PRIOR], mapping });
    expect(loud(settled.report.findings)).toEqual([]);
  });

  it('still reports a real restatement once the reading is settled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-cungky-'));
    // Line 1 of KCQG: last year's cumulative stated 40 above what the 2023 March report says.
    const text = SOURCE.replace('Cùng kỳ lũy kế năm 2023', 'Cùng kỳ năm 2023').replace('2.344,231,478,279', '2.344,231,478,319');
    const file = join(dir, 'NgheAn_03.2024.csv');
    writeFileSync(file, text);
    const { report } = await reconcile([file], {}, { prior: [PRIOR] });
    expect(report.findings.filter((f) => f.code === 'prior-restated').map((f) => f.location.cell)).toEqual(['F8']);
  });
});
