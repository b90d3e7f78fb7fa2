import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const M = (p: string) => join(ROOT, 'fixtures', 'monthly', p);
const PRIOR = M('consistent/2023');

interface Manifest {
  faults: Array<{ name: string; what: string; expect: Array<{ code: string; file: string; cell?: string }> }>;
}
const manifest = JSON.parse(readFileSync(M('manifest.json'), 'utf8')) as Manifest;

const SERIES_CODES = ['month-cumulative-mismatch', 'month-missing', 'month-reported-twice', 'cumulative-decrease', 'plan-changed', 'prior-restated', 'percent-of-plan-mismatch', 'duplicate-fact', 'agreement-mismatch', 'period-conflict'];

describe('a year of monthly reports (fixtures/monthly, scripts/make-monthly-fixtures.mjs)', () => {
  it('reads the consistent year of two provinces with no error and no warning, every month of every file read', async () => {
    const { report, ledger } = await reconcile([M('consistent/2024')], {}, { prior: [PRIOR] });
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${basename(f.location.file)}!${f.location.cell}`)).toEqual([]);
    const own = report.files.filter((f) => !f.prior);
    expect(own).toHaveLength(20);
    expect(own.every((f) => f.status === 'ok' && f.layout === 'form' && f.entries > 0)).toBe(true);
    // Each report's own month and cumulative figures: period read from title, sheet or file name.
    const months = new Map<string, Set<string>>();
    for (const e of ledger.entries) {
      if (e.prior || e.measure !== 'actual' || e.year !== 2024) continue;
      const k = `${e.province} ${e.reportPeriod}`;
      (months.get(k) ?? months.set(k, new Set()).get(k)!).add(e.period);
    }
    expect(months.size).toBe(20);
    for (const [k, periods] of months) {
      const m = k.slice(-2);
      expect([...periods].sort(), k).toEqual(m === '01' ? ['01-01'] : [`01-${m}`, `${m}-${m}`]);
    }
  });

  it('counts last year\'s files apart from the reports checked, in the summary and its text line', async () => {
    const { renderText } = await import('../../src/reporters/text.js');
    const { report } = await reconcile([M('consistent/2024')], { lang: 'vi' }, { prior: [PRIOR] });
    const own = report.files.filter((f) => !f.prior), prior = report.files.filter((f) => f.prior);
    expect(report.summary).toMatchObject({ files: own.length, priorFiles: prior.length, entries: own.reduce((n, f) => n + f.entries, 0), priorEntries: prior.reduce((n, f) => n + f.entries, 0) });
    expect(own.length).toBe(20);
    expect(prior.length).toBeGreaterThan(0);
    expect(renderText(report)).toContain(`trong 20 tệp; đã đọc ${report.summary.entries} số liệu; ${prior.length} tệp năm trước (${report.summary.priorEntries} số liệu) đọc để đối chiếu`);
  });

  it('says once per report, as info, that a title stating only the year took its month from the sheet or file name', async () => {
    const { report } = await reconcile([M('consistent/2024')]);
    const styles = JSON.parse(readFileSync(M('styles.json'), 'utf8')) as Array<{ file: string; place: string }>;
    const got = report.findings.filter((f) => f.code === 'period-from-name').map((f) => `${basename(f.location.file)} ${f.severity} ${/from the (sheet|file) name/.exec(f.message)?.[1]}`);
    expect(got.sort()).toEqual(styles.filter((s) => s.place !== 'title').map((s) => `${s.file} info ${s.place}`).sort());
  });

  it('reads the percentage against the plan its header names: the adjusted plan, or the year\'s', async () => {
    const { ledger } = await reconcile([M('consistent/2024')]);
    const ratios = ledger.entries.filter((e) => e.measure === 'pct_of_plan' || e.measure === 'pct_of_plan_adjusted');
    const adjusted = ratios.filter((e) => e.measure === 'pct_of_plan_adjusted');
    expect(adjusted.length).toBeGreaterThan(0);
    expect(adjusted.every((e) => e.basis?.base.measure === 'plan_adjusted' && e.basis.of.period === e.period)).toBe(true);
    // Hà Tĩnh states both from June: "… /KH năm (%)" stays against the year's plan.
    const both = ratios.filter((e) => e.province === 'Hà Tĩnh' && e.reportPeriod === '09-09' && e.line === '' && e.program === '');
    expect(both.map((e) => `${e.measure}:${e.basis?.base.measure}`).sort()).toEqual(['pct_of_plan:plan', 'pct_of_plan_adjusted:plan_adjusted']);
  });

  for (const fault of manifest.faults) {
    it(`finds the seeded fault "${fault.name}" at its cells and nothing else`, async () => {
      const { report } = await reconcile([M(`faults/${fault.name}`)], {}, { prior: [PRIOR] });
      const got = report.findings.filter((f) => f.severity !== 'info').map((f) => ({ code: f.code, file: basename(f.location.file), ...(f.location.cell ? { cell: f.location.cell } : {}) }));
      expect(got, fault.what).toEqual(fault.expect);
      for (const f of report.findings.filter((x) => SERIES_CODES.includes(x.code))) expect(f.message).not.toMatch(/undefined|\{/);
    });
  }

  it('words the month findings in Vietnamese with --lang vi', async () => {
    const { report } = await reconcile([M('faults/month-off')], { lang: 'vi' }, { prior: [PRIOR] });
    const f = report.findings.find((x) => x.code === 'month-cumulative-mismatch')!;
    expect(f.message).toMatch(/tháng 7 năm 2024: .*nhưng lũy kế .* trừ lũy kế .*chênh lệch 50 triệu đồng/);
    // The report is in triệu (NgheAn_07.2024.xlsx): every amount of the message in triệu, none in đồng.
    expect(f.message).toMatch(/^.*: 236 triệu đồng, nhưng lũy kế 1\.131 triệu đồng .* 945 triệu đồng .* 186 triệu đồng/);
    expect(f.message).not.toMatch(/\.000\.000 đồng/);
  });
});

describe('the month checks see every month of every style', () => {
  it('finds one month figure a million đồng off in any report of the year, at its cell, and nothing else', async () => {
    const { monthCumulative } = await import('../../src/checks/series-cumulative.js');
    const { buildLedger } = await import('../../src/ledger/build-ledger.js');
    const { add, decFromInt } = await import('../../src/ledger/money.js');
    const { ledger } = await reconcile([M('consistent/2024')]);
    expect(monthCumulative.run(ledger, {} as never)).toEqual([]);
    const months = ledger.entries.filter((e) => e.measure === 'actual' && e.year === 2024 && e.level === 'item' && e.period.slice(0, 2) === e.period.slice(3) && e.period !== '01-01');
    // Nine months (February to October) of eight rows' lines (five lines) in two provinces.
    expect(months).toHaveLength(2 * 9 * 5);
    for (const target of months) {
      const entries = ledger.entries.map((e) => (e === target ? { ...e, amount: add(e.amount, decFromInt(1_000_000)) } : e));
      const found = monthCumulative.run(buildLedger(entries), {} as never);
      expect(found.map((f) => `${basename(f.location.file)}!${f.location.cell}`), `${basename(target.source.file)}!${target.source.cell}`).toEqual([`${basename(target.source.file)}!${target.source.cell}`]);
    }
  });
});

describe('a cumulative figure off between two months', () => {
  it('is found at the cumulative cell when the months on either side miss by opposite amounts', async () => {
    const { monthCumulative } = await import('../../src/checks/series-cumulative.js');
    const { buildLedger } = await import('../../src/ledger/build-ledger.js');
    const { add, decFromInt } = await import('../../src/ledger/money.js');
    const { ledger } = await reconcile([M('consistent/2024')]);
    const cums = ledger.entries.filter((e) => e.measure === 'actual' && e.year === 2024 && e.level === 'item' && /^01-0[2-9]$/.test(e.period) && e.reportPeriod === `${e.period.slice(3)}-${e.period.slice(3)}`);
    expect(cums).toHaveLength(2 * 8 * 5);
    for (const target of cums) {
      const entries = ledger.entries.map((e) => (e === target ? { ...e, amount: add(e.amount, decFromInt(3_000_000)) } : e));
      const found = monthCumulative.run(buildLedger(entries), {} as never);
      expect(found.map((f) => `${f.code} ${basename(f.location.file)}!${f.location.cell}`)).toEqual([`month-cumulative-mismatch ${basename(target.source.file)}!${target.source.cell}`]);
    }
  });
});

describe('the month-by-month view', () => {
  const totals = (entries: Array<{ line: string; program: string; unit: string; measure: string; year: number; period: string; reportPeriod?: string; province: string; amount: { units: bigint; scale: number } }>, province: string) => {
    const out = new Map<number, bigint>();
    for (const e of entries) {
      if (e.province !== province || e.line !== '' || e.program !== '' || e.measure !== 'actual' || e.year !== 2024 || !e.reportPeriod) continue;
      const m = Number(e.reportPeriod.slice(0, 2));
      if (e.period === `01-${e.reportPeriod.slice(3)}`) out.set(m, e.amount.units / 10n ** BigInt(Math.max(0, e.amount.scale)));
    }
    return out;
  };

  it('shows a report of one programme only (KCQG, no total row) in the month-by-month view', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'br-kcqg-'));
    writeFileSync(join(dir, 'BC KC thang 08 nam 2024.csv'), [
      'SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM,,,,,', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG THÁNG 8/2024,,,,,', 'ĐVT: triệu đồng,,,,,',
      'TT,Nội dung,KH năm 2024,TH tháng 8/2024,Lũy kế 8T/2024,Lũy kế đến 31/08/2024 so KH (%)',
      'I,KCQG,1.200,50,600,"50,0"', '1,Đào tạo nghề,700,30,350,"50,0"', '2,Mô hình trình diễn,500,20,250,"50,0"',
    ].join('\n'));
    const { report } = await reconcile([dir]);
    const row = report.monthly?.[0]?.rows.find((r) => r.month === 8);
    expect([row?.monthActual?.units, row?.cumulative?.units, row?.plan?.units, row?.pctOfPlan]).toEqual([50_000_000n, 600_000_000n, 1_200_000_000n, '50.0']);
  });

  it('prints a series in the unit its reports are written in: đồng for a province reporting in đồng', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { renderText } = await import('../../src/reporters/text.js');
    const dir = mkdtempSync(join(tmpdir(), 'br-dong-'));
    const form = (m: number, month: string, cum: string) => [
      'SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM,,,,', `BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG THÁNG ${m}/2024,,,,`, 'ĐVT: đồng,,,,',
      `TT,Nội dung,KH năm 2024,TH tháng ${m}/2024,Lũy kế ${m}T/2024`,
      `I,KCQG,1.200.000.500,${month},${cum}`, `1,Đào tạo nghề,1.200.000.500,${month},${cum}`,
    ].join('\n');
    writeFileSync(join(dir, 'BC KC thang 07 nam 2024.csv'), form(7, '50.000.250', '550.000.250'));
    writeFileSync(join(dir, 'BC KC thang 08 nam 2024.csv'), form(8, '50.000.000', '600.000.250'));
    for (const lang of ['vi', 'en'] as const) {
      const { report } = await reconcile([dir], { lang });
      const text = renderText(report);
      const title = lang === 'vi' ? 'Theo tháng: Quảng Nam, năm 2024 (đồng)' : 'By month: Quảng Nam, 2024 (VND)';
      expect(text).toContain(title);
      const august = text.slice(text.indexOf(title)).split('\n')[4]!.trim().split(/\s+/);
      expect(august.slice(0, 4)).toEqual(lang === 'vi' ? ['8', '50.000.000', '600.000.250', '1.200.000.500'] : ['8', '50,000,000', '600,000,250', '1,200,000,500']);
    }
  });

  it('names the other report in "see also" when a related cell is in another file', async () => {
    const { renderText } = await import('../../src/reporters/text.js');
    const { report } = await reconcile([M('faults/month-off')], {}, { prior: [PRIOR] });
    const line = renderText(report).split('\n').find((l) => l.includes('month-cumulative-mismatch'))!;
    const f = report.findings.find((x) => x.code === 'month-cumulative-mismatch')!;
    const other = f.related.find((r) => r.file !== f.location.file)!;
    expect(line).toContain(`${basename(other.file)}!${other.cell}`);
  });

  it('prints each province\'s series in check\'s text output, the missing month marked, in Vietnamese and English', async () => {
    const { renderText } = await import('../../src/reporters/text.js');
    for (const lang of ['vi', 'en'] as const) {
      const { report, ledger } = await reconcile([M('faults/month-missing')], { lang }, { prior: [PRIOR] });
      const text = renderText(report);
      const title = lang === 'vi' ? 'Theo tháng: Nghệ An, năm 2024 (triệu đồng)' : 'By month: Nghệ An, 2024 (million VND)';
      expect(text).toContain(title);
      const table = text.slice(text.indexOf(title)).split('\n').slice(3, 13);
      expect(table.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(table[4]).toMatch(lang === 'vi' ? /^\s+5\s+Thiếu báo cáo$/ : /^\s+5\s+No report$/);
      const cum = totals(ledger.entries, 'Nghệ An');
      for (const [m, v] of cum) {
        const shown = (v / 1_000_000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
        expect(table[m - 1]!.trim().split(/\s+/)[2], `month ${m}`).toBe(shown);
      }
    }
  });

  it('writes the sheet "Theo tháng" in the --out workbook: a row per month, percentages as formulas', async () => {
    const { renderXlsx } = await import('../../src/reporters/xlsx.js');
    const ExcelJS = (await import('exceljs')).default;
    const { report, ledger } = await reconcile([M('faults/month-missing')], { lang: 'vi' }, { prior: [PRIOR] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(report, undefined)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Theo tháng')!;
    expect(ws).toBeDefined();
    expect(ws.getCell('D4').value).toBe('Thực hiện trong tháng');
    const cum = totals(ledger.entries, 'Nghệ An');
    for (let m = 1; m <= 10; m++) {
      const row = ws.getRow(4 + m);
      expect(row.getCell(2).value).toBe('Nghệ An');
      expect(row.getCell(3).value).toBe(`Tháng ${m}`);
      if (m === 5) {
        expect(row.getCell(10).value).toBe('Thiếu báo cáo');
        expect(row.getCell(5).value).toBeNull();
        continue;
      }
      expect(row.getCell(5).value).toBe(Number(cum.get(m)! / 1_000_000n));
      const pct = row.getCell(7).value as { formula: string; result: number };
      expect(pct.formula).toContain(`E${4 + m}/F${4 + m}*100`);
      expect(Math.abs(pct.result - (Number(row.getCell(5).value) / Number(row.getCell(6).value)) * 100)).toBeLessThan(1e-9);
      expect(row.getCell(10).value).toBe(m >= 7 ? 'Kế hoạch điều chỉnh' : null);
    }
  });

  it('exports each figure\'s period as YYYY-MM start and end in the ledger', async () => {
    const { renderLedgerCsv } = await import('../../src/reporters/ledger-export.js');
    const { ledger } = await reconcile([M('consistent/2024')]);
    const lines = [...renderLedgerCsv(ledger)].map((l) => l.trimEnd());
    expect(lines[0]!.endsWith(',cell,period_start,period_end')).toBe(true);
    for (const [i, e] of ledger.entries.entries()) {
      expect(lines[i + 1]!.endsWith(`,${e.year}-${e.period.slice(0, 2)},${e.year}-${e.period.slice(3)}`)).toBe(true);
    }
    expect(lines.some((l) => l.endsWith(',2024-07,2024-07'))).toBe(true);
    expect(lines.some((l) => l.endsWith(',2023-01,2023-07'))).toBe(true);
  });
});

describe('quarterly reports', () => {
  const report = (q: string, quarter: string, cum: string, line: string, cumLine: string) => [
    ['UBND TỈNH NGHỆ AN'], [`BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG QUÝ ${q} NĂM 2024`], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kế hoạch năm 2024', `Quý ${q}`, cum],
    ['1', 'Đào tạo nghề, truyền nghề', '900', line, cumLine],
  ];
  it('checks a quarter against the difference of the cumulative figures at its ends', async () => {
    const { monthCumulative } = await import('../../src/checks/series-cumulative.js');
    const { ledgerOf } = await import('../helpers.js');
    const q2 = { file: 'na-q2.csv', table: report('II', 'Quý II', 'Lũy kế 6 tháng', '200', '350') };
    const good = await ledgerOf([q2, { file: 'na-q3.csv', table: report('III', 'Quý III', 'Lũy kế 9 tháng', '250', '600') }]);
    expect(good.ledger.entries.map((e) => `${e.source.file} ${e.measure} ${e.period}`)).toContain('na-q3.csv actual 07-09');
    expect(monthCumulative.run(good.ledger, {} as never)).toEqual([]);
    const bad = await ledgerOf([q2, { file: 'na-q3.csv', table: report('III', 'Quý III', 'Lũy kế 9 tháng', '300', '600') }]);
    const found = monthCumulative.run(bad.ledger, {} as never);
    expect(found.map((f) => `${f.code} ${f.location.file}!${f.location.cell} ${f.expected} ${f.reported}`)).toEqual(['month-cumulative-mismatch na-q3.csv!D5 250000000 300000000']);
  });
});
