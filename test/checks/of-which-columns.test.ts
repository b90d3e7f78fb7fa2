import { describe, expect, it } from 'vitest';
import type { Merge } from '../../src/read/grid.js';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { normaliseSheet } from '../../src/normalise/normalise-sheet.js';
import { buildLedger } from '../../src/ledger/build-ledger.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { textRows } from '../helpers.js';

// A form whose spending column "Tổng số" is broken down under a merged "Trong đó" header, as
// MOF M07 writes it: the parts need not add up to the whole, but never exceed it.
const HEAD = [
  ['BÁO CÁO KẾ HOẠCH KHUYẾN CÔNG NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', '', ''],
  ['', '', 'Tổng số', 'Trong đó', ''],
  ['', '', '', 'Đào tạo nghề', 'Mô hình trình diễn'],
];
// C3:E3 (the measure over its columns), D4:E4 ("Trong đó" over its parts), A/B/C down the header.
const MERGES: Merge[] = [
  { top: 3, left: 3, bottom: 3, right: 5 },
  { top: 4, left: 4, bottom: 4, right: 5 },
  { top: 3, left: 1, bottom: 5, right: 1 },
  { top: 3, left: 2, bottom: 5, right: 2 },
  { top: 4, left: 3, bottom: 5, right: 3 },
];

// Raw findings carry no severity yet: the errors are the codes a check raises as errors.
const isError = (f: { code: string }) => ['of-which-exceeds', 'sum-mismatch', 'duplicate-fact'].includes(f.code);

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}

async function check(body: string[][]) {
  const rows = textRows([...HEAD, ...body]);
  const { layout, findings } = detectLayout(rows, { file: 'f.csv', sheet: 's', merges: MERGES });
  expect(layout).toBeDefined();
  const entries: LedgerEntry[] = [];
  await normaliseSheet(layout!, iterate(rows), { file: 'f.csv', sheet: 's', numberStyle: 'vi', merges: MERGES }, { entry: (e) => entries.push(e), finding: (f) => findings.push(f) });
  return { layout: layout!, findings: [...findings, ...runChecks(buildLedger(entries), resolveConfig())] };
}

describe('a "TRONG ĐÓ" column group is a partial breakdown', () => {
  it('is read as parts of the column beside it, never as its complete sum', async () => {
    const { layout, findings } = await check([
      ['1', 'Chi hỗ trợ', '500', '200', '100'],
      ['2', 'Chi khác', '300', '100', '50'],
    ]);
    const byCol = new Map(layout.columns.map((c) => [c.col, c]));
    expect(byCol.get(4)!.partOf).toBe(3);
    expect(byCol.get(5)!.partOf).toBe(3);
    expect(byCol.get(4)!.sumColumn).toBeUndefined();
    // 200 + 100 < 500: a partial breakdown that does not add up is no fault.
    expect(findings.filter(isError)).toEqual([]);
  });

  it('parts that exceed their whole on one row, where they hold on the others, are an error at the whole', async () => {
    const { findings } = await check([
      ['1', 'Chi hỗ trợ', '500', '200', '100'],
      ['2', 'Chi khác', '300', '250', '100'],
      ['3', 'Chi tư vấn', '400', '100', '100'],
    ]);
    const errors = findings.filter(isError);
    expect(errors.map((f) => `${f.code} ${f.location.cell}`)).toEqual(['of-which-exceeds C7']);
    expect(errors[0]!.related!.map((r) => r.cell)).toEqual(['D7', 'E7']);
  });

  it('parts that exceed their whole on most rows mean the columns were misread: one warning, no error', async () => {
    const { findings } = await check([
      ['1', 'Chi hỗ trợ', '100', '200', '100'],
      ['2', 'Chi khác', '300', '250', '100'],
      ['3', 'Chi tư vấn', '400', '100', '100'],
    ]);
    expect(findings.filter(isError)).toEqual([]);
    const uncertain = findings.filter((f) => f.code === 'reading-uncertain');
    expect(uncertain).toHaveLength(1);
    expect(uncertain[0]!.params).toMatchObject({ withheld: 2, check: { codes: [{ code: 'of-which-exceeds', count: 2 }] } });
  });

  it('parts a numbering row declares a sum of ("1=2+3") are complete after all', async () => {
    const rows = textRows([...HEAD, ['A', 'B', '1=2+3', '2', '3'], ['1', 'Chi hỗ trợ', '500', '200', '100']]);
    const { layout } = detectLayout(rows, { file: 'f.csv', sheet: 's', merges: MERGES });
    const byCol = new Map(layout!.columns.map((c) => [c.col, c]));
    expect(byCol.get(3)!.sumOf).toEqual([4, 5]);
    expect(byCol.get(4)!.partOf).toBeUndefined();
  });
});

// MOF M08 (final accounts of the national programmes): the settled figure beside a merged
// "Chia ra - Including" header over Vốn ĐTPT | Vốn sự nghiệp, a complete breakdown.
const SPLIT_HEAD = [
  ['QUYẾT TOÁN CHI CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2007'],
  ['Tỷ đồng - Billions of dong'],
  ['STT', 'Chỉ tiêu', 'Quyết toán', 'Chia ra - Including', ''],
  ['', '', '', 'Vốn ĐTPT', 'Vốn sự nghiệp'],
];
const SPLIT_MERGES: Merge[] = [
  { top: 3, left: 4, bottom: 3, right: 5 },
  { top: 3, left: 1, bottom: 4, right: 1 },
  { top: 3, left: 2, bottom: 4, right: 2 },
  { top: 3, left: 3, bottom: 4, right: 3 },
];

async function checkSplit(body: string[][]) {
  const rows = textRows([...SPLIT_HEAD, ...body]);
  const { layout, findings } = detectLayout(rows, { file: 'f.csv', sheet: 's', merges: SPLIT_MERGES });
  expect(layout).toBeDefined();
  const entries: LedgerEntry[] = [];
  await normaliseSheet(layout!, iterate(rows), { file: 'f.csv', sheet: 's', numberStyle: 'vi', merges: SPLIT_MERGES }, { entry: (e) => entries.push(e), finding: (f) => findings.push(f) });
  return { layout: layout!, findings: [...findings, ...runChecks(buildLedger(entries), resolveConfig())] };
}

describe('a "Chia ra" column group is a complete breakdown', () => {
  it('sums to the column beside it: the one row whose parts miss it is an error there', async () => {
    const { layout, findings } = await checkSplit([
      ['1', 'Chương trình xoá đói giảm nghèo', '555', '432', '123'],
      ['2', 'Chương trình nước sạch', '451', '405', '45'],
      ['3', 'Chương trình dân số', '618', '61', '557'],
    ]);
    const byCol = new Map(layout.columns.map((c) => [c.col, c]));
    expect(byCol.get(4)!.sumColumn).toBe(3);
    expect(byCol.get(5)!.sumColumn).toBe(3);
    expect(byCol.get(4)!.partOf).toBeUndefined();
    expect(findings.filter(isError).map((f) => `${f.code} ${f.location.cell}`)).toEqual(['sum-mismatch C6']);
  });
});
