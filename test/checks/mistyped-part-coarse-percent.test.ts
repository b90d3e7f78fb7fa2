import { describe, expect, it } from 'vitest';
import { normaliseTable } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

/**
 * A Vĩnh Long year report: "Tỷ lệ TH/KH năm (%)" and "So sánh TH 2024/TH 2023 (%)" to one decimal.
 * A line's actual typed 1 million too high leaves its percentage of plan within its rounding
 * (1843.5 / 2542 = 72.52 → "72,5") but not its ratio to last year (119.55 → "119,5").
 */
const FORM = (done: string) => [
  ['ỦY BAN NHÂN DÂN TỈNH VĨNH LONG', '', '', '', '', ''],
  ['BÁO CÁO TỔNG KẾT CÔNG TÁC KHUYẾN CÔNG NĂM 2024', '', '', '', '', ''],
  ['Đơn vị tính: triệu đồng', '', '', '', '', ''],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Thực hiện năm 2023', 'Tỷ lệ TH/KH năm (%)', 'So sánh TH 2024/TH 2023 (%)'],
  ['I', 'KHUYẾN CÔNG QUỐC GIA', '4542', '3342,5', '2842', '73,6', '117,6'],
  ['1', 'Đào tạo nghề', '2000', '1500', '1300', '75,0', '115,4'],
  ['2', 'Mô hình trình diễn', '2542', done, '1542', '72,5', '119,5'],
];

const found = async (table: string[][]) => {
  const r = await normaliseTable(table);
  return [...r.findings, ...runChecks(r.ledger, resolveConfig({}))].map((f) => `${f.code}@${f.location.cell}`);
};

describe('a line typed wrong whose one percentage still holds within its rounding', () => {
  it('is one figure-total-ratios-mismatch at the line, not a sum-mismatch above it and a ratio error beside it', async () => {
    expect(await found(FORM('1842,5'))).toEqual([]);
    expect(await found(FORM('1843,5'))).toEqual(['figure-total-ratios-mismatch@D7']);
  });
});
