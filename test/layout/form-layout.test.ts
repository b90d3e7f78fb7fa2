import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { classifyRow, RowHierarchy } from '../../src/layout/row-roles.js';
import { findHeaderBand, isNumberingRow } from '../../src/layout/header-band.js';
import type { Merge } from '../../src/read/grid.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { formatDec } from '../../src/ledger/money.js';
import { normaliseTable, textRows } from '../helpers.js';

const FORM = [
  ['UBND TỈNH NGHỆ AN', '', '', '', '', '', ''],
  ['SỞ CÔNG THƯƠNG', '', '', '', '', '', ''],
  ['BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024', '', '', '', '', '', ''],
  ['', '', '', '', '', 'Đơn vị tính: triệu đồng', ''],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện', '', 'Tỷ lệ TH/KH (%)', 'Ghi chú'],
  ['', '', '', '9 tháng năm 2024', '9 tháng năm 2023', '', ''],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)/(3)', '(7)'],
  ['I', 'KHUYẾN CÔNG QUỐC GIA', '300', '150', '120', '50,0', ''],
  ['1', 'Đào tạo nghề', '100', '50', '40', '50,0', ''],
  ['2', 'Mô hình trình diễn', '200', '100', '80', '50,0', ''],
  ['II', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', '', '', '', '', ''],
  ['1', 'Đào tạo nghề', '60', '30', '20', '50,0', ''],
  ['-', 'Trong đó: lao động nữ', '20', '10', '5', '50,0', ''],
  ['2', 'Hội chợ triển lãm', '40', '10', '30', '25,0', ''],
  ['', 'TỔNG CỘNG', '400', '190', '170', '47,5', ''],
  ['', '', '', '', '', 'GIÁM ĐỐC', ''],
];

describe('header band', () => {
  it('composes a two-row header over a numbering row; a text export spreads "Thực hiện" over its periods', () => {
    const band = findHeaderBand(textRows(FORM), [])!;
    expect(band.rows).toEqual([5, 6]);
    expect(band.numberingRow).toBe(7);
    expect(band.dataStart).toBe(8);
    expect(band.parts.get(4)).toEqual(['Thực hiện', '9 tháng năm 2024']);
    expect(band.parts.get(5)).toEqual(['Thực hiện', '9 tháng năm 2023']);
    expect(band.parts.get(2)).toEqual(['Nội dung']);
  });

  it('spreads group headers at every level of an unmerged three-row header', () => {
    const table = [
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện', '', '', '', 'So sánh (%)', ''],
      ['', '', '', 'Quý III', '', 'Lũy kế 9 tháng', '', 'Lũy kế/KH năm', 'Lũy kế 2024/2023'],
      ['', '', '', 'Năm 2024', 'Năm 2023', 'Năm 2024', 'Năm 2023', '', ''],
      ['1', 'Đào tạo nghề', '400', '100', '90', '300', '250', '75', '120'],
    ];
    const band = findHeaderBand(textRows(table), [])!;
    expect(band.rows).toEqual([1, 2, 3]);
    // Column E (Quý III of 2023) was read as "Thực hiện Năm 2023": the same fact as column G.
    expect(band.parts.get(5)).toEqual(['Thực hiện', 'Quý III', 'Năm 2023']);
    expect(band.parts.get(7)).toEqual(['Thực hiện', 'Lũy kế 9 tháng', 'Năm 2023']);
    expect(band.parts.get(8)).toEqual(['So sánh (%)', 'Lũy kế/KH năm']);
  });

  it('uses merges where the file has them', () => {
    const table = [['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', '', '', 'Thực hiện 9 tháng', '', ''], ['', '', 'KCQG', 'KCĐP', 'Cộng', 'KCQG', 'KCĐP', 'Cộng'], ['1', 'Hà Nội', '1', '2', '3', '1', '1', '2']];
    const merges: Merge[] = [{ top: 1, left: 3, bottom: 1, right: 5 }, { top: 1, left: 6, bottom: 1, right: 8 }, { top: 1, left: 1, bottom: 2, right: 1 }];
    const band = findHeaderBand(textRows(table), merges)!;
    expect(band.parts.get(5)).toEqual(['Kế hoạch năm 2024', 'Cộng']);
    expect(band.parts.get(1)).toEqual(['STT']);
    expect(band.groupOf.get(5)).toBe(3);
  });

  it('tells a numbering row from data', () => {
    expect(isNumberingRow(textRows([['(1)', '(2)', '(3)', '(4)=(3)/(2)']])[0]!)).toBe(true);
    expect(isNumberingRow(textRows([['1', '2', '3', '4', '5']])[0]!)).toBe(true);
    expect(isNumberingRow(textRows([['1', 'Hà Nội', '300', '200']])[0]!)).toBe(false);
  });
});

describe('form layout', () => {
  it('reads title facts, column meanings and the kind of table', () => {
    const { layout } = detectLayout(textRows(FORM), { file: 'x.csv', sheet: 'x' });
    expect(layout?.kind).toBe('form');
    expect(layout?.title).toMatchObject({ year: 2024, period: { start: 1, end: 9 }, unit: { kind: 'money', exponent: 6 }, province: { code: '40', name: 'Nghệ An' } });
    const m = Object.fromEntries(layout!.columns.map((c) => [c.col, c.meaning]));
    expect(m[1]).toEqual({ kind: 'dimension', dim: 'stt' });
    expect(m[3]).toMatchObject({ kind: 'amount', measure: 'plan', year: 2024 });
    expect(m[4]).toMatchObject({ kind: 'amount', measure: 'actual', year: 2024, period: { start: 1, end: 9 } });
    expect(m[5]).toMatchObject({ kind: 'amount', measure: 'actual', year: 2023 });
    expect(m[6]).toMatchObject({ kind: 'ratio', measure: 'pct_of_plan' });
  });

  it('places rows by STT: sections give programmes, "Trong đó" is no part, the total is the whole', async () => {
    const { entries, findings } = await normaliseTable(FORM);
    expect(findings).toEqual([]);
    const plans = entries.filter((e) => e.measure === 'plan');
    expect(plans.map((e) => [e.source.cell, e.program, e.level, e.ofWhich])).toEqual([
      ['C8', 'KCQG', 'subtotal', false], ['C9', 'KCQG', 'item', false], ['C10', 'KCQG', 'item', false],
      ['C12', 'KCDP', 'item', false], ['C13', 'KCDP', 'item', true], ['C14', 'KCDP', 'item', false], ['C15', '', 'total', false],
    ]);
    expect(plans[3]!.line).not.toBe(plans[1]!.line);
    expect(plans[1]!.activity).toBe('KC1_DTN');
    expect(formatDec(plans[6]!.amount)).toBe('400000000');
  });

  it('is silent on a consistent form and finds a wrong line, a wrong section and a wrong total at their cells', async () => {
    const cfg = resolveConfig();
    expect(runChecks((await normaliseTable(FORM)).ledger, cfg)).toEqual([]);
    const bad = FORM.map((r) => [...r]);
    bad[8]![2] = '101'; // a line: section I no longer adds up
    bad[14]![3] = '191'; // the total's actual
    const fs = runChecks((await normaliseTable(bad)).ledger, cfg);
    // The total's percentage holds with the total its parts give: one fault, reported at the total, F15 beside it.
    // The line's percentage holds with the plan its section gives: one fault, at the line, C8 and F9 beside it.
    expect(fs.map((f) => `${f.code}@${f.location.cell}`).sort()).toEqual(['figure-total-ratios-mismatch@C9', 'sum-mismatch@D15']);
    expect(fs.find((f) => f.location.cell === 'D15')?.related?.map((r) => r.cell)).toContain('F15');
    const line = fs.find((f) => f.location.cell === 'C9')!;
    expect(line.related?.map((r) => r.cell)).toEqual(expect.arrayContaining(['C8', 'F9']));
    expect(line.expected).toBe('100000000');
  });

  it('keeps the sum-mismatch at the total when a percentage on the line holds as written', async () => {
    const bad = FORM.map((r) => [...r]);
    bad[8]![2] = '101';
    bad[8]![5] = '49,5'; // 50 ÷ 101: the percentage agrees with the line as written
    const fs = runChecks((await normaliseTable(bad)).ledger, resolveConfig());
    expect(fs.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@C8']);
  });

  it('reads a regional summary: provinces by row, regions as sections, column groups by programme', async () => {
    const table = [
      ['TỔNG HỢP KINH PHÍ KHUYẾN CÔNG NĂM 2024', '', '', '', ''],
      ['', '', '', '', 'Đơn vị: tỷ đồng'],
      ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', '', ''],
      ['', '', 'KCQG', 'KCĐP', 'Cộng'],
      ['', 'Tổng cộng', '3,500', '1,000', '4,500'],
      ['I', 'Miền núi phía Bắc', '1,500', '0,500', '2,000'],
      ['1', 'Hà Giang', '1,000', '0,200', '1,200'],
      ['2', 'Tuyên Quang', '0,500', '0,300', '0,800'],
      ['II', 'Đồng bằng sông Hồng', '2,000', '0,500', '2,500'],
      ['1', 'Hà Nội', '2,000', '0,500', '2,500'],
    ];
    const { layout } = detectLayout(textRows(table), { file: 'x.csv', sheet: 'x' });
    expect(layout?.kind).toBe('summary');
    expect(layout?.columns.find((c) => c.col === 5)?.meaning).toMatchObject({ kind: 'amount', measure: 'plan', program: '' });
    expect(layout?.columns.find((c) => c.col === 3)?.sumColumn).toBe(5);
    const { entries, ledger, findings } = await normaliseTable(table);
    expect(findings).toEqual([]);
    expect(entries.filter((e) => e.provinceCode).map((e) => e.province)).toContain('Tuyên Quang');
    expect(runChecks(ledger, resolveConfig())).toEqual([]);
    const bad = table.map((r) => [...r]);
    bad[7]![4] = '0,900'; // Tuyên Quang's Cộng column: wrong against KCQG + KCĐP and against its region
    const fs = runChecks((await normaliseTable(bad)).ledger, resolveConfig());
    expect(fs.map((f) => `${f.code}@${f.location.cell}`).sort()).toEqual(['sum-mismatch@E6', 'sum-mismatch@E8']);
  });
});

describe('row roles', () => {
  it('reads STT numbering', () => {
    expect(classifyRow('I', 'KCQG')).toMatchObject({ kind: 'section', level: 1 });
    expect(classifyRow('A', 'x')).toMatchObject({ kind: 'section', level: 0.5 });
    expect(classifyRow('1', 'x')).toMatchObject({ kind: 'line', level: 2 });
    expect(classifyRow('1.2', 'x')).toMatchObject({ kind: 'subline', level: 3 });
    expect(classifyRow('a)', 'x')).toMatchObject({ kind: 'subline', level: 3 });
    expect(classifyRow('-', 'x')).toMatchObject({ kind: 'subline', level: 3 });
    expect(classifyRow('+', 'x')).toMatchObject({ kind: 'subline', level: 4 });
    expect(classifyRow('', 'Tổng cộng')).toMatchObject({ kind: 'total', sectionTotal: false });
    expect(classifyRow('', 'Cộng I')).toMatchObject({ kind: 'total', sectionTotal: true });
    expect(classifyRow('', 'Tổng thu ngân sách nhà nước')).toMatchObject({ kind: 'line' });
    expect(classifyRow('', 'Trong đó: nữ')).toMatchObject({ ofWhich: true });
  });

  it('puts letter parts above Roman sections, and the rows under a bare "Trong đó:" in it', () => {
    const h = new RowHierarchy();
    const place = (key: string, stt: string, label: string) => h.place(key, classifyRow(stt, label), undefined, label, stt);
    place('a', 'A', 'TỔNG CHI');
    expect(place('i', 'I', 'Chi đầu tư').path).toEqual(['a']);
    place('iii', 'III', 'Chi thường xuyên');
    expect(place('td', '', 'Trong đó:')).toMatchObject({ path: ['a', 'iii'], ofWhich: true });
    expect(place('1', '1', 'Chi giáo dục')).toMatchObject({ path: ['a', 'iii', 'td'], ofWhich: true });
    expect(place('iv', 'IV', 'Chi cải cách tiền lương')).toMatchObject({ path: ['a'], ofWhich: false });
    expect(place('b', 'B', 'CHI TỪ CÁC KHOẢN THU').path).toEqual([]);
    // H, then I: the letter I, not Roman one.
    const g = new RowHierarchy();
    g.place('h', classifyRow('H', 'x'), undefined, 'x', 'H');
    expect(g.place('i', classifyRow('I', 'y'), undefined, 'y', 'I').path).toEqual([]);
  });

  it('nests rows and lets a "Cộng" close its section', () => {
    const h = new RowHierarchy();
    h.place('r1', classifyRow('I', 'KHUYẾN CÔNG QUỐC GIA'), 'KCQG', 'I');
    const line = h.place('r2', classifyRow('1', 'Đào tạo nghề'), undefined, 'Đào tạo nghề');
    const sub = h.place('r3', classifyRow('-', 'Nữ'), undefined, 'Nữ');
    const cong = h.place('r4', classifyRow('', 'Cộng'), undefined, 'Cộng');
    expect(line).toMatchObject({ path: ['r1'], program: 'KCQG' });
    expect(sub.path).toEqual(['r1', 'r2']);
    expect(cong).toMatchObject({ scope: 'r1', program: 'KCQG' });
  });
});
