// The province report form and the regional summary, as provinces and the agency build them
// with exceljs: shared by scripts/make-form-fixtures.mjs and the bench inputs (scripts/make-bench-inputs.mjs).

import { rng } from './rng.mjs';

const QG = ['Đào tạo nghề, truyền nghề', 'Xây dựng mô hình trình diễn kỹ thuật', 'Hỗ trợ ứng dụng máy móc tiên tiến'];
const DP = ['Đào tạo nghề, truyền nghề', 'Tư vấn, thiết kế mẫu mã, bao bì', 'Hội chợ, triển lãm hàng CNNT', 'Thông tin tuyên truyền'];

export const PROVINCES = [
  { code: '38', name: 'Thanh Hóa', title: 'UBND TỈNH THANH HÓA', seed: 38 },
  { code: '40', name: 'Nghệ An', title: 'UBND TỈNH NGHỆ AN', seed: 40 },
  { code: '42', name: 'Hà Tĩnh', title: 'UBND TỈNH HÀ TĨNH', seed: 42 },
  { code: '44', name: 'Quảng Bình', title: 'UBND TỈNH QUẢNG BÌNH', seed: 44 },
  { code: '45', name: 'Quảng Trị', title: 'UBND TỈNH QUẢNG TRỊ', seed: 45 },
  { code: '46', name: 'Thừa Thiên Huế', title: 'UBND TỈNH THỪA THIÊN HUẾ', seed: 46 },
];

/** Lines of one province in triệu đồng (integers): plan 2024, actual 9 months 2024 and 2023. */
export function provinceData(seed) {
  const r = rng(seed);
  const line = (label) => {
    const plan = Math.round(300 + r() * 2500);
    const actual = Math.round(plan * (0.3 + r() * 0.6));
    const prior = Math.round(actual * (0.7 + r() * 0.5));
    return { label, plan, actual, prior };
  };
  const qg = QG.map(line);
  const dp = DP.map(line);
  const sum = (ls) => ({ plan: ls.reduce((a, b) => a + b.plan, 0), actual: ls.reduce((a, b) => a + b.actual, 0), prior: ls.reduce((a, b) => a + b.prior, 0) });
  // "Trong đó" under KCĐP line 1: part of it, never added.
  const ofWhich = { label: 'Trong đó: đào tạo nghề cho lao động nữ', plan: Math.round(dp[0].plan / 3), actual: Math.round(dp[0].actual / 3), prior: Math.round(dp[0].prior / 3) };
  return { qg, dp, ofWhich, tqg: sum(qg), tdp: sum(dp), total: sum([...qg, ...dp]) };
}

export const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };


/**
 * The common form: title block, merged two-row header with a numbering row, sections I/II with
 * SUM formulas, lines, a "Trong đó" row, a grand total, signatures.
 * opts: unitScale (1 = triệu, 1000 = nghìn đồng), text (numbers as Vietnamese text), ascii
 * (headers without diacritics), pctFraction (percent cells as fractions with 0.0% format).
 */
export function buildForm(wb, p, opts = {}) {
  const ws = wb.addWorksheet(opts.sheetName ?? 'Bao cao');
  const d = opts.data ?? provinceData(p.seed);
  const Y = opts.year ?? 2024;
  const k = opts.unitScale ?? 1;
  const t = (s) => (opts.ascii ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : s);
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = t(p.title);
  ws.mergeCells('E1:H1');
  ws.getCell('E1').value = t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  ws.mergeCells('A2:C2');
  ws.getCell('A2').value = t('SỞ CÔNG THƯƠNG');
  ws.mergeCells('E2:H2');
  ws.getCell('E2').value = t('Độc lập - Tự do - Hạnh phúc');
  ws.mergeCells('A4:H4');
  ws.getCell('A4').value = t(`BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG 9 THÁNG NĂM ${Y}`);
  ws.mergeCells('F5:H5');
  ws.getCell('F5').value = t(`Đơn vị tính: ${k === 1 ? 'triệu đồng' : 'nghìn đồng'}`);
  for (const [range, text] of [['A6:A7', 'STT'], ['B6:B7', 'Nội dung'], ['C6:C7', `Kế hoạch năm ${Y}`], ['D6:E6', 'Thực hiện'], ['F6:F7', 'Tỷ lệ TH/KH (%)'], ['G6:G7', 'So với cùng kỳ (%)'], ['H6:H7', 'Ghi chú']]) {
    ws.mergeCells(range);
    ws.getCell(range.split(':')[0]).value = t(text);
  }
  ws.getCell('D7').value = t(`9 tháng năm ${Y}`);
  ws.getCell('E7').value = t(`9 tháng năm ${Y - 1}`);
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)/(3)', '(7)=(4)/(5)', '(8)'].forEach((v, i) => (ws.getCell(8, i + 1).value = v));
  let r = 9;
  const num = (cell, v, fmt = '#,##0') => {
    if (opts.text) cell.value = v.toLocaleString('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: fmt.includes('.0') ? 1 : 0 });
    else {
      cell.value = v;
      cell.numFmt = fmt;
    }
  };
  const pct = (row, a, b) => {
    const cell = ws.getCell(row, a === 'plan' ? 6 : 7);
    const denCol = a === 'plan' ? 'C' : 'E';
    const vals = { C: ws.getCell(row, 3).value, D: ws.getCell(row, 4).value, E: ws.getCell(row, 5).value };
    const res = (x) => (typeof x === 'object' && x ? x.result : typeof x === 'string' ? Number(x.replace(/\./g, '').replace(',', '.')) : x);
    const den = res(vals[denCol]);
    const numr = res(vals.D);
    if (!den) {
      cell.value = '-';
      return;
    }
    if (opts.text) cell.value = (Math.round((numr / den) * 1000) / 10).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    else if (opts.pctFraction) {
      cell.value = { formula: `IF(${denCol}${row}=0,"",D${row}/${denCol}${row})`, result: numr / den };
      cell.numFmt = '0.0%';
    } else {
      cell.value = { formula: `IF(${denCol}${row}=0,"",ROUND(D${row}/${denCol}${row}*100,1))`, result: Math.round((numr / den) * 1000) / 10 };
      cell.numFmt = '0.0';
    }
    void b;
  };
  const section = (roman, label, lines, total) => {
    const first = r + 1;
    const last = r + lines.length + (roman === 'II' ? 1 : 0);
    ws.getCell(r, 1).value = roman;
    ws.getCell(r, 2).value = t(label);
    ws.getRow(r).font = { bold: true };
    const sr = r;
    ['C', 'D', 'E'].forEach((col, i) => {
      const v = [total.plan, total.actual, total.prior][i] * k;
      const cell = ws.getCell(`${col}${sr}`);
      if (opts.text) num(cell, v);
      else {
        cell.value = { formula: `SUM(${col}${first}:${col}${last})-${roman === 'II' ? `${col}${first + 1}` : '0'}`, result: v };
        cell.numFmt = '#,##0';
      }
    });
    pct(sr, 'plan');
    pct(sr, 'prior');
    r++;
    lines.forEach((l, i) => {
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = t(l.label);
      num(ws.getCell(r, 3), l.plan * k);
      num(ws.getCell(r, 4), l.actual * k);
      num(ws.getCell(r, 5), l.prior * k);
      pct(r, 'plan');
      pct(r, 'prior');
      r++;
      if (roman === 'II' && i === 0) {
        ws.getCell(r, 1).value = '-';
        ws.getCell(r, 2).value = t(d.ofWhich.label);
        num(ws.getCell(r, 3), d.ofWhich.plan * k);
        num(ws.getCell(r, 4), d.ofWhich.actual * k);
        num(ws.getCell(r, 5), d.ofWhich.prior * k);
        pct(r, 'plan');
        pct(r, 'prior');
        r++;
      }
    });
    return sr;
  };
  const s1 = section('I', 'KHUYẾN CÔNG QUỐC GIA', d.qg, d.tqg);
  const s2 = section('II', 'KHUYẾN CÔNG ĐỊA PHƯƠNG', d.dp, d.tdp);
  ws.getCell(r, 2).value = t('TỔNG CỘNG (I+II)');
  ws.getRow(r).font = { bold: true };
  ['C', 'D', 'E'].forEach((col, i) => {
    const v = [d.total.plan, d.total.actual, d.total.prior][i] * k;
    const cell = ws.getCell(`${col}${r}`);
    if (opts.text) num(cell, v);
    else {
      cell.value = { formula: `${col}${s1}+${col}${s2}`, result: v };
      cell.numFmt = '#,##0';
    }
  });
  pct(r, 'plan');
  pct(r, 'prior');
  for (let rr = 6; rr <= r; rr++) for (let c = 1; c <= 8; c++) ws.getCell(rr, c).border = BORDER;
  r += 2;
  ws.getCell(r, 6).value = t(`${p.name}, ngày 05 tháng 10 năm ${Y}`);
  r++;
  ws.getCell(r, 2).value = t('Người lập biểu');
  ws.getCell(r, 6).value = t('GIÁM ĐỐC');
  ws.columns.forEach((c, i) => (c.width = [6, 44, 14, 14, 14, 10, 10, 12][i]));
  return ws;
}

/** The regional summary: three-level header (Kinh phí > Kế hoạch / Thực hiện > KCQG, KCĐP, Cộng), tỷ đồng to 3 places. */
export function buildSummary(wb, { provinces = PROVINCES, sheet = 'Tong hop BTB', region = 'BẮC TRUNG BỘ' } = {}) {
  const ws = wb.addWorksheet(sheet);
  ws.mergeCells('A1:J1');
  ws.getCell('A1').value = 'BỘ CÔNG THƯƠNG - CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG';
  ws.mergeCells('A2:J2');
  ws.getCell('A2').value = `TỔNG HỢP KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 9 THÁNG NĂM 2024 KHU VỰC ${region}`;
  ws.mergeCells('H3:J3');
  ws.getCell('H3').value = 'Đơn vị tính: tỷ đồng';
  for (const [range, text] of [['A4:A6', 'STT'], ['B4:B6', 'Tỉnh, thành phố'], ['C4:H4', 'Kinh phí khuyến công'], ['C5:E5', 'Kế hoạch năm 2024'], ['F5:H5', 'Thực hiện 9 tháng năm 2024'], ['I4:I6', 'Tỷ lệ TH/KH (%)'], ['J4:J6', 'Ghi chú']]) {
    ws.mergeCells(range);
    ws.getCell(range.split(':')[0]).value = text;
  }
  ['KCQG', 'KCĐP', 'Cộng', 'KCQG', 'KCĐP', 'Cộng'].forEach((v, i) => (ws.getCell(6, 3 + i).value = v));
  ['1', '2', '3', '4', '5=3+4', '6', '7', '8=6+7', '9=8/5', '10'].forEach((v, i) => (ws.getCell(7, i + 1).value = v));
  let r = 9;
  const tot = { qgp: 0, dpp: 0, qga: 0, dpa: 0 };
  const put = (row, vals, bold) => {
    vals.forEach((v, i) => {
      const c = ws.getCell(row, 3 + i);
      c.value = v / 1000;
      c.numFmt = '#,##0.000';
    });
    const plan = vals[0] + vals[1];
    const act = vals[3] + vals[4];
    const c = ws.getCell(row, 9);
    c.value = { formula: `ROUND(H${row}/E${row}*100,1)`, result: Math.round((act / plan) * 1000) / 10 };
    c.numFmt = '0.0';
    if (bold) ws.getRow(row).font = { bold: true };
  };
  provinces.forEach((p, i) => {
    const d = provinceData(p.seed);
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = p.name;
    put(r, [d.tqg.plan, d.tdp.plan, d.total.plan, d.tqg.actual, d.tdp.actual, d.total.actual]);
    tot.qgp += d.tqg.plan;
    tot.dpp += d.tdp.plan;
    tot.qga += d.tqg.actual;
    tot.dpa += d.tdp.actual;
    r++;
  });
  ws.getCell(8, 2).value = 'Tổng cộng';
  put(8, [tot.qgp, tot.dpp, tot.qgp + tot.dpp, tot.qga, tot.dpa, tot.qga + tot.dpa], true);
  r++;
  ws.getCell(r, 2).value = 'Ghi chú: số liệu do các Sở Công Thương báo cáo';
  return ws;
}
