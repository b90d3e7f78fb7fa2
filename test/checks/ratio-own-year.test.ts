import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-own-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Bình Định report of a whole year and the next year's first half in one table, semicolons, in thousands of đồng. */
const FORM = `SỞ CÔNG THƯƠNG BÌNH ĐỊNH;;;;;;;
BÁO CÁO TÌNH HÌNH THỰC HIỆN KHUYẾN CÔNG NĂM 2017 VÀ 6 THÁNG ĐẦU NĂM 2018;;;;;;;
;;;;;;;ĐVT: 1.000 đồng
STT;Nội dung;Năm 2017;;;6 tháng đầu năm 2018;;
;;Kế hoạch;Thực hiện;TH/KH (%);Kế hoạch năm;Thực hiện;TH/KH (%)
A;Tổng cộng;3.000.000;2.850.000;95,0;3.200.000;1.280.000;40,0
I;Khuyến công quốc gia;1.000.000;950.000;95,0;1.200.000;480.000;40,0
1;Đào tạo nghề;400.000;380.000;95,0;500.000;200.000;40,0
2;Mô hình trình diễn;600.000;570.000;95,0;700.000;280.000;40,0
II;Khuyến công địa phương;2.000.000;1.900.000;95,0;2.000.000;800.000;40,0
1;Hỗ trợ máy móc thiết bị;1.500.000;1.450.000;96,7;1.400.000;600.000;42,9
2;Hội chợ triển lãm;500.000;450.000;90,0;600.000;200.000;33,3
;Người lập biểu;;;;;Giám đốc;
`;

async function check(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return (await reconcile([path])).report.findings.map((f) => `${f.code}@${f.location.cell}`);
}

describe('a percentage under a year its header names', () => {
  it('is of that year\'s actual and plan, not of the report\'s year: no finding on a consistent table', async () => {
    expect(await check('binh-dinh.csv', FORM)).toEqual([]);
  });

  it('finds the one percentage of the earlier year typed wrong, at it', async () => {
    expect(await check('binh-dinh-loi.csv', FORM.replace(';1.450.000;96,7;', ';1.450.000;69,7;'))).toEqual(['percent-of-plan-mismatch@E11']);
  });
});
