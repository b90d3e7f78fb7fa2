import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

// Real Ministry of Finance tables (fixtures/corpus/SOURCES.md) and their real inconsistencies,
// established independently of this tool (mof-expected.json, each cell with its `why`).
const DIR = resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus', 'vietnamese');
interface Cell { file: string; sheet: string; cell: string; kind?: string; why: string }
const expected = JSON.parse(readFileSync(join(DIR, 'mof-expected.json'), 'utf8')) as { truth: Cell[]; unclear: Cell[] };
const key = (file: string, sheet: string | undefined, cell: string | undefined) => `${file}!${sheet}!${cell}`;

async function findingsOf(table: string) {
  // The LibreOffice conversion where there is one, else the published .xls itself.
  const converted = join(DIR, `${table}_lo.xlsx`);
  const { report } = await reconcile([existsSync(converted) ? converted : join(DIR, `${table}.xls`)]);
  return report.findings;
}

describe.each(['mof_budget_Final_2012', 'mof_budget_Plan_2010', 'mof_budget_Final_2007', 'mof_budget_Plan_2008', 'mof_budget_Final_2010'])('real MOF table %s', (table) => {
  const truth = expected.truth.filter((t) => t.file === table);
  const truthKeys = new Set(truth.map((t) => key(t.file, t.sheet, t.cell)));
  const unclear = new Set(expected.unclear.filter((u) => u.file === table).map((u) => key(u.file, u.sheet, u.cell)));

  it('raises an error only where the table really is inconsistent, and finds every material inconsistency', async () => {
    const findings = await findingsOf(table);
    const errors = findings.filter((f) => f.severity === 'error');
    const falseErrors = errors.filter((f) => !truthKeys.has(key(table, f.location.sheet, f.location.cell)) && !unclear.has(key(table, f.location.sheet, f.location.cell)));
    expect(falseErrors.map((f) => `${f.code} ${f.location.sheet}!${f.location.cell}`)).toEqual([]);
    const flagged = new Set(findings.filter((f) => f.severity !== 'info').map((f) => key(table, f.location.sheet, f.location.cell)));
    const missed = truth.filter((t) => t.kind !== 'rounding' && !flagged.has(key(t.file, t.sheet, t.cell)));
    expect(missed.map((t) => `${t.sheet}!${t.cell}: ${t.why}`)).toEqual([]);
  }, 120_000);
});

describe('what the table declares', () => {
  it('checks the numbering row "6=7+8+9" on every row: the region row of Plan 2010 misses in the declared and the region sums', async () => {
    const findings = await findingsOf('mof_budget_Plan_2010');
    const at = new Set(findings.filter((f) => f.code === 'sum-mismatch').map((f) => f.location.cell));
    // truth: K29 is the fault (region II vs its provinces), carried into I29 and F29.
    for (const c of ['K29', 'I29', 'F29']) expect(at.has(c)).toBe(true);
  }, 120_000);

  it('sums the running totals "Tổng số (A+B+C)" over exactly the rows they name: no error and no duplicate in Final 2012 M04+', async () => {
    const findings = await findingsOf('mof_budget_Final_2012');
    expect(findings.filter((f) => f.location.sheet === 'M04+' && f.severity !== 'info')).toEqual([]);
  }, 120_000);

  it('reads the numbering row "2=3+6+7 … 9=10+…+19" of Final 2007 M07+ as numbering, and tells M09+\'s two columns headed alike apart by their English glosses', async () => {
    const findings = await findingsOf('mof_budget_Final_2007');
    expect(findings.filter((f) => f.location.sheet === 'M07+' && f.location.row === 12)).toEqual([]);
    // G and H are both headed "Bổ sung cân đối" (a typo), glossed "Balance transfers" and
    // "Target transfers": two facts, so no fact reported twice, nothing withheld, F = G + H holds.
    expect(findings.filter((f) => f.location.sheet === 'M09+' && f.severity !== 'info')).toEqual([]);
  }, 120_000);

  it('takes the unnumbered "TỔNG THU CÂN ĐỐI NSNN" closing M03+ as its grand total, which holds, and reports the rounding differences of M03+ and M08+', async () => {
    const findings = await findingsOf('mof_budget_Final_2007');
    expect(findings.filter((f) => f.location.sheet === 'M03+' && f.severity !== 'info')).toEqual([]);
    const rounding = findings.filter((f) => f.code === 'sum-rounding').map((f) => `${f.severity} ${f.location.sheet}!${f.location.cell}`);
    expect(rounding).toEqual(['info M03+!C12', 'info M08+!C14', 'info M08+!C17']);
    // M08+ C16: 451 beside 405 + 45 under "Chia ra - Including": whole figures, an error.
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.location.sheet}!${f.location.cell}`)).toEqual(['sum-mismatch M08+!C16']);
  }, 120_000);

  it('reads a "TRONG ĐÓ" column group as a partial breakdown: Final 2010 M07+ K63, whose items exceed their total, is the only fault there', async () => {
    const findings = await findingsOf('mof_budget_Final_2010');
    const m07 = findings.filter((f) => f.location.sheet === 'M07+' && f.severity !== 'info');
    expect(m07.map((f) => `${f.code} ${f.location.cell}`)).toEqual(['of-which-exceeds K63']);
    // K37's items fall far short of it: partial, so no finding.
  }, 120_000);

  it('reads a line merged over three rows as one: Plan 2008\'s figure under the footnote mark "(1)" is the total\'s, and its region rows keep their provinces', async () => {
    const findings = await findingsOf('mof_budget_Plan_2008');
    expect(findings.filter((f) => f.code === 'reading-uncertain' || f.code === 'row-unlabelled')).toEqual([]);
    // Its gap of 2,640,712 triệu is the amount footnote (1) quotes: a warning quoting it, no error.
    const g16 = findings.filter((f) => f.location.cell === 'G16');
    expect(g16.map((f) => `${f.severity} ${f.code}`)).toEqual(['warning sum-gap-explained']);
    expect(g16[0]!.message).toMatch(/\(1\): "đã bao gồm 2\.640\.712 triệu đồng/);
    // H14 and K14 miss by 467,511 triệu, which no footnote explains: errors.
    for (const cell of ['H14', 'K14']) expect(findings.find((f) => f.location.cell === cell && f.code === 'sum-mismatch')?.severity).toBe('error');
  }, 120_000);
});
