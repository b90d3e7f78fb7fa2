import { describe, expect, it } from 'vitest';
import { activityByCode, matchActivity } from '../../src/reference/activities.js';

describe('activity codes from line labels (one row per wording)', () => {
  it.each([
    ['Đào tạo nghề, truyền nghề', 'KC1_DTN'],
    ['Vocational training', 'KC1_DTN'],
    ['Nâng cao năng lực quản lý doanh nghiệp', 'KC2_NLQL'],
    ['Mô hình trình diễn kỹ thuật', 'KC3a'],
    ['Demonstration models', 'KC3a'],
    ['Ứng dụng máy móc tiên tiến', 'KC3b'],
    ['Support for advanced machinery', 'KC3b'],
    ['Cleaner production', 'KC3c'],
    ['Hội chợ triển lãm', 'KC4b'],
    ['Trade fairs', 'KC4b'],
    ['Tư vấn, thiết kế mẫu mã', 'KC5_TUVAN'],
    ['Consulting services', 'KC5_TUVAN'],
    ['Thông tin tuyên truyền', 'KC6_TT'],
    ['Communication', 'KC6_TT'],
    ['Cụm công nghiệp', 'KC7b'],
    ['International cooperation', 'KC8_HTQT'],
    ['Nâng cao năng lực tổ chức thực hiện', 'KC9_NLKC'],
    ['Programme management', 'KC9_NLKC'],
  ])('"%s" → %s', (label, code) => {
    expect(matchActivity(label)?.code).toBe(code);
  });

  it('names no activity where no keyword stands, and reads short codes', () => {
    expect(matchActivity('Tổng cộng')).toBeUndefined();
    expect(matchActivity('Total')).toBeUndefined();
    // Keywords are whole words: "bản tin" (a newsletter) is not in "địa bàn tỉnh".
    expect(matchActivity('Địa bàn tỉnh Quảng Bình (cũ)')).toBeUndefined();
    expect(matchActivity('Phát hành bản tin khuyến công')?.code).toBe('KC6_TT');
    expect(activityByCode('kc3')?.code).toBe('KC3_MHTD');
  });
});
