import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { writeForm } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'br-projects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// TT | Tên đề án | Đơn vị thụ hưởng | Địa điểm thực hiện | Tổng kinh phí | Trong đó: hỗ trợ | đối ứng
const PROJECTS: (string | number)[][] = [
  ['1', 'Hỗ trợ ứng dụng máy móc thiết bị trong chế biến gỗ', 'Công ty TNHH Gỗ Hương Sơn', 'Huyện Hương Sơn', 820, 300, 520],
  ['2', 'Hỗ trợ ứng dụng máy móc thiết bị sản xuất gạch không nung', 'HTX Xây dựng Thạch Hà', 'Huyện Thạch Hà', 1150, 350, 800],
  ['3', 'Đào tạo nghề mây tre đan xuất khẩu', 'Trung tâm Khuyến công', 'Huyện Can Lộc', 180, 180, 0],
  ['4', 'Xây dựng mô hình trình diễn kỹ thuật chế biến hải sản', 'Cơ sở Chế biến Thạch Kim', 'Huyện Lộc Hà', 1400, 500, 900],
  ['5', 'Tổ chức hội chợ hàng công nghiệp nông thôn tiêu biểu', 'Trung tâm Khuyến công', 'TP Hà Tĩnh', 250, 250, '-'],
  ['', 'Tổng cộng', '', '', 3800, 1580, 2220],
];

/** A Hà Tĩnh list of approved projects: text columns whose headers hold measure words, a "Tổng kinh phí" with no measure, a "Trong đó" group. */
async function list(name: string, typo?: [string, number]): Promise<string> {
  return writeForm(join(dir, name), {
    sheet: 'Biểu 02',
    titles: { A1: 'UBND TỈNH HÀ TĨNH', A2: 'SỞ CÔNG THƯƠNG', A3: 'DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG THỰC HIỆN NĂM 2024', G5: 'ĐVT: triệu đồng' },
    header: {
      6: ['TT', 'Tên đề án', 'Đơn vị thụ hưởng', 'Địa điểm thực hiện', 'Tổng kinh phí', 'Trong đó', ''],
      7: ['', '', '', '', '', 'Kinh phí khuyến công hỗ trợ', 'Vốn đối ứng của cơ sở'],
    },
    merges: ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:E7', 'F6:G6'],
    lines: PROJECTS, firstLine: 8, cells: typo ? { [typo[0]]: typo[1] } : {},
  });
}

const errors = async (path: string) => (await reconcile([path])).report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`);

describe('a list of approved projects', () => {
  it('reads the plan from "DANH MỤC ĐỀ ÁN", ignores the place names under "Địa điểm thực hiện": no error or warning', async () => {
    const r = await reconcile([await list('ha-tinh.xlsx')]);
    expect(r.report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toContain('column-ignored@D7');
    const total = r.ledger.entries.find((e) => e.source.cell === 'E13');
    expect(total).toMatchObject({ measure: 'plan', year: 2024, program: 'KCDP' });
  });

  it('finds one supported amount typed wrong as one finding at it: its column total and its row\'s "Trong đó" both mended by it', async () => {
    expect(await errors(await list('ha-tinh-loi.xlsx', ['F9', 530]))).toEqual(['figure-mismatch@F9']);
  });

  it('a plain "Kinh phí" column of a form is what its title says, never a value waiting for a measure column', async () => {
    const path = join(dir, 'yen-bai.csv');
    writeFileSync(path, 'SỞ CÔNG THƯƠNG TỈNH YÊN BÁI,,\nBÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2023,,\nSTT,Nội dung,Kinh phí (triệu đồng)\n,Tổng cộng,1000\nI,Khuyến công quốc gia,500\n1,Mô hình trình diễn,500\nII,Khuyến công địa phương,500\n1,Đào tạo nghề,200\n2,Hội chợ,350\n');
    const r = await reconcile([path]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@C7']);
    expect(r.ledger.entries.find((e) => e.source.cell === 'C8')).toMatchObject({ measure: 'actual', year: 2023, unit: 'VND' });
  });
});
