import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-unread-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A province form whose actual column holds the given texts for its two lines. */
function form(name: string, unit: string, total: [string, string], lines: Array<[string, string]>): string {
  const rows = [
    'UBND TỈNH HÀ GIANG,,,',
    'BÁO CÁO KINH PHÍ KHUYẾN CÔNG 9 THÁNG NĂM 2024,,,',
    `ĐVT: ${unit},,,`,
    'STT,Nội dung,Kế hoạch năm 2024,Thực hiện 9 tháng 2024',
    `,Tổng cộng,"${total[0]}","${total[1]}"`,
    `1,Đào tạo nghề,"${lines[0]![0]}","${lines[0]![1]}"`,
    `2,Mô hình trình diễn,"${lines[1]![0]}","${lines[1]![1]}"`,
  ];
  const path = join(dir, name);
  writeFileSync(path, rows.join('\n'));
  return path;
}

const shown = async (path: string) => (await reconcile([path])).report.findings.map((f) => `${f.severity} ${f.code}@${f.location.cell ?? ''}`);

describe('a sum whose parts include a figure that could not be read', () => {
  it('is not checked: the unreadable cell is the one finding, never a sum of the readable parts', async () => {
    expect(await shown(form('text-part.csv', 'triệu đồng', ['3450', '2130'], [['1200', '1000'], ['2250', 'chưa có']]))).toEqual(['error number-unparseable@D7']);
    // The same form with the figure written: the sum holds, nothing to say; a wrong one is found.
    expect(await shown(form('written.csv', 'triệu đồng', ['3450', '2130'], [['1200', '1000'], ['2250', '1130']]))).toEqual([]);
    expect(await shown(form('wrong.csv', 'triệu đồng', ['3450', '2130'], [['1200', '1000'], ['2250', '1030']]))).toEqual(['error sum-mismatch@D5']);
  });

  it('says once per sheet which figures no style decides, as a warning, and checks no sum over them', async () => {
    const found = await shown(form('undecided.csv', 'triệu đồng', ['3.450', '2.130'], [['1.200', '1.000'], ['2.250', '1.030']]));
    expect(found).toEqual(['warning file-empty@', 'warning number-ambiguous@C5']);
  });
});
