import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-quarter-months-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A province's report of the third quarter that states the nine months to date beside it. */
const NGHE_AN = `SỞ CÔNG THƯƠNG NGHỆ AN,,,,
BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG QUÝ III NĂM 2024,,,,
,,,,Đơn vị tính: triệu đồng
STT,Nội dung,KH năm 2024,Thực hiện quý III năm 2024,Lũy kế 9 tháng năm 2024
,Tổng kinh phí,5000,1500,3500
I,Khuyến công quốc gia,2000,600,1500
II,Khuyến công địa phương,3000,900,2000
`;
const form = (province: string, plan: [number, number], done: [number, number]) => `SỞ CÔNG THƯƠNG ${province.toUpperCase()},,,
BÁO CÁO KẾT QUẢ CÔNG TÁC KHUYẾN CÔNG 9 THÁNG NĂM 2024,,,
,,,ĐVT: triệu đồng
STT,Nội dung,KH năm 2024,TH 9 tháng năm 2024
,Tổng số,${plan[0] + plan[1]},${done[0] + done[1]}
I,Khuyến công quốc gia,${plan[0]},${done[0]}
II,Khuyến công địa phương,${plan[1]},${done[1]}
`;
const summary = (ngheAnDone: number) => `CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG,,,,
TỔNG HỢP KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024 CÁC TỈNH BẮC TRUNG BỘ,,,,
,,,,Đơn vị: triệu đồng
STT,"Tỉnh, thành phố",Kế hoạch năm 2024,Thực hiện 9 tháng năm 2024 KCQG,Thực hiện 9 tháng năm 2024 KCĐP
1,Thanh Hóa,3200,500,900
2,Nghệ An,5000,1500,${ngheAnDone}
3,Hà Tĩnh,4100,1200,1670
`;

function region(name: string, ngheAnDone: number): string[] {
  const files: Array<[string, string]> = [
    ['tong-hop.csv', summary(ngheAnDone)], ['nghe-an-quy-3.csv', NGHE_AN],
    ['thanh-hoa.csv', form('Thanh Hóa', [1200, 2000], [500, 900])], ['ha-tinh.csv', form('Hà Tĩnh', [1500, 2600], [1200, 1670])],
  ];
  return files.map(([f, text]) => {
    const path = join(dir, `${name}-${f}`);
    writeFileSync(path, text);
    return path;
  });
}

describe('a quarter\'s report that states the months to date', () => {
  it('is the province\'s report of those months for a summary of them: no report missing', async () => {
    const r = await reconcile(region('ok', 2000));
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
  });

  it('is compared with the summary on them, the finding naming the programme of the row', async () => {
    const r = await reconcile(region('loi', 2100));
    const found = r.report.findings.map((f) => `${f.code}@${f.location.cell}`);
    expect(found).toEqual(['agreement-mismatch@E6']);
    expect(r.report.findings[0]!.message).toMatch(/^Nghệ An, KCĐP total, actual 9 months of 2024 is 2,100 million VND here but 2,000 million VND/);
  });
});
