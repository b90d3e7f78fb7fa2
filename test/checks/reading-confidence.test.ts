import { describe, expect, it } from 'vitest';
import { declaredRatios, declaredSums } from '../../src/layout/declared-relations.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { namedParts } from '../../src/layout/row-roles.js';
import { footnotesIn, splitFigureNote, splitLabelNote } from '../../src/normalise/footnote-marks.js';
import { numberToDecimal } from '../../src/normalise/read-figure.js';
import { structureSums } from '../../src/checks/structure-sums.js';
import { duplicates } from '../../src/checks/duplicates.js';
import { resolveConfig } from '../../src/config/schema.js';
import { textRows, normaliseTable } from '../helpers.js';

const DEFAULT_CONFIG = resolveConfig();

describe('relations the table declares', () => {
  it('reads the numbering row: 3=4+5, (6)=(7)+(8)+(9), 9=10+…+19, 5=3-4; ratios state no sum', () => {
    const [row] = textRows([['A', 'B', '1', '2', '3=4+5', '4', '5', '(6)=(7)+(8)+(9)', '(7)', '(8)', '(9)', '10=11-12', '11', '12', '13=2/1']]);
    const sums = declaredSums(row!).map((s) => `${s.col}=${s.parts.join('+')}`);
    expect(sums).toEqual(['5=6+7', '8=9+10+11', '13=14+12']);
    const [range] = textRows([['A', 'B', '1', '2=3+…+5', '3', '4', '5']]);
    expect(declaredSums(range!).map((s) => s.parts)).toEqual([[5, 6, 7]]);
  });

  it('reads labels that name their parts', () => {
    expect(namedParts('Tổng số (A+B+C)')).toEqual(['A', 'B', 'C']);
    expect(namedParts('Cộng (I+II)')).toEqual(['I', 'II']);
    expect(namedParts('I+II')).toEqual(['I', 'II']);
    expect(namedParts('Tổng cộng')).toBeUndefined();
  });
});

describe('footnote marks are never numbers', () => {
  it('strips marks beside or inside figures and keeps them as the note', () => {
    expect(splitFigureNote('(1) 1.234.567')).toMatchObject({ text: '1.234.567', note: '(1)', markOnly: false });
    expect(splitFigureNote('12.345(*)')).toMatchObject({ text: '12.345', note: '(*)' });
    expect(splitFigureNote('  (1)')).toMatchObject({ markOnly: true, note: '(1)' });
    expect(splitFigureNote('(1.234)')).toMatchObject({ text: '(1.234)', markOnly: false });
    expect(splitLabelNote('TỔNG SỐ - TOTAL (1)')).toEqual({ text: 'TỔNG SỐ - TOTAL', note: '(1)' });
    expect(splitLabelNote('Tổng số (A+B+C)')).toEqual({ text: 'Tổng số (A+B+C)' });
  });

  it('reads a stored double as Excel shows it, to 15 significant digits', () => {
    expect(numberToDecimal(211551.8616240004)).toBe('211551.861624');
    expect(numberToDecimal(0.1 + 0.2)).toBe('0.3');
    expect(numberToDecimal(1234.5)).toBe('1234.5');
  });
});

const HEAD = [
  ['BÁO CÁO KẾ HOẠCH NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
];

describe('the figures are evidence of the structure', () => {
  it('a total that misses its rows in one column only, and holds in the others, is an error at that cell', async () => {
    const { ledger } = await normaliseTable([...HEAD,
      ['', 'Tổng cộng', '300', '200'],
      ['1', 'Hà Nội', '100', '50'],
      ['2', 'Hải Phòng', '150', '150'],
    ]);
    const fs = structureSums.run(ledger, DEFAULT_CONFIG);
    expect(fs.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@C4']);
  });

  it('a total that misses everywhere, by more than its parts, was misread: one reading-uncertain warning, no error', async () => {
    const { ledger } = await normaliseTable([...HEAD,
      ['', 'Tổng cộng', '3', '4'],
      ['1', 'Hà Nội', '100', '50'],
      ['2', 'Hải Phòng', '150', '150'],
    ]);
    const fs = structureSums.run(ledger, DEFAULT_CONFIG);
    expect(fs.map((f) => f.code)).toEqual(['reading-uncertain']);
    expect(String((fs[0]!.params as Record<string, unknown>).fragment)).toContain('"structure":"as-read"');
  });

  it('the same fact stated twice with the same value is one fact', async () => {
    const { ledger } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Hoạt động', 'Kế hoạch (triệu đồng)'],
      ['Hà Nội', '2024', 'Năm', 'Tư vấn', '1'],
      ['Hà Nội', '2024', 'Năm', 'Tư vấn', '1'],
    ]);
    expect(duplicates.run(ledger, DEFAULT_CONFIG)).toEqual([]);
  });
});

describe('ratios the numbering row declares', () => {
  const TABLE = (stated: string) => [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024 - LONG AN'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023', 'So sánh (%)'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)/(5)'],
    ['1', 'Đào tạo nghề', '1.000', '600', '500', stated],
  ];

  it('reads "4=2/1", "(5)=(3)/(2)" and "5=3/2x100" as ratios of columns; sums are not ratios', () => {
    const [row] = textRows([['(1)', '(2)', '(3)', '(4)=(3)/(2)', '5=3/2x100', '6=3+4']]);
    expect(declaredRatios(row!).map((r) => `${r.col}=${r.of}/${r.base}`)).toEqual(['4=3/2', '5=3/2']);
  });

  it('checks a "So sánh (%)" column against the columns its numbering names, not the plan its header suggests', async () => {
    const ok = await normaliseTable(TABLE('120,0'));
    const pct = ok.entries.find((e) => e.source.cell === 'F5')!;
    expect(pct.measure).toBe('ratio_prior');
    expect(runChecks(ok.ledger, DEFAULT_CONFIG).filter((f) => /mismatch/.test(f.code))).toEqual([]);
    const bad = await normaliseTable(TABLE('130,0'));
    expect(runChecks(bad.ledger, DEFAULT_CONFIG).filter((f) => /mismatch/.test(f.code)).map((f) => `${f.code} ${f.location.cell}`)).toEqual(['ratio-prior-mismatch F5']);
  });
});

describe('footnotes under a table', () => {
  it('reads each mark with its text, several in one cell', () => {
    const [row] = textRows([['Ghi chú: (1) đã bao gồm 2.640.712 triệu đồng; (2) chưa phân bổ 987.640 triệu đồng']]);
    expect(footnotesIn(row!).map((n) => `${n.mark} ${n.text}`)).toEqual(['(1) đã bao gồm 2.640.712 triệu đồng;', '(2) chưa phân bổ 987.640 triệu đồng']);
  });

  it('a total whose gap its footnote quotes is a warning quoting it; another gap stays an error', async () => {
    const table = (note: string) => [...HEAD,
      ['', 'Tổng cộng (1)', '300', '200'],
      ['1', 'Hà Nội', '100', '50'],
      ['2', 'Hải Phòng', '150', '150'],
      ['Ghi chú: (1) ' + note],
    ];
    const explained = structureSums.run((await normaliseTable(table('gồm 50 triệu đồng chưa phân bổ cho tỉnh'))).ledger, DEFAULT_CONFIG);
    expect(explained.map((f) => `${f.code} ${f.location.cell}`)).toEqual(['sum-gap-explained C4']);
    const other = structureSums.run((await normaliseTable(table('gồm 40 triệu đồng chưa phân bổ cho tỉnh'))).ledger, DEFAULT_CONFIG);
    expect(other.map((f) => `${f.code} ${f.location.cell}`)).toEqual(['sum-mismatch C4']);
  });
});
