import { describe, expect, it } from 'vitest';
import { CATALOG, type CatalogEntry } from '../../src/findings/catalog.js';
import { explainCode } from '../../src/findings/explain.js';
import { sampleMessage, sampleParams } from '../../src/findings/samples.js';
import { renderAmount, renderPeriod } from '../../src/findings/render-params.js';
import { englishWords } from '../english-words.js';

const codes = Object.keys(CATALOG);

describe('Vietnamese throughout', () => {
  it('has sample params for every catalog code (add one in src/findings/samples.ts for a new code)', () => {
    expect(codes.filter((c) => !sampleParams(c))).toEqual([]);
  });

  it('renders every code in both languages, every placeholder filled, Vietnamese in NFC with no English word', () => {
    for (const code of codes) {
      const en = sampleMessage(code, 'en');
      const vi = sampleMessage(code, 'vi');
      expect(en, code).not.toMatch(/\{\w+\}/);
      expect(vi, code).not.toMatch(/\{\w+\}/);
      expect(vi, code).toBe(vi.normalize('NFC'));
      expect(englishWords(vi), `${code}: ${vi}`).toEqual([]);
      const e = (CATALOG as Record<string, CatalogEntry>)[code]!;
      expect(englishWords(`${e.title.vi} ${e.description.vi}`), code).toEqual([]);
      expect(englishWords(explainCode(code, 'vi')!.replaceAll(code, '')), code).toEqual([]);
    }
  });

  it('the detector itself finds the English fragments the checks used to pass', () => {
    expect(englishWords('Row "KHUYẾN CÔNG QUỐC GIA" là 4.761.000.000 VND … compared exactly')).toEqual(['row', 'vnd', 'compared', 'exactly']);
  });

  it('shows amounts in the unit of the report, grouped as accountants write them', () => {
    const tr = (value: string) => ({ kind: 'amount' as const, value, unit: 'VND', precision: 6 });
    expect(renderAmount(tr('1499000000'), 'vi')).toBe('1.499 triệu đồng');
    expect(renderAmount(tr('1499000000'), 'en')).toBe('1,499 million VND');
    expect(renderAmount(tr('1500000'), 'vi', 6)).toBe('1,5 triệu đồng (1.500.000 đồng)');
    expect(renderAmount({ kind: 'amount', value: '3500000', unit: 'VND', precision: 0 }, 'vi')).toBe('3.500.000 đồng');
    expect(renderAmount({ kind: 'amount', value: '12', unit: 'người', precision: 0 }, 'vi')).toBe('12 người');
  });

  it('writes periods in words', () => {
    expect(renderPeriod({ kind: 'period', period: '01-09', year: 2024 }, 'vi')).toBe('9 tháng năm 2024');
    expect(renderPeriod({ kind: 'period', period: '01-09', year: 2024 }, 'en')).toBe('9 months of 2024');
    expect(renderPeriod({ kind: 'period', period: '01-12', year: 2024 }, 'vi')).toBe('năm 2024');
    expect(renderPeriod({ kind: 'period', period: '07-09', year: 2024 }, 'vi')).toBe('quý III năm 2024');
    expect(renderPeriod({ kind: 'period', period: '10-10', year: 2024 }, 'vi')).toBe('tháng 10 năm 2024');
    expect(renderPeriod({ kind: 'period', period: '10-10', year: 2024 }, 'en')).toBe('October 2024');
  });

  it('reads naturally: stated, computed with its operands, the accepted range, the difference', () => {
    expect(sampleMessage('percent-of-plan-mismatch', 'vi')).toBe(
      'Ghi đạt 53,4% kế hoạch, nhưng thực hiện 46.022 triệu đồng ÷ kế hoạch 130.005 triệu đồng × 100 = 35,400%; với số chữ số đã ghi, chấp nhận từ 53,35% đến 53,45%; chênh lệch -18,000 điểm phần trăm',
    );
    expect(sampleMessage('sum-mismatch', 'vi')).toBe(
      'Dòng "KHUYẾN CÔNG QUỐC GIA" (thực hiện 9 tháng năm 2024) ghi 4.761 triệu đồng, nhưng cộng 4 khoản chi tiết được 4.760 triệu đồng: chênh lệch 1 triệu đồng; so sánh chính xác',
    );
  });
});

describe('reader reasons in Vietnamese', () => {
  it('every reason a reader gives is said in Vietnamese, technical detail quoted', async () => {
    const { readerParams } = await import('../../src/findings/params.js');
    const { renderMessage } = await import('../../src/findings/build-report.js');
    const reasons = [
      'password-protected Excel 97-2003 workbook: remove the password and save it again',
      'damaged .xlsx: 3:1: text data outside of root node.',
      'damaged Word document (Corrupted zip: missing 12 bytes.)',
      'worksheet "Báo cáo" is missing from the package (no part xl/worksheets/sheet2.xml)',
      'an HTML file with no table in it',
      'the Word document holds no table',
      'XML part xl/workbook.xml declares a DTD or entities, which Office packages never do (entity expansion); not read',
      'damaged zip package: invalid central directory',
      'damaged: only 12 bytes, shorter than an Excel 97-2003 header',
      'an OLE2 file that holds no workbook',
      'not a spreadsheet: its first bytes match no workbook format (named .xls)',
      'damaged zip package (end of central directory not found)',
      'row 12: Invalid string length',
      'not a spreadsheet package: it has no workbook part',
    ];
    for (const reason of reasons) {
      const params = readerParams({ reason });
      const vi = renderMessage({ code: 'file-unreadable', params } as never, 'vi');
      expect(englishWords(vi), vi).toEqual([]);
      expect(renderMessage({ code: 'file-unreadable', params } as never, 'en')).not.toMatch(/\{\w+\}/);
    }
  });
});
