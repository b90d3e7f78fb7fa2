import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable } from '../helpers.js';

// MOF Plan 2003 (TCVN3 era): a header typed one fragment per row, "Tỷ lệ" › "phân chia" › "các
// nguồn thu": the revenue-sharing rate, not a percentage of plan.
const TABLE = [
  ['DỰ TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH NĂM 2024', '', '', '', ''],
  ['Đơn vị: Triệu đồng', '', '', '', ''],
  ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Tỷ lệ'],
  ['', '', '', '', 'phân chia'],
  ['', '', '', '', 'các nguồn thu'],
  ['1', 'Hà Giang', '200', '150', '30'],
  ['2', 'Tuyên Quang', '400', '300', '100'],
  ['3', 'Cao Bằng', '100', '90', '100'],
];

describe('a figure column whose header is known only by its first line', () => {
  it('"Tỷ lệ" over words it does not know is a rate column, never a percentage of plan to check', async () => {
    const { entries, ledger, findings } = await normaliseTable(TABLE, { file: 'plan.csv', sheet: 'Sheet1' });
    const rate = entries.filter((e) => e.source.column === 5);
    expect(rate.map((e) => e.measure)).not.toContain('pct_of_plan');
    expect(rate.every((e) => e.unit === '%')).toBe(true);
    expect([...findings, ...runChecks(ledger, resolveConfig({}))].filter((f) => f.code.includes('percent'))).toEqual([]);
  });
});
