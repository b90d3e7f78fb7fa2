import { describe, expect, it } from 'vitest';
import { normaliseTable } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

/**
 * A Hậu Giang form numbered 1 / 1.1: each programme's row states no figure, a "Cộng" row closes
 * its lines, "Tổng cộng" closes the table.
 */
const FORM = (edit: Record<string, string> = {}) => {
  const rows = [
    ['SỞ CÔNG THƯƠNG TỈNH HẬU GIANG', '', '', ''],
    ['KẾT QUẢ THỰC HIỆN KINH PHÍ KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2024', '', '', ''],
    ['ĐVT: triệu đồng', '', '', ''],
    ['STT', 'Nội dung', 'KH năm 2024', 'TH 6 tháng'],
    ['1', 'KHUYẾN CÔNG QUỐC GIA', '', ''],
    ['1.1', 'Đào tạo nghề', '400', '300'],
    ['1.2', 'Mô hình trình diễn', '600', '350'],
    ['', 'Cộng', '1000', '650'],
    ['2', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', '', ''],
    ['2.1', 'Hội chợ triển lãm', '300', '120'],
    ['2.2', 'Thông tin tuyên truyền', '200', '80'],
    ['', 'Cộng', '500', '200'],
    ['', 'Tổng cộng', '1500', '850'],
  ];
  for (const [a, v] of Object.entries(edit)) rows[Number(a.slice(1)) - 1]![a.charCodeAt(0) - 65] = v;
  return rows;
};

const found = async (table: string[][]) => {
  const r = await normaliseTable(table);
  return [...r.findings, ...runChecks(r.ledger, resolveConfig({}))].map((f) => `${f.code}@${f.location.cell}`);
};

describe('"Cộng" closing a section numbered 1, 2 (its own row without figures)', () => {
  it('is that section\'s total, and the grand total adds the "Cộng" rows: no finding on a consistent form', async () => {
    expect(await found(FORM())).toEqual([]);
  });

  it('a line typed wrong is one finding, at its section\'s "Cộng", not again at "Tổng cộng"', async () => {
    expect(await found(FORM({ D7: '400' }))).toEqual(['sum-mismatch@D8']);
  });

  it('a "Cộng" typed wrong is one finding at it', async () => {
    expect(await found(FORM({ D12: '210' }))).toEqual(['sum-mismatch@D12']);
  });
});
