import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/findings/build-report.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { percentOfPlan } from '../../src/checks/percent-of-plan.js';
import { yearOverYear } from '../../src/checks/year-over-year.js';
import { sums } from '../../src/checks/sums.js';
import { duplicates } from '../../src/checks/duplicates.js';
import { resolveConfig } from '../../src/config/schema.js';
import type { Check } from '../../src/checks/check.js';
import { normaliseTable } from '../helpers.js';

const config = resolveConfig();
const run = async (check: Check, table: string[][]) => {
  const { ledger, findings } = await normaliseTable(table);
  expect(findings.filter((f) => f.code !== 'file-empty')).toEqual([]);
  return check.run(ledger, config);
};
const where = (fs: Array<{ code: string; location: { cell?: string } }>) => fs.map((f) => `${f.code}@${f.location.cell}`);

const PCT = ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (triệu đồng)', 'Thực hiện 6 tháng (triệu đồng)', 'Tỷ lệ (%)'];

describe('percent of plan', () => {
  it('holds within half a unit of the last shown digit, inclusive', async () => {
    expect(await run(percentOfPlan, [PCT,
      ['Hà Nội', '2018', '6 tháng', 'Đào tạo nghề', '130.005', '46.022', '35,4'],
      ['Hà Nội', '2018', '6 tháng', 'Tư vấn', '8', '1', '12,5'],
      ['Hà Nội', '2018', '6 tháng', 'Hội chợ', '8', '1', '13'],
      ['Hà Nội', '2018', '6 tháng', 'Thông tin', '0', '0', '-'],
      ['Hà Nội', '2018', '6 tháng', 'Cụm công nghiệp', '3', '1', '33,33'],
    ])).toEqual([]);
  });

  it('fires on a transposed or mistyped percentage, with the numbers of the message', async () => {
    const fs = await run(percentOfPlan, [PCT,
      ['Hà Nội', '2018', '6 tháng', 'Đào tạo nghề', '130.005', '46.022', '53,4'],
      ['Hà Nội', '2018', '6 tháng', 'Tư vấn', '3', '1', '33,4'],
      // The rest of the column holds: the reading is borne out, the two misses are faults.
      ['Hà Nội', '2018', '6 tháng', 'Hội chợ', '8', '1', '12,5'],
      ['Hà Nội', '2018', '6 tháng', 'Thông tin', '10', '5', '50,0'],
    ]);
    expect(where(fs)).toEqual(['percent-of-plan-mismatch@G2', 'percent-of-plan-mismatch@G3']);
    expect(fs[0]).toMatchObject({ expected: '35.4002', reported: '53.4' });
    expect(fs[0]!.params).toMatchObject({ low: { value: '53.35' }, high: { value: '53.45' } });
    expect(renderMessage(fs[0]!, 'en')).toContain('accepted 53.35% to 53.45%');
    expect(renderMessage(fs[0]!, 'vi')).toContain('chấp nhận từ 53,35% đến 53,45%');
    expect(fs[0]!.related?.map((r) => r.cell)).toEqual(['F2', 'E2']);
  });

  it('withholds a column whose percentages miss in most rows into one reading-uncertain, naming the reading its figures bear out', async () => {
    // "Tăng trưởng (%)" written as this year ÷ last year × 100 (104,2), not as the growth (4,2).
    const table = [['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Thực hiện (triệu đồng)', 'Cùng kỳ năm trước (triệu đồng)', 'Tăng trưởng (%)'],
      ['Hà Nội', '2017', 'Năm', 'Đào tạo nghề', '125', '120', '104,2'],
      ['Hà Nội', '2017', 'Năm', 'Tư vấn', '90', '100', '90,0'],
      ['Hà Nội', '2017', 'Năm', 'Hội chợ', '60', '50', '120,0'],
    ];
    const { ledger } = await normaliseTable(table);
    expect(ledger.entries.filter((e) => e.unit === '%').map((e) => e.measure)).toEqual(['growth_prior', 'growth_prior', 'growth_prior']);
    const fs = runChecks(ledger, config, [yearOverYear]);
    expect(where(fs)).toEqual(['reading-uncertain@G2']);
    expect(fs[0]!.params).toMatchObject({ withheld: 3 });
    const fragment = JSON.parse(String((fs[0]!.params as { fragment: string }).fragment)) as { rules: Array<{ columns: Record<string, unknown> }> };
    expect(fragment.rules[0]!.columns).toEqual({ G: { ratio: 'ratio_prior' } });
    // The same column written as the growth holds everywhere.
    const growth = await run(yearOverYear, table.map((r, i) => (i === 0 ? r : [...r.slice(0, 6), ['4,2', '-10,0', '20,0'][i - 1]!])));
    expect(growth).toEqual([]);
  });

  it('asks for no percentage when the plan is zero, and flags one that is stated', async () => {
    const fs = await run(percentOfPlan, [PCT, ['Hà Nội', '2018', '6 tháng', 'Tư vấn', '0', '5', '100']]);
    expect(where(fs)).toEqual(['percent-without-base@G2']);
  });
});

describe('year over year', () => {
  const YOY = ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Thực hiện (triệu đồng)', 'Cùng kỳ năm trước (triệu đồng)', 'So với cùng kỳ (%)', 'Tăng (+), giảm (-) %'];
  it('checks the ratio and the growth on the same period last year', async () => {
    expect(await run(yearOverYear, [YOY,
      ['Hà Nội', '2017', 'Năm', 'Tổng cộng', '128.925', '123.373', '104,5', '4,5'],
      ['Hà Nội', '2017', 'Năm', 'Đào tạo nghề', '90', '100', '90,0', '-10,0'],
    ])).toEqual([]);
    const fs = await run(yearOverYear, [YOY,
      ['Hà Nội', '2017', 'Năm', 'Đào tạo nghề', '90', '100', '91,0', '10,0'],
    ]);
    expect(where(fs)).toEqual(['ratio-prior-mismatch@G2', 'growth-prior-mismatch@H2']);
  });

  it('checks plan growth between two years', async () => {
    const H = ['Tỉnh', 'Nội dung', 'Kế hoạch 2024 (triệu đồng)', 'Kế hoạch 2023 (triệu đồng)', 'KH 2024 so với KH 2023 tăng (+), giảm (-) %'];
    expect(await run(yearOverYear, [H, ['Hà Nội', 'Đào tạo nghề', '110', '100', '10']])).toEqual([]);
    expect(where(await run(yearOverYear, [H, ['Hà Nội', 'Đào tạo nghề', '110', '100', '11']]))).toEqual(['plan-growth-mismatch@E2']);
  });
});

describe('sums', () => {
  const S = ['Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Mã hoạt động', 'Nội dung', 'Kế hoạch (triệu đồng)'];
  const consistent = [S,
    ['Hà Nội', '2024', 'Năm', 'KCQG', 'KC1', 'Đào tạo nghề', '100'],
    ['Hà Nội', '2024', 'Năm', 'KCQG', 'KC3_MHTD', 'Mô hình, máy móc', '50'],
    ['Hà Nội', '2024', 'Năm', 'KCQG', 'KC3a', 'Mô hình trình diễn', '20'],
    ['Hà Nội', '2024', 'Năm', 'KCQG', 'KC3b', 'Máy móc tiên tiến', '30'],
    ['Hà Nội', '2024', 'Năm', 'KCQG', '', 'Trong đó: miền núi', '70'],
    ['Hà Nội', '2024', 'Năm', 'KCQG', '', 'Cộng', '150'],
    ['Hà Nội', '2024', 'Năm', 'KCĐP', 'KC1', 'Đào tạo nghề', '40'],
    ['Hà Nội', '2024', 'Năm', 'KCĐP', '', 'Cộng', '40'],
    ['Hà Nội', '2024', 'Năm', 'Cộng', '', 'Tổng cộng', '190'],
    ['Hải Phòng', '2024', 'Năm', 'Cộng', '', 'Tổng cộng', '10'],
    ['Tổng cộng', '2024', 'Năm', 'Cộng', '', 'Tổng cộng', '200'],
  ];

  it('one fault, one finding: a total off is not found again in the total above it, whichever of the two is wrong', async () => {
    // The KCĐP subtotal states 41 for lines adding to 40: one finding there, none at the
    // province total (190 = 150 + 40 as the lines add up).
    const subtotalOff = consistent.map((r) => [...r]);
    subtotalOff[8]![6] = '41';
    expect(where(await run(sums, subtotalOff))).toEqual(['sum-mismatch@G9']);
    // Hà Nội's total states 191: found there; the region (200 = 190 + 10 as its lines add up) is not.
    const provinceOff = consistent.map((r) => [...r]);
    provinceOff[9]![6] = '191';
    expect(where(await run(sums, provinceOff))).toEqual(['sum-mismatch@G10']);
    // A line off with its subtotal right: one finding at the subtotal, none above it.
    const lineOff = consistent.map((r) => [...r]);
    lineOff[7]![6] = '41';
    expect(where(await run(sums, lineOff))).toEqual(['sum-mismatch@G9']);
    // A total wrong both ways is still found: the region states 205.
    const regionOff = provinceOff.map((r) => [...r]);
    regionOff[11]![6] = '205';
    expect(where(await run(sums, regionOff))).toEqual(['sum-mismatch@G10', 'sum-mismatch@G12']);
  });

  it('is silent when lines, sub-lines, programmes and provinces add up ("Trong đó" excluded)', async () => {
    expect(await run(sums, consistent)).toEqual([]);
  });

  it('finds a subtotal off by one million đồng, a wrong parent line, and a wrong regional total', async () => {
    const faulty = consistent.map((r) => [...r]);
    faulty[6]![6] = '151';
    faulty[3]![6] = '21';
    faulty[11]![6] = '201';
    const fs = await run(sums, faulty);
    // G3: the parent line against KC3a + KC3b; G7: the KCQG subtotal against its lines; G12: the
    // region against provinces. The province total G10 is right for the KCQG lines as they add
    // up: the one fault at G7 is one finding.
    expect(where(fs)).toEqual(['sum-mismatch@G7', 'sum-mismatch@G3', 'sum-mismatch@G12']);
    const sub = fs.find((f) => f.location.cell === 'G7')!;
    expect(sub).toMatchObject({ expected: '150000000', reported: '151000000' });
    expect(renderMessage(sub, 'vi')).toContain('chênh lệch 1 triệu đồng');
  });

  it('allows half a unit per figure only for figures rounded to decimals of a coarse unit, and says so', async () => {
    const T = ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (tỷ đồng)'];
    const rows = (total: string) => [T,
      ['Hà Nội', '2024', 'Năm', 'Đào tạo nghề', '1.001,234'],
      ['Hà Nội', '2024', 'Năm', 'Tư vấn', '2,346'],
      ['Hà Nội', '2024', 'Năm', 'Tổng cộng', total],
    ];
    expect(await run(sums, rows('1.003,580'))).toEqual([]);
    expect(await run(sums, rows('1.003,581'))).toEqual([]);
    const fs = await run(sums, rows('1.003,583'));
    expect(where(fs)).toEqual(['sum-mismatch@E4']);
    expect(renderMessage(fs[0]!, 'en')).toContain('up to 1.5 million VND (1,500,000 VND)');
    // Whole triệu đồng are exact: one million off is found.
    const M = ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (triệu đồng)'];
    expect(where(await run(sums, [M, ['Hà Nội', '2024', 'Năm', 'A', '1'], ['Hà Nội', '2024', 'Năm', 'B', '2'], ['Hà Nội', '2024', 'Năm', 'Cộng', '4']]))).toEqual(['sum-mismatch@E4']);
  });
});

describe('duplicates', () => {
  it('finds the same fact twice in one file, and nothing in distinct facts', async () => {
    const D = ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (triệu đồng)'];
    expect(await run(duplicates, [D, ['Hà Nội', '2024', 'Năm', 'Tư vấn', '1'], ['Hải Phòng', '2024', 'Năm', 'Tư vấn', '1']])).toEqual([]);
    const fs = await run(duplicates, [D, ['Hà Nội', '2024', 'Năm', 'Tư vấn', '1'], ['Hà Nội', '2024', 'Năm', 'Tư vấn', '2']]);
    expect(where(fs)).toEqual(['duplicate-fact@E3']);
    expect(fs[0]!.related?.[0]?.cell).toBe('E2');
  });
});

describe('runChecks', () => {
  it('turns a crashing check into an internal-error finding and still runs the others', async () => {
    const { ledger } = await normaliseTable([PCT, ['Hà Nội', '2018', '6 tháng', 'Tư vấn', '3', '1', '50']]);
    const boom: Check = { name: 'boom', codes: [], run: () => { throw new Error('kaboom'); } };
    const fs = runChecks(ledger, config, [boom, percentOfPlan]);
    expect(fs.map((f) => f.code)).toEqual(['internal-error', 'percent-of-plan-mismatch']);
    expect(fs[0]!.params).toMatchObject({ check: 'boom', reason: 'kaboom' });
  });
});
