import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMapping } from '../../src/config/mapping.js';
import { reconcile } from '../../src/index.js';
import { formatDec } from '../../src/ledger/money.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = mkdtempSync(join(tmpdir(), 'br-map-'));

describe('budget-recon inspect', () => {
  it('shows the layout, title facts, each column with its meaning, unit and number style, and row roles', () => {
    const r = cli(['inspect', 'fixtures/forms/text/quang-ninh-2024-9thang.csv']);
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain('report form');
    // Every layout-level decision with its certainty and evidence.
    expect(out).toContain('header rows: 6, 7; numbering row: 8; merged ranges: 0  (certain: the column-numbering row 8 closes it)');
    expect(out).toContain('year: 2024  (certain: stated in the title: "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM 2024")');
    expect(out).toContain('period: 9 months  (certain: stated in the title:');
    expect(out).toContain('unit: triệu đồng  (certain: stated in the title: "Đơn vị tính: triệu đồng")');
    expect(out).toContain('province: 22 Quảng Ninh  (certain: stated in the title: "UBND TỈNH QUẢNG NINH")');
    expect(out).toMatch(/programme: — +\(certain: not in the title or the columns/);
    expect(out).toMatch(/D {3}"Thực hiện 9 tháng năm 2024" +→ actual, 2024, 9 months, triệu đồng {2}\[number style: Vietnamese \(1\.234,5\) \(weak: from the figures of the file's other columns\)\] {2}\(certain: the header's words\)/);
    expect(out).toMatch(/F {3}"Tỷ lệ TH\/KH \(%\)".*\[number style: Vietnamese \(1\.234,5\) \(certain: 11 figures of the column only this style reads\)\]/);
    expect(out).toMatch(/15 +- +Trong đó: đào tạo nghề cho lao động nữ +sub-line \(of which\) \[KCĐP\] {2}\(certain: STT "-"\)/);
    expect(out).toMatch(/19 · +TỔNG CỘNG \(I\+II\) +total {2}\(certain: its label names its parts: I \+ II\)/);
    const vi = cli(['inspect', 'fixtures/forms/text/quang-ninh-2024-9thang.csv', '--lang', 'vi']).stdout;
    expect(vi).toContain('dòng tiêu đề: 6, 7; dòng đánh số cột: 8; vùng gộp ô: 0  (chắc chắn: dòng đánh số cột 8 đóng phần tiêu đề)');
    expect(vi).toMatch(/D {3}"Thực hiện 9 tháng năm 2024" .*\(chưa chắc: theo số liệu các cột khác trong tệp\)\] {2}\(chắc chắn: từ ngữ của tiêu đề cột\)/);
  });

  it('speaks Vietnamese and gives the same as JSON', () => {
    expect(cli(['inspect', 'fixtures/forms/exceljs/tong-hop-bac-trung-bo-2024-9thang.xlsx', '--lang', 'vi']).stdout).toContain('biểu tổng hợp');
    const doc = JSON.parse(cli(['inspect', 'fixtures/forms/exceljs/tong-hop-bac-trung-bo-2024-9thang.xlsx', '--format', 'json']).stdout);
    const sheet = doc.files[0].sheets[0];
    expect(sheet.layout.kind).toBe('summary');
    // The numbering row declares (5)=(3)+(4): the declared relation replaces the guessed column group.
    expect(sheet.layout.columns.find((c: { col: number }) => c.col === 5).sumOf).toEqual([3, 4]);
    expect(sheet.stats.roles[0]).toMatchObject({ row: 8, kind: 'total', certainty: 'certain' });
    expect(sheet.layout.decisions.band).toMatchObject({ value: [4, 5, 6], certainty: 'certain', evidence: { key: 'band-numbering' } });
    expect(sheet.layout.decisions.kind).toMatchObject({ value: 'summary', certainty: 'certain', evidence: { key: 'kind-summary', values: { n: '6' } } });
  });
});

describe('mapping file', () => {
  const odd = 'fixtures/mapping/odd-layout.csv';
  const mapping = 'fixtures/mapping/odd-layout.mapping.json';

  it('reads a sheet detection cannot, with title facts and columns from the mapping', async () => {
    expect(cli(['check', odd]).status).toBe(1);
    const r = cli(['check', odd, '--mapping', mapping, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, entries: 9 });
    const { ledger } = await reconcile([join(ROOT, odd)], {}, { mapping: compileMapping(JSON.parse(readFileSync(join(ROOT, mapping), 'utf8'))) });
    const plan = ledger.entries.find((e) => e.measure === 'plan' && e.label === 'Đào tạo nghề')!;
    expect([plan.provinceCode, plan.year, plan.period, formatDec(plan.amount), plan.source.cell]).toEqual(['40', 2024, '01-12', '1200000000', 'C3']);
  });

  it('finds a fault in the mapped sheet', () => {
    const bad = join(tmp, 'odd-layout-bad.csv');
    writeFileSync(bad, 'Bảng kê\r\nCột 1;Cột 2;Cột 3;Cột 4;Cột 5\r\na;Đào tạo nghề;1.200;600;5,0\r\n');
    const r = cli(['check', bad, '--mapping', mapping, '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string; location: { cell: string } }) => `${f.code}@${f.location.cell}`)).toEqual(['percent-of-plan-mismatch@E3']);
  });

  it('is validated: a bad mapping stops the run with exit 2 and a one-line reason', () => {
    const cases: Array<[object, RegExp]> = [
      [{ rules: [{ columns: { C: { measure: 'budgeted' } } }] }, /rules\.0\.columns\.C/],
      [{ rules: [{ title: { province: 'Atlantis' } }] }, /"Atlantis" is not a province/],
      [{ rules: [{ columns: { '3': 'label' } }] }, /column letter/],
      [{ rules: [] }, /rules/],
    ];
    for (const [json, re] of cases) {
      const f = join(tmp, `${Math.random()}.json`);
      writeFileSync(f, JSON.stringify(json));
      const r = cli(['check', odd, '--mapping', f]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(re);
    }
  });
});
