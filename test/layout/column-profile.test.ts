import { describe, expect, it } from 'vitest';
import { profileColumns, isRateProfile, isYearProfile } from '../../src/layout/column-profile.js';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable, textRows } from '../helpers.js';
import { DOUBT } from '../../src/ledger/doubt.js';

describe('each column profiled once: its figures are evidence', () => {
  it('counts figures, percentages, years, small whole numbers and footnote marks per column', () => {
    const rows = textRows([
      ['1', '35,4%', '2016', '(1)', '1.234.567'],
      ['2', '12,5%', '2017', '(2)', '2.345.678'],
      ['3', '7', '2018', '', '-'],
    ]);
    const p = profileColumns(rows);
    expect(p.get(1)).toMatchObject({ figures: 3, smallWholes: 3, percents: 0, years: 0, markersOnly: false });
    expect(p.get(2)).toMatchObject({ figures: 3, percents: 2 });
    expect(isRateProfile(p.get(2)!)).toBe(true);
    expect(p.get(3)).toMatchObject({ years: 3 });
    expect(isYearProfile(p.get(3)!)).toBe(true);
    expect(p.get(4)).toMatchObject({ cells: 2, figures: 0, markersOnly: true });
    expect(p.get(5)).toMatchObject({ cells: 3, figures: 2, smallWholes: 0, years: 0 });
  });

  const TABLE = [
    ['DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2016'],
    ['Đơn vị: triệu đồng'],
    ['STT', 'Tên tỉnh, thành phố', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 'THU CÂN ĐỐI NSĐP', 'TĂNG THU SO VỚI DỰ TOÁN NĂM TRƯỚC'],
    ['', 'TỔNG SỐ', '3.000.000', '11,5%', '11,5%'],
    ['1', 'Hà Nội', '1.000.000', '12,5%', '12,5%'],
    ['2', 'Hải Phòng', '2.000.000', '10,5%', '10,5%'],
  ];

  it('a rate column without "(%)" or "tỷ lệ" in its header is a rate by its figures, never summed as money', async () => {
    const { layout } = detectLayout(textRows(TABLE), { file: 'mof.xls', sheet: 'M01' });
    // A header naming a budget line, and one naming a measure: both rates by their figures.
    for (const col of [4, 5]) {
      const rate = layout!.columns.find((c) => c.col === col)!;
      expect(rate.meaning).toMatchObject({ kind: 'amount', unit: { kind: 'percent' } });
      expect(rate).toMatchObject({ certainty: 'weak', evidence: { key: 'col-profile-rate', values: { rates: '3', n: '3' } } });
      expect(rate.profile).toMatchObject({ figures: 3, percents: 3 });
    }
    const { ledger } = await normaliseTable(TABLE, { file: 'mof.xls', sheet: 'M01' });
    expect(ledger.entries.filter((e) => e.source.column >= 4).every((e) => e.unit === '%')).toBe(true);
    // 11,5 is not 12,5 + 10,5: rates are not added up; the money column does add up.
    expect(runChecks(ledger, resolveConfig()).filter((f) => f.code === 'sum-mismatch' || f.code === 'reading-uncertain')).toEqual([]);
  });

  it('a column of years under a header that names no measure is no figure column', () => {
    const { layout } = detectLayout(textRows([
      ['DANH SÁCH CỤM CÔNG NGHIỆP'],
      ['Đơn vị: triệu đồng'],
      ['STT', 'Tên cụm', 'Năm thành lập cụm', 'Kinh phí hỗ trợ năm 2024'],
      ['1', 'CCN Nam Cấm', '2016', '1.500,5'],
      ['2', 'CCN Hoàng Mai', '2018', '2.500,5'],
      ['3', 'CCN Diễn Hồng', '2020', '700,5'],
    ]), { file: 'ccn.csv', sheet: 's' });
    const years = layout!.columns.find((c) => c.col === 3)!;
    expect(years.meaning.kind).toBe('unknown');
    expect(years.evidence).toMatchObject({ key: 'col-profile-year', values: { years: '3' } });
  });
});

describe('the profile confirms a column\'s header or puts it in doubt', () => {
  const config = resolveConfig();

  it('a long export\'s value column of mostly words is weak; its sums stand on the sheet\'s other sums', async () => {
    const table = (total: string, notes: string[]) => [
      ['Tỉnh', 'Năm', 'Kỳ', 'Hoạt động', 'Kế hoạch (triệu đồng)'],
      ['Nghệ An', '2024', 'Năm', '', total],
      ['Nghệ An', '2024', 'Năm', 'Đào tạo nghề', '600'],
      ['Nghệ An', '2024', 'Năm', 'Tư vấn', '400'],
      ...notes.map((n, i) => ['Hà Tĩnh', '2024', 'Năm', i % 2 ? 'Tư vấn' : 'Đào tạo nghề', n]),
    ];
    const words = ['chưa giao', 'chưa giao', 'chờ phân bổ', 'chưa giao'];
    const { layout } = detectLayout(textRows(table('900', words)), { file: 'x.csv', sheet: 'x' });
    expect(layout!.columns.find((c) => c.col === 5)).toMatchObject({ certainty: 'weak', evidence: { key: 'col-profile-words', values: { words: '4', n: '7' } } });
    // The one sum of the sheet misses: withheld, as the structure as read would settle it.
    const weak = runChecks((await normaliseTable(table('900', words))).ledger, config);
    expect(weak.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
    expect(weak.filter((f) => f.code === 'reading-uncertain').map((f) => String((f.params as Record<string, unknown>).fragment))).toEqual([expect.stringContaining('"structure":"as-read"')]);
    // Figures in the column, its header confirmed by them: the same miss is an error.
    const sure = runChecks((await normaliseTable(table('900', ['10', '20', '30', '40']))).ledger, config);
    expect(sure.filter((f) => f.code === 'sum-mismatch')).toHaveLength(1);
    expect(sure.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });

  it('a long export\'s label column whose every cell is a number is weak, and every figure of the sheet rests on it', async () => {
    const table = [
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (triệu đồng)'],
      ['Nghệ An', '2024', 'Năm', '101', '600'],
      ['Nghệ An', '2024', 'Năm', '102', '400'],
      ['Nghệ An', '2024', 'Năm', '103', '300'],
    ];
    const { layout } = detectLayout(textRows(table), { file: 'x.csv', sheet: 'x' });
    expect(layout!.columns.find((c) => c.col === 4)).toMatchObject({ meaning: { kind: 'dimension', dim: 'label' }, certainty: 'weak', evidence: { key: 'col-profile-figures', values: { n: '3' } } });
    const { entries } = await normaliseTable(table);
    expect(entries.length).toBe(3);
    expect(entries.every((e) => ((e.doubt ?? 0) & DOUBT.columnWeak) !== 0)).toBe(true);
    // Words in it: certain, no doubt.
    const named = await normaliseTable(table.map((r, i) => (i ? [...r.slice(0, 3), `Hoạt động ${i}`, r[4]!] : r)));
    expect(named.entries.every((e) => !e.doubt)).toBe(true);
  });

  it('a province column by its header whose cells name no province is weak (the cells, not the words, decide)', async () => {
    const rows = (names: string[]) => [
      ['BÁO CÁO TỔNG HỢP KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      ['', 'Tổng cộng', '3000', '1500'],
      ...names.map((n, i) => [String(i + 1), n, '1000', '500']),
    ];
    const lines = detectLayout(textRows(rows(['Đào tạo nghề', 'Tư vấn', 'Hội chợ'])), { file: 'x.csv', sheet: 'x' }).layout!;
    expect(lines.columns.find((c) => c.col === 2)).toMatchObject({ certainty: 'weak', evidence: { key: 'col-profile-province', values: { hits: '0', n: '4' } } });
    const { entries } = await normaliseTable(rows(['Đào tạo nghề', 'Tư vấn', 'Hội chợ']));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => ((e.doubt ?? 0) & DOUBT.columnWeak) !== 0)).toBe(true);
    const provinces = detectLayout(textRows(rows(['Nghệ An', 'Hà Tĩnh', 'Quảng Bình'])), { file: 'x.csv', sheet: 'x' }).layout!;
    expect(provinces.columns.find((c) => c.col === 2)).toMatchObject({ certainty: 'certain', evidence: { key: 'col-header' } });
  });
});
