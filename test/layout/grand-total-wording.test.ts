import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable } from '../helpers.js';

// The shape of MOF final accounts, sheet "M03+": sections A…E, then an unnumbered closing row in
// capitals, "TỔNG THU CÂN ĐỐI NSNN NĂM 2007", the sum of the sections.
const TABLE = [
  ['BỘ TÀI CHÍNH', '', ''],
  ['QUYẾT TOÁN THU CÂN ĐỐI NSNN THEO LĨNH VỰC NĂM 2007', '', ''],
  ['', '', 'Tỷ đồng - Billions of dong'],
  ['STT', 'Chỉ tiêu', 'Quyết toán 2007'],
  ['A', 'Thu theo dự toán của Quốc hội', '300'],
  ['I', 'Thu nội địa', '200'],
  ['1', 'Thu từ doanh nghiệp nhà nước', '120'],
  ['2', 'Thu từ khu vực ngoài quốc doanh', '80'],
  ['II', 'Thu từ dầu thô', '100'],
  ['B', 'Thu từ quỹ dự trữ tài chính', '90'],
  ['C', 'Thu chuyển nguồn từ năm 2006 sang năm 2007', '410'],
  ['', 'TỔNG THU CÂN ĐỐI NSNN NĂM 2007', '800'],
];

describe('an unnumbered closing row in capitals that opens with "Tổng"', () => {
  it('is the grand total over the outermost rows, borne out by its figures: no warning', async () => {
    const { entries, ledger, findings } = await normaliseTable(TABLE, { file: 'm03.csv', sheet: 'M03+' });
    const total = entries.find((e) => e.source.cell === 'C12')!;
    expect(total.rowTotal).toBe(true);
    expect(total.rowPath).toEqual([]);
    expect([...findings, ...runChecks(ledger, resolveConfig({}))].filter((f) => f.code !== 'row-unlabelled')).toEqual([]);
  });

  it('an unnumbered line in lower case stays a line placed by guess', async () => {
    const table = TABLE.map((r) => (r[1] === 'TỔNG THU CÂN ĐỐI NSNN NĂM 2007' ? ['', 'Tổng thu ngân sách xã', '5'] : r));
    const { entries } = await normaliseTable(table, { file: 'm03.csv', sheet: 'M03+' });
    expect(entries.find((e) => e.source.cell === 'C12')!.rowTotal).toBeFalsy();
  });
});
