import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import type { Finding } from '../../src/findings/types.js';

// Real Ministry of Finance and statistics-office tables, copied into the repository (fixtures/corpus/SOURCES.md).
const VN = resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus', 'vietnamese');
const tmp = mkdtempSync(join(tmpdir(), 'br-gov-'));
const cells = (fs: Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => `${f.location.sheet}!${f.location.cell}`).sort();

/** Independent oracle: region rows against their provinces, the TỔNG SỐ row against the regions, by plain arithmetic on the CSV. */
function m09Mismatches(): string[] {
  const rows: string[][] = parse(readFileSync(join(VN, 'derived', 'mof_budget_Plan_2016_M09_utf8.csv')), { relax_column_count: true });
  const num = (s: string | undefined) => (s && /^-?\d+$/.test(s.trim()) ? BigInt(s.trim()) : undefined);
  const out: string[] = [];
  const regions: number[] = [];
  for (let i = 13; i < rows.length; i++) if (/^[IVX]+$/.test(rows[i]![0]!.trim())) regions.push(i);
  for (let c = 2; c <= 10; c++) {
    const col = String.fromCharCode(65 + c);
    let all = 0n;
    for (const [k, r] of regions.entries()) {
      const end = regions[k + 1] ?? rows.findIndex((x, j) => j > r && !x[0]!.trim());
      let s = 0n;
      for (let i = r + 1; i < end; i++) s += num(rows[i]![c]) ?? 0n;
      const stated = num(rows[r]![c]);
      if (stated !== undefined && stated !== s) out.push(`${col}${r + 1}`);
      all += stated ?? 0n;
    }
    const total = num(rows[12]![c]);
    if (total !== undefined && total !== all) out.push(`${col}13`);
  }
  return out.sort();
}

describe('Ministry of Finance provincial plan table 2016 (M09)', () => {
  it('finds exactly the sums that do not hold in the published table, in every encoding it comes in', async () => {
    const expected = m09Mismatches();
    expect(expected.length).toBeGreaterThan(10);
    for (const f of ['mof_budget_Plan_2016_M09_utf8.csv', 'mof_budget_Plan_2016_M09_cp1258.csv', 'mof_budget_Plan_2016_M09_utf16bom.csv', 'mof_budget_Plan_2016_M09_tcvn3.csv']) {
      const { report } = await reconcile([join(VN, 'derived', f)]);
      const sheet = f.replace('.csv', '');
      expect(cells(report.findings, 'sum-mismatch'), f).toEqual(expected.map((c) => `${sheet}!${c}`).sort());
      expect(report.findings.filter((x) => x.severity === 'error' && x.code !== 'sum-mismatch'), f).toEqual([]);
      expect(report.summary.entries, f).toBe(589);
    }
  });

  it('shows both cells of each: the stated figure and the figures it should be the sum of', async () => {
    const { report } = await reconcile([join(VN, 'derived', 'mof_budget_Plan_2016_M09_utf8.csv')]);
    const f = report.findings.find((x) => x.location.cell === 'E14')!;
    expect(f.message).toContain('TỔNG CHI CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG');
    expect(f.related.map((r) => r.cell)).toEqual(['E15', 'E16', 'E17', 'E18', 'E19', 'E20', 'E21', 'E22', 'E23', 'E24', 'E25', 'E26', 'E27', 'E28']);
    expect(BigInt(f.reported!) - BigInt(f.expected!)).toBe(-1_000_000n);
  });

  it('reads the whole eight-sheet workbook (from the .xls, and as LibreOffice converted it to .xlsx) with findings only in M09', async () => {
    for (const f of ['mof_budget_Plan_2016.xls', 'derived/mof_budget_Plan_2016_lo747.xlsx']) {
      const { report, inspections } = await reconcile([join(VN, f)]);
      expect(inspections[0]!.sheets.map((s) => s.sheet)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'N07', 'M09']);
      expect(inspections[0]!.sheets.every((s) => (s.stats?.entries ?? 0) > 0), f).toBe(true);
      const errors = report.findings.filter((x) => x.severity !== 'info');
      expect(new Set(errors.map((x) => x.location.sheet)), f).toEqual(new Set(['M09']));
      expect(cells(errors, 'sum-mismatch').map((c) => c.replace('M09!', '')), f).toEqual(m09Mismatches());
    }
  });
});

describe('older MOF tables', () => {
  it('2003: converts TCVN3 (H fonts in capitals), and reports the broken total row and the section it leaves unbalanced', async () => {
    const { report, ledger } = await reconcile([join(VN, 'mof_budget_Plan_2003.xls')]);
    expect(report.findings.find((f) => f.code === 'legacy-text-converted')?.message).toMatch(/^95 cell\(s\) converted from TCVN3/);
    expect(ledger.entries.some((e) => e.province === 'Hà Nội' && e.year === 2003 && e.measure === 'plan')).toBe(true);
    expect(ledger.entries.some((e) => e.province === 'Hà Tây')).toBe(true);
    // Column H is hidden and its saved results are #VALUE! (LibreOffice recalculated them): not read.
    expect(cells(report.findings, 'formula-error').filter((c) => c.startsWith('Sheet1!'))).toEqual(['Sheet1!C16', 'Sheet1!E16', 'Sheet1!F16', 'Sheet1!G16']);
    expect(report.findings.find((f) => f.location.cell === 'C16')?.message).toContain('#REF!');
    expect(cells(report.findings, 'province-unknown')).toEqual([]);
  });

  it('2004: bilingual headers, no title and no unit — read as written, and every sum holds', async () => {
    const { report } = await reconcile([join(VN, 'mof_budget_Plan_2004.xls')]);
    expect(report.summary.entries).toBeGreaterThan(250);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(['unit-unstated']);
  });
});

describe('statistics-office CSVs', () => {
  it('FDI by province: WHOLE COUNTRY = regions + offshore oil and gas, regions = their provinces; a changed province is found', async () => {
    const file = join(VN, 'gso_fdi_2016_by_province.csv');
    expect((await reconcile([file])).report.summary.errors).toBe(0);
    const bad = join(tmp, 'gso_fdi_2016_by_province.csv');
    copyFileSync(file, bad);
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('"Ha Noi";462.0;', '"Ha Noi";463.0;'));
    // Its region no longer adds up; the country total still equals the regions as stated.
    expect(cells((await reconcile([bad])).report.findings, 'sum-mismatch')).toEqual(['gso_fdi_2016_by_province!B5']);
  });

  it('budget revenue and expenditure, industrial index, and the province panel are read without false alarms', async () => {
    for (const f of ['gso_state_budget_revenue_final_accounts.csv', 'gso_state_budget_expenditure_final_accounts.csv', 'gso_index_industrial_production_by_province.csv', 'vietnamdata_National_Budget_Final_CR.csv']) {
      const { report } = await reconcile([join(VN, f)]);
      expect(report.summary.errors, f).toBe(0);
      expect(report.summary.entries, f).toBeGreaterThan(100);
    }
  });
});
