import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'br-rounding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, value: number];

/** A MOF-style final-accounts table: one settled column, every figure formatted "#,##0" whatever it stores. */
async function table(name: string, unit: string, lines: Line[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('M08+');
  ws.getCell('A1').value = 'BỘ TÀI CHÍNH';
  ws.getCell('A3').value = 'QUYẾT TOÁN CHI CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2010';
  ws.getCell('C4').value = unit;
  ws.getRow(6).values = ['STT', 'Chỉ tiêu', 'Quyết toán'];
  lines.forEach(([stt, label, value], i) => {
    const r = 7 + i;
    ws.getRow(r).values = [stt, label, value];
    ws.getCell(`C${r}`).numFmt = '#,##0';
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const at = (findings: Array<{ code: string; severity: string; location: { cell?: string } }>) =>
  findings.filter((f) => f.code.startsWith('sum-')).map((f) => `${f.severity} ${f.code} ${f.location.cell}`);

describe('a total that misses its parts by the rounding of its figures', () => {
  it('is reported as a rounding difference (info), not as an error and not in silence', async () => {
    const path = await table('rounded.xlsx', 'Triệu đồng - Millions of dong', [
      ['', 'Tổng số', 2588897],
      // Rounded to whole millions (down) over parts with a decimal: 2,583,897 vs 2,583,897.7.
      ['I', 'Chương trình mục tiêu quốc gia', 2583897],
      ['1', 'Chương trình xoá đói giảm nghèo', 275342.2],
      ['2', 'Chương trình việc làm', 358649],
      ['3', 'CT nước sạch và vệ sinh môi trường nông thôn', 1100106.3],
      ['4', 'Chương trình văn hoá', 849800.2],
      // Whole figures that miss by one million: nothing here is rounded, so an error.
      ['II', 'Chương trình 135', 5000],
      ['1', 'Hỗ trợ sản xuất', 2000],
      ['2', 'Cơ sở hạ tầng', 2999],
    ]);
    const { report } = await reconcile([path]);
    expect(at(report.findings).sort()).toEqual(['error sum-mismatch C13', 'info sum-rounding C8']);
    const rounding = report.findings.find((f) => f.code === 'sum-rounding')!;
    expect(rounding.message).toMatch(/2,583,897 million VND.*2,583,897\.7 million VND.*difference -0\.7 million VND/);
    expect(rounding.related!.map((r) => r.cell)).toEqual(['C9', 'C10', 'C11', 'C12']);
  });

  it('whole parts under a total stored with a decimal it does not show (182,993.5 shown "182,994")', async () => {
    const path = await table('half.xlsx', 'Tỷ đồng - Billions of dong', [
      ['I', 'Thu nội địa', 182993.5],
      ['1', 'Thu từ doanh nghiệp nhà nước', 50180],
      ['2', 'Thu từ DN có vốn đầu tư nước ngoài', 32274],
      ['3', 'Các khoản thu về nhà đất', 100539],
    ]);
    const { report } = await reconcile([path]);
    expect(at(report.findings)).toEqual(['info sum-rounding C7']);
  });

  it('is silent on a gap below the shown digits in figures stored to six decimals: no rounding explains it', async () => {
    const path = await table('fractional.xlsx', 'Triệu đồng - Millions of dong', [
      ['I', 'Chi hỗ trợ', 1000.123456],
      ['1', 'Bộ Nội vụ', 600.004321],
      ['2', 'Bộ Tư pháp', 400.004135],
    ]);
    const { report } = await reconcile([path]);
    expect(at(report.findings)).toEqual([]);
  });

  it('is silent where the parts add up to the total but for the float resolution of Excel\'s 15 digits', async () => {
    const path = await table('float.xlsx', 'Triệu đồng - Millions of dong', [
      ['I', 'Bổ sung có mục tiêu', 102204750.056301],
      // Stored to 15 significant digits each: 0.25 đồng apart, below one unit of the 15th digit.
      ['1', 'Vùng 1', 100000000],
      ['2', 'Vùng 2', 2204750.05630125],
    ]);
    const { report } = await reconcile([path]);
    expect(at(report.findings)).toEqual([]);
  });
});
