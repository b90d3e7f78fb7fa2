import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { readInput } from '../../src/read/read-input.js';
import { normaliseTable } from '../helpers.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';

const F = (p: string) => join(resolve(import.meta.dirname, '..', '..'), 'fixtures', 'indent', p);

/** A form without STT: "  " marks a line under a programme, "    " an item under a line. */
const FORM = (done: string) => [
  ['SỞ CÔNG THƯƠNG TỈNH THANH HÓA', '', '', ''],
  ['BÁO CÁO KẾT QUẢ KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2024', '', '', ''],
  ['', '', '', 'Đơn vị tính: triệu đồng'],
  ['Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 6 tháng', 'Tỷ lệ (%)'],
  ['TỔNG CỘNG', '1000', '600', '60'],
  ['  Khuyến công địa phương', '1000', '600', '60'],
  ['    Đào tạo nghề', '400', '100', '25'],
  ['    Xây dựng mô hình trình diễn', '600', done, '83,3'],
  ['      Mô hình chế biến chè', '200', '200', '100'],
  ['      Mô hình gạch không nung', '400', '300', '75'],
];

describe('an unnumbered hierarchy read from indentation', () => {
  it('places indented labels under the line above them: the line is the sum of its items, not their sibling', async () => {
    const all = async (table: string[][]) => {
      const r = await normaliseTable(table);
      return { ...r, found: [...r.findings, ...runChecks(r.ledger, resolveConfig({}))].map((f) => `${f.code}@${f.location.cell}`) };
    };
    const ok = await all(FORM('500'));
    expect(ok.found).toEqual([]);
    const row = (label: string) => ok.entries.find((e) => e.label.includes(label) && e.measure === 'plan')!;
    // The items sit under "Xây dựng mô hình", which sits beside "Đào tạo nghề" under the programme.
    expect(row('chế biến chè').rowPath!.slice(-2)).toEqual([row('Khuyến công địa phương').rowKey, row('Xây dựng').rowKey]);
    expect(row('Đào tạo').rowPath).toEqual(row('Xây dựng').rowPath);
    // One figure typed wrong (600 done where the items add up to 500): one finding, at it.
    expect((await all(FORM('600'))).found).toEqual(['sum-mismatch@C8']);
  });

  it('reads the indent of xlsx and Excel 97-2003 cells', async () => {
    for (const file of ['thanh-hoa-2024-6thang-thut-le.xlsx', 'thanh-hoa-2024-6thang-thut-le-loi.xls']) {
      const book = await readInput(F(file), file);
      const cells = new Map<string, number | undefined>();
      for await (const row of book.sheets[0]!.rows) for (const c of row) if (c.col === 1) cells.set(String(c.value).trim(), c.indent);
      expect(cells.get('Khuyến công quốc gia'), file).toBe(1);
      expect(cells.get('Đào tạo nghề'), file).toBe(2);
      expect(cells.get('Công ty TNHH Minh Phát'), file).toBe(3);
      expect(cells.get('TỔNG CỘNG'), file).toBeUndefined();
    }
  });

  it('finds the one seeded fault, whatever carries the indentation (cell indent, BIFF8 indent, leading spaces)', async () => {
    for (const file of ['thanh-hoa-2024-6thang-thut-le-loi.xlsx', 'thanh-hoa-2024-6thang-thut-le-loi.xls', 'thanh-hoa-2024-6thang-dau-cach-loi.csv']) {
      const { report } = await reconcile([F(file)]);
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`), file).toEqual(['sum-mismatch@C14']);
    }
    const { report } = await reconcile([F('thanh-hoa-2024-6thang-thut-le.xlsx')]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
