import { describe, expect, it } from 'vitest';
import { normaliseTable } from '../helpers.js';

/** A Long An form that states each group's programme in a column of its own, merged down over its lines. */
const FORM = [
  ['UBND TỈNH LONG AN', '', '', '', ''],
  ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024', '', '', '', ''],
  ['ĐVT: triệu đồng', '', '', '', ''],
  ['Chương trình', 'STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
  ['Khuyến công quốc gia', '1', 'Đào tạo nghề', '400', '300'],
  ['', '2', 'Mô hình trình diễn', '600', '350'],
  ['', '', 'Cộng', '1000', '650'],
  ['Khuyến công địa phương', '1', 'Hội chợ triển lãm', '300', '120'],
  ['', '', 'Cộng', '300', '120'],
  ['', '', 'Tổng cộng', '1300', '770'],
];

describe('sections a programme column opens (no row of their own)', () => {
  it('are shown among the row roles, above the row that opens each, with what they rest on', async () => {
    const { stats } = await normaliseTable(FORM);
    const roles = (stats.roles ?? []).map((r) => `${r.row} ${r.kind} ${r.program} ${r.label} (${r.evidence.key})`);
    expect(roles).toEqual([
      '5 section KCQG Khuyến công quốc gia (row-programme-column)',
      '5 line KCQG Đào tạo nghề (row-stt)',
      '6 line KCQG Mô hình trình diễn (row-stt)',
      '7 total KCQG Cộng (row-total-label)',
      '8 section KCDP Khuyến công địa phương (row-programme-column)',
      '8 line KCDP Hội chợ triển lãm (row-stt)',
      '9 total KCDP Cộng (row-total-label)',
      '10 total  Tổng cộng (row-total-label)',
    ]);
  });
});
