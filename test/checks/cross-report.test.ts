import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/findings/build-report.js';
import { agreement } from '../../src/checks/agreement.js';
import { completeness } from '../../src/checks/completeness.js';
import { cumulativeDecrease } from '../../src/checks/cumulative-decrease.js';
import { actualAbovePlan } from '../../src/checks/actual-above-plan.js';
import { planChanged } from '../../src/checks/plan-changed.js';
import { ofWhich } from '../../src/checks/of-which.js';
import { resolveConfig } from '../../src/config/schema.js';
import type { Check } from '../../src/checks/check.js';
import { ledgerOf } from '../helpers.js';

const where = (fs: Array<{ code: string; location: { file: string; cell?: string } }>) => fs.map((f) => `${f.code}@${f.location.file}!${f.location.cell ?? ''}`);
const run = async (check: Check, tables: Parameters<typeof ledgerOf>[0], config = resolveConfig()) => {
  const { ledger, findings } = await ledgerOf(tables);
  expect(findings.filter((f) => f.code !== 'file-empty')).toEqual([]);
  return check.run(ledger, config);
};

const FORM = (province: string, plan: string, actual: string, prior = '900') => [
  [`SỞ CÔNG THƯƠNG TỈNH ${province}`],
  ['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023'],
  ['I', 'KHUYẾN CÔNG QUỐC GIA', plan, actual, prior],
  ['1', 'Đào tạo nghề', plan, actual, prior],
];
const SUMMARY = (rows: Array<[string, string]>) => [
  ['TỔNG HỢP KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024 KCQG'],
  ...rows.map(([p, v], i) => [String(i + 1), p, v]),
];

describe('agreement', () => {
  it('is silent when a form and the summary agree, and finds the cell where they do not', async () => {
    const ok = [{ file: 'na.csv', table: FORM('NGHỆ AN', '1000', '600') }, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1000'], ['Hà Tĩnh', '500'], ['Thanh Hóa', '700']]) }];
    expect(await run(agreement, ok)).toEqual([]);
    const bad = [ok[0]!, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1100'], ['Hà Tĩnh', '500'], ['Thanh Hóa', '700']]) }];
    const fs = await run(agreement, bad);
    expect(where(fs)).toEqual(['agreement-mismatch@sum.csv!C4']);
    expect(fs[0]!.related?.[0]).toMatchObject({ file: 'na.csv', cell: 'C5' });
  });

  it("stands at the summary, not at the province's report, whatever the order of the files", async () => {
    const bad = SUMMARY([['Nghệ An', '1100'], ['Hà Tĩnh', '500'], ['Thanh Hóa', '700']]);
    // The summary read first ("sum.csv" before "zz-na.csv"), or last.
    for (const tables of [[{ file: 'sum.csv', table: bad }, { file: 'zz-na.csv', table: FORM('NGHỆ AN', '1000', '600') }], [{ file: 'aa-na.csv', table: FORM('NGHỆ AN', '1000', '600') }, { file: 'sum.csv', table: bad }]]) {
      const fs = await run(agreement, tables);
      expect(where(fs)).toEqual(['agreement-mismatch@sum.csv!C4']);
      expect(fs[0]!.related?.[0]).toMatchObject({ cell: 'C5' });
    }
  });

  it('reads "Thực hiện năm 2017" under a title naming only the year as the whole year, certain: a disagreement is an error', async () => {
    const form = [['UBND THÀNH PHỐ HỒ CHÍ MINH'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017'], ['ĐVT: triệu đồng'], ['STT', 'Nội dung', 'Kế hoạch năm 2017', 'Thực hiện năm 2017'], ['', 'Tổng cộng', '6700', '6400']];
    const summary = (hcm: string) => [['TỔNG HỢP KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017 CÁC TỈNH'], ['ĐVT: triệu đồng'], ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2017', 'Thực hiện năm 2017'], ['1', 'TP. Hồ Chí Minh', '6700', hcm], ['2', 'Bà Rịa - Vũng Tàu', '3500', '3400'], ['3', 'Thừa Thiên Huế', '2800', '2650']];
    const { ledger } = await ledgerOf([{ file: 'tphcm.csv', table: form }, { file: 'tong-hop.csv', table: summary('6500') }]);
    const withheld: Parameters<typeof agreement.run>[2] = [];
    expect(where(agreement.run(ledger, resolveConfig(), withheld))).toEqual(['agreement-mismatch@tong-hop.csv!D4']);
    expect(withheld).toEqual([]);
    const ok = await ledgerOf([{ file: 'tphcm.csv', table: form }, { file: 'tong-hop.csv', table: summary('6400') }]);
    expect(agreement.run(ok.ledger, resolveConfig())).toEqual([]);
  });

  it('says which unit would fit when a figure is about 1000× the same fact elsewhere', async () => {
    const fs = await run(agreement, [{ file: 'na.csv', table: FORM('NGHỆ AN', '1000', '600') }, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1.000.000'], ['Hà Tĩnh', '500'], ['Thanh Hóa', '700']]) }]);
    expect(where(fs)).toEqual(['agreement-mismatch@sum.csv!C4', 'unit-scale-suspect@sum.csv!C4']);
    expect(fs[1]!.params).toMatchObject({ factor: '1000×' });
  });

  it('checks "cùng kỳ" against last year\'s report (prior-restated), and is silent when they agree', async () => {
    const last = [['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN'], ['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2023'], ['Đơn vị tính: triệu đồng'], ['STT', 'Nội dung', 'Kế hoạch năm 2023', 'Thực hiện 9 tháng năm 2023'], ['I', 'KHUYẾN CÔNG QUỐC GIA', '1200', '900'], ['1', 'Đào tạo nghề', '1200', '900']];
    expect(await run(agreement, [{ file: 'na24.csv', table: FORM('NGHỆ AN', '1000', '600', '900') }, { file: 'na23.csv', table: last, prior: true }])).toEqual([]);
    const fs = await run(agreement, [{ file: 'na24.csv', table: FORM('NGHỆ AN', '1000', '600', '950') }, { file: 'na23.csv', table: last, prior: true }]);
    expect(where(fs)).toEqual(['prior-restated@na24.csv!E6']);
  });

  it('compares a merged province\'s 2025 "cùng kỳ" with the sum of its former provinces\' 2024 figures', async () => {
    const head = ['Mã tỉnh', 'Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Nội dung', 'Thực hiện (triệu đồng)', 'Cùng kỳ năm trước (triệu đồng)'];
    const y2024 = [['Mã tỉnh', 'Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Nội dung', 'Thực hiện (triệu đồng)'], ['10', 'Lào Cai', '2024', '9 tháng', 'KCĐP', 'Cộng', '300'], ['15', 'Yên Bái', '2024', '9 tháng', 'KCĐP', 'Cộng', '200']];
    const ok = [head, ['15', 'Lào Cai', '2025', '9 tháng', 'KCĐP', 'Cộng', '560', '500']];
    expect(await run(agreement, [{ file: 'lc25.csv', table: ok }, { file: 'all24.csv', table: y2024, prior: true }])).toEqual([]);
    const bad = [head, ['15', 'Lào Cai', '2025', '9 tháng', 'KCĐP', 'Cộng', '560', '300']];
    const fs = await run(agreement, [{ file: 'lc25.csv', table: bad }, { file: 'all24.csv', table: y2024, prior: true }]);
    expect(where(fs)).toEqual(['prior-restated@lc25.csv!H2']);
    expect(renderMessage(fs[0]!, 'en')).toContain('former provinces Lào Cai + Yên Bái');
    expect(renderMessage(fs[0]!, 'vi')).toContain('các tỉnh cũ Lào Cai + Yên Bái');
    expect(fs[0]!.expected).toBe('500000000');
  });
});

describe('completeness', () => {
  const sum = { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1000'], ['Hà Tĩnh', '500'], ['Thanh Hóa', '700']]) };
  it('names the provinces of the summary that sent no report, and a report sent twice', async () => {
    const fs = await run(completeness, [{ file: 'na.csv', table: FORM('NGHỆ AN', '1000', '600') }, { file: 'na-again.csv', table: FORM('NGHỆ AN', '1000', '600') }, sum]);
    expect(where(fs)).toEqual(['province-report-duplicate@na-again.csv!', 'province-report-missing@sum.csv!C5', 'province-report-missing@sum.csv!C6']);
  });

  it('takes the expected list from the config when given, and is silent when all reported', async () => {
    const cfg = resolveConfig({ expectedProvinces: ['Nghệ An', '42'] });
    expect(where(await run(completeness, [{ file: 'na.csv', table: FORM('NGHỆ AN', '1000', '600') }], cfg))).toEqual(['province-report-missing@(config)!']);
    expect(await run(completeness, [{ file: 'na.csv', table: FORM('NGHỆ AN', '1000', '600') }, { file: 'ht.csv', table: FORM('HÀ TĨNH', '500', '300') }], cfg)).toEqual([]);
  });
});

describe('period consistency', () => {
  const six = (actual: string, plan = '1000') => [['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN'], ['BÁO CÁO KHUYẾN CÔNG 6 THÁNG NĂM 2024'], ['Đơn vị tính: triệu đồng'], ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 6 tháng năm 2024'], ['I', 'KHUYẾN CÔNG QUỐC GIA', plan, actual], ['1', 'Đào tạo nghề', plan, actual]];
  it('finds a cumulative actual that went down, and is silent when it grows', async () => {
    expect(await run(cumulativeDecrease, [{ file: 'h1.csv', table: six('400') }, { file: 'q3.csv', table: FORM('NGHỆ AN', '1000', '600') }])).toEqual([]);
    expect(where(await run(cumulativeDecrease, [{ file: 'h1.csv', table: six('700') }, { file: 'q3.csv', table: FORM('NGHỆ AN', '1000', '600') }]))).toEqual(['cumulative-decrease@q3.csv!D5', 'cumulative-decrease@q3.csv!D6']);
  });

  it('warns of actual above plan, and of a plan changed with no adjusted plan', async () => {
    expect(where(await run(actualAbovePlan, [{ file: 'q3.csv', table: FORM('NGHỆ AN', '500', '600') }]))).toEqual(['actual-above-plan@q3.csv!D5', 'actual-above-plan@q3.csv!D6']);
    expect(where(await run(planChanged, [{ file: 'h1.csv', table: six('400', '900') }, { file: 'q3.csv', table: FORM('NGHỆ AN', '1000', '600') }]))).toEqual(['plan-changed@q3.csv!C6']);
  });
});

describe('of which', () => {
  const form = (part: string) => [['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN'], ['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'], ['Đơn vị tính: người'], ['STT', 'Nội dung', 'Thực hiện 9 tháng năm 2024'], ['1', 'Số lao động được đào tạo', '745'], ['', 'Trong đó: lao động nữ', part]];
  it('finds a "Trong đó" larger than its whole, and accepts a partial breakdown', async () => {
    expect(await run(ofWhich, [{ file: 'a.csv', table: form('400') }])).toEqual([]);
    expect(where(await run(ofWhich, [{ file: 'a.csv', table: form('800') }]))).toEqual(['of-which-exceeds@a.csv!C5']);
  });
});
