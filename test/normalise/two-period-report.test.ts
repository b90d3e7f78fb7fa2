import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { readTitleFacts } from '../../src/layout/title-facts.js';
import { formatDec } from '../../src/ledger/money.js';

const dir = mkdtempSync(join(tmpdir(), 'br-two-period-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A province's CSV as an office writes it: one table for "năm 2017 và 6 tháng đầu năm 2018",
 * the year's plan under the half-year's group ("Kế hoạch năm"), a span column "Giai đoạn
 * 2014 - 2018", Vietnamese thousands dots only on the figures of four digits or more.
 */
function laoCai(grandActual2018: string): string {
  const rows = [
    ['SỞ CÔNG THƯƠNG TỈNH LÀO CAI', '', '', '', '', '', ''],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2017 VÀ 6 THÁNG ĐẦU NĂM 2018', '', '', '', '', '', ''],
    ['', '', '', '', '', '', 'ĐVT: Tr.đồng'],
    ['TT', 'Nội dung', 'Năm 2017', '', '6 tháng đầu năm 2018', '', 'Giai đoạn 2014 - 2018'],
    ['', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch năm', 'Thực hiện', 'Thực hiện'],
    ['I', 'Khuyến công quốc gia', '1.200', '1.150', '1.300', '600', '5.600'],
    ['1', 'Đào tạo nghề', '400', '380', '500', '200', '1.900'],
    ['2', 'Mô hình trình diễn', '800', '770', '800', '400', '3.700'],
    ['II', 'Khuyến công địa phương', '2.000', '1.950', '2.100', '900', '9.000'],
    ['1', 'Hỗ trợ máy móc thiết bị', '1.500', '1.450', '1.600', '700', '6.800'],
    ['2', 'Hội chợ triển lãm', '500', '500', '500', '200', '2.200'],
    ['', 'Tổng cộng (I+II)', '3.200', '3.100', '3.400', grandActual2018, '14.600'],
  ];
  const path = join(dir, `Lao Cai BC KC ${grandActual2018}.csv`);
  writeFileSync(path, rows.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c}"` : c)).join(',')).join('\n'));
  return path;
}

const key = (e: { measure: string; year: number; yearTo?: number | undefined; period: string }) => `${e.measure} ${e.year}${e.yearTo ? `-${e.yearTo}` : ''} ${e.period}`;

describe('a report of a whole year and the months of the next, in one table', () => {
  it('reads the title as a report of the later year that names the earlier one whole', () => {
    const t = readTitleFacts(['BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC KHUYẾN CÔNG NĂM 2017 VÀ 6 THÁNG ĐẦU NĂM 2018'], 'x.csv');
    expect(t.year).toBe(2018);
    expect(t.wholeYears).toEqual([2017]);
    // Two years that are not "năm X và …": no year is declared whole.
    expect(readTitleFacts(['BÁO CÁO 6 THÁNG 2017 VÀ 6 THÁNG ĐẦU NĂM 2018'], 'x.csv').wholeYears).toBeUndefined();
  });

  it('gives no finding on the consistent form, and each column its year and months', async () => {
    const { report, ledger } = await reconcile([laoCai('1.500')]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
    const grand = ledger.entries.filter((e) => e.level === 'total');
    const periods = new Map(grand.map((e) => [e.source.column, key(e)]));
    const col = (letter: string) => periods.get(letter.charCodeAt(0) - 64);
    // A grand total read in each column, in đồng: the dots are thousands, the unit millions.
    expect(grand.map((e) => formatDec(e.amount)).sort()).toEqual(['1500000000', '14600000000', '3100000000', '3200000000', '3400000000'].sort());
    expect(col('C')).toMatch(/^plan 2017 /);
    expect(col('D')).toMatch(/^actual 2017 /);
    expect(col('E')).toMatch(/^plan 2018 /);
    expect(col('F')).toMatch(/^actual 2018 /);
    expect(col('G')).toMatch(/^actual 2014-2018 /);
    // 2017's actual is the whole year, like every plan; 2018's actual is its first six months.
    expect([col('C'), col('D'), col('E'), col('F')]).toEqual(['plan 2017 01-12', 'actual 2017 01-12', 'plan 2018 01-12', 'actual 2018 01-06']);
  });

  it('finds exactly the one seeded fault in its twin', async () => {
    const { report } = await reconcile([laoCai('1.600')]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@F12']);
  });
});
