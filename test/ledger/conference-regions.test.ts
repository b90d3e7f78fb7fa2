import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { buildConference } from '../../src/ledger/conference.js';
import { narrate } from '../../src/narrate/narrate.js';

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';

function folder(files: Record<string, string[][]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'br-regions-'));
  for (const [name, rows] of Object.entries(files)) writeFileSync(join(dir, name), csv(rows));
  return dir;
}

const FORM = (province: string, plan: string, actual: string) => [
  [`SỞ CÔNG THƯƠNG TỈNH ${province}`],
  ['BÁO CÁO KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
  ['I', 'KHUYẾN CÔNG QUỐC GIA', plan, actual],
  ['1', 'Đào tạo nghề', plan, actual],
];

const names = (c: NonNullable<ReturnType<typeof buildConference>>) => c.regions.map((g) => `${g.name}${g.read ? ' (read)' : ''}: ${g.provinces.map((p) => p.name).join(', ')}`);

describe('conference regions are read from the inputs, never assumed', () => {
  it('groups the provinces under the section rows of a national summary ("I. Khu vực phía Bắc"), whatever their socio-economic region', async () => {
    const dir = folder({
      'tong-hop.csv': [
        ['TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024'],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024 KCQG', 'Thực hiện 9 tháng năm 2024 KCQG'],
        ['', 'Tổng cộng', '3000', '1800'],
        ['I', 'Khu vực phía Bắc', '1500', '900'],
        ['1', 'Nghệ An', '1000', '600'],
        ['2', 'Hà Tĩnh', '500', '300'],
        ['II', 'Khu vực miền Trung – Tây Nguyên', '1500', '900'],
        ['1', 'Quảng Nam', '800', '500'],
        ['2', 'Gia Lai', '700', '400'],
      ],
    });
    const { ledger } = await reconcile([dir]);
    const c = buildConference(ledger)!;
    // Nghệ An and Hà Tĩnh are "Bắc Trung Bộ và duyên hải miền Trung" in NQ 81/2023, Gia Lai "Tây Nguyên": the table says otherwise.
    expect(names(c)).toEqual(['phía Bắc (read): Nghệ An, Hà Tĩnh', 'miền Trung – Tây Nguyên (read): Quảng Nam, Gia Lai']);
    expect(c.region).toBe('');
  });

  it('takes a regional summary\'s title region for its provinces and their own forms, in the paragraph as "khu vực"', async () => {
    const dir = folder({
      'na.csv': FORM('NGHỆ AN', '1000', '600'),
      'ht.csv': FORM('HÀ TĨNH', '500', '300'),
      'tong-hop.csv': [
        ['TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG 9 THÁNG NĂM 2024 CÁC TỈNH, THÀNH PHỐ KHU VỰC PHÍA BẮC'],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tỉnh, thành phố', 'Kế hoạch năm 2024 KCQG', 'Thực hiện 9 tháng năm 2024 KCQG'],
        ['', 'Tổng cộng', '1500', '900'],
        ['1', 'Nghệ An', '1000', '600'],
        ['2', 'Hà Tĩnh', '500', '300'],
      ],
    });
    const { ledger } = await reconcile([dir], { lang: 'vi' });
    const c = buildConference(ledger)!;
    expect(names(c)).toEqual(['phía Bắc (read): Nghệ An, Hà Tĩnh']);
    expect(c.region).toBe('phía Bắc');
    expect(narrate(c, { lang: 'vi' }).text).toMatch(/của 2 tỉnh, thành phố khu vực phía Bắc là 1\.500 triệu đồng/);
  });

  it('falls back to the socio-economic regions, named "vùng", when no input names one', async () => {
    const dir = folder({ 'na.csv': FORM('NGHỆ AN', '1000', '600'), 'ht.csv': FORM('HÀ TĨNH', '500', '300') });
    const { ledger } = await reconcile([dir], { lang: 'vi' });
    const c = buildConference(ledger)!;
    expect(names(c)).toEqual(['Bắc Trung Bộ và duyên hải miền Trung: Nghệ An, Hà Tĩnh']);
    expect(narrate(c, { lang: 'vi' }).text).toMatch(/khuyến công của 2 tỉnh, thành phố vùng Bắc Trung Bộ và duyên hải miền Trung là/);
  });
});

describe('a large batch', () => {
  it('builds the conference model of a ledger of 300,000 figures (a folder of hundreds of reports) without overflowing the stack', async () => {
    const dir = folder({ 'na.csv': FORM('NGHỆ AN', '1000', '600'), 'ht.csv': FORM('HÀ TĨNH', '500', '300') });
    const { ledger } = await reconcile([dir]);
    // Copies of its figures as earlier years' (the model is of the latest year only, so it stays small).
    const entries = Array.from({ length: Math.ceil(300_000 / ledger.entries.length) }, (_, k) => ledger.entries.map((e) => ({ ...e, year: e.year - k }))).flat();
    expect(() => buildConference({ ...ledger, entries })).not.toThrow();
  }, 60_000);
});
