import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { writeForm } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'br-short-part-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// STT | Nội dung | KH năm | TH: Tổng số | Trong đó KCQG | KCĐP | Tỷ lệ
const LINES: (string | number)[][] = [
  ['1', 'Đào tạo nghề, truyền nghề', 600, 250, 0, 250, 41.7],
  ['2', 'Mô hình trình diễn kỹ thuật', 1500, 800, 800, 0, 53.3],
  ['3', 'Ứng dụng máy móc thiết bị', 2400, 1100, 300, 800, 45.8],
  ['4', 'Hội chợ, triển lãm', 500, 150, 0, 150, 30.0],
  ['5', 'Thông tin tuyên truyền', 200, 80, 0, 80, 40.0],
  ['', 'Tổng cộng', 5200, 2380, 1100, 1280, 45.8],
];

/** A Sóc Trăng half-year form: "Thực hiện" over "Tổng số | Trong đó: KCQG | KCĐP", the two programmes adding up to the whole on every row. */
async function form(name: string, typo?: [string, number], partial = false): Promise<string> {
  // A breakdown partial in fact: the first line's KCĐP left out on two rows.
  const cells: Record<string, number> = partial ? { F8: 0, F11: 0, F13: 880 } : {};
  if (typo) cells[typo[0]] = typo[1];
  return writeForm(join(dir, name), {
    sheet: 'BC 6T',
    titles: { A1: 'UBND TỈNH SÓC TRĂNG', A3: 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2024', G4: 'ĐVT: Triệu đồng' },
    header: {
      5: ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 6 tháng đầu năm 2024', '', '', 'Tỷ lệ TH/KH (%)'],
      6: ['', '', '', 'Tổng số', 'Trong đó', '', ''],
      7: ['', '', '', '', 'KCQG', 'KCĐP', ''],
    },
    merges: ['A5:A7', 'B5:B7', 'C5:C7', 'D5:F5', 'D6:D7', 'E6:F6', 'G5:G7'],
    lines: LINES, firstLine: 8, cells,
  });
}

const codes = async (path: string) => (await reconcile([path])).report.findings.map((f) => `${f.code}@${f.location.cell}`);

describe('a part of a "Trong đó" column group typed too low', () => {
  it('is one figure-mismatch at the part where the group adds up to its whole on every other row', async () => {
    expect(await codes(await form('soc-trang.xlsx'))).toEqual([]);
    expect(await codes(await form('soc-trang-loi.xlsx', ['F10', 600]))).toEqual(['figure-mismatch@F10']);
  });

  it('stays a sum-mismatch at the column total where the group is partial on other rows', async () => {
    expect(await codes(await form('soc-trang-partial.xlsx', ['F10', 600], true))).toEqual(['sum-mismatch@F13']);
  });
});
