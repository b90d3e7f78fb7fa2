import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-former-areas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A province merged on 1 July 2025 reports each former province's area as a section, each with both programmes. */
const FORM = `UBND TỈNH QUẢNG TRỊ,,,,
SỞ CÔNG THƯƠNG,,,,
BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2025,,,,
,,,,Đơn vị: triệu đồng
TT,Nội dung,Kế hoạch năm 2025,Thực hiện 9 tháng năm 2025,Tỷ lệ TH/KH (%)
,TỔNG CỘNG (I+II),"6.400","3.870","60,5"
I,Địa bàn tỉnh Quảng Bình (cũ),"3.000","1.950","65,0"
1,Khuyến công quốc gia,"1.200","800","66,7"
2,Khuyến công địa phương,"1.800","1.150","63,9"
II,Địa bàn tỉnh Quảng Trị (cũ),"3.400","1.920","56,5"
1,Khuyến công quốc gia,"1.400","700","50,0"
2,Khuyến công địa phương,"2.000","1.220","61,0"
,,,GIÁM ĐỐC,
`;

async function check(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return reconcile([path]);
}

describe('sections for the areas of the provinces merged into one', () => {
  it('keeps each area\'s programmes apart: no duplicate, each percentage of its own row', async () => {
    const r = await check('quang-tri.csv', FORM);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const kcqg = r.ledger.entries.filter((e) => e.program === 'KCQG' && e.measure === 'plan');
    expect(kcqg.map((e) => e.line)).toEqual(['dia ban tinh quang binh (cu)', 'dia ban tinh quang tri (cu)']);
    expect(kcqg.every((e) => e.provinceCode === '44')).toBe(true);
  });

  it('finds one area\'s line typed wrong, once, at it', async () => {
    const r = await check('quang-tri-loi.csv', FORM.replace('"1.220","61,0"', '"1.320","61,0"'));
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['figure-total-ratios-mismatch@D12']);
  });
});
