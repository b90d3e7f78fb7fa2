import { PassThrough } from 'node:stream';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { splitCellRef } from '../../src/cli/commands/explain.js';
import { parseCell } from '../../src/explain-figure.js';
import { englishWords } from '../english-words.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FAULTY = 'fixtures/region/faulty-2024';
const NGHE_AN = `${FAULTY}/40-Nghệ An-2024-9thang.xlsx`;
const HA_TINH_OK = 'fixtures/region/2024/42-Hà Tĩnh-2024-9thang.xlsx';
const HA_TINH_BAD = `${FAULTY}/42-Hà Tĩnh-2024-9thang.xlsx`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough(), stderr = new PassThrough();
  let out = '', err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await main(args, { stdout, stderr, env: { NO_COLOR: '1' } });
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

interface Json {
  status: string;
  target: { sheet: string; cell: string };
  facts: Array<{ measure: string; amount: { units: string; scale: number }; level: string }>;
  relations: Array<{ code: string; holds: boolean; cells: Array<{ file: string; cell?: string }> }>;
  findings: Array<{ code: string }>;
  column?: { header: string };
  row?: { label: string; kind: string };
  written?: { text: string; type: string; formula?: string };
}

async function json(args: string[]): Promise<Json> {
  const r = await run([...args, '--format', 'json']);
  expect(r.err).toBe('');
  return JSON.parse(r.out) as Json;
}

const rel = (x: Json, code: string) => x.relations.filter((r) => r.code === code);
const cellsOf = (r: Json['relations'][number]) => r.cells.map((c) => c.cell);

describe('explain <file> <sheet!cell>', () => {
  it('parses cell references as Excel writes them', () => {
    expect(parseCell('D12')).toEqual({ row: 12, col: 4 });
    expect(parseCell('$AB$3')).toEqual({ row: 3, col: 28 });
    expect(parseCell('12D')).toBeUndefined();
    expect(splitCellRef("'Báo cáo 9T'!D12")).toEqual({ sheet: 'Báo cáo 9T', cell: 'D12' });
    expect(splitCellRef("'It''s'!A1")).toEqual({ sheet: "It's", cell: 'A1' });
    expect(splitCellRef('D12')).toEqual({ cell: 'D12' });
  });

  it('shows the reading, the fact and the relations of a subtotal that holds', async () => {
    const x = await json(['explain', HA_TINH_OK, "'Bao cao'!C9"]);
    expect(x.status).toBe('figure');
    expect(x.column?.header).toBe('Kế hoạch năm 2024');
    expect(x.row).toMatchObject({ label: 'KHUYẾN CÔNG QUỐC GIA', kind: 'section' });
    expect(x.written).toMatchObject({ type: 'number', formula: expect.stringMatching(/^SUM\(C10:C12\)/) });
    expect(x.facts).toHaveLength(1);
    expect(x.facts[0]).toMatchObject({ measure: 'plan', level: 'subtotal' });
    const sums = rel(x, 'sum-mismatch');
    expect(sums).toHaveLength(1);
    expect(sums[0]!.holds).toBe(true);
    expect(cellsOf(sums[0]!)).toEqual(expect.arrayContaining(['C9', 'C10', 'C11', 'C12']));
    const pct = rel(x, 'percent-of-plan-mismatch');
    expect(pct.map((r) => r.holds)).toEqual([true]);
    expect(cellsOf(pct[0]!)).toEqual(expect.arrayContaining(['F9', 'C9']));
    expect(x.findings).toEqual([]);
  });

  it('the same cell with its seeded fault: the sum does not hold and the finding is shown', async () => {
    const x = await json(['explain', HA_TINH_BAD, "'Bao cao'!C9"]);
    expect(rel(x, 'sum-mismatch').map((r) => r.holds)).toEqual([false]);
    expect(rel(x, 'percent-of-plan-mismatch').map((r) => r.holds)).toEqual([true]);
    expect(x.findings.map((f) => f.code)).toEqual(['sum-mismatch']);
  });

  it('a line takes part in the percentage on its row, whose fault it shows, and in its section sum', async () => {
    const x = await json(['explain', NGHE_AN, 'D10']);
    expect(x.target.sheet).toBe('Bao cao');
    expect(rel(x, 'percent-of-plan-mismatch').map((r) => [r.holds, ...cellsOf(r).sort()])).toEqual([[false, 'C10', 'D10', 'F10']]);
    expect(rel(x, 'sum-mismatch').map((r) => r.holds)).toEqual([true]);
    expect(x.findings.map((f) => f.code)).toEqual(['percent-of-plan-mismatch']);
  });

  it('relations across reports: last year\'s report with --prior, the form with --with', async () => {
    const lastYear = await json(['explain', NGHE_AN, 'E10', '--prior', 'fixtures/region/2023']);
    const restated = rel(lastYear, 'prior-restated');
    expect(restated.map((r) => r.holds)).toEqual([true]);
    expect(restated[0]!.cells.some((c) => c.file.includes('2023') && c.cell === 'D10')).toBe(true);
    const summary = await json(['explain', `${FAULTY}/tong-hop-bac-trung-bo-2024-9thang.xlsx`, 'F10', '--with', FAULTY]);
    const agree = rel(summary, 'agreement-mismatch');
    expect(agree.map((r) => r.holds)).toEqual([true]);
    expect(agree[0]!.cells.some((c) => c.file === NGHE_AN && c.cell === 'D9')).toBe(true);
    const alone = await json(['explain', `${FAULTY}/tong-hop-bac-trung-bo-2024-9thang.xlsx`, 'F10']);
    expect(rel(alone, 'agreement-mismatch')).toEqual([]);
  });

  it('says what a cell is when it holds no figure, and names the sheets when the sheet is wrong', async () => {
    expect((await json(['explain', NGHE_AN, 'C7'])).status).toBe('header');
    expect((await json(['explain', NGHE_AN, 'B10'])).status).toBe('not-a-figure');
    const r = await run(['explain', NGHE_AN, 'Nope!C10']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('"Bao cao"');
    const bad = await run(['explain', NGHE_AN, 'ZZ']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a cell address/);
  });

  it('reads a long CSV export, and speaks Vietnamese with no English word, amounts in the report unit', async () => {
    const csv = await run(['explain', 'fixtures/samples/dong-bac-2024-9m-loi.csv', 'I4', '--lang', 'vi']);
    expect(csv.code).toBe(0);
    expect(csv.out).toContain('89,60%');
    const vi = await run(['explain', HA_TINH_BAD, "'Bao cao'!C9", '--lang', 'vi']);
    expect(vi.out).toContain('4.761 triệu đồng');
    expect(vi.out).toBe(vi.out.normalize('NFC'));
    // Quoted document text, the file name, finding codes and the formula aside.
    const words = englishWords(vi.out.replace(/\[[a-z-]+\]/g, '').replace(/fixtures\/\S+/g, '').replace(/=SUM\S*/g, ''));
    expect(words).toEqual([]);
  });
});
