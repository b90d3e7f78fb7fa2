import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { writeForm } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'br-ratio-col-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A MOF-style table of provinces with a last column of ratios headed without "%" or "tỷ lệ"
// ("Chi/Thu (lần)": expenditure over revenue, 2 decimals). Its figures never add up down the
// regions, every total far below its parts: a rate, not amounts. One warning, no error; the
// money columns beside it are still checked.
async function table(name: string, haiDuongSpending: number): Promise<string> {
  const lines: (string | number)[][] = [
    ['', 'TỔNG SỐ', 27600, 26500, 0.96],
    ['I', 'ĐỒNG BẰNG SÔNG HỒNG', 15300, 10900, 0.71],
    ['1', 'HÀ NỘI', 12000, 8000, 0.67],
    ['2', 'HẢI DƯƠNG', 3300, haiDuongSpending, 0.88],
    ['II', 'ĐỒNG BẰNG SÔNG CỬU LONG', 12300, 15600, 1.27],
    ['3', 'CẦN THƠ', 4100, 3500, 0.85],
    ['4', 'AN GIANG', 3700, 3800, 1.03],
    ['5', 'KIÊN GIANG', 4500, 8300, 1.84],
  ];
  return writeForm(join(dir, name), {
    sheet: 'M09',
    titles: { A1: 'BỘ TÀI CHÍNH', A3: 'DỰ TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2009', D5: 'Đơn vị: Triệu đồng' },
    header: { 6: ['STT', 'TÊN TỈNH, THÀNH PHỐ', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 'TỔNG CHI CÂN ĐỐI NSĐP', 'Chi/Thu (lần)'] },
    merges: [],
    lines,
    firstLine: 7,
  });
}

describe('a column of ratios headed without "%" or "tỷ lệ"', () => {
  it('is not summed as money: one reading-uncertain warning at it, no error', async () => {
    const { report } = await reconcile([await table('ratios.xlsx', 2900)]);
    const notInfo = report.findings.filter((f) => f.severity !== 'info');
    expect(notInfo.map((f) => `${f.severity} ${f.code} ${f.location.cell}`)).toEqual(['warning reading-uncertain E7']);
  });

  it('and a spending figure typed wrong beside it is still an error', async () => {
    const { report } = await reconcile([await table('ratios-fault.xlsx', 3900)]);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.location.cell}`);
    expect(errors).toEqual(['sum-mismatch D8']);
  });
});
