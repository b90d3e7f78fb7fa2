import { describe, expect, it } from 'vitest';
import { formatDec } from '../../src/ledger/money.js';
import { normaliseTable } from '../helpers.js';

// MOF Plan 2006 and 2011, sheet M09: two unit lines side by side above the header, at its right
// edge, "Triệu đồng - Million dong" and "Đơn vị: Triệu đồng.".
const TABLE = [
  ['DỰ TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ NĂM 2006', '', '', '', ''],
  ['', '', '', 'Triệu đồng - Million dong', 'Đơn vị: Triệu đồng.'],
  ['STT\nNo', 'Tỉnh, thành phố\nName of provinces', 'Tổng thu NSNN trên địa bàn', 'Tổng chi cân đối ngân sách địa phương', 'Bổ sung cân đối'],
  ['', 'TỔNG SỐ', '1000', '800', '300'],
  ['1', 'Hà Giang', '400', '500', '200'],
  ['2', 'Tuyên Quang', '600', '300', '100'],
];

describe('unit lines side by side above the header', () => {
  it('are the table\'s unit, not a header row: figures in millions, no unit-unstated', async () => {
    const { entries, findings } = await normaliseTable(TABLE, { file: 'plan-2006.csv', sheet: 'Sheet1' });
    expect(findings.map((f) => f.code)).not.toContain('unit-unstated');
    const total = entries.find((e) => e.source.cell === 'C4')!;
    expect(formatDec(total.amount)).toBe('1000000000');
    expect(total.unit).toBe('VND');
  });
});
