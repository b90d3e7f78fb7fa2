import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { renderInspectText } from '../../src/reporters/inspect.js';

/**
 * `inspect` shows every decision of the reading — table, header band, year, period, unit,
 * programme, province, each column, each column's number style, each row's role — with its
 * certainty (certain, weak, conflicting) and its evidence, whatever the kind of table.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const DECISION = /\((certain|weak|conflicting): [^)]/;

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

function file(name: string, rows: string[][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'br-inspect-'));
  const path = join(dir, name);
  writeFileSync(path, csv(rows));
  return path;
}

async function inspect(path: string, lang: 'en' | 'vi' = 'en'): Promise<string> {
  const { report, inspections } = await reconcile([path], { lang });
  return renderInspectText(inspections, report.findings, lang);
}

/** The lines of one sheet that state a decision: the layout's, each column's, each row's. */
function decisionLines(text: string): string[] {
  return text.split('\n').filter((l) => /^ {4}(table|header rows|year|period|unit|programme|province):/.test(l) || /^ {6}\S/.test(l));
}

describe('inspect shows the evidence and the certainty of each decision', () => {
  it('a form: every layout decision, column, number style and row says how sure and why', async () => {
    const text = await inspect(join(ROOT, 'fixtures/forms/exceljs/nghe-an-2024-9thang.xlsx'));
    const lines = decisionLines(text);
    for (const key of ['table', 'header rows', 'year', 'period', 'unit', 'programme', 'province']) expect(lines.some((l) => l.startsWith(`    ${key}:`)), key).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(15);
    for (const l of lines) expect(l, l).toMatch(DECISION);
    // Typed cells have no style to decide, and inspect says so as a decision too.
    expect(text).toMatch(/\[number style \(certain: numeric cells: no style to decide\)\]/);
  });

  it('a unit in conflict, a guessed year and a weak header band are shown as such, with what they rest on', async () => {
    const unit = await inspect(file('nghe-an.csv', [
      ['UBND TỈNH NGHỆ AN'], ['Đơn vị tính: triệu đồng'], ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024'], ['ĐVT: nghìn đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện'], ['', 'Tổng cộng', '1000', '500'], ['1', 'Đào tạo nghề', '600', '300'], ['2', 'Tư vấn', '400', '200'],
    ]));
    expect(unit).toContain('unit: triệu đồng  (conflicting: the first unit line says triệu đồng, another "ĐVT: nghìn đồng")');
    const year = await inspect(file('nghe-an.csv', [
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG - TỈNH NGHỆ AN'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'], ['1', 'Đào tạo nghề', '400', '200'], ['2', 'Tư vấn', '200', '150'],
    ]));
    expect(year).toContain('year: 2024  (weak: from the column headers)');
    const band = await inspect(file('nghe-an.csv', [
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024 - TỈNH NGHỆ AN'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Tỷ lệ (%)'],
      ['I', 'Chương trình địa phương', '', '', '50'], ['1', 'Đào tạo nghề', '400', '200', '50'], ['2', 'Tư vấn', '200', '150', '75'],
    ]));
    expect(band).toMatch(/header rows: 3; merged ranges: 0 {2}\(weak: row 4 was taken as the first data row from one figure/);
  });

  it('a long export: its rows counted by level and by what each level was read from', async () => {
    const path = file('export.csv', [
      ['Tỉnh', 'Năm', 'Kỳ', 'Nội dung', 'Kế hoạch (triệu đồng)'],
      ['Nghệ An', '2024', 'Năm', '', '1000'],
      ['Nghệ An', '2024', 'Năm', 'Đào tạo nghề', '600'],
      ['Nghệ An', '2024', 'Năm', 'Tư vấn', '400'],
      ['Hà Tĩnh', '2024', 'Năm', 'Tổng cộng', '500'],
      ['Hà Tĩnh', '2024', 'Năm', 'Đào tạo nghề', '500'],
    ]);
    const text = await inspect(path);
    expect(text).toMatch(/ {6}total +1 row, first at row 2 +\(certain: it names no line: the total of its province and programme\)/);
    expect(text).toMatch(/ {6}line +3 rows, first at row 3 +\(certain: its label: a line\)/);
    expect(text).toMatch(/ {6}total +1 row, first at row 5 +\(certain: its label names a total\)/);
    for (const l of decisionLines(text)) expect(l, l).toMatch(DECISION);
    // No programme column and none in the title: not "section rows name it", as in a form.
    expect(text).toContain('programme: —  (certain: no programme column and none in the title: each row is both programmes together)');
    // An export with activity codes: its lines are read from them.
    const codes = await inspect(join(ROOT, 'fixtures/long/region-2024-9thang-vi.csv'));
    expect(codes).toMatch(/ {6}line +756 rows, first at row 2 +\(certain: its activity code names a line\)/);
    expect(await inspect(path, 'vi')).toMatch(/ {6}khoản +3 dòng, đầu tiên ở dòng 3 +\(chắc chắn: theo nội dung: một khoản\)/);
  });

  it('a long form: past the first 40 rows, every row whose role is not certain is still shown', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => [String(i + 1), `Hoạt động ${i + 1}`, '10', '5']);
    const rows = [
      ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024 - TỈNH NGHỆ AN'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      ...lines.slice(0, 43), ['', 'Hỗ trợ thêm', '1', '1'], ...lines.slice(43),
    ];
    const text = await inspect(file('nghe-an.csv', rows));
    const unsure = text.split('\n').filter((l) => /Hỗ trợ thêm/.test(l));
    expect(unsure).toHaveLength(1);
    expect(unsure[0]).toMatch(/\((weak|conflicting): /);
    // The certain rows past the 40th are counted, not listed.
    expect(text).not.toMatch(/Hoạt động 45/);
    expect(text).toMatch(/… \d+ more rows/);
  });
});
