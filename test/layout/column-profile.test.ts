import { describe, expect, it } from 'vitest';
import { profileColumns, isRateProfile, isYearProfile } from '../../src/layout/column-profile.js';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable, textRows } from '../helpers.js';

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
