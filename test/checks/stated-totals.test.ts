import { describe, expect, it } from 'vitest';
import { statedTotals } from '../../src/checks/stated-totals.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { buildConference, conferenceStated } from '../../src/ledger/conference.js';
import { buildLedger } from '../../src/ledger/build-ledger.js';
import { renderMessage } from '../../src/findings/build-report.js';
import { resolveConfig } from '../../src/config/schema.js';
import { ledgerOf, normaliseTable } from '../helpers.js';

const FORM = (province: string, kcqg: string, kcdp: string) => [
  [`SỞ CÔNG THƯƠNG TỈNH ${province}`],
  ['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
  ['', 'TỔNG CỘNG', String(Number(kcqg) + Number(kcdp)), '100'],
  ['I', 'KHUYẾN CÔNG QUỐC GIA', kcqg, '50'],
  ['1', 'Đào tạo nghề', kcqg, '50'],
  ['II', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', kcdp, '50'],
  ['1', 'Hội chợ', kcdp, '50'],
];
/** A regional summary: KCQG and KCĐP plans by province, a total row first. */
const SUMMARY = (rows: Array<[string, string, string]>, total: [string, string]) => [
  ['TỔNG HỢP KHUYẾN CÔNG 9 THÁNG NĂM 2024 KHU VỰC BẮC TRUNG BỘ'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024 KCQG', 'Kế hoạch năm 2024 KCĐP'],
  ['', 'Tổng cộng', ...total],
  ...rows.map(([p, a, b], i) => [String(i + 1), p, a, b]),
];
const config = resolveConfig();

describe('stated totals against the provinces\' own reports', () => {
  const forms = [{ file: 'na.csv', table: FORM('NGHỆ AN', '1000', '400') }, { file: 'ht.csv', table: FORM('HÀ TĨNH', '500', '300') }];

  it('is silent when the summary, its rows and the forms agree, and the Đối chiếu model agrees too', async () => {
    const { ledger } = await ledgerOf([...forms, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1000', '400'], ['Hà Tĩnh', '500', '300'], ['Thanh Hóa', '700', '200']], ['2200', '900']) }]);
    expect(statedTotals.run(ledger, config)).toEqual([]);
    const c = buildConference(ledger)!;
    // Thanh Hóa sent no form: its figure is the summary's own row.
    expect(c.regions.flatMap((r) => r.provinces.map((p) => p.name))).toContain('Thanh Hóa');
    expect(c.stated.map((s) => s.agrees)).toEqual([true, true]);
  });

  it('leaves a total whose own rows do not add up to the sums check, and a province row that disagrees to agreement', async () => {
    const { ledger } = await ledgerOf([...forms, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1000', '400'], ['Hà Tĩnh', '500', '300'], ['Thanh Hóa', '700', '200']], ['2250', '900']) }]);
    expect(statedTotals.run(ledger, config)).toEqual([]);
    expect(runChecks(ledger, config).map((f) => `${f.code}@${f.location.file}!${f.location.cell}`)).toEqual(['sum-mismatch@sum.csv!C4', 'province-report-missing@sum.csv!C7']);
    const { ledger: l2 } = await ledgerOf([...forms, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1050', '400'], ['Hà Tĩnh', '500', '300'], ['Thanh Hóa', '700', '200']], ['2250', '900']) }]);
    expect(statedTotals.run(l2, config)).toEqual([]);
    expect(runChecks(l2, config).map((f) => `${f.code}@${f.location.file}!${f.location.cell}`)).toEqual(['agreement-mismatch@sum.csv!C5', 'province-report-missing@sum.csv!C7']);
    const s = buildConference(l2)!.stated.find((x) => x.entry.source.cell === 'C4')!;
    expect(s.agrees).toBe(false);
    expect(s.rowsDiffering.map((r) => r.source.cell)).toEqual(['C5']);
  });

  it('finds a total that misses a province\'s own report although the table adds up and no row disagrees', async () => {
    // The summary leaves Nghệ An's KCĐP blank and its total leaves it out; Nghệ An's form states 400.
    const { ledger } = await ledgerOf([...forms, { file: 'sum.csv', table: SUMMARY([['Nghệ An', '1000', ''], ['Hà Tĩnh', '500', '300'], ['Thanh Hóa', '700', '200']], ['2200', '500']) }]);
    const found = statedTotals.run(ledger, config);
    expect(found.map((f) => `${f.code}@${f.location.file}!${f.location.cell} ${f.reported} ${f.expected}`)).toEqual(['stated-total-mismatch@sum.csv!D4 500000000 900000000']);
    expect(renderMessage(found[0]!, 'vi')).toMatch(/ghi 500 triệu đồng, nhưng 3 tỉnh thuộc dòng này cộng lại được 900 triệu đồng: chênh lệch -400 triệu đồng/);
  });

  it('gives each stated total the province rows of its own sheet only, as the conference model does', async () => {
    // One workbook, two summary sheets: each total covers the provinces its own sheet lists.
    const a = await normaliseTable(SUMMARY([['Nghệ An', '1000', '400'], ['Hà Tĩnh', '500', '300']], ['1500', '700']), { file: 'sum.xlsx', sheet: 'A' });
    const b = await normaliseTable(SUMMARY([['Thanh Hóa', '700', '200']], ['700', '200']), { file: 'sum.xlsx', sheet: 'B' });
    const { ledger: forms2 } = await ledgerOf(forms);
    const ledger = buildLedger([...forms2.entries, ...a.entries, ...b.entries]);
    const stated = conferenceStated(ledger)!;
    expect(stated.map((s) => `${s.entry.source.sheet}!${s.entry.source.cell} ${s.provinces.join('+')} rows ${s.rows.map((r) => r.source.cell).join(',')} ${s.agrees}`)).toEqual([
      'A!C4 40+42 rows C5,C6 true',
      'A!D4 40+42 rows D5,D6 true',
      'B!C4 38 rows C5 true',
      'B!D4 38 rows D5 true',
    ]);
    expect(stated).toEqual(buildConference(ledger)!.stated);
    expect(statedTotals.run(ledger, config)).toEqual([]);
  });
});
