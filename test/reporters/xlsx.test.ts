import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { renderXlsx } from '../../src/reporters/xlsx.js';
import { renderText } from '../../src/reporters/text.js';

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('summary workbook', () => {
  it('holds totals by province × programme as numbers, with % of plan as a live formula and its cached value', async () => {
    const { report } = await reconcile(['fixtures/long/region-2024-9thang-vi.csv']);
    const wb = await load(await renderXlsx(report));
    const ws = wb.getWorksheet('Summary')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Year', 'Period', 'Province code', 'Province', 'Programme', 'Plan (million VND)', 'Actual (million VND)', '% of plan', 'Same period last year (million VND)', '% of last year']);
    // Hà Nội's KCQG "Cộng" row of the fixture states plan and actual; the sheet must carry them.
    const hn = [2, 3, 4].map((n) => ws.getRow(n));
    expect(hn.map((r) => [r.getCell(3).value, r.getCell(5).value])).toEqual([['01', 'KCQG'], ['01', 'KCDP'], ['01', 'KCQG + KCĐP']]);
    const plan = hn[0]!.getCell(6), actual = hn[0]!.getCell(7), pct = hn[0]!.getCell(8);
    expect(typeof plan.value).toBe('number');
    expect(plan.numFmt).toBe('#,##0');
    expect(pct.numFmt).toBe('0.0%');
    const f = pct.value as { formula: string; result: number };
    expect(f.formula).toBe('IF(OR(F2="",F2=0,G2=""),"",G2/F2)');
    expect(f.result).toBeCloseTo((actual.value as number) / (plan.value as number), 12);
    // The "cùng kỳ" column of the report is the row's prior-year figure, not a row of its own.
    expect(ws.getColumn(1).values.filter((v) => v === 2023)).toEqual([]);
    const yoy = hn[0]!.getCell(10).value as { formula: string; result: number };
    expect(yoy.result).toBeCloseTo((actual.value as number) / (hn[0]!.getCell(9).value as number), 12);
    // The both-programme row is the sum of the two programme rows.
    expect(hn[2]!.getCell(6).value).toBe((hn[0]!.getCell(6).value as number) + (hn[1]!.getCell(6).value as number));
    // The region's stated total is there too.
    const last = ws.getRow(ws.rowCount);
    expect([last.getCell(4).value, last.getCell(6).value]).toEqual(['Tổng cộng', 652659]);
  });

  it('lists findings with their places, and the files read; in Vietnamese with --lang vi', async () => {
    const { report } = await reconcile(['fixtures/samples/dong-bac-2024-9m-loi.csv'], { lang: 'vi' });
    const wb = await load(await renderXlsx(report));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Phát hiện', 'Tệp']);
    const fs = wb.getWorksheet('Phát hiện')!;
    const row = fs.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(5).value]).toEqual(['error', 'percent-of-plan-mismatch', 'I13']);
    expect(typeof row.getCell(7).value).toBe('number');
    expect(String(row.getCell(6).value)).toContain('kế hoạch');
    expect(wb.getWorksheet('Tệp')!.getRow(2).getCell(4).value).toBe(report.files[0]!.entries);
  });
});

describe('text report', () => {
  it('groups by file and ends with the counts', async () => {
    const { report } = await reconcile(['fixtures/samples']);
    const text = renderText(report, { color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^fixtures\/samples\/bac-bo-2024-9m\.csv {2}\(\d+ figures\)$/);
    expect(lines[1]).toBe('  no findings');
    expect(lines.at(-1)).toMatch(/^3 error\(s\), 0 warning\(s\), 0 info in 2 file\(s\); \d+ figure\(s\) read$/);
  });
});
