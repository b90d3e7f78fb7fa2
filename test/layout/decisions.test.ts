import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { normaliseSheet, type NormaliseStats } from '../../src/normalise/normalise-sheet.js';
import { textRows } from '../helpers.js';

const layoutOf = (table: string[][], file = 'bao-cao.csv') => detectLayout(textRows(table), { file, sheet: 'Sheet1' }).layout!;

async function statsOf(table: string[][]): Promise<NormaliseStats> {
  const rows = textRows(table);
  const layout = detectLayout(rows, { file: 'f.csv', sheet: 's' }).layout!;
  return normaliseSheet(layout, (async function* () { yield* rows; })(), { file: 'f.csv', sheet: 's', numberStyle: 'auto' }, { entry: () => {}, finding: () => {} });
}

const short = (d: { certainty: string; evidence: { key: string } }) => `${d.certainty} ${d.evidence.key}`;

describe('every layout-level decision records its certainty and evidence', () => {
  it('a form that states everything in its title: all certain, each from the title', () => {
    const l = layoutOf([
      ['UBND TỈNH NGHỆ AN'],
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      ['(1)', '(2)', '(3)', '(4)'],
      ['1', 'Đào tạo nghề', '1.000,5', '600,5'],
    ]);
    const d = l.decisions;
    expect([d.band, d.kind, d.year, d.period, d.unit, d.province, d.program].map(short)).toEqual([
      'certain band-numbering', 'certain kind-form', 'certain from-title', 'certain from-title', 'certain from-title', 'certain from-title', 'certain program-rows',
    ]);
    expect(d.province.evidence.values).toEqual({ text: 'UBND TỈNH NGHỆ AN' });
    expect(l.columns.map((c) => short(c))).toEqual(['certain col-header', 'certain col-header', 'certain col-header', 'certain col-header']);
  });

  it('what the title leaves unsaid is weak; what it says two ways conflicts', () => {
    const bare = layoutOf([
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG'],
      ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện'],
      ['1', 'Đào tạo nghề', '1.000,5', '600,5'],
    ]);
    expect([bare.decisions.year, bare.decisions.period, bare.decisions.unit, bare.decisions.province].map(short)).toEqual(['weak not-stated', 'weak not-stated', 'weak not-stated', 'weak not-stated']);
    const twoWays = layoutOf([
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024 - NGHỆ AN'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      ['1', 'Đào tạo nghề', '1.000,5', '600,5'],
    ], '40-Nghe-An-6T2024.csv');
    expect(short(twoWays.decisions.period)).toBe('conflicting period-conflict');
    const yearOnly = layoutOf([
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG NĂM 2024'],
      ['STT', 'Nội dung', 'Kế hoạch (triệu đồng)', 'Thực hiện (triệu đồng)'],
      ['1', 'Đào tạo nghề', '1.000,5', '600,5'],
    ]);
    expect(short(yearOnly.decisions.period)).toBe('weak period-year-only');
    expect(short(yearOnly.decisions.unit)).toBe('certain unit-columns');
  });

  it('a long export: its kind from its dimension columns, each row states year and period', () => {
    const l = layoutOf([
      ['Tỉnh', 'Năm', 'Kỳ', 'Hoạt động', 'Kế hoạch (triệu đồng)'],
      ['Nghệ An', '2024', 'Năm', 'Tư vấn', '12,5'],
    ]);
    expect(short(l.decisions.kind)).toBe('certain kind-long');
    expect([l.decisions.year, l.decisions.period, l.decisions.province].map(short)).toEqual(['certain from-row-column', 'certain from-row-column', 'certain province-rows']);
  });
});

describe('normalise records how sure each row role and number style is', () => {
  it('an unnumbered row under a numbered line is placed by inference: weak; a column of both styles conflicts', async () => {
    const stats = await statsOf([
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG NĂM 2024 - NGHỆ AN'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
      ['I', 'KHUYẾN CÔNG QUỐC GIA', '1.234.567', '1,234.5'],
      ['1', 'Đào tạo nghề', '1.234.567', '1.234,5'],
      ['', 'Lớp nghề mây tre', '1.234.567', '12,5'],
    ]);
    expect(stats.roles.map((r) => `${r.row} ${r.certainty} ${r.evidence.key}`)).toEqual(['4 certain row-stt', '5 certain row-stt', '6 weak row-inferred']);
    expect(short(stats.styles['C3']!)).toBe('certain style-column');
    expect(stats.styles['D3']).toMatchObject({ value: 'vi', certainty: 'conflicting', evidence: { key: 'style-mixed', values: { vi: '2', en: '1' } } });
  });
});
