import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { resolveConfig } from '../../src/config/schema.js';
import { renderMessage } from '../../src/findings/build-report.js';
import { normaliseTable } from '../helpers.js';

describe('one reading-uncertain per sheet, whatever the checks that withheld', () => {
  it('a sum missing everywhere and two columns read as one fact: one warning naming both errors, both reasons, the cells and the fragment', async () => {
    const { ledger } = await normaliseTable([
      ['BÁO CÁO KẾ HOẠCH NĂM 2024'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Kế hoạch năm 2024'],
      ['', 'Tổng cộng', '3', '4', '7'],
      ['1', 'Hà Nội', '100', '50', '9'],
      ['2', 'Hải Phòng', '150', '150', '8'],
    ]);
    const fs = runChecks(ledger, resolveConfig());
    expect(fs.filter((f) => /mismatch|duplicate|exceeds/.test(f.code))).toEqual([]);
    const uncertain = fs.filter((f) => f.code === 'reading-uncertain');
    expect(uncertain).toHaveLength(1);
    const p = uncertain[0]!.params as Record<string, unknown>;
    expect((p.check as { codes: Array<{ code: string }> }).codes.map((c) => c.code)).toEqual(['sum-mismatch', 'duplicate-fact']);
    const en = renderMessage(uncertain[0]!, 'en');
    expect(en).toMatch(/Total does not equal its parts \(\d+\); Fact reported twice \(\d+\)/);
    expect(en).toContain('two columns read as the same fact');
    expect(en).toContain('the relation misses in most places');
    expect(en).toContain('"structure":"as-read"');
    expect(renderMessage(uncertain[0]!, 'vi')).toContain('hai cột được đọc là cùng một số liệu');
  });
});

describe('the fragment of the one warning settles the reading', () => {
  it('pasted into a mapping file, it leaves no reading-uncertain, and the misses it withheld are reported as read', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { compileMapping, reconcile } = await import('../../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'br-uncertain-'));
    const file = join(dir, 'ke-hoach-2024.csv');
    writeFileSync(file, [
      'BÁO CÁO KẾ HOẠCH NĂM 2024',
      'Đơn vị tính: triệu đồng',
      'STT,"Tỉnh, thành phố",Kế hoạch năm 2024,Thực hiện năm 2024,Kế hoạch năm 2024',
      ',Tổng cộng,"3,5","4,5","7,5"',
      '1,Hà Nội,"100,5","50,5","9,5"',
      '2,Hải Phòng,"150,5","150,5","8,5"',
    ].join('\n'));
    const first = await reconcile([file], {});
    const warn = first.report.findings.filter((f) => f.code === 'reading-uncertain');
    expect(warn).toHaveLength(1);
    expect(first.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const fragment = /(\{"rules".*\}\]\})/.exec(warn[0]!.message)?.[1];
    expect(fragment).toBeDefined();
    const settled = await reconcile([file], {}, { mapping: compileMapping(JSON.parse(fragment!)) });
    expect(settled.report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
    // Confirmed as read, the totals that miss are errors now.
    expect(settled.report.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toContain('sum-mismatch');
  });
});
