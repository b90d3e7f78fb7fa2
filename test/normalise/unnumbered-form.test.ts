import { describe, expect, it } from 'vitest';
import { structureSums } from '../../src/checks/structure-sums.js';
import { duplicates } from '../../src/checks/duplicates.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable } from '../helpers.js';

// A province form without an STT column: the programmes are row sections named in words, the
// lines under them unnumbered, the total last.
const form = (qgPlan: string, dpActual = '1.641') => [
  ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024 - LONG AN'],
  ['Đơn vị tính: triệu đồng'],
  ['Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
  ['KHUYẾN CÔNG QUỐC GIA', qgPlan, '2.954'],
  ['Đào tạo nghề, truyền nghề', '2.468', '1.987'],
  ['Hỗ trợ ứng dụng máy móc tiên tiến', '2.689', '967'],
  ['KHUYẾN CÔNG ĐỊA PHƯƠNG', '3.806', '2.127'],
  ['Đào tạo nghề, truyền nghề', '1.182', '486'],
  ['Thông tin tuyên truyền', '2.624', dpActual],
  ['TỔNG CỘNG', '8.963', '5.081'],
];

describe('a form without STT: sections from their words, the figures confirm the places', () => {
  it('places each unnumbered line under the programme section above it: one line in two programmes is two facts', async () => {
    const { entries, ledger } = await normaliseTable(form('5.157'), { numberStyle: 'vi' });
    const training = entries.filter((e) => e.label === 'Đào tạo nghề, truyền nghề' && e.measure === 'plan');
    expect(training.map((e) => e.program).sort()).toEqual(['KCDP', 'KCQG']);
    expect(duplicates.run(ledger, resolveConfig())).toEqual([]);
    expect(structureSums.run(ledger, resolveConfig())).toEqual([]);
  });

  it('a section that misses its lines in one column, and holds in the other, is an error at that cell', async () => {
    const { ledger } = await normaliseTable(form('5.158'), { numberStyle: 'vi' });
    const fs = structureSums.run(ledger, resolveConfig());
    expect(fs.map((f) => `${f.code} ${f.location.cell}`)).toEqual(['sum-mismatch B4']);
  });

  it('lines that miss their section in every column were placed by guess: one warning, no error', async () => {
    // The first line under KHUYẾN CÔNG QUỐC GIA misses its section in plan and in actual alike.
    const { ledger } = await normaliseTable(form('5.157').map((r, i) => (i === 4 ? [r[0]!, '2.000', '1.500'] : r)), { numberStyle: 'vi' });
    const fs = structureSums.run(ledger, resolveConfig());
    expect(fs.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
    expect(fs.filter((f) => f.code === 'reading-uncertain')).toHaveLength(1);
  });
});
