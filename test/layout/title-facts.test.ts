import { describe, expect, it } from 'vitest';
import { readTitleFacts, titleFindings } from '../../src/layout/title-facts.js';
import { formatPeriod } from '../../src/reference/periods.js';
import { normaliseTable } from '../helpers.js';

const period = (f: ReturnType<typeof readTitleFacts>) => (f.period ? formatPeriod(f.period) : undefined);

describe('title facts', () => {
  it('finds the province in a title after a dash, in a file name, in a letterhead with a line break', () => {
    expect(readTitleFacts(['SỞ CÔNG THƯƠNG', 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024 - TRÀ VINH'], 'bao-cao.xlsx').province?.code).toBe('84');
    expect(readTitleFacts(['BÁO CÁO KHUYẾN CÔNG'], '80-Long-An-9T2024.txt').province?.code).toBe('80');
    expect(readTitleFacts(['SỞ CÔNG THƯƠNG\nTỈNH VĨNH LONG', 'BÁO CÁO'], 'x.csv').province?.code).toBe('86');
  });

  it('ignores the place and date of the letter', () => {
    const f = readTitleFacts(['SỞ CÔNG THƯƠNG', 'BÁO CÁO KHUYẾN CÔNG NĂM 2024', 'Nghệ An, ngày 05 tháng 8 năm 2024'], 'bc.xlsx');
    expect(f.province).toBeUndefined();
    expect(period(f)).toBe('01-12');
  });

  it('takes the month from the sheet or file name when the title states only the year', () => {
    expect(period(readTitleFacts(['BÁO CÁO KHUYẾN CÔNG NĂM 2024'], 'nghe-an.xlsx', 'T07-2024'))).toBe('07-07');
    expect(period(readTitleFacts(['BÁO CÁO KHUYẾN CÔNG NĂM 2024'], 'Thang07.xlsx'))).toBe('07-07');
    expect(period(readTitleFacts(['BÁO CÁO KHUYẾN CÔNG THÁNG 7 NĂM 2024'], 'x.xlsx'))).toBe('07-07');
  });

  it('keeps the period the title states and notes a name that ends in another month, once', () => {
    const f = readTitleFacts(['BÁO CÁO KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2024'], 'bc-9T2024.xlsx', 'Q3');
    expect(period(f)).toBe('01-06');
    const found = titleFindings(f, { file: 'bc-9T2024.xlsx', sheet: 'Q3' });
    expect(found.map((x) => [x.code, (x.params as Record<string, { period?: string }>).chosen?.period, (x.params as Record<string, { period?: string }>).other?.period])).toEqual([['period-conflict', '01-06', '07-09']]);
    // "Q3" and "9 tháng" both end in September: no conflict.
    expect(readTitleFacts(['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'], 'q3.csv', 'q3').notes).toBeUndefined();
  });

  it('reads the programme a one-programme form covers, and warns of a province of the other list', () => {
    expect(readTitleFacts(['BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG ĐỊA PHƯƠNG 9 THÁNG NĂM 2024'], 'x.xlsx').program).toBe('KCDP');
    const f = readTitleFacts(['UBND TỈNH BÌNH DƯƠNG', 'BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2025'], 'x.xlsx');
    expect(titleFindings(f, { file: 'x.xlsx', sheet: 's' }).map((x) => x.code)).toEqual(['province-other-list']);
  });

  it('takes the province list in force on the date the document was written, where it states one', () => {
    // The 2025 plan, written in October 2024 by a province that then existed: no warning.
    for (const date of ['(Kèm theo Tờ trình số 45/TTr-SCT ngày 15/10/2024)', 'Quảng Bình, ngày 15 tháng 10 năm 2024']) {
      const plan = readTitleFacts(['UBND TỈNH QUẢNG BÌNH', date, 'DỰ KIẾN KẾ HOẠCH KINH PHÍ KHUYẾN CÔNG NĂM 2025'], 'x.csv');
      expect(plan.province?.name, date).toBe('Quảng Bình');
      expect(titleFindings(plan, { file: 'x.csv', sheet: 's' }), date).toEqual([]);
    }
    // The same name on a report written after the merger: the warning stands.
    const late = readTitleFacts(['UBND TỈNH QUẢNG BÌNH', 'Quảng Bình, ngày 10 tháng 10 năm 2025', 'BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2025'], 'x.csv');
    expect(titleFindings(late, { file: 'x.csv', sheet: 's' }).map((x) => x.code)).toEqual(['province-other-list']);
  });
});

describe('title facts in a whole form', () => {
  it('makes a one-programme form\'s total that programme\'s', async () => {
    const { entries, findings } = await normaliseTable([
      ['UBND TỈNH NGHỆ AN'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG ĐỊA PHƯƠNG 9 THÁNG NĂM 2024'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      ['1', 'Đào tạo nghề', '600', '300'], ['2', 'Hội chợ, triển lãm', '400', '200'], ['', 'Tổng cộng', '1000', '500'],
    ]);
    expect(findings.filter((f) => f.code !== 'file-empty')).toEqual([]);
    expect(new Set(entries.map((e) => e.program))).toEqual(new Set(['KCDP']));
  });

  it('reads "Lũy kế từ đầu năm" and "Thực hiện trong tháng" with the month of the sheet name', async () => {
    const { entries } = await normaliseTable([
      ['UBND TỈNH NGHỆ AN'], ['BÁO CÁO KHUYẾN CÔNG NĂM 2024'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện trong tháng', 'Lũy kế từ đầu năm'],
      ['1', 'Đào tạo nghề', '600', '30', '300'],
    ], { sheet: 'T07-2024' });
    expect(entries.map((e) => `${e.measure} ${e.period}`)).toEqual(['plan 01-12', 'actual 07-07', 'actual 01-07']);
  });
});
