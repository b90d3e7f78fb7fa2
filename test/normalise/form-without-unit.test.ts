import { describe, expect, it } from 'vitest';
import { normaliseTable } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

/** A province form that states no unit anywhere: no unit line, no unit in a header, no ĐVT column. */
const FORM = (done: string) => [
  ['UBND TỈNH AN GIANG', '', '', '', ''],
  ['BÁO CÁO THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024', '', '', '', ''],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Tỷ lệ (%)'],
  ['1', 'Đào tạo nghề', '400', '300', '75,0'],
  ['2', 'Hỗ trợ máy móc thiết bị', '600', done, '90,0'],
  ['', 'Tổng cộng', '1000', '840', '84,0'],
];

const found = async (table: string[][]) => {
  const r = await normaliseTable(table);
  return { entries: r.entries, codes: [...r.findings, ...runChecks(r.ledger, resolveConfig({}))].map((f) => `${f.code}@${f.location.cell ?? ''}`) };
};

describe('a form that states no unit at all', () => {
  it('is one unit-unstated warning for the table, not a unit-missing error per column; its figures are read as written', async () => {
    const { entries, codes } = await found(FORM('540'));
    expect(codes.filter((c) => !c.startsWith('unit-unstated'))).toEqual([]);
    expect(codes.filter((c) => c.startsWith('unit-unstated'))).toHaveLength(1);
    expect(entries.find((e) => e.source.cell === 'D5')?.unit).toBe('unstated');
  });

  it('still checks its sums and percentages', async () => {
    const { codes } = await found(FORM('550'));
    expect(codes.filter((c) => !c.startsWith('unit-unstated'))).toEqual(['figure-total-ratios-mismatch@D5']);
  });

  it('keeps unit-missing where the table states units elsewhere but not for a column', async () => {
    const table = FORM('540').map((r) => [...r]);
    table[2]![2] = 'Kế hoạch năm 2024 (triệu đồng)';
    const { codes } = await found(table);
    expect(codes).toContain('unit-missing@D3');
  });
});
