import { describe, expect, it } from 'vitest';
import { interpretHeader } from '../../src/layout/interpret-header.js';
import { readTitleFacts } from '../../src/layout/title-facts.js';
import { renderPeriod } from '../../src/findings/render-params.js';
import { describeColumn } from '../../src/reporters/inspect.js';
import { groupKey } from '../../src/ledger/fact-index.js';
import { normaliseTable } from '../helpers.js';

describe('a span of years is stored as a span, never as its first year', () => {
  it.each([
    ['Kế hoạch giai đoạn 2016-2020', 'plan', 2016, 2020],
    ['Kế hoạch 2021-2025', 'plan', 2021, 2025],
    ['Thực hiện giai đoạn 2016 - 2020 (triệu đồng)', 'actual', 2016, 2020],
    ['Kế hoạch năm 2024', 'plan', 2024, undefined],
    // A span that ends part-way through its last year (it was read as 9 months of 2021).
    ['Lũy kế 2021 - 9 tháng 2024', 'actual', 2021, 2024],
    ['Thực hiện 2021 - quý III năm 2024', 'actual', 2021, 2024],
  ])('header %s', (header, measure, year, yearTo) => {
    const m = interpretHeader(header);
    expect(m).toMatchObject({ kind: 'amount', measure, year });
    expect((m as { yearTo?: number }).yearTo).toBe(yearTo);
  });

  it('reads a title that reports a span', () => {
    const t = readTitleFacts(['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG GIAI ĐOẠN 2016 - 2020', 'Đơn vị tính: triệu đồng'], 'x.xlsx', 'Sheet1');
    expect(t).toMatchObject({ year: 2016, yearTo: 2020, period: { start: 1, end: 12 } });
    expect(readTitleFacts(['BÁO CÁO KHUYẾN CÔNG NĂM 2024'], 'x.xlsx').yearTo).toBeUndefined();
  });

  it('a span column and a year column are two facts, the span shown and named whole', async () => {
    const { entries, findings } = await normaliseTable([
      ['BÁO CÁO KHUYẾN CÔNG TỈNH NGHỆ AN NĂM 2016'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch giai đoạn 2016-2020', 'Kế hoạch năm 2016'],
      ['1', 'Đào tạo nghề', '5.000,5', '1.000,5'],
    ]);
    expect(findings.filter((f) => /error|duplicate/.test(f.code))).toEqual([]);
    const span = entries.find((e) => e.source.cell === 'C4')!;
    const year = entries.find((e) => e.source.cell === 'D4')!;
    expect([span.year, span.yearTo]).toEqual([2016, 2020]);
    expect(year.yearTo).toBeUndefined();
    expect(groupKey(span)).not.toBe(groupKey(year));
    expect(describeColumn(interpretHeader('Kế hoạch giai đoạn 2016-2020'), { lines: [] }, 'vi')).toContain('2016–2020');
    expect(renderPeriod({ kind: 'period', period: '01-12', year: 2016, yearTo: 2020 }, 'vi')).toBe('giai đoạn 2016–2020');
    expect(renderPeriod({ kind: 'period', period: '01-12', year: 2016, yearTo: 2020 }, 'en')).toBe('the years 2016–2020');
  });

  it('a form whose title reports a span gives its figures the span', async () => {
    const { entries } = await normaliseTable([
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG GIAI ĐOẠN 2016 - 2020 - TỈNH NGHỆ AN'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện'],
      ['1', 'Đào tạo nghề', '5.000,5', '4.000,5'],
    ]);
    expect(entries.map((e) => `${e.measure} ${e.year}-${e.yearTo} ${e.period}`)).toEqual(['plan 2016-2020 01-12', 'actual 2016-2020 01-12']);
  });
});

describe('a long export with a span in its year column', () => {
  it('keeps the span on the row', async () => {
    const { entries } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Hoạt động', 'Kế hoạch (triệu đồng)'],
      ['Nghệ An', '2016-2020', 'Năm', 'Tư vấn', '12,5'],
      ['Nghệ An', '2016', 'Năm', 'Tư vấn', '2,5'],
    ]);
    expect(entries.map((e) => `${e.year}-${e.yearTo ?? ''}`)).toEqual(['2016-2020', '2016-']);
  });
});
