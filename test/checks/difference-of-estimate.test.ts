import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-diff-estimate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Bình Dương year-end estimate: "Tăng (+), giảm (-) so với năm 2023" beside this year's estimate and last year's actual. */
const FORM = (diff: string) => [
  ['UBND TỈNH BÌNH DƯƠNG', '', '', '', '', ''],
  ['BÁO CÁO ƯỚC THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2024', '', '', '', '', ''],
  ['ĐVT: triệu đồng', '', '', '', '', ''],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024', 'Thực hiện năm 2023', 'Tăng (+), giảm (-) so với năm 2023'],
  ['1', 'Đào tạo nghề', '1.000', '900', '800', '100'],
  ['2', 'Hội chợ triển lãm', '500', '420', '400', '20'],
  ['3', 'Thông tin tuyên truyền', '300', '145', '200', diff],
  ['', 'Tổng cộng', '1.800', '1.465', '1.400', '65'],
];

let n = 0;
const found = async (table: string[][]) => {
  const path = join(dir, `binh-duong-${n++}.csv`);
  writeFileSync(path, table.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n'));
  const { report } = await reconcile([path]);
  return report.findings.filter((f) => f.code !== 'column-derived').map((f) => `${f.code}@${f.location.cell}`);
};

describe('a difference "so với năm 2023" of this year\'s estimate and last year\'s actual', () => {
  it('is named by its header (estimate − actual of the year before), so a sign lost is an error, not a guess withheld', async () => {
    expect(await found(FORM('(55)'))).toEqual([]);
    expect(await found(FORM('55'))).toEqual(['difference-mismatch@F7']);
  });
});
