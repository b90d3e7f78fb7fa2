import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/claims/check-text.js';
import { extractClaims } from '../../src/claims/extract.js';
import { renderReason } from '../../src/findings/claims-catalog.js';
import { buildLedger } from '../../src/ledger/build-ledger.js';
import { parseDec } from '../../src/ledger/money.js';
import type { LedgerEntry } from '../../src/ledger/schema.js';

/** A ledger fact of a province or, with code '', of a regional total row. */
function fact(code: string, year: number, period: string, measure: 'plan' | 'actual', value: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    provinceCode: code, province: code ? 'P' : 'Tổng cộng', year, period, program: '', activity: '', measure, amount: parseDec(value)!, unit: 'VND',
    level: code ? 'item' : 'total', label: 'Tổng', source: { file: 'r.csv', sheet: 'r', cell: `C${year % 100}`, row: 1, column: 3 },
    line: '', precision: 0, rounded: false, ofWhich: false, rowKey: 'r', ...extra,
  };
}

const summary = (r: ReturnType<typeof checkText>) => r.map((c) => `${c.kind}:${c.status}`);

describe('checked within the precision written', () => {
  it('"46,022 tỷ đồng" accepts ± 0,0005 tỷ, no more', () => {
    const text = 'Năm 2018, kinh phí toàn vùng đã thực hiện được 46,022 tỷ đồng.';
    const ok = buildLedger([fact('', 2018, '01-12', 'actual', '46022499999')]);
    const edge = buildLedger([fact('', 2018, '01-12', 'actual', '46021500000')]);
    const off = buildLedger([fact('', 2018, '01-12', 'actual', '46022500001')]);
    expect(summary(checkText(text, 't.txt', ok))).toEqual(['amount:verified']);
    expect(summary(checkText(text, 't.txt', edge))).toEqual(['amount:verified']);
    const r = checkText(text, 't.txt', off)[0]!;
    expect(r).toMatchObject({ status: 'contradicted', stated: '46.022', computed: '46.022500001', facts: [{ file: 'r.csv', sheet: 'r', cell: 'C18' }] });
  });

  it('"35,4%" accepts [35,35; 35,45] inclusive', () => {
    const text = (pct: string) => `Năm 2018, toàn vùng thực hiện đạt ${pct} kế hoạch năm về kinh phí.`;
    const data = (num: string) => buildLedger([fact('', 2018, '01-12', 'plan', '100000'), fact('', 2018, '01-12', 'actual', num)]);
    expect(checkText(text('35,4%'), 't', data('35350'))[0]!.status).toBe('verified');
    expect(checkText(text('35,4%'), 't', data('35450'))[0]!.status).toBe('verified');
    expect(checkText(text('35,4%'), 't', data('35349'))[0]!).toMatchObject({ status: 'contradicted', computed: '35.349' });
    expect(checkText(text('35,4%'), 't', data('35451'))[0]!.status).toBe('contradicted');
  });

  it('a region is its total row, else the sum of its provinces; both programmes are KCQG + KCĐP', () => {
    const text = 'Năm 2018, kinh phí khuyến công phía Bắc đã thực hiện được 300 triệu đồng.';
    const byProvince = buildLedger([
      fact('01', 2018, '01-12', 'actual', '100000000', { program: 'KCQG' }),
      fact('01', 2018, '01-12', 'actual', '50000000', { program: 'KCDP' }),
      fact('02', 2018, '01-12', 'actual', '150000000'),
    ]);
    expect(checkText(text, 't', byProvince)[0]).toMatchObject({ status: 'verified', computed: '300' });
    const withTotal = buildLedger([fact('', 2018, '01-12', 'actual', '310000000'), fact('01', 2018, '01-12', 'actual', '300000000')]);
    expect(checkText(text, 't', withTotal)[0]).toMatchObject({ status: 'contradicted', computed: '310' });
  });

  it('unverifiable says what is missing', () => {
    const r = checkText('Năm 2018, kinh phí toàn vùng đã thực hiện được 46.022 triệu đồng.', 't', buildLedger([fact('', 2017, '01-12', 'actual', '1')]))[0]!;
    expect(r).toMatchObject({ status: 'unverifiable', reason: { code: 'no-fact', params: { what: { kind: 'subject', subject: { years: [2018], period: '01-12', measure: 'actual' } } } } });
    expect(renderReason(r.reason.code, r.reason.params, 'vi')).toBe('Số liệu không có số cho toàn vùng, năm 2018, thực hiện');
    expect(renderReason(r.reason.code, r.reason.params, 'en')).toBe('The data hold no figure for toàn vùng, the year 2018, actual');
    expect(checkText('Kinh phí đã thực hiện được 46.022 triệu đồng.', 't', buildLedger([]))[0]!.reason.code).toBe('no-year');
  });
});

describe('counts of provinces and fractions', () => {
  const ledger = buildLedger(['01', '02', '04'].map((c) => fact(c, 2017, '01-12', 'actual', '100')));
  it('a count of provinces is verified when the data hold that many, else unverifiable, never contradicted', () => {
    const [ok] = checkText('Năm 2017, kinh phí khuyến công của 3 tỉnh, thành phố phía Bắc là 300 đồng.', 't', ledger);
    expect(ok).toMatchObject({ kind: 'count', status: 'verified', computed: '3', reason: { code: 'provinces-match' } });
    expect(ok!.facts).toHaveLength(3);
    const [other] = checkText('Năm 2017, Hội nghị khuyến công 28 tỉnh, thành phía Bắc.', 't', ledger);
    expect(other).toMatchObject({ status: 'unverifiable', computed: '3', reason: { code: 'provinces-other' } });
    expect(renderReason(other!.reason.code, other!.reason.params, 'vi')).toBe('Số liệu có báo cáo của 3 tỉnh, không phải 28: văn bản có thể tính cả các tỉnh không có báo cáo trong số liệu');
  });
  it('a fraction is a part within its whole; a part above it is contradicted', () => {
    const within = checkText('Năm 2023 chỉ có 04/20 tỉnh, thành phía Nam đăng ký.', 't', undefined);
    expect(within.map((r) => [r.text, r.status])).toEqual([['20 tỉnh, thành', 'unverifiable'], ['04/20 tỉnh, thành', 'verified']]);
    const over = checkText('Năm 2023 có 24/20 tỉnh đăng ký.', 't', undefined);
    expect(over.at(-1)).toMatchObject({ text: '24/20 tỉnh', status: 'contradicted', reason: { code: 'fraction-exceeds' } });
  });
});

describe('claims checked against each other when no data is given', () => {
  it('"đạt X%" against the plan stated elsewhere in the text', () => {
    const text = 'Trong năm 2018, nguồn kinh phí khuyến công phía Bắc là 130.005 triệu đồng, trong vòng 6 tháng đầu năm kinh phí toàn vùng đã thực hiện được 46.022 triệu đồng đạt 35,4% kế hoạch năm.';
    expect(summary(checkText(text, 't', undefined))).toEqual(['amount:unverifiable', 'amount:unverifiable', 'percent-of-plan:verified']);
    const wrong = checkText(text.replace('46.022', '46.922'), 't', undefined)[2]!;
    expect(wrong).toMatchObject({ status: 'contradicted', computed: '36.092' });
  });

  it('"vượt X% so với kế hoạch" is a change over this year\'s plan, not X% of it', () => {
    const text = 'Năm 2023, số lao động được đào tạo là 520 người, vượt 4% so với kế hoạch (500 người).';
    const r = checkText(text, 't', undefined).find((x) => x.text === '4%')!;
    expect(r).toMatchObject({ kind: 'growth', status: 'verified', computed: '4.00' });
    expect(checkText(text.replace('520', '540'), 't', undefined).find((x) => x.text === '4%')).toMatchObject({ status: 'contradicted', computed: '8.00' });
    // Against the data: this year's plan, not last year's.
    const ledger = buildLedger([fact('02', 2023, '01-12', 'actual', '520', { unit: 'người' }), fact('02', 2023, '01-12', 'plan', '500', { unit: 'người' }), fact('02', 2022, '01-12', 'plan', '400', { unit: 'người' })]);
    expect(checkText('Năm 2023, tỉnh Hà Giang đào tạo 520 người, cao hơn 4% so với kế hoạch.', 't', ledger).find((x) => x.text === '4%')).toMatchObject({ status: 'verified' });
  });

  it('"chiếm X%" is a part\'s share of the whole it was stated in', () => {
    const text = 'Năm 2022 tổng kinh phí khuyến công thực hiện là 98,456 tỷ đồng. Trong đó, kinh phí khuyến công quốc gia là 21,340 tỷ đồng, chiếm 21,7%; kinh phí khuyến công địa phương là 77,116 tỷ đồng, chiếm 78,3%.';
    const shares = checkText(text, 't', undefined).filter((r) => r.kind === 'share');
    expect(shares.map((r) => [r.text, r.status, r.computed])).toEqual([['21,7%', 'verified', '21.675'], ['78,3%', 'verified', '78.325']]);
    const wrong = checkText(text.replace('21,7%', '27,1%'), 't', undefined).filter((r) => r.kind === 'share');
    expect(wrong.map((r) => r.status)).toEqual(['contradicted', 'verified']);
    // No whole stated: nothing to compare with.
    expect(checkText('Kinh phí khuyến công quốc gia là 21,340 tỷ đồng, chiếm 21,7%.', 't', undefined).find((r) => r.text === '21,7%')).toMatchObject({ kind: 'percent', status: 'unverifiable' });
  });

  it('an agency\'s name names no activity and no programme; a change by an amount is no level', () => {
    const text = 'Năm 2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Quảng Ninh được giao kế hoạch kinh phí 6.500 triệu đồng. Đến hết năm, Trung tâm đã giải ngân 6.350 triệu đồng, đạt 97,7% kế hoạch. So với năm 2022, số đề án tăng 4 đề án, tăng lên 25 đề án.';
    const claims = checkText(text, 't', undefined);
    expect(claims.find((r) => r.text === '97,7%')).toMatchObject({ status: 'verified', computed: '97.692' });
    expect(claims.find((r) => r.text === '4 đề án')).toMatchObject({ status: 'unverifiable', reason: { code: 'amount-change' } });
    expect(claims.find((r) => r.text === '25 đề án')!.reason.code).toBe('no-data');
    // Against data, the plan is the province's whole plan, not a consulting line or the KCĐP alone.
    const ledger = buildLedger([fact('22', 2023, '01-12', 'plan', '6500000000'), fact('22', 2023, '01-12', 'actual', '6350000000'), fact('22', 2023, '01-12', 'plan', '900000000', { activity: 'KC5_TUVAN', line: 'KC5_TUVAN', level: 'item' }), fact('22', 2023, '01-12', 'plan', '1000000000', { program: 'KCDP', line: '' })]);
    expect(checkText(text, 't', ledger).find((r) => r.text === '6.500 triệu đồng')).toMatchObject({ status: 'verified' });
  });

  it('two changes of one amount, each against its own base in parentheses', () => {
    const text = 'Năm 2018, kinh phí khuyến công quốc gia là 110 tỷ đồng, tăng 10% so với năm 2017 (100 tỷ đồng) và tăng 37,5% so với năm 2014 (80 tỷ đồng).';
    const growth = checkText(text, 't', undefined).filter((r) => r.kind === 'growth');
    expect(growth.map((r) => [r.text, r.status, r.computed])).toEqual([['10%', 'verified', '10.00'], ['37,5%', 'verified', '37.500']]);
    expect(checkText(text.replace('37,5%', '25%'), 't', undefined).filter((r) => r.kind === 'growth').map((r) => r.status)).toEqual(['verified', 'contradicted']);
  });

  it('a change against the base in parentheses; "tăng" for "giảm" is found', () => {
    const text = 'Kế hoạch năm 2024 của toàn vùng là 91,301 tỷ đồng, giảm 5,2% so với kế hoạch năm trước (96,309 tỷ đồng).';
    expect(checkText(text, 't', undefined).find((r) => r.kind === 'growth')).toMatchObject({ status: 'verified', stated: '-5.2', computed: '-5.200' });
    expect(checkText(text.replace('giảm', 'tăng'), 't', undefined).find((r) => r.kind === 'growth')).toMatchObject({ status: 'contradicted', stated: '5.2' });
  });

  it('parts against their whole', () => {
    const ok = 'Năm 2019, tỉnh Bắc Giang thực hiện 25 đề án, trong đó 23 đề án khuyến công tỉnh và 2 đề án khuyến công quốc gia.';
    expect(checkText(ok, 't', undefined).at(-1)).toMatchObject({ kind: 'part-whole', status: 'verified', stated: '25', computed: '25' });
    expect(checkText(ok.replace('23 đề án', '22 đề án'), 't', undefined).at(-1)).toMatchObject({ status: 'contradicted', reason: { code: 'parts-short' } });
    // A "trong đó" that is not the two programmes need not be complete.
    const partial = 'Năm 2019 cả nước có 1048 người. Trong đó số biên chế là 875 người.';
    expect(checkText(partial, 't', undefined).at(-1)).toMatchObject({ kind: 'part-whole', status: 'verified', reason: { code: 'parts-within' } });
  });

  describe('which figure a breakdown or a change is of', () => {
    const partsOf = (text: string) => checkText(text, 't', undefined).filter((r) => r.kind === 'part-whole').map((r) => [r.text, r.status]);

    it('"Trong đó" opening a sentence breaks down the fact of its parts\' own unit, not the last figure', () => {
      const text = 'Các tỉnh đã hỗ trợ 412 cơ sở với kinh phí 48,6 tỷ đồng; hỗ trợ 18 cụm công nghiệp. Trong đó, có 210 cơ sở thuộc khuyến công quốc gia và 202 cơ sở thuộc khuyến công địa phương.';
      expect(partsOf(text)).toEqual([['412 cơ sở ⊇ 210 cơ sở + 202 cơ sở', 'verified']]);
      // Any count when none is of its own unit ("45 CCN. Trong đó 26 đề án …").
      expect(partsOf('Năm 2019 hỗ trợ 45 CCN. Trong đó 26 đề án khuyến công quốc gia và 19 đề án khuyến công địa phương.')).toEqual([['45 CCN ⊇ 26 đề án + 19 đề án', 'verified']]);
    });

    it('an amount in brackets that is the base of a comparison is no whole of the next "Trong đó"', () => {
      const plan = 'Năm 2023, kinh phí thực hiện 15,2 tỷ đồng, đạt 101,3% kế hoạch (15 tỷ đồng). Trong đó, khuyến công quốc gia 3,5 tỷ đồng, khuyến công địa phương 11,7 tỷ đồng.';
      expect(partsOf(plan)).toEqual([['15,2 tỷ đồng ⊇ 3,5 tỷ đồng + 11,7 tỷ đồng', 'verified']]);
      const prior = 'Kinh phí thực hiện 3,2 tỷ đồng. So với cùng kỳ năm 2023 (2,5 tỷ đồng), kinh phí thực hiện tăng 28%. Trong đó, khuyến công quốc gia: 1,1 tỷ đồng; khuyến công địa phương: 2,1 tỷ đồng.';
      expect(partsOf(prior)).toEqual([['3,2 tỷ đồng ⊇ 1,1 tỷ đồng + 2,1 tỷ đồng', 'verified']]);
      // Nor is the plan an amount is written over ("3,2 tỷ đồng/8 tỷ đồng kế hoạch").
      const over = 'Kinh phí thực hiện 3,2 tỷ đồng/8 tỷ đồng kế hoạch, đạt 40%. Trong đó, khuyến công quốc gia: 1,1 tỷ đồng; khuyến công địa phương: 2,1 tỷ đồng.';
      expect(partsOf(over)).toEqual([['3,2 tỷ đồng ⊇ 1,1 tỷ đồng + 2,1 tỷ đồng', 'verified']]);
    });

    it('"so với cùng kỳ (X)" before a change gives the change its base', () => {
      const text = 'Kinh phí thực hiện 24.560 triệu đồng, so với cùng kỳ năm 2023 (21.350 triệu đồng) tăng 15%.';
      expect(checkText(text, 't', undefined).find((r) => r.kind === 'growth')).toMatchObject({ status: 'verified', computed: '15.04' });
      expect(checkText(text.replace('tăng 15%', 'tăng 18%'), 't', undefined).find((r) => r.kind === 'growth')).toMatchObject({ status: 'contradicted' });
    });

    it('programmes named in brackets are the parts, not the programme of the total after them', () => {
      const text = 'Các tỉnh đã thực hiện 58 đề án (gồm 12 đề án khuyến công quốc gia và 46 đề án khuyến công địa phương), với tổng kinh phí 24.560 triệu đồng.';
      const total = extractClaims(text, 't').find((c) => c.kind === 'amount');
      expect(total).toMatchObject({ kind: 'amount', subject: { program: '' } });
    });

    it('"gồm" parts in the whole\'s unit are complete: short of it is a contradiction', () => {
      const text = 'Các tỉnh đã thực hiện 58 đề án (gồm 12 đề án hỗ trợ máy móc và 46 đề án đào tạo nghề).';
      expect(partsOf(text)).toEqual([['58 đề án ⊇ 12 đề án + 46 đề án', 'verified']]);
      const short = checkText(text.replace('58 đề án', '60 đề án'), 't', undefined).find((r) => r.kind === 'part-whole');
      expect(short).toMatchObject({ status: 'contradicted', reason: { code: 'parts-incomplete' } });
      // "trong đó" is partial: the same figures are within the whole.
      expect(partsOf('Các tỉnh đã thực hiện 60 đề án, trong đó 12 đề án hỗ trợ máy móc và 46 đề án đào tạo nghề.')).toEqual([['60 đề án ⊇ 12 đề án + 46 đề án', 'verified']]);
    });

    it('"bằng X% so với năm 2022 (Y)" is this year\'s amount over that year\'s', () => {
      const text = 'Năm 2023, toàn vùng thực hiện 120.500 triệu đồng, bằng 108,2% so với năm 2022 (111.368 triệu đồng).';
      expect(checkText(text, 't', undefined).find((r) => r.kind === 'ratio-prior')).toMatchObject({ status: 'verified', computed: '108.200' });
      expect(checkText(text.replace('108,2%', '107,2%'), 't', undefined).find((r) => r.kind === 'ratio-prior')).toMatchObject({ status: 'contradicted' });
    });

    it('amounts across a slash are done over plan: "đạt X%" is checked against them; dates and document numbers are no amounts', () => {
      const ofPlan = (text: string) => checkText(text, 't', undefined).filter((r) => r.kind === 'percent-of-plan').map((r) => [r.text, r.status]);
      expect(ofPlan('Các tỉnh đã giải ngân được 62.400 triệu đồng/125.000 triệu đồng kế hoạch, đạt 49,9%.')).toEqual([['49,9%', 'verified']]);
      expect(ofPlan('Tỉnh Quảng Ngãi giải ngân 3,2/8 tỷ đồng, đạt 40%.')).toEqual([['40%', 'verified']]);
      expect(ofPlan('Tỉnh Quảng Ngãi giải ngân 3,2/8 tỷ đồng, đạt 45%.')).toEqual([['45%', 'contradicted']]);
      const dated = checkText('Theo Quyết định số 1288/QĐ-TTg ngày 01/8/2014, đến ngày 30/9/2024 đã hỗ trợ 25 cơ sở.', 't', undefined);
      expect(dated.map((r) => r.text)).toEqual(['25 cơ sở']);
    });
  });
});

