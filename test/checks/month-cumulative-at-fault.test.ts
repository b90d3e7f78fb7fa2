import { describe, expect, it } from 'vitest';
import { ledgerOf } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

/** A Đồng Tháp monthly report: "Thực hiện tháng N", "Lũy kế N tháng" and the cumulative's percentage of plan. */
const MONTH = (m: number, lines: Array<[string, string, string, string, string, string]>) => [
  ['UBND TỈNH ĐỒNG THÁP', '', '', '', '', ''],
  [`BÁO CÁO TÌNH HÌNH THỰC HIỆN KHUYẾN CÔNG THÁNG ${m} NĂM 2024`, '', '', '', '', ''],
  ['Đơn vị tính: triệu đồng', '', '', '', '', ''],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', `Thực hiện tháng ${m}`, `Lũy kế ${m} tháng`, 'Tỷ lệ lũy kế/KH (%)'],
  ...lines,
];

const SEPTEMBER = MONTH(9, [
  ['1', 'Đào tạo nghề', '1000', '50', '600', '60,0'],
  ['2', 'Thông tin tuyên truyền', '300', '20', '216', '72,0'],
  ['', 'Tổng cộng', '1300', '70', '816', '62,8'],
]);
const OCTOBER = (cumulative: string) => MONTH(10, [
  ['1', 'Đào tạo nghề', '1000', '100', '700', '70,0'],
  ['2', 'Thông tin tuyên truyền', '300', '27', cumulative, '81,0'],
  ['', 'Tổng cộng', '1300', '127', '943', '72,5'],
]);

const found = async (october: string[][]) => {
  const { ledger, findings } = await ledgerOf([{ file: 'dong-thap-thang-9.csv', table: SEPTEMBER }, { file: 'dong-thap-thang-10.csv', table: october }]);
  return [...findings, ...runChecks(ledger, resolveConfig({}))].map((f) => `${f.code}@${f.location.sheet}!${f.location.cell}`);
};

describe('a cumulative figure typed wrong in a monthly report', () => {
  it('is one finding at the cumulative figure, not a second one naming the month\'s figure, which is right', async () => {
    expect(await found(OCTOBER('243'))).toEqual([]);
    expect(await found(OCTOBER('250'))).toEqual(['figure-total-ratios-mismatch@dong-thap-thang-10!E6']);
  });

  it('a month\'s figure typed wrong is still the month\'s finding', async () => {
    const october = OCTOBER('243');
    october[5]![3] = '34';
    expect(await found(october)).toEqual(expect.arrayContaining(['month-cumulative-mismatch@dong-thap-thang-10!D6']));
  });
});
