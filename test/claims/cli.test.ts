import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../english-words.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Runs the built CLI without blocking the test worker (a synchronous spawn stalls vitest's RPC on a busy machine). */
const cli = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [join(ROOT, 'bin', 'budget-recon.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      done({ status: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
const json = async (args: string[]) => {
  const r = await cli([...args, '--format', 'json']);
  return { status: r.status, doc: JSON.parse(r.stdout) as { claims: Array<Record<string, unknown>>; summary: Record<string, number> } };
};
/** `claims` on a text written to a file of its own, against a folder of fixtures/claims/data. */
const claimsOn = async (text: string, data: string) => {
  const article = join(mkdtempSync(join(tmpdir(), 'br-claims-')), 'bai-viet.txt');
  writeFileSync(article, text);
  return { ...(await json(['claims', article, '--against', `fixtures/claims/data/${data}`])), article };
};

const SEEDS: Array<[string, string, { verified: number; contradicted: number; unverifiable: number }]> = [
  ['000-phia-bac-2018.txt', 'phia-bac', { verified: 18, contradicted: 0, unverifiable: 1 }],
  ['001-phia-nam-2022.txt', 'phia-nam', { verified: 4, contradicted: 0, unverifiable: 1 }],
  ['002-bac-giang-2014-2019.txt', 'bac-giang', { verified: 10, contradicted: 0, unverifiable: 2 }],
  ['003-kcqg-2014-2018.txt', 'kcqg', { verified: 7, contradicted: 0, unverifiable: 11 }],
];

describe('budget-recon claims on the seed articles and the data made for them', () => {
  it.each(SEEDS)('%s: every figure verified or unverifiable, none contradicted (exit 0)', async (article, data, expected) => {
    const { status, doc } = await json(['claims', `fixtures/claims/articles/${article}`, '--against', `fixtures/claims/data/${data}`]);
    expect(doc.summary).toEqual(expected);
    expect(status).toBe(0);
  });

  it('the JSON contract: exactly these fields, decimal strings in the claim\'s unit, the cells', async () => {
    const { doc } = await json(['claims', 'fixtures/claims/articles/000-phia-bac-2018.txt', '--against', 'fixtures/claims/data/phia-bac']);
    expect(Object.keys(doc)).toEqual(['claims', 'summary']);
    for (const c of doc.claims) expect(Object.keys(c)).toEqual(['text', 'file', 'line', 'column', 'kind', 'status', 'stated', 'computed', 'reason', 'facts']);
    const pct = doc.claims.find((c) => c.text === '35,4%')!;
    expect(pct).toMatchObject({ file: 'fixtures/claims/articles/000-phia-bac-2018.txt', line: 9, column: 392, kind: 'percent-of-plan', status: 'verified', stated: '35.4', computed: '35.400' });
    expect(pct.facts).toEqual([
      { file: 'fixtures/claims/data/phia-bac/tong-hop-phia-bac-2018-6thang.csv', sheet: 'tong-hop-phia-bac-2018-6thang', cell: 'D26' },
      { file: 'fixtures/claims/data/phia-bac/tong-hop-phia-bac-2018-6thang.csv', sheet: 'tong-hop-phia-bac-2018-6thang', cell: 'C26' },
    ]);
    expect(doc.claims.find((c) => c.text === '46.022 triệu đồng')).toMatchObject({ kind: 'amount', stated: '46022', computed: '46022' });
  });

  // A paragraph in other words than the seeds: "Sáu tháng", "TP. Hải Phòng", "của 20 tỉnh, thành phố … là hơn
  // 130 tỷ đồng" (a plan), a "Trong đó" paragraph naming provinces, "đạt X%" alone after an amount.
  const OTHER_WORDS = [
    'Báo cáo tại hội nghị cho biết, kế hoạch kinh phí khuyến công năm 2018 của 20 tỉnh, thành phố phía Bắc là hơn 130 tỷ đồng. Sáu tháng đầu năm 2018, toàn vùng đã thực hiện 46,02 tỷ đồng, đạt 35,4% kế hoạch.',
    'Trong đó, thành phố Hà Nội thực hiện 1.840 triệu đồng, đạt 35,4% kế hoạch năm (5.200 triệu đồng); TP. Hải Phòng thực hiện 3.231 triệu đồng, đạt 35,5%; các tỉnh Tuyên Quang, Yên Bái và Bắc Giang mỗi tỉnh thực hiện 3.221 triệu đồng.',
    'Tỉnh Hòa Bình được giao kế hoạch 5,2 tỷ đồng, 6 tháng đầu năm thực hiện được 1,84 tỷ đồng.',
  ].join('\n');

  it('a paragraph in other words: every figure verified against the data, a figure changed is contradicted at its place', async () => {
    const { status, doc } = await claimsOn(OTHER_WORDS, 'phia-bac');
    expect(doc.claims.filter((c) => c.status !== 'verified').map((c) => c.text)).toEqual([]);
    expect(doc.claims.find((c) => c.text === '3.231 triệu đồng')).toMatchObject({ status: 'verified', facts: [expect.objectContaining({ cell: 'D25' })] });
    expect(doc.claims.find((c) => c.text === '35,5%')).toMatchObject({ kind: 'percent-of-plan', status: 'verified' });
    expect(doc.claims.find((c) => c.text === '130 tỷ đồng')).toMatchObject({ status: 'verified', facts: [expect.objectContaining({ cell: 'C26' })] });
    expect(status).toBe(0);
    for (const [from, to, line, column] of [['1.840', '1.940', 2, 38], ['35,5%', '36,5%', 2, 145]] as const) {
      const altered = await claimsOn(OTHER_WORDS.replace(from, to), 'phia-bac');
      expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => [c.line, c.column])).toEqual([[line, column]]);
    }
  });

  // Southern region in other words: "trên tổng kế hoạch … (đạt X%)", "đến hết tháng 9/2022", "Lũy kế đến 30/9/2022",
  // "tỉnh Bà Rịa - Vũng Tàu", and a paragraph that does not say its time (it goes on from 9 months of 2022).
  const SOUTH = [
    'Năm 2021, do ảnh hưởng của dịch Covid-19, 20 tỉnh, thành phố phía Nam chỉ giải ngân được 30,12 tỷ đồng trên tổng kế hoạch 60 tỷ đồng (đạt 50,2%). Bước sang năm 2022, tổng kinh phí khuyến công được phê duyệt là 75,4 tỷ đồng, tăng 25,7% so với năm trước; đến hết tháng 9/2022 đã thực hiện 28,35 tỷ đồng, bằng 37,6% kế hoạch năm.',
    'Riêng Thành phố Hồ Chí Minh thực hiện 1,7 tỷ đồng; tỉnh Bà Rịa - Vũng Tàu 1,134 tỷ đồng; tỉnh Cà Mau gần 2 tỷ đồng.',
    'Lũy kế đến 30/9/2022, tỉnh Cần Thơ đã giải ngân 1.134 triệu đồng, đạt 37,6% kế hoạch được giao (3.016 triệu đồng).',
  ].join('\n');

  it('the southern region in other words: verified whichever way a paragraph without its time is read; a changed figure is contradicted either way', async () => {
    const { status, doc } = await claimsOn(SOUTH, 'phia-nam');
    expect(doc.claims.filter((c) => c.status !== 'verified').map((c) => c.text)).toEqual([]);
    expect(doc.claims.find((c) => c.text === '1,134 tỷ đồng')).toMatchObject({ facts: [expect.objectContaining({ cell: 'I67' })] });
    expect(doc.claims.find((c) => c.text === '50,2%')).toMatchObject({ kind: 'percent-of-plan' });
    expect(status).toBe(0);
    for (const [from, to, line, column] of [['1,7 tỷ', '1,9 tỷ', 2, 39], ['50,2%', '52,2%', 1, 139], ['1.134 triệu', '1.234 triệu', 3, 49]] as const) {
      const altered = await claimsOn(SOUTH.replace(from, to), 'phia-nam');
      expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => [c.line, c.column])).toContainEqual([line, column]);
      expect(altered.status).toBe(1);
    }
  });

  it('a text that names no province or region is of the data\'s only scope (here "Cả nước"): checked, not "whose figure"', async () => {
    const text = 'Giai đoạn 2014-2018, Chương trình khuyến công quốc gia đã hỗ trợ 45 cụm công nghiệp, trong đó 26 đề án lập quy hoạch chi tiết và 19 đề án đầu tư hạ tầng.\nNăm 2017, chương trình hỗ trợ 11 CCN; năm 2016 là 7 CCN.';
    const { doc } = await claimsOn(text, 'kcqg');
    expect(doc.claims.filter((c) => c.kind === 'count').map((c) => [c.text, c.status])).toEqual([['45 cụm công nghiệp', 'verified'], ['26 đề án', 'verified'], ['19 đề án', 'verified'], ['11 CCN', 'verified'], ['7 CCN', 'verified']]);
    const altered = await claimsOn(text.replace('11 CCN', '12 CCN'), 'kcqg');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => c.text)).toEqual(['12 CCN']);
  });

  it('a list of "label: figure" items: the label says whose and what (programme, activity, a bare province name)', async () => {
    const text = [
      'Kết quả 6 tháng đầu năm 2018 của các tỉnh phía Bắc:',
      '- Tổng kinh phí thực hiện: 46.022 triệu đồng, đạt 35,4% kế hoạch năm (130.005 triệu đồng).',
      '- Kinh phí khuyến công quốc gia: 15.300 triệu đồng; kinh phí khuyến công địa phương: 30.722 triệu đồng.',
      '+ Đào tạo nghề: 745 lao động, kinh phí 1.082 triệu đồng.',
      '* Hà Nội: 1.840 triệu đồng; Hải Phòng: 3.231 triệu đồng.',
    ].join('\n');
    const { doc } = await claimsOn(text, 'phia-bac');
    const status = (t: string) => doc.claims.find((c) => c.text === t)?.status;
    // The data hold no programme split for 2018: the programme figures are unverifiable, not the region's total.
    expect(['15.300 triệu đồng', '30.722 triệu đồng'].map(status)).toEqual(['unverifiable', 'unverifiable']);
    expect(['745 lao động', '1.082 triệu đồng', '1.840 triệu đồng', '3.231 triệu đồng'].map(status)).toEqual(['verified', 'verified', 'verified', 'verified']);
    expect(doc.claims.filter((c) => c.status === 'contradicted')).toEqual([]);
    const altered = await claimsOn(text.replace('1.082', '1.182'), 'phia-bac');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => c.text)).toEqual(['1.182 triệu đồng']);
  });

  it('"tỷ lệ giải ngân … đạt X%" and "…, đạt X%." at a sentence\'s end are shares of the plan', async () => {
    const text = 'Sáu tháng đầu năm 2018, tỷ lệ giải ngân kinh phí khuyến công của toàn vùng phía Bắc đạt 35,4%.\nTP. Hải Phòng thực hiện 3.231 triệu đồng trong 6 tháng đầu năm 2018, đạt 35,5%.';
    const { doc, article } = await claimsOn(text, 'phia-bac');
    expect(doc.claims.filter((c) => c.kind === 'percent-of-plan').map((c) => [c.text, c.status])).toEqual([['35,4%', 'verified'], ['35,5%', 'verified']]);
    // The amounts a rate implies are told in the unit the text writes (triệu đồng), not in đồng.
    expect((await cli(['claims', article, '--against', 'fixtures/claims/data/phia-bac'])).stdout).toContain('46,022 triệu đồng ÷ 130,005 triệu đồng');
    const altered = await claimsOn(text.replace('35,4%', '36,4%').replace('35,5%', '36,5%'), 'phia-bac');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => c.text)).toEqual(['36,4%', '36,5%']);
  });

  it('an interview in other words: "So với năm 2016 (28 đề án), … tăng 35,7%" and "Bình quân … mỗi năm khoảng 33 đề án"', async () => {
    const text = [
      'Ông Nguyễn Văn A: Năm 2017, Trung tâm đã triển khai 38 đề án, trong đó có 36 đề án khuyến công địa phương và 02 đề án khuyến công quốc gia. So với năm 2016 (28 đề án), số đề án tăng 35,7%.',
      'Bình quân giai đoạn 2014-2018, mỗi năm tỉnh thực hiện khoảng 33 đề án.',
    ].join('\n');
    const { doc } = await claimsOn(text, 'bac-giang');
    expect(doc.claims.filter((c) => c.status !== 'verified').map((c) => c.text)).toEqual([]);
    expect(doc.claims.find((c) => c.text === '35,7%')).toMatchObject({ kind: 'growth', status: 'verified' });
    const altered = await claimsOn(text.replace('(28 đề án)', '(26 đề án)'), 'bac-giang');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => c.text)).toEqual(['26 đề án']);
  });

  it('a province named bare ("của Hà Nội") may be the scope: read that way too, never a contradiction against the region', async () => {
    const text = 'Sáu tháng đầu năm 2018, toàn vùng phía Bắc thực hiện 46.022 triệu đồng.\nKinh phí thực hiện 6 tháng đầu năm 2018 của Hà Nội là 1,84 tỷ đồng.';
    const { doc } = await claimsOn(text, 'phia-bac');
    expect(doc.claims.map((c) => [c.text, c.status])).toEqual([['46.022 triệu đồng', 'verified'], ['1,84 tỷ đồng', 'verified']]);
    const altered = await claimsOn(text.replace('1,84 tỷ', '1,94 tỷ'), 'phia-bac');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => [c.text, c.computed])).toEqual([['1,94 tỷ đồng', '1.84']]);
  });

  it('the province a conference is held in ("diễn ra tại tỉnh Nghệ An.") may be no scope of the next sentence: read that way too', async () => {
    const text = 'Hội nghị khuyến công khu vực phía Bắc năm 2018 diễn ra tại tỉnh Nghệ An. Năm 2017, tổng kinh phí khuyến công thực hiện là 128.925 triệu đồng, đạt 95,6% kế hoạch năm.';
    const { doc } = await claimsOn(text, 'phia-bac');
    expect(doc.claims.map((c) => [c.text, c.status])).toEqual([['128.925 triệu đồng', 'verified'], ['95,6%', 'verified']]);
    const altered = await claimsOn(text.replace('128.925', '129.925'), 'phia-bac');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => [c.text, c.computed])).toEqual([['129.925 triệu đồng', '128925']]);
  });

  it('"chiếm X% tổng kế hoạch toàn vùng" with no "trong đó" before it is a share of the region\'s plan', async () => {
    const text = 'Năm 2018, tỉnh Hà Giang là địa phương có kinh phí kế hoạch lớn thứ 2 trong vùng với 7,8 tỷ đồng, chiếm khoảng 6% tổng kế hoạch toàn vùng.';
    const { doc } = await claimsOn(text, 'phia-bac');
    expect(doc.claims.map((c) => [c.text, c.kind, c.status])).toEqual([['7,8 tỷ đồng', 'amount', 'verified'], ['6%', 'share', 'verified']]);
    const altered = await claimsOn(text.replace('khoảng 6%', 'khoảng 9%'), 'phia-bac');
    expect(altered.doc.claims.filter((c) => c.status === 'contradicted').map((c) => c.text)).toEqual(['9%']);
  });

  const ALTERED: Array<[string, string, string[]]> = [
    ['000-chu-so.txt', 'phia-bac', ['9:370 amount 46.922 triệu đồng computed 46022']],
    ['000-ty-le-dong-khac.txt', 'phia-bac', ['11:177 percent-of-plan 35,4% computed 20.793']],
    ['000-giam-thay-tang.txt', 'phia-bac', ['9:173 growth 4,5% computed 4.500']],
    ['001-chu-so.txt', 'phia-nam', ['4:251 percent-of-plan 36,7% computed 37.599']],
    ['002-chu-so.txt', 'bac-giang', ['12:164 count 160 đề án computed 150', '12:144 part-whole 166 đề án ⊇ 160 đề án + 16 đề án computed 176']],
    ['003-chu-so.txt', 'kcqg', ['19:156 count 28 đề án computed 26', '19:124 part-whole 45 CCN ⊇ 28 đề án + 19 đề án computed 47']],
  ];

  it.each(ALTERED)('%s: the alteration is found at its line and column (exit 1)', async (file, data, expected) => {
    const { status, doc } = await json(['claims', `fixtures/claims/altered/${file}`, '--against', `fixtures/claims/data/${data}`]);
    expect(doc.claims.filter((c) => c.status === 'contradicted').map((c) => `${c.line}:${c.column} ${c.kind} ${c.text} computed ${c.computed}`)).toEqual(expected);
    expect(status).toBe(1);
  });

  it('messages in Vietnamese (NFC) and English', async () => {
    const vi = (await cli(['claims', 'fixtures/claims/altered/000-chu-so.txt', '--against', 'fixtures/claims/data/phia-bac', '--lang', 'vi'])).stdout;
    expect(vi).toContain('9:370     sai lệch');
    expect(vi).toContain('Ghi 46.922 triệu đồng, nhưng số liệu cho 46.022 triệu đồng (toàn vùng, 6 tháng năm 2018, thực hiện)');
    expect(vi).toContain('(số thực hiện lấy từ số liệu, kế hoạch từ số liệu)');
    expect(vi).toMatch(/ sai lệch +số tiền +46\.922 triệu đồng/);
    // Every word of the Vietnamese output is Vietnamese: quoted document text, file names and cells aside.
    expect(englishWords(vi.replace(/fixtures\/\S+/g, '').replace(/\[số liệu:[^\]]*\]/g, ''))).toEqual([]);
    expect(vi).toContain('17 khớp, 1 sai lệch, 1 không kiểm được');
    expect(vi).toBe(vi.normalize('NFC'));
    const en = (await cli(['claims', 'fixtures/claims/altered/000-chu-so.txt', '--against', 'fixtures/claims/data/phia-bac'])).stdout;
    expect(en).toContain('States 46,922 triệu đồng, but the data give 46,022 triệu đồng (toàn vùng, 6 months of 2018, actual)');
  });

  it('sarif and github point at the line and column of the claim', async () => {
    const sarif = JSON.parse((await cli(['claims', 'fixtures/claims/altered/000-chu-so.txt', '--against', 'fixtures/claims/data/phia-bac', '--format', 'sarif'])).stdout);
    const bad = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ ruleId: 'claim-contradicted', locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/claims/altered/000-chu-so.txt' }, region: { startLine: 9, startColumn: 370, endColumn: 387 } } }], properties: { stated: '46922', computed: '46022' } });
    expect(bad[0].relatedLocations[0].logicalLocations[0].fullyQualifiedName).toBe('tong-hop-phia-bac-2018-6thang!D26');
    const gh = (await cli(['claims', 'fixtures/claims/altered/000-chu-so.txt', '--against', 'fixtures/claims/data/phia-bac', '--format', 'github'])).stdout;
    expect(gh).toMatch(/^::error file=fixtures\/claims\/altered\/000-chu-so.txt,line=9,col=370,title=claim contradicted%3A 46.922 triệu đồng::States 46,922/m);
  });

  it('with no data the text is checked against itself', async () => {
    const { status, doc } = await json(['claims', 'fixtures/claims/altered/000-chu-so.txt']);
    expect(doc.claims.find((c) => c.text === '35,4%')).toMatchObject({ status: 'contradicted', computed: '36.092' });
    expect(status).toBe(1);
    expect((await json(['claims', 'fixtures/claims/articles/000-phia-bac-2018.txt'])).status).toBe(0);
  });

  it('reads .docx (mammoth), one paragraph per line', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Báo cáo khuyến công')}${p('Trong năm 2018, nguồn kinh phí khuyến công phía Bắc là 130.005 triệu đồng, trong vòng 6 tháng đầu năm kinh phí toàn vùng đã thực hiện được 46.022 triệu đồng đạt 36,4% kế hoạch năm.')}</w:body></w:document>`);
    const dir = mkdtempSync(join(tmpdir(), 'claims-'));
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const { status, doc } = await json(['claims', file, '--against', 'fixtures/claims/data/phia-bac']);
    expect(doc.claims.filter((c) => c.status === 'contradicted').map((c) => `${c.line}:${c.column} ${c.text}`)).toEqual(['2:162 36,4%']);
    expect(status).toBe(1);
  });

  it('exit 2 when it cannot run', async () => {
    const r = await cli(['claims', 'fixtures/claims/articles/nothing.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('budget-recon: no such file or folder: fixtures/claims/articles/nothing.txt\n');
    expect((await cli(['claims', 'fixtures/claims/articles/000-phia-bac-2018.txt', '--against', 'no/such/dir'])).status).toBe(2);
  });
});

describe('check on a folder with prose and reports', () => {
  it('skips the articles with an info pointing at claims, reads the reports', async () => {
    const r = await cli(['check', 'fixtures/claims', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { findings: Array<{ code: string; severity: string; location: { file: string } }>; summary: { errors: number } };
    const skipped = doc.findings.filter((f) => f.code === 'prose-skipped');
    expect(skipped.map((f) => f.location.file).sort()).toEqual([
      ...['000-chu-so', '000-giam-thay-tang', '000-ty-le-dong-khac', '001-chu-so', '002-chu-so', '003-chu-so'].map((n) => `fixtures/claims/altered/${n}.txt`),
      ...['000-phia-bac-2018', '001-phia-nam-2022', '002-bac-giang-2014-2019', '003-kcqg-2014-2018'].map((n) => `fixtures/claims/articles/${n}.txt`),
    ]);
    expect(skipped.every((f) => f.severity === 'info')).toBe(true);
    expect(doc.summary.errors).toBe(0);
    expect(r.status).toBe(0);
  });
});
