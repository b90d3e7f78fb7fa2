import { describe, expect, it } from 'vitest';
import type { Merge } from '../../src/read/grid.js';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { normaliseSheet } from '../../src/normalise/normalise-sheet.js';
import { buildLedger } from '../../src/ledger/build-ledger.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';
import type { RawFinding } from '../../src/findings/types.js';
import { structureSums } from '../../src/checks/structure-sums.js';
import { resolveConfig } from '../../src/config/schema.js';
import { textRows } from '../helpers.js';

// A regional summary as MOF Plan 2008 writes it: the total line's STT and label cells are
// merged down over three rows; one column holds the footnote mark "(1)" on the first row and
// the figure on the third; a region's English gloss sits on the row under it, merged with it.
const TABLE = [
  ['KẾ HOẠCH NĂM 2024'],
  ['Đơn vị: triệu đồng'],
  ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
  ['(1)', '(2)', '(3)', '(4)'],
  ['', 'Tổng số - Total', '600', '  (1)'],
  ['', '', '', ''],
  ['', '', '', '450'],
  ['I', 'Miền núi phía Bắc', '600', '400'],
  ['', 'Northern mountains', '', ''],
  ['1', 'Hà Giang', '250', '150'],
  ['2', 'Cao Bằng', '350', '250'],
];
const MERGES: Merge[] = [
  { top: 5, left: 1, bottom: 7, right: 1 },
  { top: 5, left: 2, bottom: 7, right: 2 },
  { top: 5, left: 3, bottom: 7, right: 3 },
  { top: 8, left: 1, bottom: 9, right: 1 },
  { top: 8, left: 3, bottom: 9, right: 3 },
];

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}

async function read(table: string[][], merges: Merge[]) {
  const rows = textRows(table);
  const { layout, findings } = detectLayout(rows, { file: 'f.csv', sheet: 's', merges });
  const entries: LedgerEntry[] = [];
  const all: RawFinding[] = [...findings];
  await normaliseSheet(layout!, iterate(rows), { file: 'f.csv', sheet: 's', numberStyle: 'vi', merges }, { entry: (e) => entries.push(e), finding: (f) => all.push(f) });
  return { entries, findings: all };
}

describe('a line spread over merged rows is one row', () => {
  it('takes the figure under a footnote mark as the line\'s own, with the mark as its note', async () => {
    const { entries, findings } = await read(TABLE, MERGES);
    const d = entries.find((e) => e.source.cell === 'D7')!;
    expect(d).toBeDefined();
    expect(d.rowKey).toBe('f.csv|s|5');
    expect(d.rowTotal).toBe(true);
    expect(d.note).toBe('(1)');
    expect(findings.filter((f) => f.code === 'row-unlabelled')).toEqual([]);
    // The gloss row under region I is no line of its own: the provinces are the region's.
    const hg = entries.find((e) => e.source.cell === 'C10')!;
    expect(hg.rowPath).toEqual(['f.csv|s|8']);
    // Total 450 against region 400 (= 150 + 250): a fault at the cell holding the figure.
    const sums = structureSums.run(buildLedger(entries), resolveConfig());
    expect(sums.map((f) => `${f.code} ${f.location.cell}`)).toEqual(['sum-mismatch D7']);
  });

  it('leaves the rows apart when two of them hold figures in one column (a line written as two)', async () => {
    const table = TABLE.map((r) => [...r]);
    table[5] = ['', '', '', '10'];
    const { entries } = await read(table, MERGES);
    expect(entries.find((e) => e.source.cell === 'D7')?.rowKey).not.toBe('f.csv|s|5');
    expect(entries.find((e) => e.source.cell === 'C5')?.rowKey).toBe('f.csv|s|5');
  });
});
