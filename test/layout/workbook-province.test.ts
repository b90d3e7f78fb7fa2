import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-workbook-province-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A report sheet whose letterhead names `province` (or nothing), its lines summed into a total. */
function form(wb: ExcelJS.Workbook, name: string, province: string | undefined, title: string): void {
  const ws = wb.addWorksheet(name);
  if (province) ws.getCell('A1').value = `UBND TỈNH ${province}\nSỞ CÔNG THƯƠNG`;
  ws.getCell('A3').value = title;
  ws.getCell('D4').value = 'ĐVT: triệu đồng';
  ws.getRow(5).values = ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện'];
  ws.getRow(6).values = ['1', 'Đào tạo nghề', 400, 380];
  ws.getRow(7).values = ['2', 'Hỗ trợ máy móc thiết bị', 600, 590];
  ws.getRow(8).values = [null, 'Tổng cộng', 1000, 970];
}

/** A list of projects after the report, naming no province: "Phụ lục: danh mục đề án". */
function annex(wb: ExcelJS.Workbook, name: string, options: { unitLine?: boolean; total?: number } = {}): void {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'PHỤ LỤC: DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2017';
  if (options.unitLine !== false) ws.getCell('A2').value = 'Đơn vị tính: triệu đồng';
  ws.getRow(3).values = ['TT', 'Tên đề án', 'Kinh phí hỗ trợ'];
  ws.getRow(4).values = ['1', 'Đào tạo nghề mây tre đan', 400];
  ws.getRow(5).values = ['2', 'Hỗ trợ máy chế biến gỗ', 650];
  ws.getRow(6).values = [null, 'Tổng cộng', options.total ?? 1050];
}

async function write(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const provinceOf = (r: Awaited<ReturnType<typeof reconcile>>, sheet: string) => r.inspections[0]!.sheets.find((s) => s.sheet === sheet)!.layout!.decisions.province;
const codesOf = (r: Awaited<ReturnType<typeof reconcile>>) => r.report.findings.map((f) => `${f.code}@${f.location.sheet ?? ''}`);

describe('a workbook names its province once', () => {
  it('an annex after the report is the same province, said certain with the sheet that names it', async () => {
    const path = await write('bao-cao-2017.xlsx', (wb) => {
      form(wb, 'Báo cáo', 'QUẢNG TRỊ', 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017');
      annex(wb, 'Phụ lục 2017');
    });
    const r = await reconcile([path]);
    expect(codesOf(r)).toEqual([]);
    const d = provinceOf(r, 'Phụ lục 2017');
    expect(d.value?.name).toBe('Quảng Trị');
    expect(d.certainty).toBe('certain');
    expect(d.evidence).toEqual({ key: 'from-other-sheet', values: { sheet: 'Báo cáo' } });
    expect(new Set(r.ledger.entries.map((e) => e.province))).toEqual(new Set(['Quảng Trị']));
  });

  it('an annex without a unit line is in the unit the report states, weakly: its own sums still checked', async () => {
    const build = (total: number) => (wb: ExcelJS.Workbook) => {
      form(wb, 'Báo cáo', 'QUẢNG TRỊ', 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017');
      annex(wb, 'Phụ lục', { unitLine: false, total });
    };
    const ok = await reconcile([await write('khong-dvt.xlsx', build(1050))]);
    expect(codesOf(ok)).toEqual([]);
    const d = ok.inspections[0]!.sheets.find((s) => s.sheet === 'Phụ lục')!.layout!.decisions.unit;
    expect(d.value).toMatchObject({ kind: 'money', exponent: 6 });
    expect(d.certainty).toBe('weak');
    expect(d.evidence).toEqual({ key: 'from-other-sheet', values: { sheet: 'Báo cáo' } });
    const bad = await reconcile([await write('khong-dvt-loi.xlsx', build(1150))]);
    expect(bad.report.findings.map((f) => `${f.code}@${f.location.sheet}!${f.location.cell}`)).toEqual(['sum-mismatch@Phụ lục!C6']);
  });

  it('takes nothing where the sheets before name several provinces, or where the annex comes first', async () => {
    const two = await reconcile([await write('hai-tinh.xlsx', (wb) => {
      form(wb, 'Quảng Trị', 'QUẢNG TRỊ', 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017');
      form(wb, 'Quảng Bình', 'QUẢNG BÌNH', 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017');
      annex(wb, 'Phụ lục');
    })]);
    expect(codesOf(two)).toEqual(['province-missing@Phụ lục']);
    expect(provinceOf(two, 'Quảng Bình').value?.name).toBe('Quảng Bình');
    const first = await reconcile([await write('phu-luc-truoc.xlsx', (wb) => {
      annex(wb, 'Phụ lục');
      form(wb, 'Báo cáo', 'QUẢNG TRỊ', 'KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG NĂM 2017');
    })]);
    expect(codesOf(first)).toEqual(['province-missing@Phụ lục']);
  });
});
