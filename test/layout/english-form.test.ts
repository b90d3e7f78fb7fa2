import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-english-form-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A province's report written in English, as some Sở send to partners: "Items", English programme names. */
function form(name: string, localActual: string, localPct = '70.0'): string {
  const rows = [
    "PEOPLE'S COMMITTEE OF BINH DUONG PROVINCE,,,,",
    'DEPARTMENT OF INDUSTRY AND TRADE,,,,',
    'REPORT ON INDUSTRIAL PROMOTION FUNDING - 9 MONTHS OF 2024,,,,',
    'Unit: million VND,,,,',
    'No.,Items,Plan 2024,Actual 9 months 2024,% of plan',
    ',Total,"4,250","2,975.5",70.0',
    'I,National industrial promotion,"1,500","1,050",70.0',
    '1,Vocational training,500,350,70.0',
    '2,Demonstration models,"1,000",700,70.0',
    `II,Local industrial promotion,"2,750","${localActual}",${localPct}`,
    '1,Machinery support,"2,000","1,400.5",70.0',
    '2,Trade fairs,750,525,70.0',
  ];
  const path = join(dir, name);
  writeFileSync(path, rows.join('\n'));
  return path;
}

describe('a form written in English', () => {
  it('reads its labels, programmes and activities: no finding on a consistent form', async () => {
    const { report, ledger } = await reconcile([form('binh-duong-q3-2024.csv', '1,925.5')]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const actual = (label: string) => ledger.entries.find((e) => e.label === label && e.measure === 'actual')!;
    expect(actual('Vocational training')).toMatchObject({ province: 'Bình Dương', program: 'KCQG', activity: 'KC1_DTN', period: '01-09' });
    expect(actual('Trade fairs')).toMatchObject({ program: 'KCDP', activity: 'KC4b' });
    expect(actual('Total')).toMatchObject({ program: '', level: 'total' });
  });

  it('finds a wrong subtotal once, at itself', async () => {
    // Its percentage computed from it by a formula, so only the sum says it is wrong.
    const { report } = await reconcile([form('bad.csv', '1,935.5', '70.4')]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@D10']);
  });

  it('does not report again a percentage that holds with the total its parts give', async () => {
    // The percentage typed from the right total: its miss is the subtotal's fault, named beside it.
    const typed = await reconcile([form('typed-pct.csv', '1,935.5', '70.0')]);
    const errors = typed.report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@D10']);
    expect(errors[0]!.related?.map((r) => r.cell)).toContain('E10');
    // A percentage wrong on its own stays a finding of its own.
    const own = await reconcile([form('own-pct.csv', '1,935.5', '75.0')]);
    expect(own.report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.cell}`).sort()).toEqual(['percent-of-plan-mismatch@E10', 'sum-mismatch@D10']);
  });
});
