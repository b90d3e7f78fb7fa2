import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { writeForm } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'br-count-money-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Nội dung | ĐVT | plan count | plan money | actual count | actual money | Tỷ lệ kinh phí (%)
const LINES: (string | number)[][] = [
  ['TỔNG CỘNG', '', '', 2450, '', 2310, 94.3],
  ['I. KHUYẾN CÔNG QUỐC GIA', '', '', 900, '', 860, 95.6],
  ['1. Xây dựng mô hình trình diễn kỹ thuật', 'Mô hình', 1, 900, 1, 860, 95.6],
  ['II. KHUYẾN CÔNG ĐỊA PHƯƠNG', '', '', 1550, '', 1450, 93.5],
  ['1. Hỗ trợ ứng dụng máy móc thiết bị', 'Cơ sở', 8, 1000, 7, 930, 93.0],
  ['2. Đào tạo nghề, truyền nghề', 'Lớp', 3, 300, 3, 290, 96.7],
  ['3. Hội chợ, triển lãm', 'Gian hàng', 10, 150, 9, 140, 93.3],
  ['4. Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu', 'Sản phẩm', 20, 100, 18, 90, 90.0],
];

/** A Tuyên Quang annex: no STT column, "Khối lượng | Kinh phí (triệu đồng)" under plan and actual, a per-row ĐVT. */
async function form(name: string, countWord: string, typo?: [string, number]): Promise<string> {
  return writeForm(join(dir, name), {
    sheet: 'PL01',
    titles: {
      A1: 'Phụ lục 01', A2: 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC ĐỀ ÁN KHUYẾN CÔNG NĂM 2023',
      A3: '(Kèm theo Báo cáo số 215/BC-SCT ngày 20/12/2023 của Sở Công Thương tỉnh Tuyên Quang)',
    },
    header: {
      4: ['Nội dung', 'ĐVT', 'Kế hoạch', '', 'Thực hiện', '', 'Tỷ lệ kinh phí (%)'],
      5: ['', '', countWord, 'Kinh phí (triệu đồng)', countWord, 'Kinh phí (triệu đồng)', ''],
    },
    merges: ['A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:G5'],
    lines: LINES, firstLine: 6, cells: typo ? { [typo[0]]: typo[1] } : {},
  });
}

const codes = async (path: string) => (await reconcile([path])).report.findings.map((f) => `${f.code}@${f.location.cell}`);

describe('"Khối lượng" beside "Kinh phí (triệu đồng)"', () => {
  it('is the count of the row\'s ĐVT, the other column money: no finding on a consistent annex', async () => {
    expect(await codes(await form('tuyen-quang.xlsx', 'Khối lượng'))).toEqual([]);
  });

  it('finds a money figure typed wrong, once, and a percentage typed wrong at it', async () => {
    expect(await codes(await form('tq-loi-tien.xlsx', 'Khối lượng', ['F11', 410]))).toEqual(['figure-total-ratios-mismatch@F11']);
    expect(await codes(await form('tq-loi-pct.xlsx', 'Khối lượng', ['G9', 39]))).toEqual(['percent-of-plan-mismatch@G9']);
  });

  it('never checks "Tỷ lệ kinh phí (%)" against counts when it cannot tell the money columns from the count ones', async () => {
    const found = await codes(await form('tq-unknown-word.xlsx', 'Chỉ tiêu giao'));
    expect(found.filter((c) => c.startsWith('percent-of-plan'))).toEqual([]);
    expect(found.filter((c) => c.startsWith('reading-uncertain'))).toHaveLength(1);
    expect(found.some((c) => c.split('@')[0] === 'sum-mismatch')).toBe(false);
  });
});
