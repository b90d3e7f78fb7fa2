import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/reference/match-terms.js';
import { formatPeriod, readPeriod, readPeriodInName, resolvePeriod } from '../../src/reference/periods.js';
import { findUnitIn, isUnitLine, parseUnit } from '../../src/reference/units.js';
import { programmeCell, programmeInHeader, programmeInWording, programmeOfTitle } from '../../src/reference/vocabulary/programmes.js';
import { dimensionOf, measureIn, namesPriorYear } from '../../src/reference/vocabulary/header-terms.js';
import { levelCell, opensBreakdown, opensFooter, opensOfWhich, TOTAL_MEASURE_TERMS, totalOfMeasure, totalOpening } from '../../src/reference/vocabulary/labels.js';
import { isMeasureTotalLabel } from '../../src/layout/interpret-header.js';
import { isNationalTitle, isRatesTitle, nameMeasure, titleMeasure } from '../../src/reference/vocabulary/title-words.js';
import { findProvinceIn } from '../../src/reference/provinces.js';

describe('the matcher', () => {
  const m = termMatcher([['ke hoach [nam]', 'plan'], ['(ke hoach|kh) dieu chinh', 'adjusted'], ['thang {m}', 'month'], ['t{m} {y}', 'named']] as const);
  it.each([
    ['Kế hoạch năm 2024', 'plan'], ['KH điều chỉnh', 'adjusted'], ['Kế hoạch điều chỉnh', 'adjusted'], ['Tháng 7', 'month'],
    ['Thang07', 'month'], ['T07-2024', 'named'],
  ])('%s → %s', (text, value) => expect(m.find(text)?.value).toBe(value));
  it('matches whole words only, reads slots, and takes the longest match', () => {
    expect(m.find('kế hoạchs')).toBeUndefined();
    expect(m.find('Tháng 13')).toBeUndefined();
    expect(m.find('T07-2024')?.slots).toEqual({ m: 7, y: 2024 });
    expect(m.whole('Kế hoạch')?.value).toBe('plan');
    expect(m.whole('Kế hoạch?')).toBeUndefined();
  });
});

describe('PERIOD_TERMS', () => {
  it.each([
    ['Lũy kế đến 31/8/2024', '01-08'], ['Lũy kế đến hết tháng 8', '01-08'], ['Lũy kế 8 tháng', '01-08'], ['Tháng 7', '07-07'],
    ['THÁNG 7 NĂM 2024', '07-07'], ['06 tháng', '01-06'], ['6 tháng đầu năm', '01-06'], ['Quý I', '01-03'], ['Tháng 10', '10-10'],
    ['Năm', '01-12'], ['Lũy kế đến 30/9/2024', '01-09'], ['BÁO CÁO 9 THÁNG NĂM 2024 - TRÀ VINH', '01-09'],
    ['Luỹ kế đến ngày 31/8/2024', '01-08'], ['Lũy kế đến ngày 31 tháng 8 năm 2024', '01-08'], ['Lũy kế đến 31/08/2024', '01-08'],
    ['LK 9 tháng', '01-09'], ['LK đến 30/9/2024', '01-09'],
    ['Thực hiện tháng 8/2024', '08-08'], ['Lũy kế cùng kỳ 8 tháng năm 2023', '01-08'], ['Tỷ lệ lũy kế đến hết tháng 8/KH điều chỉnh (%)', '01-08'],
    ['(Từ ngày 01/01/2024 đến ngày 30/6/2024)', '01-06'], ['Từ 01/7/2024 đến 30/9/2024', '07-09'], ['Từ ngày 01 tháng 01 năm 2024 đến ngày 30 tháng 6 năm 2024', '01-06'],
    ['Từ đầu năm đến 31/10/2024', '01-10'], ['Số liệu đến ngày 30/9/2024', '01-09'],
  ])('%s → %s', (text, p) => expect(formatPeriod(readPeriod(text)!.period!)).toBe(p));
  it('reads relative periods with the report\'s month, and never a letter\'s date line', () => {
    const ytd = readPeriod('Lũy kế từ đầu năm')!;
    expect(ytd.kind).toBe('ytd');
    expect(formatPeriod(resolvePeriod(ytd, { start: 7, end: 7 })!)).toBe('01-07');
    expect(formatPeriod(resolvePeriod(readPeriod('Thực hiện trong tháng')!, { start: 7, end: 7 })!)).toBe('07-07');
    expect(readPeriod('Nghệ An, ngày 05 tháng 8 năm 2024')).toBeUndefined();
    expect(readPeriod('(Kèm theo Báo cáo số 312/BC-SCT ngày 08/7/2024 của Sở Công Thương)')).toBeUndefined();
    expect(readPeriod('Tỷ lệ lũy kế/KH điều chỉnh (%)')?.kind).toBe('ytd');
  });
});

describe('PERIOD_NAME_TERMS', () => {
  it.each([
    ['T07-2024', '07-07'], ['thang 7', '07-07'], ['07.2024', '07-07'], ['Thang07', '07-07'], ['80-Long-An-9T2024', '01-09'],
    ['40-Nghệ An-2024-9thang', '01-09'], ['bao-cao-Q3', '07-09'],
  ])('%s → %s', (name, p) => expect(formatPeriod(readPeriodInName(name)!.period!)).toBe(p));
  it('finds none in a name without one', () => expect(readPeriodInName('tong-hop-bac-trung-bo-2024')).toBeUndefined());
});

describe('UNIT_TERMS and UNIT_LINE_TERMS', () => {
  const exp = (t: string) => {
    const u = findUnitIn(t) ?? parseUnit(t);
    return u?.kind === 'money' ? u.exponent : u?.kind;
  };
  it.each([
    ['ĐVT: Tr.đồng', 6], ['trđ', 6], ['Tr.đ', 6], ['ĐVT: 1.000 đồng', 3], ['Đơn vị: đồng', 0], ['ĐVT số tiền: trđ', 6],
    ['Unit: million VND', 6], ['Triệu đồng - In millions of dong', 6], ['Kinh phí (Tr.đ)', 6], ['lượt cơ sở', 'count'], ['%', 'percent'],
  ])('%s → %s', (t, e) => expect(exp(t)).toBe(e));
  it('tells a unit line from a header that only mentions money', () => {
    expect(isUnitLine('ĐVT: triệu đồng')).toBe(true);
    expect(isUnitLine('Unit: million VND')).toBe(true);
    expect(isUnitLine('Kinh phí (Tr.đ)')).toBe(false);
    expect(parseUnit('kg')).toBeUndefined();
  });
});

describe('PROGRAMME_TERMS', () => {
  it.each([['KCQG', 'KCQG'], ['KC ĐP', 'KCDP'], ['Quốc gia', 'KCQG'], ['Kinh phí KCĐP', 'KCDP'], ['KCQG + KCĐP', '']])('header %s → %s', (t, p) => expect(programmeInHeader(t)).toBe(p));
  it('reads section rows, cells and titles by their own rules', () => {
    expect(programmeInWording('I. KHUYẾN CÔNG QUỐC GIA')).toBe('KCQG');
    expect(programmeInWording('Ngân sách trung ương')).toBeUndefined();
    expect(programmeCell('Ngân sách trung ương')).toBe('KCQG');
    expect(programmeCell('Tổng cộng')).toBe('');
    expect(programmeOfTitle('BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG ĐỊA PHƯƠNG 9 THÁNG NĂM 2024')).toBe('KCDP');
    expect(programmeOfTitle('KẾ HOẠCH KHUYẾN CÔNG QUỐC GIA VÀ ĐỊA PHƯƠNG')).toBeUndefined();
    expect(programmeOfTitle('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG')).toBeUndefined();
  });
});

describe('header terms', () => {
  it.each([['Tên tỉnh, thành phố', 'province'], ['Tên chương trình, dự án', 'label'], ['Chương trình', 'program'], ['TỈNH/TP', 'province'], ['S.T.T', 'stt'], ['Đơn vị tính', 'unit'], ['Mã tỉnh', 'province_code']])('dimension %s → %s', (t, d) => expect(dimensionOf(t)).toBe(d));
  it.each([
    ['KH sau điều chỉnh', 'plan_adjusted'], ['Ước thực hiện cả năm', 'estimate'], ['Giải ngân kế hoạch', 'disbursed'], ['Tạm ứng', 'advanced'],
    ['Kế hoạch năm 2024', 'plan'], ['KH2024', 'plan'], ['Thực hiện 9 tháng', 'actual'], ['Lũy kế', 'actual'], ['Dự toán', 'plan'],
  ])('measure %s → %s', (t, m) => expect(measureIn(t)).toBe(m));
  it('knows the words of last year', () => {
    expect(namesPriorYear('Cùng kỳ năm trước')).toBe(true);
    expect(namesPriorYear('Thực hiện')).toBe(false);
  });
});

describe('labels', () => {
  it('totals, breakdowns, levels and footers', () => {
    expect(totalOpening('Tổng cộng (I+II)')?.word).toBe('tong cong');
    expect(totalOpening('Sub-total')?.word).toBe('sub total');
    expect(totalOpening('Công tác đào tạo')?.word).toBe('cong');
    expect(opensOfWhich('Trong đó: lao động nữ')).toBe(true);
    expect(opensBreakdown('Chia ra - Including')).toBe(true);
    expect(opensBreakdown('Bao gồm')).toBe(true);
    expect(opensBreakdown('Trong đó')).toBe(false);
    expect(opensBreakdown('Chương trình 135')).toBe(false);
    expect(levelCell('Tổng cộng')).toBe('total');
    expect(levelCell('chi tiết')).toBe('item');
    expect(opensFooter('Người lập biểu')).toBe(true);
    expect(opensFooter('Đào tạo nghề')).toBe(false);
  });

  it('TOTAL_MEASURE_TERMS: a total word and only what it totals ("Cộng kinh phí") is a total; a line that goes on is not', () => {
    for (const [phrase] of TOTAL_MEASURE_TERMS) expect(totalOfMeasure(phrase)).toBe(true);
    for (const label of ['Cộng kinh phí', 'Tổng kinh phí', 'TỔNG CỘNG KINH PHÍ', 'Tổng số kinh phí khuyến công', 'Tổng cộng số tiền:']) expect(isMeasureTotalLabel(label), label).toBe(true);
    for (const label of ['Tổng kinh phí đào tạo nghề', 'Công kinh phí', 'Kinh phí', 'Tổng số thu từ xuất nhập khẩu', 'Tổng cộng']) expect(isMeasureTotalLabel(label), label).toBe(false);
  });
});

describe('title words', () => {
  it('national tables, title measures, rates', () => {
    expect(isNationalTitle('BỘ TÀI CHÍNH')).toBe(true);
    expect(isNationalTitle('Kính gửi: Bộ Công Thương')).toBe(false);
    expect(isNationalTitle('CÂN ĐỐI NGÂN SÁCH NHÀ NƯỚC')).toBe(true);
    expect(titleMeasure('DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2016')).toBe('plan');
    expect(titleMeasure('QUYẾT TOÁN CHI NGÂN SÁCH')).toBe('settled');
    expect(nameMeasure('mof plan 2016')).toBe('plan');
    expect(isRatesTitle('Index of industrial production')).toBe(true);
  });
});

describe('the gazetteer scan', () => {
  it.each([
    ['UBND TỈNH NGHỆ AN', '40'], ['BÁO CÁO … 9 THÁNG NĂM 2024 - TRÀ VINH', '84'], ['80-Long-An-9T2024', '80'], ['SỞ CÔNG THƯƠNG\nTHÀNH PHỐ CẦN THƠ', '92'],
    ['BaoCao_CanTho_2024', '92'], ['TP HCM', '79'], ['Tinh_Ba_Ria_Vung_Tau', '77'], ['Thừa Thiên - Huế', '46'],
  ])('%s → %s', (text, code) => expect(findProvinceIn(text, '63')?.province.code).toBe(code));
  it('finds none in a regional title, and says when a name is of the other list', () => {
    expect(findProvinceIn('TỔNG HỢP KẾT QUẢ KHU VỰC ĐỒNG BẰNG SÔNG CỬU LONG', '63')).toBeUndefined();
    expect(findProvinceIn('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '63')).toBeUndefined();
    expect(findProvinceIn('UBND TỈNH BÌNH DƯƠNG', '34')?.otherList).toBe(true);
  });
});
