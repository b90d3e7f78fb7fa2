import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { buildConference } from '../../src/ledger/conference.js';
import { parseDec } from '../../src/ledger/money.js';
import { fixed, ratioRounded, writeNumber } from '../../src/ledger/round.js';
import { narrate } from '../../src/narrate/narrate.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

/** The forms' "TỔNG CỘNG" rows, summed as bigints (đồng): independent of the conference model. */
function formTotal(entries: LedgerEntry[], measure: string, year: number, prior: boolean): bigint {
  return entries
    .filter((e) => !!e.prior === prior && e.provinceCode && !e.source.file.includes('tong-hop') && e.program === '' && e.level === 'total' && e.measure === measure && e.year === year && e.unit === 'VND')
    .reduce((a, e) => a + e.amount.units * 10n ** BigInt(-e.amount.scale), 0n);
}

/** a × 100 ÷ b to one decimal, half-up, written Vietnamese style. */
function pctVi(a: bigint, b: bigint): string {
  const t = (a * 2000n + b) / (2n * b);
  return `${t / 10n},${t % 10n}%`;
}

const triệu = (v: bigint) => `${(v / 1_000_000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} triệu đồng`;

describe('the conference paragraph', () => {
  it('states plan, change on last year\'s plan, actual, % of plan and ratio to last year, numbers recomputed independently', async () => {
    const { ledger } = await reconcile(['fixtures/region/2024'], { lang: 'vi' }, { prior: ['fixtures/region/2023'] });
    const n = narrate(buildConference(ledger)!, { lang: 'vi' });
    const plan = formTotal(ledger.entries, 'plan', 2024, false);
    const actual = formTotal(ledger.entries, 'actual', 2024, false);
    const sameLast = formTotal(ledger.entries, 'actual', 2023, false); // the forms' "cùng kỳ" column
    const lastPlan = formTotal(ledger.entries, 'plan', 2023, true); // last year's forms
    expect(plan).toBe(71_850_000_000n);
    expect(n.text).toContain(`Năm 2024, tổng kế hoạch kinh phí khuyến công của 6 tỉnh, thành phố khu vực Bắc Trung Bộ là ${triệu(plan)}, tăng ${pctVi(plan - lastPlan, lastPlan)} so với kế hoạch năm 2023.`);
    expect(n.text).toContain(`Trong 9 tháng năm 2024, kinh phí toàn khu vực đã thực hiện được ${triệu(actual)}, đạt ${pctVi(actual, plan)} kế hoạch năm và bằng ${pctVi(actual, sameLast)} so với cùng kỳ năm 2023.`);
    expect(n.text).toMatch(/Trong đó, kinh phí khuyến công quốc gia \(KCQG\) thực hiện 16\.476 triệu đồng, đạt \d+,\d% kế hoạch; kinh phí khuyến công địa phương \(KCĐP\) thực hiện 25\.823 triệu đồng/);
    expect(n.text).toBe(n.text.normalize('NFC'));
    // --explain: one line per number, each naming the cells it comes from.
    expect(n.explain).toHaveLength(n.numbers.length);
    expect(n.explain[0]).toMatch(/^\[1\] 71\.850 triệu đồng: .*38-Thanh Hóa-2024-9thang\.xlsx!Bao cao!C9 \(Thanh Hóa KCQG: 5\.807\.000\.000 đồng\)/);
    expect(n.explain[1]).toContain('(71.850.000.000 − 59.845.000.000) ÷ 59.845.000.000 × 100 = 20,060155');
  });

  it('compares with last year only over the provinces that have last year\'s figure, and says so', async () => {
    const prior = ['40-Nghệ An', '42-Hà Tĩnh', '44-Quảng Bình'].map((f) => `fixtures/region/2023/${f}-2023-9thang.xlsx`);
    const { ledger } = await reconcile(['fixtures/region/2024'], { lang: 'vi' }, { prior });
    const n = narrate(buildConference(ledger)!, { lang: 'vi' });
    const pick = (code: string, measure: string, year: number, isPrior: boolean) => formTotal(ledger.entries.filter((e) => e.provinceCode === code), measure, year, isPrior);
    const now = ['40', '42', '44'].reduce((a, c) => a + pick(c, 'plan', 2024, false), 0n);
    const then = ['40', '42', '44'].reduce((a, c) => a + pick(c, 'plan', 2023, true), 0n);
    expect(n.text).toContain(`là 71.850 triệu đồng, tăng ${pctVi(now - then, then)} so với kế hoạch năm 2023 (tính trên 3 tỉnh có số liệu năm trước).`);
  });

  it('writes English with English number style, tỷ đồng to three decimals, counts with two-decimal percentages', async () => {
    const { ledger } = await reconcile(['fixtures/samples'], { lang: 'en' });
    const n = narrate(buildConference(ledger)!, { lang: 'en', unit: 'ty' });
    // The samples' province rows: plan 48,827,683,000 and actual 30,709,267,826 VND (KCĐP only).
    expect(n.text).toContain('is 48.828 billion VND.');
    expect(n.text).toContain('the provinces spent 30.709 billion VND, 62.9% of the year\'s plan.');
    // 1,937 of 3,311 trainees = 58.5019…% → 58.50%.
    expect(n.text).toContain('1,937 người, 58.50% of plan');
  });
});

describe('rounding written figures', () => {
  it('rounds half-up exactly, away from zero on a tie, only when written', () => {
    const d = (s: string) => parseDec(s)!;
    expect(fixed(d('35.45'), 1)).toBe('35.5');
    expect(fixed(d('-35.45'), 1)).toBe('-35.5');
    expect(fixed(d('35.4499999999'), 1)).toBe('35.4');
    expect(fixed(d('128925'), 0)).toBe('128925');
    expect(fixed(ratioRounded(d('46022'), d('130005'), 1)!, 1)).toBe('35.4');
    expect(fixed(ratioRounded(d('1'), d('8'), 1)!, 1)).toBe('12.5');
    expect(fixed(ratioRounded(d('1'), d('16'), 1)!, 1)).toBe('6.3');
    expect(ratioRounded(d('1'), d('0'), 1)).toBeUndefined();
    expect(writeNumber(d('128925.5'), 1, 'vi')).toBe('128.925,5');
    expect(writeNumber(d('128925.5'), 1, 'en')).toBe('128,925.5');
    expect(writeNumber(d('-0.04'), 1, 'vi')).toBe('0,0');
  });
});
