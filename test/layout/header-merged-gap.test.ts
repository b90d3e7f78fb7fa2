import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { writeForm } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'br-header-gap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A MOF table of provinces whose header has an empty row between its two lines, the STT, name and
// single columns merged down over it (row 7 holds nothing of its own): one header, not a title
// above a header of three sub-columns.
async function table(name: string, hanoiTarget: number): Promise<string> {
  return writeForm(join(dir, name), {
    sheet: 'M09',
    titles: { A1: 'BỘ TÀI CHÍNH', A3: 'QUYẾT TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2009', F4: 'Đơn vị tính: Triệu đồng' },
    header: {
      6: ['STT', 'TÊN TỈNH, THÀNH PHỐ', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 'TỔNG CHI CÂN ĐỐI NSĐP', 'BỔ SUNG TỪ NSTW CHO NSĐP', '', ''],
      8: ['', '', '', '', 'TỔNG SỐ', 'BỔ SUNG CÂN ĐỐI', 'BỔ SUNG CÓ MỤC TIÊU'],
    },
    merges: ['A6:A8', 'B6:B8', 'C6:C8', 'D6:D8', 'E6:G7'],
    lines: [
      ['', 'TỔNG SỐ', 27600, 26500, 12100, 7000, 5100],
      ['I', 'ĐỒNG BẰNG SÔNG HỒNG', 15300, 10900, 2400, 1000, 1400],
      ['1', 'HÀ NỘI', 12000, 8000, 500, 0, 500],
      ['2', 'HẢI DƯƠNG', 3300, 2900, 1900, 1000, 900],
      ['II', 'ĐỒNG BẰNG SÔNG CỬU LONG', 12300, 15600, 9700, 6000, 3700],
      ['3', 'CẦN THƠ', 4100, 3500, 1800, 1000, 800],
      ['4', 'AN GIANG', 8200, 12100, 7900, 5000, 2900],
    ].map((l) => (l[1] === 'HÀ NỘI' ? [...l.slice(0, 6), hanoiTarget] : l)),
    firstLine: 9,
  });
}

describe('a header with an empty row that merged cells run across', () => {
  it('is read as one header: the columns and their sums hold, no error', async () => {
    const { report, ledger } = await reconcile([await table('gap.xlsx', 500)]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell ?? ''}`)).toEqual([]);
    expect(ledger.entries.filter((e) => e.province === 'Hà Nội').length).toBe(5);
  });

  it('and a figure typed wrong in it is found', async () => {
    const { report } = await reconcile([await table('gap-fault.xlsx', 600)]);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => [f.location, ...f.related].some((l) => l.cell === 'G11'))).toBe(true);
  });
});
