import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-shared-cause-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, kcqg: string, kcdp: string, total: string];

/** A form whose lines add up down each column and across KCQG + KCĐP = Cộng, every total typed. */
function form(name: string, unit: string, lines: Line[]): string {
  const rows = [
    'SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH,,,,',
    'BÁO CÁO KINH PHÍ KHUYẾN CÔNG THỰC HIỆN 9 THÁNG NĂM 2024,,,,',
    `ĐVT: ${unit},,,,`,
    'STT,Nội dung,Thực hiện 9 tháng năm 2024,,',
    ',,KCQG,KCĐP,Cộng',
    ...lines.map((l) => l.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')),
  ];
  const path = join(dir, name);
  writeFileSync(path, rows.join('\n'));
  return path;
}

const errors = async (path: string) => (await reconcile([path])).report.findings.filter((f) => f.severity === 'error');

const GOOD: Line[] = [
  ['', 'Tổng cộng', '700', '1300', '2000'],
  ['1', 'Đào tạo nghề', '300', '500', '800'],
  ['2', 'Mô hình trình diễn', '400', '0', '400'],
  ['3', 'Hỗ trợ máy móc thiết bị', '0', '800', '800'],
];

describe('one fault, one finding: a line figure that breaks its row and its column', () => {
  it('is reported once, at the figure, with the value that mends both totals', async () => {
    expect(await errors(form('good.csv', 'triệu đồng', GOOD))).toEqual([]);
    const bad = GOOD.map((l) => [...l]) as Line[];
    bad[1]![3] = '550';
    const found = await errors(form('typo.csv', 'triệu đồng', bad));
    expect(found.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['figure-mismatch@D7']);
    expect(found[0]!.expected).toBe('500000000');
    expect(found[0]!.message).toContain('D6, E7');
    expect(found[0]!.related?.map((r) => r.cell)).toEqual(expect.arrayContaining(['D6', 'E7']));
  });

  it('keeps a typed total where the fault shows, and two faults apart', async () => {
    const total = GOOD.map((l) => [...l]) as Line[];
    total[1]![4] = '850';
    // The line's Cộng is itself a total (of KCQG + KCĐP): its own relation is where the fault shows.
    expect((await errors(form('total.csv', 'triệu đồng', total))).map((f) => `${f.code}@${f.location.cell}`)).toEqual(expect.arrayContaining(['sum-mismatch@E7']));
    expect((await errors(form('total.csv', 'triệu đồng', total))).some((f) => f.code === 'figure-mismatch')).toBe(false);
    // Two misses by different amounts share no single cause.
    const two = GOOD.map((l) => [...l]) as Line[];
    two[0]![3] = '1350';
    two[2]![4] = '430';
    expect((await errors(form('two.csv', 'triệu đồng', two))).some((f) => f.code === 'figure-mismatch')).toBe(false);
  });

  it('never merges misses of rounded figures: a rounding gap is no one figure\'s fault', async () => {
    const rounded: Line[] = [
      ['', 'Tổng cộng', '0,7', '1,3', '2,0'],
      ['1', 'Đào tạo nghề', '0,3', '0,5', '0,8'],
      ['2', 'Mô hình trình diễn', '0,4', '0,0', '0,4'],
      ['3', 'Hỗ trợ máy móc thiết bị', '0,0', '0,8', '0,8'],
    ];
    rounded[1]![3] = '0,6';
    expect((await errors(form('rounded.csv', 'tỷ đồng', rounded))).some((f) => f.code === 'figure-mismatch')).toBe(false);
  });
});
