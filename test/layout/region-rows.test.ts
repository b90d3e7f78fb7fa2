import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { classifyRow } from '../../src/layout/row-roles.js';
import { writeForm } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'br-regions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Region rows as the Ministry of Finance's tables of provinces write them (2004–2016), and a
// few their other years plausibly write: abbreviated, with the English gloss after a dash or
// glued on once the line break is lost. Without a Roman numeral in STT they are still regions.
const REGION_LABELS = [
  'ĐÔNG BẮC', 'TÂY BẮC', 'ĐÔNG BẮC - NORTH EAST', 'Miền Núi Phía Bắc', 'MIỀN NÚI PHÍA BẮC', 'ĐỒNG BẰNG S.HỒNG',
  'ĐB SÔNG HỒNG', 'ĐB Sông Hồng', 'Đồng bằng sông Hồng', 'BẮC TRUNG BỘ', 'DUYÊN HẢI MIỀN TRUNG',
  'BẮC TRUNG BỘ VÀ DUYÊN HẢI MIỀN TRUNG', 'BẮC T.BỘ VÀ DH M.TRUNG', 'TÂY NGUYÊN', 'TÂY NGUYÊN HIGH LAND',
  'ĐÔNG NAM BỘ', 'ĐB SÔNG C.LONG', 'ĐB S.CỬU LONG', 'ĐỒNG BẰNG S. CỬU LONG', 'Đồng bằng sông Cửu Long',
];
const PROVINCE_LABELS = ['Tây Ninh', 'TÂY NINH', 'Bắc Giang', 'Hà Nội', 'TP. HỒ CHÍ MINH', 'Nam Định', 'Đắk Nông', 'Long An', 'THỪA THIÊN - HUẾ'];

describe('region rows of a table of provinces', () => {
  it.each(REGION_LABELS)('"%s" without STT is a section (a region)', (label) => {
    expect(classifyRow('', label)).toMatchObject({ kind: 'section', level: 1 });
  });
  it.each(PROVINCE_LABELS)('"%s" without STT stays a line (a province)', (label) => {
    expect(classifyRow('', label)).toMatchObject({ kind: 'line' });
  });

  // A MOF-style table whose region rows carry no Roman numeral: TỔNG SỐ = regions, each region = its provinces.
  const mofNoStt = (name: string, anGiangChi: number) =>
    writeForm(join(dir, name), {
      sheet: 'M09',
      titles: { A1: 'BỘ TÀI CHÍNH', A3: 'DỰ TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2009', E5: 'Đơn vị: Triệu đồng' },
      header: { 6: ['STT', 'TÊN TỈNH, THÀNH PHỐ', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 'TỔNG CHI CÂN ĐỐI NSĐP', 'BỔ SUNG CÂN ĐỐI TỪ NSTW CHO NSĐP'] },
      merges: [],
      lines: [
        ['', 'TỔNG SỐ', 27600, 26500, 12100],
        ['', 'ĐB SÔNG HỒNG', 15300, 10900, 2400],
        ['1', 'HÀ NỘI', 12000, 8000, 0],
        ['2', 'HẢI DƯƠNG', 3300, 2900, 2400],
        ['', 'BẮC T.BỘ VÀ DH M.TRUNG', 4500, 8300, 5000],
        ['3', 'THANH HÓA', 2500, 5100, 3100],
        ['4', 'ĐÀ NẴNG', 2000, 3200, 1900],
        ['', 'ĐB SÔNG C.LONG', 7800, 7300, 4700],
        ['5', 'CẦN THƠ', 4100, 3500, 1800],
        ['6', 'AN GIANG', 3700, anGiangChi, 2900],
      ],
      firstLine: 7,
    });

  it('sums a MOF table whose region rows have no STT: consistent, so no error and no "province-unknown"', async () => {
    const { report } = await reconcile([await mofNoStt('mof-regions-no-stt.xlsx', 3800)]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
  });

  it('and finds a province figure typed wrong in it, at its region', async () => {
    const { report } = await reconcile([await mofNoStt('mof-regions-no-stt-fault.xlsx', 3900)]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.cell}`)).toEqual(['sum-mismatch@D14']);
  });

  // No STT column at all, and the province names with the stray leading spaces the MOF tables
  // have (" SÓC TRĂNG" among unindented names, "HỒ CHÍ MINH" unindented among indented ones): a
  // province is never a part of the province above it.
  it('reads a table of provinces without STT whose names are indented at random: no error', async () => {
    const path = await writeForm(join(dir, 'mof-no-stt-indent.xlsx'), {
      sheet: 'M09',
      titles: { A1: 'BỘ TÀI CHÍNH', A3: 'QUYẾT TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2009', D5: 'Đơn vị tính: Triệu đồng' },
      header: { 6: ['TÊN TỈNH, THÀNH PHỐ', 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 'TỔNG CHI CÂN ĐỐI NSĐP', 'BỔ SUNG CÂN ĐỐI TỪ NSTW CHO NSĐP'] },
      merges: [],
      lines: [
        ['TỔNG SỐ', 27600, 26500, 12100],
        ['ĐÔNG NAM BỘ', 15300, 10900, 2400],
        ['HỒ CHÍ MINH', 12000, 8000, 0],
        [' ĐỒNG NAI', 1800, 1400, 1100],
        [' TÂY NINH', 1500, 1500, 1300],
        ['ĐB SÔNG CỬU LONG', 12300, 15600, 9700],
        ['TRÀ VINH', 2500, 5100, 3100],
        [' SÓC TRĂNG', 2000, 3200, 1900],
        ['CẦN THƠ', 4100, 3500, 1800],
        ['AN GIANG', 3700, 3800, 2900],
      ],
      firstLine: 7,
    });
    const { report } = await reconcile([path]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.location.cell}`)).toEqual([]);
  });
});
