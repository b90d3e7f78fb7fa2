import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeProse } from '../../src/claims/detect-prose.js';
import { extractClaims } from '../../src/claims/extract.js';
import { foldKeep } from '../../src/claims/fold.js';
import { findFigures } from '../../src/claims/figures.js';
import type { Claim, FactClaim, PartWholeClaim, RatioClaim } from '../../src/claims/types.js';
import { formatDec } from '../../src/ledger/money.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const article = (name: string) => readFileSync(resolve(ROOT, 'fixtures/claims/articles', name), 'utf8');
const figures = (s: string) => findFigures(s, foldKeep(s), 'vi', (o) => ({ file: 't', line: 1, column: o + 1 }));
const texts = (s: string) => figures(s).map((f) => f.text);
const at = (claims: Claim[], text: string) => claims.find((c) => c.figure.text === text)!;

describe('figures in prose', () => {
  it('reads Vietnamese numbers with their unit and the precision written', () => {
    const f = figures('đã thực hiện được 46.022 triệu đồng đạt 35,4% kế hoạch năm, tức 46,022 tỷ đồng, cho 745 lao động và 08 mô hình');
    expect(f.map((x) => [x.text, formatDec(x.value), x.exponent, x.unit.kind === 'money' ? x.unit.exponent : x.unit.kind === 'count' ? x.unit.cls : '%'])).toEqual([
      ['46.022 triệu đồng', '46022', 0, 6],
      ['35,4%', '35.4', -1, '%'],
      ['46,022 tỷ đồng', '46.022', -3, 9],
      ['745 lao động', '745', 0, 'người'],
      ['08 mô hình', '8', 0, 'mô hình'],
    ]);
  });

  it('is no figure: dates, document numbers, fractions of no count, numbers with no unit, "tính" for "tỉnh"', () => {
    expect(texts('Chiều ngày 1/8, lần thứ XIII, Nghị định số 45/2012/NĐ-CP ngày 21/5/2012, 10/10 huyện, công nghiệp 4.0, Quyết định số 1288, 5 tính năng, đơn vị tính 3 tính')).toEqual([]);
    // A fraction of a count is a part and its whole.
    expect(texts('chỉ có 04/20 tỉnh, thành phía Nam đăng ký')).toEqual(['04', '20 tỉnh, thành']);
    expect(texts('của 20 tỉnh, thành phố phía Bắc')).toEqual(['20 tỉnh, thành phố']);
  });

  it('"trên 3 đề án" is a lower bound, "khoảng 17 người" an approximation', () => {
    expect(figures('trên 3 đề án và khoảng 17 người').map((f) => f.qualifier)).toEqual(['over', 'about']);
  });
});

describe('claims of seed 000 (northern region, 2017–2018)', () => {
  const claims = extractClaims(article('000-phia-bac-2018.txt'), 'a.txt');

  it('finds every figure of the article, at its line and column', () => {
    expect(claims.map((c) => `${c.figure.place.line}:${c.figure.place.column} ${c.kind} ${c.figure.text}`)).toEqual([
      '7:32 count 28 tỉnh, thành', '9:86 count 20 tỉnh, thành phố',
      '9:117 amount 128.925 triệu đồng', '9:141 percent-of-plan 95,6%', '9:173 growth 4,5%', '9:286 amount 130.005 triệu đồng',
      '9:370 amount 46.022 triệu đồng', '9:392 percent-of-plan 35,4%', '11:53 count 4.020 lao động', '11:94 amount 7.206 triệu đồng',
      '11:159 count 745 lao động', '11:177 percent-of-plan 20,79%', '11:210 amount 1.082 triệu đồng', '11:279 count 08 mô hình',
      '11:370 count 01 hội chợ', '11:389 count 95 cơ sở', '11:441 amount 5.896 triệu đồng', '11:463 percent-of-plan 29%',
      '13:47 count 20 tỉnh, thành phố',
    ]);
  });

  it('resolves subject, year, period and measure from the sentence and its context', () => {
    const s = (t: string) => (at(claims, t) as FactClaim).subject;
    // What reaches a share of plan is an actual, although the sentence says "kế hoạch kinh phí".
    expect(s('128.925 triệu đồng')).toMatchObject({ scope: { kind: 'all' }, years: [2017], period: '01-12', measure: 'actual', program: '', activity: '' });
    expect(s('130.005 triệu đồng')).toMatchObject({ years: [2018], period: '01-12', measure: 'plan' });
    expect(s('46.022 triệu đồng')).toMatchObject({ scope: { kind: 'all', name: 'toàn vùng' }, years: [2018], period: '01-06', measure: 'actual' });
    expect(s('1.082 triệu đồng')).toMatchObject({ years: [2018], period: '01-06', activity: 'KC1_DTN', measure: 'actual' });
    // "Cũng trong vòng 6 tháng": the year comes from the sentence before.
    expect(s('08 mô hình')).toMatchObject({ years: [2018], period: '01-06', activity: 'KC3a' });
    expect(s('5.896 triệu đồng')).toMatchObject({ activity: 'KC4_SPCNNT', period: '01-06' });
  });

  it('links a percentage to its amount and its base', () => {
    const g = at(claims, '4,5%') as RatioClaim;
    expect(g.of.claim?.figure.text).toBe('128.925 triệu đồng');
    expect(g.base?.subject).toMatchObject({ years: [2016], measure: 'actual', period: '01-12' });
    const p = at(claims, '20,79%') as RatioClaim;
    expect(p.of.claim?.figure.text).toBe('745 lao động');
    expect(p.base?.subject).toMatchObject({ years: [2018], measure: 'plan', period: '01-12', activity: 'KC1_DTN' });
  });
});

describe('context rules', () => {
  it('"trong đó" narrows to programmes; the two programmes must make the whole', () => {
    const claims = extractClaims(article('002-bac-giang-2014-2019.txt'), 'b.txt');
    const pw = claims.find((c): c is PartWholeClaim => c.kind === 'part-whole')!;
    expect(pw.whole.figure.text).toBe('166 đề án');
    expect(pw.parts.map((p) => [p.figure.text, p.subject.program])).toEqual([['150 đề án', 'KCDP'], ['16 đề án', 'KCQG']]);
    expect(pw.exhaustive).toBe(true);
    expect(pw.whole.subject).toMatchObject({ scope: { kind: 'province', code: '24' }, years: [2014, 2015, 2016, 2017, 2018] });
    // "Trung bình mỗi năm 30 đề án … và trên 3 đề án": averages per year.
    expect((at(claims, '30 đề án') as FactClaim).subject.average).toBe('year');
    expect((at(claims, '3 đề án') as FactClaim).subject.average).toBe('year');
  });

  it('a goal is no claim; a percentage of nothing named is unclassified', () => {
    const claims = extractClaims('Năm 2019, tỉnh Bắc Giang. 6 tháng đầu năm, trung tâm đã hoàn thành 50% kế hoạch đựơc giao, mục tiêu phấn đấu hoàn thành 100% kế hoạch được giao.', 'c.txt');
    expect(claims.map((c) => `${c.kind} ${c.figure.text}`)).toEqual(['percent 50%']);
  });

  it('a change with its base in parentheses, and English text', () => {
    const claims = extractClaims('Kế hoạch năm 2024 của toàn vùng là 91,301 tỷ đồng, giảm 5,2% so với kế hoạch năm trước (96,309 tỷ đồng).', 'd.txt');
    const g = claims.find((c): c is RatioClaim => c.kind === 'growth')!;
    expect(formatDec(g.figure.value)).toBe('-5.2');
    expect(g.base?.claim?.figure.text).toBe('96,309 tỷ đồng');
    expect(g.base?.claim?.subject).toMatchObject({ years: [2023], measure: 'plan' });
    const en = extractClaims('In 2018 the region spent 46,022 million VND, 35.4% of plan.', 'e.txt');
    expect(en.map((c) => `${c.kind} ${formatDec(c.figure.value)}`)).toEqual(['amount 46022', 'percent-of-plan 35.4']);
  });
});

describe('prose or table', () => {
  it('the four articles are prose; table exports (CSV, TSV in a .txt) are not', () => {
    for (const a of ['000-phia-bac-2018.txt', '001-phia-nam-2022.txt', '002-bac-giang-2014-2019.txt', '003-kcqg-2014-2018.txt']) expect(looksLikeProse(article(a)), a).toBe(true);
    expect(looksLikeProse(readFileSync(resolve(ROOT, 'fixtures/forms/text/hai-phong-2024-9thang-unicode.txt'), 'utf16le'))).toBe(false);
    expect(looksLikeProse(readFileSync(resolve(ROOT, 'fixtures/forms/text/quang-ninh-2024-9thang.csv'), 'utf8'))).toBe(false);
    expect(looksLikeProse(readFileSync(resolve(ROOT, 'fixtures/samples/bac-bo-2024-9m.csv'), 'utf8'))).toBe(false);
    expect(looksLikeProse(readFileSync(resolve(ROOT, 'fixtures/claims/data/phia-bac/tong-hop-phia-bac-2018-6thang.csv'), 'utf8'))).toBe(false);
  });
});
