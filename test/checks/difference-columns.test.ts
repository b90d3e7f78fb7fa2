import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { renderInspectText } from '../../src/reporters/inspect.js';

const dir = mkdtempSync(join(tmpdir(), 'br-difference-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = [stt: string, label: string, ...figures: number[]];

// Rows 6–12: total, I, two lines, II, two lines; C − D = E on every row.
const LINES: Line[] = [
  ['', 'Tổng cộng', 3000, 2300, 700],
  ['I', 'Khuyến công quốc gia', 1000, 800, 200],
  ['1', 'Đào tạo nghề', 300, 250, 50],
  ['2', 'Mô hình trình diễn', 700, 550, 150],
  ['II', 'Khuyến công địa phương', 2000, 1500, 500],
  ['1', 'Hỗ trợ máy móc thiết bị', 1200, 1000, 200],
  ['2', 'Hội chợ triển lãm', 800, 500, 300],
];

interface Form {
  headers: [string, string, string];
  numbering?: string[];
  /** Row (as without a numbering row) and column (C, D, E) of a figure typed wrong, and what it says. */
  fault?: [row: number, col: 'C' | 'D' | 'E', value: number];
  more?: Array<[row: number, col: 'C' | 'D' | 'E', value: number]>;
}

/** A Hà Nam 9-month form: this year's actual, last year's, and a column worked out from the two. */
async function form(name: string, f: Form): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 01');
  ws.getCell('A1').value = 'UBND TỈNH HÀ NAM';
  ws.getCell('A2').value = 'SỞ CÔNG THƯƠNG';
  ws.getCell('A3').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024';
  ws.getCell('E4').value = 'Đơn vị tính: triệu đồng';
  ws.getRow(5).values = ['STT', 'Nội dung', ...f.headers];
  let r = 6;
  if (f.numbering) ws.getRow(r++).values = f.numbering;
  const first = r;
  for (const [stt, label, ...figures] of LINES) ws.getRow(r++).values = [stt, label, ...figures];
  for (const [row, col, value] of [...(f.fault ? [f.fault] : []), ...(f.more ?? [])]) ws.getCell(`${col}${row + first - 6}`).value = value;
  ws.getRow(r + 1).values = [null, 'Người lập biểu', null, 'GIÁM ĐỐC'];
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const YOY: Form['headers'] = ['Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023', 'Tăng (+), giảm (-) so với cùng kỳ'];
const MINUS: Form['headers'] = ['TH 9 tháng 2024', 'TH 9 tháng 2023', 'TH 2024 - TH 2023'];
const PLAN: Form['headers'] = ['Kế hoạch năm 2024', 'Ước thực hiện năm 2024', 'Chênh lệch so với KH năm'];
const BARE: Form['headers'] = ['Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023', 'Chênh lệch'];
// What is left: the plan less the actual (the other order).
const LEFT: Form['headers'] = ['Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024', 'Kinh phí còn lại'];
const NUMBERED: Form = { headers: ['Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023', 'Chênh lệch'], numbering: ['A', 'B', '1', '2', '3=1-2'] };

const findings = async (path: string) => (await reconcile([path])).report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`);

describe('columns worked out from two others are checked on every row', () => {
  it.each([
    ['"so với cùng kỳ"', { headers: YOY }],
    ['"TH 2024 - TH 2023"', { headers: MINUS }],
    ['"so với KH năm"', { headers: PLAN }],
    ['a bare "Chênh lệch"', { headers: BARE }],
    ['what is left, plan less actual', { headers: LEFT }],
    ['a numbering row "3=1-2"', NUMBERED],
  ] as Array<[string, Form]>)('%s: a consistent form gives nothing, and the column is no fact', async (name, f) => {
    const path = await form(`ok-${name.replace(/\W+/g, '-')}.xlsx`, f);
    const { report, ledger } = await reconcile([path]);
    expect(report.findings.map((x) => `${x.severity} ${x.code}`)).toEqual(['info column-derived']);
    // Its figures are read (7 rows) but never as facts: "3=1-2" made them a third column of actuals.
    expect(ledger.entries.filter((e) => e.source.column === 5)).toEqual([]);
    expect(ledger.differences).toHaveLength(7);
  });

  it.each([
    ['"so với cùng kỳ"', YOY],
    ['"so với cùng kỳ" beside a "Cùng kỳ năm 2023" that names no months', ['Thực hiện 9 tháng năm 2024', 'Cùng kỳ năm 2023', 'Tăng (+), giảm (-) so với cùng kỳ']],
    ['"TH 2024 - TH 2023"', MINUS],
    ['"so với KH năm"', PLAN],
    ['what is left, "Kinh phí còn lại" beside one plan and one actual', LEFT],
  ] as Array<[string, Form['headers']]>)('%s names its pair: a difference typed wrong is one error at it', async (name, headers) => {
    const path = await form(`bad-${name.replace(/\W+/g, '-')}.xlsx`, { headers, fault: [12, 'E', 310] });
    expect(await findings(path)).toEqual(['difference-mismatch@E12']);
  });

  it.each([
    ['a numbering row "3=1-2"', NUMBERED],
    ['its own header "Chênh lệch (3=1-2)" in the numbering row\'s numbers', { headers: ['Thực hiện 9 tháng năm 2024', 'Thực hiện 9 tháng năm 2023', 'Chênh lệch (3=1-2)'], numbering: ['A', 'B', '1', '2', '3'] }],
  ] as Array<[string, Form]>)('%s names its pair: one error at the difference typed wrong', async (name, f) => {
    const path = await form(`bad-numbered-${name.length}.xlsx`, { ...f, fault: [10, 'E', 60] });
    // Row 10 of the lines is row 11 of the sheet (the numbering row comes first).
    expect(await findings(path)).toEqual(['difference-mismatch@E11']);
    const { inspections } = await reconcile([path]);
    expect(inspections[0]!.sheets[0]!.layout!.differences![0]).toMatchObject({ of: 3, minus: 4, certainty: 'certain', evidence: { key: 'col-diff-numbering' } });
  });

  it('a line figure typed wrong is one finding at it, not one at its total and one at its difference', async () => {
    expect(await findings(await form('bad-this-year.xlsx', { headers: YOY, fault: [8, 'C', 350] }))).toEqual(['figure-mismatch@C8']);
    expect(await findings(await form('bad-last-year.xlsx', { headers: YOY, fault: [9, 'D', 500] }))).toEqual(['figure-mismatch@D9']);
  });

  it('a section total typed wrong is its own sum-mismatch, the difference on its row folded into it', async () => {
    const path = await form('bad-section.xlsx', { headers: YOY, fault: [10, 'C', 2100] });
    const { report } = await reconcile([path]);
    const errors = report.findings.filter((f) => f.severity !== 'info');
    expect(errors.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@C10']);
    expect(errors[0]!.related?.map((l) => l.cell)).toContain('E10');
  });

  it.each([
    ['a bare "Chênh lệch"', BARE],
  ])('%s: a pair only the figures bear out is a guess, its miss one reading-uncertain', async (name, headers) => {
    const path = await form(`guess-${name.replace(/\W+/g, '-')}.xlsx`, { headers, fault: [12, 'E', 310] });
    const { report } = await reconcile([path]);
    const shown = report.findings.filter((f) => f.severity !== 'info');
    expect(shown.map((f) => `${f.severity} ${f.code}@${f.location.cell}`)).toEqual(['warning reading-uncertain@E12']);
    expect(JSON.stringify(shown[0])).toContain('Difference column does not equal its two columns (1)');
  });

  it('a guessed pair that misses where a certain total misses too is that fault: one finding, no doubt said', async () => {
    // Last year's line typed wrong: its section's total misses, and so does the difference on its row.
    expect(await findings(await form('guess-last-year.xlsx', { headers: BARE, fault: [9, 'D', 500] }))).toEqual(['figure-mismatch@D9']);
    // A section total typed wrong: its sum-mismatch, the difference on its row folded into it.
    expect(await findings(await form('guess-section.xlsx', { headers: BARE, fault: [10, 'C', 2100] }))).toEqual(['sum-mismatch@C10']);
  });

  it('a pair the figures bear out on too few rows is not adopted: nothing checked, nothing said', async () => {
    // Seven rows, three hold: no pair fits nearly every row (a column of something else).
    const path = await form('guess-many-misses.xlsx', { headers: BARE, fault: [12, 'E', 310], more: [[11, 'E', 10], [9, 'E', 20], [8, 'E', 30]] });
    expect(await findings(path)).toEqual([]);
  });
});

/** A Hà Tĩnh form with the programmes as column groups under each measure and under the difference. */
async function groupForm(name: string, differenceHeader: string, fault?: [cell: string, value: number]): Promise<string> {
  const lines: Array<[string, string, number, number, number, number]> = [
    ['1', 'Đào tạo nghề', 300, 500, 100, 200],
    ['2', 'Mô hình trình diễn', 400, 0, 200, 0],
    ['3', 'Hỗ trợ máy móc thiết bị', 300, 1200, 100, 600],
    ['4', 'Hội chợ triển lãm', 0, 300, 0, 100],
  ];
  const total = lines.reduce<[string, string, number, number, number, number]>((t, l) => [t[0], t[1], t[2] + l[2], t[3] + l[3], t[4] + l[4], t[5] + l[5]], ['', 'TỔNG CỘNG', 0, 0, 0, 0]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 01');
  ws.getCell('A1').value = 'SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH';
  ws.getCell('A2').value = 'BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024';
  ws.getCell('I3').value = 'ĐVT: triệu đồng';
  ws.getRow(4).values = ['STT', 'Nội dung', 'Kế hoạch năm 2024', null, null, 'Thực hiện 9 tháng năm 2024', null, null, differenceHeader, null, null];
  ws.getRow(5).values = [null, null, 'KCQG', 'KCĐP', 'Cộng', 'KCQG', 'KCĐP', 'Cộng', 'KCQG', 'KCĐP', 'Cộng'];
  for (const m of ['A4:A5', 'B4:B5', 'C4:E4', 'F4:H4', 'I4:K4']) ws.mergeCells(m);
  [total, ...lines].forEach(([stt, label, a, b, c, d], i) => {
    ws.getRow(6 + i).values = [stt, label, a, b, a + b, c, d, c + d, c - a, d - b, c + d - a - b];
  });
  if (fault) ws.getCell(fault[0]).value = fault[1];
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a difference under programme column groups', () => {
  it('"Chênh lệch TH so với KH" over KCQG | KCĐP | Cộng: three difference columns, each of its own programme', async () => {
    const { report, ledger, inspections } = await reconcile([await groupForm('groups-ok.xlsx', 'Chênh lệch TH so với KH')]);
    expect(report.findings.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['column-derived@I5', 'column-derived@J5', 'column-derived@K5']);
    // Each the actual less the plan of its own programme, as `inspect` shows it.
    const layout = inspections[0]!.sheets[0]!.layout!;
    expect(layout.differences!.map((d) => [d.col, d.of, d.minus, d.certainty])).toEqual([[9, 6, 3, 'certain'], [10, 7, 4, 'certain'], [11, 8, 5, 'certain']]);
    expect(renderInspectText(inspections, [], 'en')).toMatch(/J\s+"Chênh lệch TH so với KH KCĐP"\s+→ difference, no fact = G − D/);
    // Never a budget line "Chênh lệch TH so với KH KCQG" of its own.
    expect(ledger.entries.filter((e) => (e.column ?? 0) >= 9)).toEqual([]);
  });

  it('a difference typed wrong is one error at it, against its own programme\'s columns', async () => {
    const { report } = await reconcile([await groupForm('groups-bad.xlsx', 'Chênh lệch TH so với KH', ['J8', 450])]);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}@${f.location.cell}`)).toEqual(['difference-mismatch@J8']);
    expect(errors[0]!.related?.map((l) => l.cell)).toEqual(['G8', 'D8']);
  });
});
