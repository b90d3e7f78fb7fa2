import { describe, expect, it } from 'vitest';
import { normaliseTable } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

const FORM = (done: string, rate: string) => [
  ['SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ', '', '', '', ''],
  ['KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017', '', '', '', ''],
  ['', '', '', '', 'ĐVT: triệu đồng'],
  ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'],
  ['1', 'Đào tạo nghề', '400', done, rate],
  ['2', 'Hỗ trợ máy móc thiết bị', '600', '540', '90,0'],
];

const found = async (table: string[][]) => {
  const r = await normaliseTable(table);
  return [...r.findings, ...runChecks(r.ledger, resolveConfig({}))].map((f) => `${f.code}@${f.location.cell}`);
};

describe('an actual typed wrong, above its plan and missing its percentage', () => {
  it('is one finding, the percentage error that names both figures, not a warning beside it', async () => {
    expect(await found(FORM('360', '90,0'))).toEqual([]);
    expect(await found(FORM('3600', '90,0'))).toEqual(['percent-of-plan-mismatch@E5']);
  });

  it('keeps the warning where the percentage agrees: the actual is really above the plan', async () => {
    expect(await found(FORM('480', '120,0'))).toEqual(['actual-above-plan@D5']);
  });

  it('explain still tests each relation on its own', async () => {
    const r = await normaliseTable(FORM('3600', '90,0'));
    const all = runChecks(r.ledger, resolveConfig({}), undefined, { foldCollateral: false }).map((f) => f.code);
    expect(all).toContain('actual-above-plan');
  });
});

describe('a line actual typed wrong, above its plan, with the total over it missing', () => {
  it('is the one finding at the figure', async () => {
    const table = (fair: string) => [
      ['SỞ CÔNG THƯƠNG TỈNH BẾN TRE', '', '', '', ''],
      ['KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017', '', '', '', ''],
      ['', '', '', '', 'ĐVT: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'],
      ['', 'Tổng cộng', '1000', '960', '96,0'],
      ['1', 'Đào tạo nghề', '700', '660', '94,3'],
      ['2', 'Hội chợ, triển lãm', '300', fair, '100,0'],
    ];
    expect(await found(table('300'))).toEqual([]);
    expect(await found(table('330'))).toEqual(['figure-total-ratios-mismatch@D7']);
  });
});
