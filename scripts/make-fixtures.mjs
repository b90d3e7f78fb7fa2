// Generates the long-format fixtures in fixtures/long and fixtures/samples, deterministically
// (seeded), with exact bigint arithmetic: every stated percentage and total holds unless a
// fault is seeded on purpose (fixtures/faulty, listed in fixtures/faulty/FAULTS.md).
// Usage: node scripts/make-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib/rng.mjs';
import { PROVINCES_63 } from '../dist/reference/data/provinces-63.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');


const KCQG = [
  ['KC1_DTN', 'Đào tạo nghề, truyền nghề'],
  ['KC3_MHTD', 'Mô hình trình diễn, máy móc tiên tiến', ['KC3a', 'KC3b']],
  ['KC3a', 'Xây dựng mô hình trình diễn kỹ thuật'],
  ['KC3b', 'Hỗ trợ ứng dụng máy móc tiên tiến'],
  ['KC4b', 'Hội chợ, triển lãm hàng CNNT'],
  ['KC9_NLKC', 'Nâng cao năng lực, quản lý chương trình khuyến công'],
];
const KCDP = [
  ['KC1_DTN', 'Đào tạo nghề, truyền nghề'],
  ['KC2_NLQL', 'Nâng cao năng lực quản lý doanh nghiệp'],
  ['KC3b', 'Hỗ trợ ứng dụng máy móc tiên tiến'],
  ['KC4a', 'Bình chọn sản phẩm CNNT tiêu biểu'],
  ['KC5_TUVAN', 'Tư vấn, thiết kế mẫu mã, bao bì'],
  ['KC6_TT', 'Thông tin tuyên truyền'],
];

/** Rounds num/den × 100 half-up to `d` decimals; returns [integer units, d]. */
function pct(num, den, d) {
  const scale = 10n ** BigInt(d);
  const x = num * 100n * scale * 2n;
  const q = x / den;
  const r = (q + (q >= 0n ? 1n : -1n)) / 2n; // half away from zero
  return r;
}

function fmtScaled(units, d, style) {
  const neg = units < 0n;
  let s = (neg ? -units : units).toString().padStart(d + 1, '0');
  const int = d ? s.slice(0, -d) : s;
  const frac = d ? s.slice(-d) : '';
  const sep = style === 'vi' ? ',' : '.';
  return (neg ? '-' : '') + int + (frac ? sep + frac : '');
}

function group(n, style) {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, style === 'vi' ? '.' : ',');
  return (neg ? '-' : '') + s;
}

/** Builds the facts: per province and programme, lines with plan, actual, prior actual (all bigint, in the unit given). */
function buildRegion(seed, unitScale, provinces) {
  const r = rng(seed);
  const out = [];
  for (const p of provinces) {
    const prog = {};
    for (const [name, lines] of [['KCQG', KCQG], ['KCDP', KCDP]]) {
      const rows = [];
      const byCode = {};
      for (const [code, label, children] of lines) {
        if (children) continue;
        const plan = BigInt(Math.round((80 + r() * 1800) * unitScale));
        const actual = (plan * BigInt(Math.round(200 + r() * 750))) / 1000n;
        const prior = (actual * BigInt(Math.round(700 + r() * 600))) / 1000n;
        byCode[code] = { code, label, plan, actual, prior };
      }
      for (const [code, label, children] of lines) {
        if (children) {
          const parts = children.map((c) => byCode[c]);
          rows.push({ code, label, plan: parts.reduce((a, b) => a + b.plan, 0n), actual: parts.reduce((a, b) => a + b.actual, 0n), prior: parts.reduce((a, b) => a + b.prior, 0n), parent: true });
        } else rows.push(byCode[code]);
      }
      const top = rows.filter((x) => !['KC3a', 'KC3b'].includes(x.code) || name === 'KCDP');
      const total = { code: '', label: 'Cộng', plan: 0n, actual: 0n, prior: 0n };
      for (const x of top) {
        total.plan += x.plan;
        total.actual += x.actual;
        total.prior += x.prior;
      }
      prog[name] = { rows, total };
    }
    out.push({ p, prog });
  }
  return out;
}

function write(rel, text, bom = false) {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, (bom ? '\uFEFF' : '') + text);
}

// 1. Semicolon CSV, Vietnamese headers and number style, triệu đồng, nine months of 2024, with
//    percent of plan and ratio to the same period of 2023. Whole country (63 provinces).
function regionVi(faults = {}) {
  const data = buildRegion(2024, 1, PROVINCES_63);
  const lines = [
    'Mã tỉnh;Tỉnh, thành phố;Năm;Kỳ báo cáo;Chương trình;Mã hoạt động;Nội dung;Kế hoạch năm 2024 (triệu đồng);Thực hiện 9 tháng năm 2024 (triệu đồng);Tỷ lệ TH/KH (%);Cùng kỳ năm 2023 (triệu đồng);So với cùng kỳ (%)',
  ];
  const row = (code, name, prog, act, label, plan, actual, prior) => {
    const p = plan === 0n ? '-' : fmtScaled(pct(actual, plan, 1), 1, 'vi');
    const c = prior === 0n ? '-' : fmtScaled(pct(actual, prior, 1), 1, 'vi');
    return [code, name, '2024', '9 tháng', prog, act, label, group(plan, 'vi'), group(actual, 'vi'), p, group(prior, 'vi'), c];
  };
  const rows = [];
  const region = { KCQG: { plan: 0n, actual: 0n, prior: 0n }, KCDP: { plan: 0n, actual: 0n, prior: 0n } };
  for (const { p, prog } of data) {
    for (const name of ['KCQG', 'KCDP']) {
      for (const x of prog[name].rows) rows.push(row(p.code, p.name, name, x.code, x.label, x.plan, x.actual, x.prior));
      const t = prog[name].total;
      rows.push(row(p.code, p.name, name, '', 'Cộng', t.plan, t.actual, t.prior));
      region[name].plan += t.plan;
      region[name].actual += t.actual;
      region[name].prior += t.prior;
    }
    const a = prog.KCQG.total, b = prog.KCDP.total;
    rows.push(row(p.code, p.name, 'Cộng', '', 'Tổng cộng', a.plan + b.plan, a.actual + b.actual, a.prior + b.prior));
  }
  for (const name of ['KCQG', 'KCDP']) rows.push(row('', 'Tổng cộng', name, '', 'Tổng cộng', region[name].plan, region[name].actual, region[name].prior));
  const all = { plan: region.KCQG.plan + region.KCDP.plan, actual: region.KCQG.actual + region.KCDP.actual, prior: region.KCQG.prior + region.KCDP.prior };
  rows.push(row('', 'Tổng cộng', 'Cộng', '', 'Tổng cộng', all.plan, all.actual, all.prior));
  for (const f of faults.edits ?? []) f(rows);
  return [...lines, ...rows.map((r) => r.join(';'))].join('\r\n') + '\r\n';
}

// 2. One row per fact, English headers and style, đồng without grouping, counts beside money.
function factsEn(provinces, seed = 77, year = 2024) {
  const r = rng(seed);
  const out = ['province_code,province,year,period,program,activity,label,measure,value,unit'];
  const grand = { plan: 0n, actual: 0n };
  for (const p of provinces) {
    const tot = { plan: 0n, actual: 0n };
    for (const [code, label] of [['KC1_DTN', 'Vocational training'], ['KC3b', 'Advanced machinery'], ['KC4b', 'Fairs and exhibitions'], ['KC6_TT', 'Information and communication']]) {
      const plan = BigInt(Math.round(100_000 + r() * 2_000_000)) * 1000n;
      const actual = (plan * BigInt(Math.round(300 + r() * 700))) / 1000n;
      tot.plan += plan;
      tot.actual += actual;
      out.push(`${p.code},${p.name},${year},01-12,KCDP,${code},${label},plan,${plan},VND`);
      out.push(`${p.code},${p.name},${year},01-09,KCDP,${code},${label},actual,${actual},VND`);
      out.push(`${p.code},${p.name},${year},01-09,KCDP,${code},${label},pct_of_plan,${fmtScaled(pct(actual, plan, 2), 2, 'en')},%`);
      if (code === 'KC1_DTN') {
        const planP = BigInt(Math.round(100 + r() * 400));
        const actP = (planP * BigInt(Math.round(200 + r() * 800))) / 1000n;
        out.push(`${p.code},${p.name},${year},01-12,KCDP,${code},${label} (trainees),plan,${planP},người`);
        out.push(`${p.code},${p.name},${year},01-09,KCDP,${code},${label} (trainees),actual,${actP},người`);
        out.push(`${p.code},${p.name},${year},01-09,KCDP,${code},${label} (trainees),pct_of_plan,${fmtScaled(pct(actP, planP, 2), 2, 'en')},%`);
      }
    }
    out.push(`${p.code},${p.name},${year},01-12,KCDP,,Total,plan,${tot.plan},VND`);
    out.push(`${p.code},${p.name},${year},01-09,KCDP,,Total,actual,${tot.actual},VND`);
    grand.plan += tot.plan;
    grand.actual += tot.actual;
  }
  out.push(`,Whole country,${year},01-12,KCDP,,Total,plan,${grand.plan},VND`);
  out.push(`,Whole country,${year},01-09,KCDP,,Total,actual,${grand.actual},VND`);
  out.push(`,Whole country,${year},01-09,KCDP,,Total,pct_of_plan,${fmtScaled(pct(grand.actual, grand.plan, 2), 2, 'en')},%`);
  return out.join('\n') + '\n';
}

// 3. Tab-separated, UTF-8 BOM, headers without diacritics, English grouping, money in đồng, six months.
function sixMonthsTsv(year = 2021) {
  const data = buildRegion(2025, 1_000_000, PROVINCES_63.slice(0, 25));
  const out = [`Ma tinh\tTinh\tNam\tKy\tNguon kinh phi\tNoi dung\tCap\tKe hoach nam ${year} (dong)\tThuc hien luy ke 6 thang (dong)\tTy le (%)`];
  for (const { p, prog } of data) {
    const x = prog.KCQG;
    for (const l of x.rows) {
      if (l.parent) continue;
      out.push([p.code, p.name, String(year), '6 thang dau nam', 'KCQG', l.label, 'chi tiet', group(l.plan, 'en'), group(l.actual / 2n, 'en'), fmtScaled(pct(l.actual / 2n, l.plan, 2), 2, 'en')].join('\t'));
    }
    const sumPlan = x.rows.filter((l) => !l.parent).reduce((a, b) => a + b.plan, 0n);
    const sumAct = x.rows.filter((l) => !l.parent).reduce((a, b) => a + b.actual / 2n, 0n);
    out.push([p.code, p.name, String(year), '6 thang dau nam', 'KCQG', 'Tong cong', 'tong', group(sumPlan, 'en'), group(sumAct, 'en'), fmtScaled(pct(sumAct, sumPlan, 2), 2, 'en')].join('\t'));
  }
  return out.join('\r\n') + '\r\n';
}

write('long/region-2024-9thang-vi.csv', regionVi());
// Three exports of three years: one folder, no two files state the same fact.
write('long/facts-2022-9m-en.csv', factsEn(PROVINCES_63, 77, 2022));
write('long/region-2021-6thang-khongdau.tsv', sixMonthsTsv(2021), true);

// Samples for `npm start`: a consistent small export, and one with two seeded faults.
const NORTH = PROVINCES_63.filter((p) => ['01', '22', '25', '26', '27', '30', '40'].includes(p.code));
write('samples/bac-bo-2024-9m.csv', factsEn(NORTH, 5));
{
  // Other provinces than the consistent sample: the two files are two regions' exports.
  const NORTH_EAST = PROVINCES_63.filter((p) => ['02', '04', '06', '08'].includes(p.code));
  const text = factsEn(NORTH_EAST, 9).split('\n');
  // Fault 1: a percentage with its digits transposed. Fault 2: a total one million đồng off.
  const i = text.findIndex((l) => l.includes(',KC4b,') && l.includes('pct_of_plan'));
  const cells = text[i].split(',');
  const v = cells[8];
  cells[8] = v.replace(/^(\d)(\d)/, '$2$1');
  if (cells[8] === v) cells[8] = (Number(v) + 10).toFixed(2);
  text[i] = cells.join(',');
  const j = text.findIndex((l) => l.includes(',Total,actual,') && !l.startsWith(','));
  const c2 = text[j].split(',');
  c2[8] = (BigInt(c2[8]) + 1_000_000n).toString();
  text[j] = c2.join(',');
  write('samples/dong-bac-2024-9m-loi.csv', text.join('\n'));
}
console.log('fixtures written');
