import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { normaliseTable } from '../helpers.js';

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
