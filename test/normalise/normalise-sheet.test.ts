import { describe, expect, it } from 'vitest';
import { formatDec } from '../../src/ledger/money.js';
import { codes, normaliseTable } from '../helpers.js';
import { CATALOG } from '../../src/findings/catalog.js';

const HEAD = ['Mã tỉnh', 'Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Nội dung', 'Kế hoạch năm 2024 (triệu đồng)', 'Thực hiện 9 tháng (triệu đồng)', 'Tỷ lệ (%)'];

describe('normaliseSheet (long layout, one row per line)', () => {
  it('turns a row into plan, actual and percentage facts in base units', async () => {
    const { entries, findings } = await normaliseTable([
      HEAD,
      ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Đào tạo nghề', '1.541', '1.294', '84,0'],
    ]);
    expect(findings).toEqual([]);
    const byMeasure = Object.fromEntries(entries.map((e) => [e.measure, e]));
    expect(formatDec(byMeasure.plan!.amount)).toBe('1541000000');
    expect(byMeasure.plan!.period).toBe('01-12');
    expect(byMeasure.actual!.period).toBe('01-09');
    expect(formatDec(byMeasure.actual!.amount)).toBe('1294000000');
    expect(byMeasure.pct_of_plan!.precision).toBe(-1);
    expect(byMeasure.pct_of_plan!.basis).toMatchObject({ of: { measure: 'actual' }, base: { measure: 'plan' } });
    expect(byMeasure.plan).toMatchObject({ provinceCode: '40', province: 'Nghệ An', program: 'KCDP', activity: 'KC1_DTN', unit: 'VND', level: 'item' });
    expect(byMeasure.plan!.source).toEqual({ file: 'test.csv', sheet: 'test', cell: 'G2', row: 2, column: 7 });
  });

  it('decides the number style from the column, or else the file, and reports what stays ambiguous', async () => {
    // "1.541" alone is ambiguous; "84,0" in the percent column shows the file is Vietnamese.
    const vi = await normaliseTable([HEAD, ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Đào tạo nghề', '1.541', '1.294', '84,0']]);
    expect(formatDec(vi.entries[0]!.amount)).toBe('1541000000');
    // With no evidence anywhere, "1.541" is a finding, not a guess.
    const none = await normaliseTable([HEAD.slice(0, 8), ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Đào tạo nghề', '1.541', '1.294']]);
    expect(codes(none.findings)).toEqual(['number-ambiguous', 'file-empty']);
    expect(none.entries).toHaveLength(0);
    // One warning for the sheet, naming every cell, not an error per cell.
    const [amb] = none.findings;
    expect(CATALOG['number-ambiguous'].severity).toBe('warning');
    expect(amb!.params).toMatchObject({ text: '1.541', count: 2, cells: 'G2, H2' });
    expect(amb!.location).toMatchObject({ cell: 'G2' });
    // The config can settle it.
    const cfg = await normaliseTable([HEAD.slice(0, 8), ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Đào tạo nghề', '1.541', '1.294']], { numberStyle: 'en' });
    expect(formatDec(cfg.entries[0]!.amount)).toBe('1541000');
  });

  it('reads "1.541" in a column of đồng or nghìn đồng as grouped thousands: no one writes fractions of a đồng', async () => {
    const head = (unit: string) => [...HEAD.slice(0, 6), `Kế hoạch năm 2024 (${unit})`, `Thực hiện 9 tháng (${unit})`];
    const row = ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Đào tạo nghề', '1.541', '1.294'];
    const dong = await normaliseTable([head('đồng'), row]);
    expect(dong.findings).toEqual([]);
    expect(formatDec(dong.entries[0]!.amount)).toBe('1541');
    expect(dong.stats.styles!.G1).toMatchObject({ value: 'vi', certainty: 'certain', evidence: { key: 'style-unit' } });
    const thousands = await normaliseTable([head('nghìn đồng'), row]);
    expect(formatDec(thousands.entries[0]!.amount)).toBe('1541000');
    expect(thousands.stats.styles!.G1).toMatchObject({ value: 'vi', certainty: 'weak', evidence: { key: 'style-unit' } });
    // "1,541" in đồng groups with a comma: English style.
    const comma = await normaliseTable([head('đồng'), row.map((c) => c.replace('.', ','))]);
    expect(formatDec(comma.entries[0]!.amount)).toBe('1541');
  });

  it('flags a value written in the other style than its column', async () => {
    const { findings } = await normaliseTable([
      HEAD.slice(0, 8),
      ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Đào tạo nghề', '1.541.000', '1.294'],
      ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Tư vấn', '1,5', '1.294'],
      ['40', 'Nghệ An', '2024', '9 tháng', 'KCĐP', 'Hội chợ', '1,541.5', '1.294'],
    ]);
    expect(findings.filter((f) => f.code === 'number-style-conflict').map((f) => f.location.cell)).toEqual(['G4']);
  });

  it('reads units from a per-row ĐVT column where money and counts mix', async () => {
    const { entries } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'ĐVT', 'Kế hoạch', 'Thực hiện 6 tháng'],
      ['Hà Nội', '2024', '6 tháng đầu năm', 'Đào tạo nghề', 'người', '500', '245'],
      ['Hà Nội', '2024', '6 tháng đầu năm', 'Đào tạo nghề', 'triệu đồng', '1.200', '600,5'],
    ]);
    expect(entries.map((e) => `${e.measure}:${formatDec(e.amount)}:${e.unit}`)).toEqual([
      'plan:500:người', 'actual:245:người', 'plan:1200000000:VND', 'actual:600500000:VND',
    ]);
  });

  it('reads one-row-per-fact exports with a measure column', async () => {
    const { entries, findings } = await normaliseTable([
      ['province_code', 'province', 'year', 'period', 'program', 'activity', 'label', 'measure', 'value', 'unit'],
      ['01', 'Hà Nội', '2024', '01-09', 'KCQG', 'KC1_DTN', 'Training', 'plan', '1500000000', 'VND'],
      ['01', 'Hà Nội', '2024', '01-09', 'KCQG', 'KC1_DTN', 'Training', 'actual', '600000000', 'VND'],
      ['01', 'Hà Nội', '2024', '01-09', 'KCQG', 'KC1_DTN', 'Training', 'pct_of_plan', '40.00', '%'],
    ]);
    expect(findings).toEqual([]);
    expect(entries.map((e) => [e.measure, e.period, e.unit])).toEqual([
      ['plan', '01-09', 'VND'], ['actual', '01-09', 'VND'], ['pct_of_plan', '01-09', '%'],
    ]);
    expect(entries[2]!.ratioOf).toBe('VND');
  });

  it('takes year, period and unit from title lines above the header', async () => {
    const { entries } = await normaliseTable([
      ['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN'],
      ['BÁO CÁO TÌNH HÌNH THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
      ['Đơn vị tính: triệu đồng'],
      ['Tỉnh', 'Nội dung', 'Kế hoạch', 'Thực hiện'],
      ['Nghệ An', 'Đào tạo nghề', '1.200', '600,5'],
    ]);
    expect(entries.map((e) => [e.year, e.period, formatDec(e.amount)])).toEqual([
      [2024, '01-12', '1200000000'], [2024, '01-09', '600500000'],
    ]);
  });

  it('marks totals, regional totals and "Trong đó" rows', async () => {
    const { entries } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Nội dung', 'Kế hoạch (đồng)'],
      ['Hà Nội', '2024', 'Năm', 'KCQG', 'Đào tạo nghề', '10'],
      ['Hà Nội', '2024', 'Năm', 'KCQG', 'Trong đó: nữ', '4'],
      ['Hà Nội', '2024', 'Năm', 'KCQG', 'Cộng', '10'],
      ['Hà Nội', '2024', 'Năm', 'Cộng', 'Tổng cộng', '10'],
      ['Tổng cộng', '2024', 'Năm', 'Cộng', 'Tổng cộng', '10'],
    ]);
    expect(entries.map((e) => [e.level, e.ofWhich, e.line === '', e.provinceCode])).toEqual([
      ['item', false, false, '01'], ['item', true, false, '01'], ['subtotal', false, true, '01'], ['total', false, true, '01'], ['total', false, true, ''],
    ]);
  });

  it('reports bad cells with their address and goes on', async () => {
    const { entries, findings } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (đồng)'],
      ['Atlantis', '2024', 'Năm', 'Đào tạo nghề', '10'],
      ['Hà Nội', '2024', 'Mùa xuân', 'Đào tạo nghề', '10'],
      ['Hà Nội', '2024', 'Năm', 'Đào tạo nghề', 'mười'],
      ['Hà Nội', '2024', 'Năm', 'Tư vấn', '12'],
    ]);
    expect(findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['province-unknown@A2', 'period-unknown@C3', 'number-unparseable@E4']);
    expect(entries).toHaveLength(1);
  });

  it('stops at signature rows so they never read as data', async () => {
    const { findings, entries } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (đồng)'],
      ['Hà Nội', '2024', 'Năm', 'Đào tạo nghề', '10'],
      ['', '', '', 'Người lập biểu', 'GIÁM ĐỐC'],
      ['', '', '', 'Nguyễn Văn A', 'Trần Thị B'],
    ]);
    expect(findings).toEqual([]);
    expect(entries).toHaveLength(1);
  });

  it('stops at a signature row in a column whose text repeated on every row before it', async () => {
    const row = ['Hà Nội', '2024', 'Năm', 'Đào tạo nghề', '10'];
    const { findings, entries } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (đồng)'],
      ...Array.from({ length: 60 }, () => [...row]),
      ['Hà Nội', '2024', 'Năm', 'Người lập biểu', '10'],
      [...row],
    ]);
    expect(findings).toEqual([]);
    expect(entries).toHaveLength(60);
  });

  it('needs a unit for money and says which column lacks one', async () => {
    const { findings } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch'],
      ['Hà Nội', '2024', 'Năm', 'Đào tạo nghề', '10'],
      ['Hà Nội', '2024', 'Năm', 'Tư vấn', '12'],
    ]);
    expect(findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['unit-missing@E1', 'file-empty@undefined']);
  });

  it('reports a sheet with no header it can read', async () => {
    const { findings } = await normaliseTable([['foo', 'bar'], ['1', '2']]);
    expect(codes(findings)).toEqual(['layout-unrecognised']);
  });
});
