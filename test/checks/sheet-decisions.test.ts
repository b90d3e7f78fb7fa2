import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, compileMapping, reconcile } from '../../src/index.js';
import { DOUBT } from '../../src/ledger/doubt.js';
import type { Finding } from '../../src/findings/types.js';

/**
 * A weak or conflicting decision of the sheet (header band, period, year, unit) holds back the
 * errors of the relations it matters to, into the sheet's one `reading-uncertain`, whose fragment,
 * pasted into a mapping file, settles it and gives the error back. Errors on relations it does not
 * matter to (a sum within the table is the same in any period or unit) stay errors.
 */
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

function folder(files: Record<string, string[][]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'br-sheet-decisions-'));
  for (const [name, rows] of Object.entries(files)) writeFileSync(join(dir, name), csv(rows));
  return dir;
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.file.split(/[\\/]/).pop()}!${f.location.cell ?? ''}`).sort();
const uncertain = (fs: Finding[]) => fs.filter((f) => f.code === 'reading-uncertain');

/** The fragment the one warning prints, pasted into a mapping file. */
function fragmentOf(f: Finding): ReturnType<typeof compileMapping> {
  const text = /(\{"rules".*\}\]\})/.exec(f.message)?.[1];
  expect(text, f.message).toBeDefined();
  return compileMapping(JSON.parse(text!));
}

/** A regional summary of two provinces, certain in every decision, for the forms to agree with. */
const SUMMARY = (ngheAn: string) => [
  ['BÁO CÁO TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
  ['', 'Tổng cộng', '2000', `${1000 + Number(ngheAn)}`],
  ['1', 'Nghệ An', '1000', ngheAn],
  ['2', 'Hà Tĩnh', '1000', '1000'],
];

/** Nghệ An's own form: lines, and a total that adds up unless told otherwise. */
const FORM = (title: string[], actuals: [string, string], total = String(Number(actuals[0]) + Number(actuals[1]))) => [
  ...title.map((t) => [t]),
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện'],
  ['', 'Tổng cộng', '1000', total],
  ['1', 'Đào tạo nghề', '600', actuals[0]],
  ['2', 'Tư vấn', '400', actuals[1]],
];

describe('a weak period holds back errors across reports, not within the table', () => {
  // The title names the months nowhere but the sheet name "9T" and the title's "6 THÁNG" disagree.
  const conflicting = ['UBND TỈNH NGHỆ AN', 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 6 THÁNG NĂM 2024', 'Đơn vị tính: triệu đồng'];

  it('a period in conflict (title "6 THÁNG", file name "9T") marks the figures resting on it, not the annual plan', async () => {
    const dir = folder({ 'nghe-an-9T-2024.csv': FORM(conflicting, ['300', '200']), 'tong-hop.csv': SUMMARY('400') });
    const { ledger, inspections } = await reconcile([dir]);
    expect(inspections.flatMap((f) => f.sheets).find((s) => s.sheet === 'nghe-an-9T-2024')!.layout!.decisions.period.certainty).toBe('conflicting');
    const form = ledger.entries.filter((e) => e.source.file.endsWith('nghe-an-9T-2024.csv'));
    expect(form.filter((e) => e.measure === 'actual').every((e) => ((e.doubt ?? 0) & DOUBT.periodWeak) !== 0)).toBe(true);
    // The plan is annual whatever the report's period: no doubt of the period on it.
    expect(form.filter((e) => e.measure === 'plan').every((e) => ((e.doubt ?? 0) & DOUBT.periodWeak) === 0)).toBe(true);
    // The summary's figures state their period in their own headers: certain.
    expect(ledger.entries.filter((e) => e.source.file.endsWith('tong-hop.csv')).every((e) => !e.doubt)).toBe(true);
  });

  it('a form whose title names only its year: an agreement miss is withheld; the fragment states the period as read and gives the error back', async () => {
    const title = ['UBND TỈNH NGHỆ AN', 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG NĂM 2024', 'Đơn vị tính: triệu đồng'];
    const yearly = (ngheAn: string) => [
      ['BÁO CÁO TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG 12 THÁNG NĂM 2024'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện 12 tháng năm 2024'],
      ['', 'Tổng cộng', '2000', `${1000 + Number(ngheAn)}`],
      ['1', 'Nghệ An', '1000', ngheAn],
      ['2', 'Hà Tĩnh', '1000', '1000'],
    ];
    const dir = folder({ 'nghe-an.csv': FORM(title, ['300', '200'], '600'), 'tong-hop.csv': yearly('600') });
    const first = await reconcile([dir]);
    // The total that misses its lines is a fault within the table, whatever the period.
    expect(errors(first.report.findings)).toEqual(['sum-mismatch@nghe-an.csv!D5']);
    const warn = uncertain(first.report.findings);
    expect(warn).toHaveLength(0);

    // Now the summary disagrees with the form's total (the form's own sum holds).
    const dir2 = folder({ 'nghe-an.csv': FORM(title, ['300', '200']), 'tong-hop.csv': yearly('600') });
    const second = await reconcile([dir2]);
    expect(errors(second.report.findings)).toEqual([]);
    const [w] = uncertain(second.report.findings);
    expect(w, JSON.stringify(second.report.findings.map((f) => f.message))).toBeDefined();
    expect(w!.message).toContain('Figure disagrees with another report');
    expect(w!.message).toContain("the report's period is not stated with certainty");
    expect(w!.message).toContain('"title":{"year":2024,"period":"01-12"}');
    const settled = await reconcile([dir2], {}, { mapping: fragmentOf(w!) });
    expect(uncertain(settled.report.findings)).toEqual([]);
    expect(errors(settled.report.findings)).toEqual(['agreement-mismatch@tong-hop.csv!D5']);
  });

  it('where most of the sheet\'s figures agree across reports, they confirm its period: the one that does not is an error', async () => {
    const title = ['UBND TỈNH NGHỆ AN', 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG NĂM 2024', 'Đơn vị tính: triệu đồng'];
    const summary = [
      ['BÁO CÁO TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG 12 THÁNG NĂM 2024'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện 12 tháng năm 2024', 'Giải ngân 12 tháng năm 2024', 'Thực hiện 12 tháng năm 2023'],
      ['', 'Tổng cộng', '2000', '1600', '1400', '1500'],
      ['1', 'Nghệ An', '1000', '600', '400', '500'],
      ['2', 'Hà Tĩnh', '1000', '1000', '1000', '1000'],
    ];
    const form = [
      ...title.map((t) => [t]),
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện', 'Giải ngân', 'Cùng kỳ'],
      ['', 'Tổng cộng', '1000', '500', '400', '500'],
      ['1', 'Đào tạo nghề', '600', '300', '250', '300'],
      ['2', 'Tư vấn', '400', '200', '150', '200'],
    ];
    const { report, ledger } = await reconcile([folder({ 'nghe-an.csv': form, 'tong-hop.csv': summary })]);
    // Actual, disbursed and last year's actual rest on the uncertain period; two of the three agree.
    expect(ledger.entries.filter((e) => e.source.file.endsWith('nghe-an.csv') && ((e.doubt ?? 0) & DOUBT.periodWeak) !== 0).map((e) => e.source.cell).filter((c) => c.endsWith('5'))).toEqual(['D5', 'E5', 'F5']);
    expect(errors(report.findings)).toEqual(['agreement-mismatch@tong-hop.csv!D5']);
    expect(uncertain(report.findings)).toEqual([]);
  });
});

describe('a unit in conflict holds back comparisons across reports, not sums', () => {
  const title = ['UBND TỈNH NGHỆ AN', 'Đơn vị tính: triệu đồng', 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024', 'ĐVT: nghìn đồng'];

  it('two unit lines disagreeing: inspect says so; the form\'s disagreement with the summary is withheld, its own sum fault is not', async () => {
    const dir = folder({ 'nghe-an.csv': FORM(title, ['300', '200'], '600'), 'tong-hop.csv': SUMMARY('450') });
    const { report, inspections } = await reconcile([dir]);
    const layout = inspections.flatMap((f) => f.sheets).find((s) => s.sheet === 'nghe-an')!.layout!;
    expect(layout.decisions.unit.certainty).toBe('conflicting');
    expect(layout.decisions.unit.evidence.key).toBe('unit-conflict');
    expect(errors(report.findings)).toEqual(['sum-mismatch@nghe-an.csv!D6']);
    const [w] = uncertain(report.findings);
    expect(w!.message).toContain("the report's unit is not stated with certainty");
    expect(w!.message).toContain('"title":{"unit":"triệu đồng"}');
    const settled = await reconcile([dir], {}, { mapping: fragmentOf(w!) });
    expect(uncertain(settled.report.findings)).toEqual([]);
    expect(errors(settled.report.findings)).toEqual(['agreement-mismatch@tong-hop.csv!D5', 'sum-mismatch@nghe-an.csv!D6']);
  });

  it('one unit line, or two that agree: certain, and the same disagreement is an error', async () => {
    const agree = ['UBND TỈNH NGHỆ AN', 'Đơn vị tính: triệu đồng', 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024', 'ĐVT: Tr.đồng'];
    const { report, inspections } = await reconcile([folder({ 'nghe-an.csv': FORM(agree, ['300', '200']), 'tong-hop.csv': SUMMARY('450') })]);
    expect(inspections.flatMap((f) => f.sheets).find((s) => s.sheet === 'nghe-an')!.layout!.decisions.unit.certainty).toBe('certain');
    expect(uncertain(report.findings)).toEqual([]);
    expect(errors(report.findings).some((x) => x.startsWith('agreement-mismatch@'))).toBe(true);
  });
});

describe('a header band decided weakly holds back what is read from its columns', () => {
  // The first row of figures holds one figure beside its STT: the band rests on it (weak).
  const table = (pcts: string[]) => [
    ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024 - TỈNH NGHỆ AN'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Tỷ lệ (%)'],
    ['I', 'Chương trình địa phương', '', '', '50'],
    ['1', 'Đào tạo nghề', '400', '200', pcts[0]!],
    ['2', 'Tư vấn', '200', '150', pcts[1]!],
    ['3', 'Hội chợ', '100', '90', pcts[2]!],
  ];

  it('most percentages of the sheet miss: withheld, with the structure as read to settle it; pasted, they are errors', async () => {
    const dir = folder({ 'nghe-an.csv': table(['20', '30', '40']) });
    const first = await reconcile([dir]);
    const sheet = first.inspections[0]!.sheets[0]!.layout!;
    expect(sheet.decisions.band.certainty).toBe('weak');
    expect(first.ledger.entries.every((e) => ((e.doubt ?? 0) & DOUBT.bandWeak) !== 0)).toBe(true);
    expect(errors(first.report.findings)).toEqual([]);
    const [w] = uncertain(first.report.findings);
    expect(w!.message).toContain(CATALOG['percent-of-plan-mismatch'].title.en);
    expect(w!.message).toContain('the header rows were decided weakly');
    expect(w!.message).toContain('"structure":"as-read"');
    const settled = await reconcile([dir], {}, { mapping: fragmentOf(w!) });
    expect(settled.inspections[0]!.sheets[0]!.layout!.decisions.band.certainty).toBe('certain');
    expect(uncertain(settled.report.findings)).toEqual([]);
    expect(errors(settled.report.findings)).toEqual(['percent-of-plan-mismatch@nghe-an.csv!E5', 'percent-of-plan-mismatch@nghe-an.csv!E6', 'percent-of-plan-mismatch@nghe-an.csv!E7']);
  });

  it('most hold: the figures confirm the band, and the one that misses is an error', async () => {
    const { report } = await reconcile([folder({ 'nghe-an.csv': table(['50', '75', '40']) })]);
    expect(uncertain(report.findings)).toEqual([]);
    expect(errors(report.findings)).toEqual(['percent-of-plan-mismatch@nghe-an.csv!E7']);
  });
});

describe('a guessed year holds back the ratios to last year that rest on it', () => {
  // No year in the title, the sheet or the file name: 2024 is the latest year the columns name (weak).
  const table = (ratios: string[]) => [
    ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG - TỈNH NGHỆ AN'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Cùng kỳ', 'So với cùng kỳ (%)'],
    ['1', 'Đào tạo nghề', '400', '200', '100', ratios[0]!],
    ['2', 'Tư vấn', '200', '150', '100', ratios[1]!],
  ];

  it('every ratio misses: withheld, the year named and restated; pasted, they are errors', async () => {
    const dir = folder({ 'nghe-an.csv': table(['150', '100']) });
    const first = await reconcile([dir]);
    expect(first.inspections[0]!.sheets[0]!.layout!.decisions.year.certainty).toBe('weak');
    expect(errors(first.report.findings)).toEqual([]);
    const [w] = uncertain(first.report.findings);
    expect(w!.message).toContain("the report's year is a guess");
    expect(w!.message).toContain('"title":{"year":2024}');
    const settled = await reconcile([dir], {}, { mapping: fragmentOf(w!) });
    expect(uncertain(settled.report.findings)).toEqual([]);
    expect(errors(settled.report.findings)).toEqual(['ratio-prior-mismatch@nghe-an.csv!F4', 'ratio-prior-mismatch@nghe-an.csv!F5']);
  });

  it('the ratios hold: nothing withheld, nothing reported', async () => {
    const { report } = await reconcile([folder({ 'nghe-an.csv': table(['200', '150']) })]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });
});

describe('an uncertain period holds back a cumulative figure that goes down across reports', () => {
  const report = (title: string, actuals: [string, string]) => [
    ['UBND TỈNH NGHỆ AN'], [title], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện'],
    ['', 'Tổng cộng', '1000', String(Number(actuals[0]) + Number(actuals[1]))],
    ['1', 'Đào tạo nghề', '600', actuals[0]],
    ['2', 'Tư vấn', '400', actuals[1]],
  ];

  it('the "6 months" report of a file named for October states more than the 9 months: withheld, settled by its period', async () => {
    const dir = folder({
      'nghe-an-T10-2024.csv': report('BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 6 THÁNG NĂM 2024', ['400', '300']),
      'nghe-an-9thang-2024.csv': report('BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024', ['300', '200']),
    });
    const first = await reconcile([dir]);
    expect(errors(first.report.findings)).toEqual([]);
    const [w] = uncertain(first.report.findings);
    expect(w!.message).toContain(CATALOG['cumulative-decrease'].title.en);
    expect(w!.message).toContain('"title":{"year":2024,"period":"01-06"}');
    const settled = await reconcile([dir], {}, { mapping: fragmentOf(w!) });
    expect(uncertain(settled.report.findings)).toEqual([]);
    expect(errors(settled.report.findings).filter((x) => x.startsWith('cumulative-decrease@')).length).toBeGreaterThan(0);
  });
});
