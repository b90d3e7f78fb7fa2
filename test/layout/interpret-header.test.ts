import { describe, expect, it } from 'vitest';
import { interpretHeader, isOfWhichLabel, isTotalLabel } from '../../src/layout/interpret-header.js';

describe('interpretHeader', () => {
  it('reads dimensions with or without diacritics, in Vietnamese or English', () => {
    for (const [h, dim] of [
      ['Tỉnh, thành phố', 'province'], ['Tinh', 'province'], ['province', 'province'], ['Mã tỉnh', 'province_code'],
      ['Năm', 'year'], ['Kỳ báo cáo', 'period'], ['Chương trình', 'program'], ['Nguồn kinh phí', 'program'],
      ['Nội dung', 'label'], ['STT', 'stt'], ['ĐVT', 'unit'], ['Đơn vị tính', 'unit'], ['Ghi chú', 'note'], ['measure', 'measure'],
    ] as const) {
      expect(interpretHeader(h), h).toEqual({ kind: 'dimension', dim });
    }
  });

  it('reads amount columns with measure, year, period and unit', () => {
    expect(interpretHeader('Kế hoạch năm 2024 (triệu đồng)')).toMatchObject({ kind: 'amount', measure: 'plan', year: 2024, unit: { kind: 'money', exponent: 6 } });
    expect(interpretHeader('Thực hiện lũy kế 9 tháng')).toMatchObject({ kind: 'amount', measure: 'actual', period: { start: 1, end: 9 } });
    expect(interpretHeader('Ke hoach nam 2024 (trieu dong)')).toMatchObject({ kind: 'amount', measure: 'plan', year: 2024 });
    expect(interpretHeader('Ước thực hiện cả năm')).toMatchObject({ kind: 'amount', measure: 'estimate', period: { start: 1, end: 12 } });
    expect(interpretHeader('Cùng kỳ năm trước')).toMatchObject({ kind: 'amount', measure: 'actual', yearOffset: -1 });
    expect(interpretHeader('KH điều chỉnh')).toMatchObject({ kind: 'amount', measure: 'plan_adjusted' });
    expect(interpretHeader('Giải ngân')).toMatchObject({ kind: 'amount', measure: 'disbursed' });
  });

  it('reads a measure under a programme or a "Tổng số" column group, however long the joined header', () => {
    expect(interpretHeader('Khuyến công quốc gia Kế hoạch năm 2024 Số lượng')).toMatchObject({ kind: 'amount', measure: 'plan', year: 2024, program: 'KCQG' });
    expect(interpretHeader('Khuyến công địa phương Lũy kế đến 30/9/2024 Kinh phí')).toMatchObject({ kind: 'amount', measure: 'actual', year: 2024, period: { start: 1, end: 9 }, program: 'KCDP' });
    expect(interpretHeader('Tổng số Lũy kế đến 30/9/2024 Số lượng')).toMatchObject({ kind: 'amount', measure: 'actual', period: { start: 1, end: 9 } });
  });

  it('tells the three kinds of percentage apart', () => {
    expect(interpretHeader('Tỷ lệ (%)')).toMatchObject({ kind: 'ratio', measure: 'pct_of_plan' });
    expect(interpretHeader('TH/KH (%)')).toMatchObject({ kind: 'ratio', measure: 'pct_of_plan' });
    expect(interpretHeader('Đạt (%)')).toMatchObject({ kind: 'ratio', measure: 'pct_of_plan' });
    expect(interpretHeader('So với cùng kỳ (%)')).toMatchObject({ kind: 'ratio', measure: 'ratio_prior' });
    expect(interpretHeader('Tăng (+), giảm (-) %')).toMatchObject({ kind: 'ratio', measure: 'growth_prior' });
    expect(interpretHeader('KH 2024 so với KH 2023 tăng (+), giảm (-) %')).toMatchObject({ kind: 'ratio', measure: 'plan_growth' });
    // Two years with a slash, the later first, compare them; a span of years does not.
    expect(interpretHeader('So sánh (%) Lũy kế 2024/2023')).toMatchObject({ kind: 'ratio', measure: 'ratio_prior', year: 2024 });
    expect(interpretHeader('TH 2024/2023 (%)')).toMatchObject({ kind: 'ratio', measure: 'ratio_prior', year: 2024 });
    // "LK" is how a form writes "lũy kế": on both sides of the slash, and as the measure of a period column.
    expect(interpretHeader('So sánh (%) LK 2024/LK 2023')).toMatchObject({ kind: 'ratio', measure: 'ratio_prior', year: 2024 });
    expect(interpretHeader('So sánh (%) Lũy kế 2024/Lũy kế 2023')).toMatchObject({ kind: 'ratio', measure: 'ratio_prior', year: 2024 });
    expect(interpretHeader('LK 9 tháng Năm 2024')).toMatchObject({ kind: 'amount', measure: 'actual', year: 2024, period: { start: 1, end: 9 } });
    expect(interpretHeader('Tỷ lệ giai đoạn 2014 - 2018 (%)')).not.toMatchObject({ measure: 'ratio_prior' });
  });

  it('reads value columns of one-row-per-fact exports', () => {
    expect(interpretHeader('value')).toEqual({ kind: 'value' });
    expect(interpretHeader('Giá trị (đồng)')).toMatchObject({ kind: 'value', unit: { kind: 'money', exponent: 0 } });
  });

  it('leaves unknown headers unknown', () => {
    expect(interpretHeader('Ngày nhập')).toEqual({ kind: 'unknown' });
    expect(interpretHeader('')).toEqual({ kind: 'unknown' });
  });

  it('recognises total and "of which" labels', () => {
    expect(isTotalLabel('Tổng cộng')).toBe(true);
    expect(isTotalLabel('TỔNG SỐ')).toBe(true);
    expect(isTotalLabel('Cộng:')).toBe(true);
    expect(isTotalLabel('Công tác đào tạo')).toBe(false);
    expect(isOfWhichLabel('Trong đó: KCQG')).toBe(true);
    expect(isOfWhichLabel('Đào tạo nghề')).toBe(false);
  });
});
