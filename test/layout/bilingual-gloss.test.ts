import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable, textRows } from '../helpers.js';
import type { Merge } from '../../src/read/grid.js';
import { detectLayout } from '../../src/layout/detect-layout.js';
import { normaliseSheet } from '../../src/normalise/normalise-sheet.js';
import { buildLedger } from '../../src/ledger/build-ledger.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

// The shape of MOF Plan 2011, sheet "M06 (R)": a one-line bilingual label header whose English
// gloss follows a dash, and an unnumbered "Trong đó- Of which" row under a section.
const TABLE = [
  ['BỘ TÀI CHÍNH', '', ''],
  ['DỰ TOÁN CHI NGÂN SÁCH TRUNG ƯƠNG THEO LĨNH VỰC NĂM 2011', '', ''],
  ['', '', 'Tỷ đồng - In billions of dong'],
  ['Stt', 'Chỉ tiêu - Items', 'Dự toán năm 2011'],
  ['I', 'Chi đầu tư phát triển', '300'],
  ['1', 'Chi đầu tư xây dựng cơ bản', '200'],
  ['2', 'Chi bổ sung dự trữ quốc gia', '100'],
  ['II', 'Chi phát triển sự nghiệp', '500'],
  ['', 'Trong đó-  Of which', ''],
  ['1', 'Chi giáo dục', '120'],
  ['2', 'Chi y tế', '80'],
];

describe('a label header with its English gloss after a dash', () => {
  it('reads "Chỉ tiêu - Items" as the label column, so a "Trong đó - Of which" row is a partial breakdown, not parts of a sum', async () => {
    const { entries, ledger } = await normaliseTable(TABLE, { file: 'plan-2011.csv', sheet: 'M06' });
    expect(entries.find((e) => e.source.cell === 'C10')?.label).toBe('Chi giáo dục');
    expect(entries.find((e) => e.source.cell === 'C10')?.ofWhich).toBe(true);
    const findings = runChecks(ledger, resolveConfig({}));
    expect(findings.filter((f) => f.code === 'sum-mismatch').map((f) => f.location.cell)).toEqual([]);
  });

  it('still finds a real fault in the complete part of the same table', async () => {
    const faulty = TABLE.map((r) => (r[0] === '2' && r[1] === 'Chi bổ sung dự trữ quốc gia' ? [r[0], r[1], '101'] : r));
    const { ledger } = await normaliseTable(faulty, { file: 'plan-2011.csv', sheet: 'M06' });
    const findings = runChecks(ledger, resolveConfig({}));
    expect(findings.filter((f) => f.code === 'sum-mismatch').map((f) => f.location.cell)).toEqual(['C5']);
  });
});

// MOF Final 2007, sheet "M09+": the Vietnamese of two sub-headers is the same (a typo), their
// English glosses are not: "Bổ sung cân đối / Balance transfers", "Bổ sung cân đối / Target transfers".
const GLOSSED = [
  ['QUYẾT TOÁN THU, CHI NGÂN SÁCH TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2007', '', '', '', ''],
  ['', '', '', '', 'Triệu đồng - Millions of dong'],
  ['STT\nNo', 'Tỉnh, thành phố\nName of provinces', 'Bổ sung từ NSTW cho NSĐP\nTransfers from central budget', '', ''],
  ['', '', 'Tổng số\nTotal', 'Bổ sung \ncân đối\nBalance transfers', 'Bổ sung \ncân đối\nTarget transfers'],
  ['', 'TỔNG SỐ - TOTAL', '1000', '600', '400'],
  ['1', 'Quảng Ninh', '500', '300', '200'],
  ['2', 'Hà Giang', '300', '200', '100'],
  ['3', 'Tuyên Quang', '200', '100', '100'],
];
const GLOSSED_MERGES: Merge[] = [
  { top: 3, left: 3, bottom: 3, right: 5 },
  { top: 3, left: 1, bottom: 4, right: 1 },
  { top: 3, left: 2, bottom: 4, right: 2 },
];

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}

async function glossed(table: string[][]) {
  const rows = textRows(table);
  const { layout, findings } = detectLayout(rows, { file: 'm09.csv', sheet: 'M09+', merges: GLOSSED_MERGES });
  const entries: LedgerEntry[] = [];
  await normaliseSheet(layout!, iterate(rows), { file: 'm09.csv', sheet: 'M09+', numberStyle: 'vi', merges: GLOSSED_MERGES }, { entry: (e) => entries.push(e), finding: (f) => findings.push(f) });
  return { layout: layout!, findings: [...findings, ...runChecks(buildLedger(entries), resolveConfig({}))] };
}

describe('two sub-headers alike in Vietnamese, told apart by their English glosses', () => {
  it('reads two facts, not one reported twice: no warning, and the group total is checked', async () => {
    const { layout, findings } = await glossed(GLOSSED);
    const lines = layout.columns.filter((c) => c.col >= 4).map((c) => (c.meaning.kind === 'amount' ? c.meaning.line : ''));
    expect(lines).toEqual(['Bổ sung từ NSTW cho NSĐP Bổ sung cân đối (Balance transfers)', 'Bổ sung từ NSTW cho NSĐP Bổ sung cân đối (Target transfers)']);
    expect(layout.columns.filter((c) => c.col >= 4).map((c) => c.sumColumn)).toEqual([3, 3]);
    expect(findings.filter((f) => f.code !== 'row-unlabelled').map((f) => f.code)).toEqual([]);
  });

  it('finds the one figure that breaks both its province\'s total and its column\'s', async () => {
    const faulty = GLOSSED.map((r) => (r[1] === 'Hà Giang' ? [r[0]!, r[1], '300', '200', '150'] : r));
    const { findings } = await glossed(faulty);
    expect(findings.filter((f) => f.code !== 'row-unlabelled').map((f) => `${f.code} ${f.location.cell}`)).toEqual(['figure-mismatch E7']);
  });
});
