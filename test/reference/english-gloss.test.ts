import { describe, expect, it } from 'vitest';
import { stripEnglishGloss } from '../../src/reference/fold-text.js';
import { normaliseTable } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

describe('stripEnglishGloss', () => {
  it.each([
    ['TỔNG SỐ - TOTAL', 'TỔNG SỐ'],
    ['TỔNG CỘNG / TOTAL', 'TỔNG CỘNG'],
    ['Kế hoạch năm 2024 / Plan 2024', 'Kế hoạch năm 2024'],
    ['Đào tạo nghề, truyền nghề / Vocational training', 'Đào tạo nghề, truyền nghề'],
    ['Nội dung\nContent', 'Nội dung'],
    // abbreviations of the Vietnamese after a slash are no gloss
    ['So sánh TH 2024 / TH 2023 (%)', 'So sánh TH 2024 / TH 2023 (%)'],
    ['Tỷ lệ TH/KH (%)', 'Tỷ lệ TH/KH (%)'],
    ['KCQG / KCĐP', 'KCQG / KCĐP'],
    ['Total / All', 'Total / All'],
  ])('%j → %j', (text, kept) => {
    expect(stripEnglishGloss(text)).toBe(kept);
  });
});

/** A Trà Vinh form in two languages: "Vietnamese / English" labels, programmes as columns. */
const FORM = (fairs: string) => [
  ['SỞ CÔNG THƯƠNG TỈNH TRÀ VINH', '', '', '', '', ''],
  ['BÁO CÁO THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024 / INDUSTRIAL PROMOTION REPORT, 9 MONTHS 2024', '', '', '', '', ''],
  ['Unit: million VND', '', '', '', '', ''],
  ['STT', 'Nội dung / Content', 'Kế hoạch năm 2024 / Plan 2024', '', '', 'Thực hiện 9 tháng 2024 / Actual 9M 2024'],
  ['', '', 'Tổng số / Total', 'KCQG', 'KCĐP', ''],
  ['', 'TỔNG CỘNG / TOTAL', '1000', '600', '400', '700'],
  ['1', 'Đào tạo nghề / Vocational training', '500', '300', '200', '350'],
  ['2', 'Hội chợ triển lãm / Fairs', '500', '300', fairs, '350'],
];

describe('a bilingual form: "TỔNG CỘNG / TOTAL"', () => {
  it('is the total of the lines below it: a figure typed wrong misses across and down, one finding at it', async () => {
    const ok = await normaliseTable(FORM('200'));
    expect(runChecks(ok.ledger, resolveConfig({})).map((f) => f.code)).toEqual([]);
    const bad = await normaliseTable(FORM('220'));
    expect(runChecks(bad.ledger, resolveConfig({})).map((f) => `${f.code}@${f.location.cell}`)).toEqual(['figure-mismatch@E8']);
  });
});
