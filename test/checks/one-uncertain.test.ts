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
