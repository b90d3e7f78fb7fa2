import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable } from '../helpers.js';

const where = (fs: Array<{ code: string; location: { cell?: string } }>) => fs.map((f) => `${f.code}@${f.location.cell ?? ''}`);

describe('reading findings, each at its place', () => {
  it('column-ignored, unit-unknown, value-unknown', async () => {
    const { findings } = await normaliseTable([
      ['Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Nội dung', 'ĐVT', 'Kế hoạch', 'Người nhập'],
      ['Hà Nội', '2024', 'Năm', 'KCQG', 'Đào tạo nghề', 'kg', '10', 'Lan'],
      ['Hà Nội', '2024', 'Năm', 'Trung ương?', 'Tư vấn', 'người', '10', 'Lan'],
      ['Hà Nội', '2024', 'Năm', 'KCQG', 'Hội chợ', 'người', '12', 'Lan'],
    ]);
    expect(where(findings)).toEqual(['column-ignored@H1', 'unit-unknown@F2', 'value-unknown@D3']);
  });

  it('period-missing and year-missing when nothing states them; silent when the title does', async () => {
    const head = ['Tỉnh', 'Nội dung', 'Thực hiện (triệu đồng)'];
    // A period column left blank on a row, in a report that names no period elsewhere.
    expect(where((await normaliseTable([['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Thực hiện (triệu đồng)'], ['Hà Nội', '2024', '9 tháng', 'Tư vấn', '10'], ['Hà Nội', '2024', '', 'Đào tạo nghề', '12']])).findings)).toEqual(['period-missing@E3']);
    // A year and no months in the title: an annual report.
    expect((await normaliseTable([['BÁO CÁO KHUYẾN CÔNG NĂM 2024'], head, ['Hà Nội', 'Đào tạo nghề', '12']])).entries[0]?.period).toBe('01-12');
    expect(where((await normaliseTable([head, ['Hà Nội', 'Đào tạo nghề', '12']])).findings)).toEqual(['year-missing@A2', 'file-empty@']);
    expect((await normaliseTable([['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'], head, ['Hà Nội', 'Đào tạo nghề', '12']])).findings).toEqual([]);
  });

  it('province-missing for a form that names no province; row-unlabelled for figures with no label', async () => {
    const { findings } = await normaliseTable([
      ['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng'],
      ['1', 'Đào tạo nghề', '1200', '600'],
      ['', '', '', '61'],
    ], { file: 'bao-cao.csv' });
    expect(where(findings)).toEqual(['province-missing@', 'row-unlabelled@D5']);
  });

  it('province-other-list: an old province named in a report after 1 July 2025', async () => {
    const { findings, entries } = await normaliseTable([['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Thực hiện (triệu đồng)'], ['Yên Bái', '2025', '9 tháng', 'Đào tạo nghề', '12'], ['Lào Cai', '2025', '9 tháng', 'Đào tạo nghề', '15']]);
    expect(where(findings)).toEqual(['province-other-list@A2']);
    expect(entries.map((e) => `${e.provinceList}:${e.provinceCode} ${e.province}`)).toEqual(['63:15 Yên Bái', '34:15 Lào Cai']);
  });

  it('formula-no-value: a formula saved without its result is never a zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-codes-'));
    const file = join(dir, 'nghe-an-2024-9thang.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC');
    ws.addRow(['UBND TỈNH NGHỆ AN']);
    ws.addRow(['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024']);
    ws.addRow(['Đơn vị tính: triệu đồng']);
    ws.addRow(['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng']);
    ws.addRow([1, 'Đào tạo nghề', 1200, 600]);
    ws.addRow([2, 'Tư vấn', 800, 300]);
    ws.addRow(['', 'Tổng cộng', { formula: 'SUM(C5:C6)' }, { formula: 'SUM(D5:D6)', result: 900 }]);
    await wb.xlsx.writeFile(file);
    const { report } = await reconcile([file]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['formula-no-value@C7']);
  });
});

describe('counts', () => {
  it('"166 đề án = 150 (tỉnh) + 16 (quốc gia)" holds; 167 does not', async () => {
    const form = (n: string) => [
      ['UBND TỈNH NGHỆ AN'], ['BÁO CÁO KHUYẾN CÔNG NĂM 2018'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2018'],
      ['1', 'Số đề án khuyến công', 'đề án', n],
      ['-', 'Đề án khuyến công địa phương', 'đề án', '150'],
      ['-', 'Đề án khuyến công quốc gia', 'đề án', '16'],
    ];
    expect(runChecks((await normaliseTable(form('166'))).ledger, resolveConfig())).toEqual([]);
    expect(where(runChecks((await normaliseTable(form('167'))).ledger, resolveConfig()))).toEqual(['sum-mismatch@D4']);
  });
});
