import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-ratio-of-what-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Kiên Giang half-year review with the whole year's estimate ("ƯTH cả năm") and its percentage of plan, one typed wrong. */
const FORM = `UBND TỈNH KIÊN GIANG,,,,,
BÁO CÁO SƠ KẾT CÔNG TÁC KHUYẾN CÔNG 06 THÁNG NĂM 2024 VÀ ƯỚC THỰC HIỆN CẢ NĂM,,,,,
,,,,,ĐVT: Tr.đ
TT,Nội dung,KH 2024,TH 06 tháng,ƯTH cả năm 2024,TH 06 tháng/KH (%),ƯTH/KH (%)
I,KCQG,1000,400,950,"40,0","95,0"
II,KCĐP,1600,500,1560,"31,3","97,5"
1,Đào tạo nghề,300,100,300,"33,3","100,0"
2,Máy móc thiết bị,1000,300,980,"30,0","89,0"
3,Hội chợ,300,100,280,"33,3","93,3"
,Cộng (I+II),2600,900,2510,"34,6","96,5"
`;

describe('a percentage of plan computed from an estimate', () => {
  it('names the estimate, not an actual, in both languages', async () => {
    const path = join(dir, 'kien-giang.csv');
    writeFileSync(path, FORM);
    const r = await reconcile([path]);
    expect(r.report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['percent-of-plan-mismatch@G8']);
    const f = r.report.findings[0]!;
    expect(f.message).toContain('Stated 89.0% of plan, but estimate 980 million VND ÷ plan 1,000 million VND');
    const vi = await reconcile([path], { lang: 'vi' });
    expect(vi.report.findings[0]!.message).toContain('nhưng ước thực hiện 980 triệu đồng ÷ kế hoạch 1.000 triệu đồng');
  });
});
