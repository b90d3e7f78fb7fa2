#!/usr/bin/env node
/**
 * Writes fixtures/claims/data/: reports made so that the figures of the articles in
 * fixtures/claims/articles/ hold (seeds 000–003). Totals are the articles' figures; each is
 * split over provinces or years with integer arithmetic (BigInt), so the data add up exactly.
 * Run: node scripts/make-claims-fixtures.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../fixtures/claims/data/', import.meta.url).pathname;
const TR = 1_000_000n; // đồng per triệu

const NORTH = [['01', 'Hà Nội'], ['02', 'Hà Giang'], ['04', 'Cao Bằng'], ['06', 'Bắc Kạn'], ['08', 'Tuyên Quang'], ['10', 'Lào Cai'], ['11', 'Điện Biên'], ['12', 'Lai Châu'], ['14', 'Sơn La'], ['15', 'Yên Bái'], ['17', 'Hòa Bình'], ['19', 'Thái Nguyên'], ['20', 'Lạng Sơn'], ['22', 'Quảng Ninh'], ['24', 'Bắc Giang'], ['25', 'Phú Thọ'], ['26', 'Vĩnh Phúc'], ['27', 'Bắc Ninh'], ['30', 'Hải Dương'], ['31', 'Hải Phòng']];
const SOUTH = [['60', 'Bình Thuận'], ['70', 'Bình Phước'], ['72', 'Tây Ninh'], ['74', 'Bình Dương'], ['75', 'Đồng Nai'], ['77', 'Bà Rịa - Vũng Tàu'], ['79', 'Hồ Chí Minh'], ['80', 'Long An'], ['82', 'Tiền Giang'], ['83', 'Bến Tre'], ['84', 'Trà Vinh'], ['86', 'Vĩnh Long'], ['87', 'Đồng Tháp'], ['89', 'An Giang'], ['91', 'Kiên Giang'], ['92', 'Cần Thơ'], ['93', 'Hậu Giang'], ['94', 'Sóc Trăng'], ['95', 'Bạc Liêu'], ['96', 'Cà Mau']];

/** Splits `total` into n parts by fixed uneven weights; the last part takes the remainder. */
function split(total, n, salt) {
  const w = Array.from({ length: n }, (_, i) => BigInt(3 + ((i * 7 + salt) % 5)));
  if (n === 0) return [];
  const W = w.reduce((a, b) => a + b, 0n);
  const parts = w.map((x) => (total * x) / W);
  parts[n - 1] += total - parts.reduce((a, b) => a + b, 0n);
  return parts;
}

/** Vietnamese-style grouping: 130005 → "130.005". */
const vi = (n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Percentage with one decimal, half up, Vietnamese comma: 46022/130005 → "35,4". */
function pct1(num, den) {
  const tenths = (num * 2000n + den) / (2n * den);
  return `${tenths / 10n},${tenths % 10n}`;
}

const HEAD = 'province_code,province,year,period,program,activity,label,measure,value,unit';
function write(rel, lines) {
  const path = join(ROOT, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Long-export rows: one figure of every province, split from a total. */
function rows(provs, total, salt, f) {
  return split(total, provs.length, salt).map((v, i) => f(provs[i], v).join(','));
}

// Seed 000: the northern region, 2016–2018.
{
  const plan18 = split(130_005n, NORTH.length, 1);
  const act18 = split(46_022n, NORTH.length, 1);
  const summary = [
    'CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG;;;;',
    ';;;;',
    'BÁO CÁO TỔNG HỢP KINH PHÍ KHUYẾN CÔNG 6 THÁNG ĐẦU NĂM 2018 CÁC TỈNH, THÀNH PHỐ KHU VỰC PHÍA BẮC;;;;',
    ';;;Đơn vị tính: triệu đồng;',
    'STT;Tỉnh, thành phố;Kế hoạch năm 2018;Thực hiện 6 tháng đầu năm 2018;Tỷ lệ TH/KH (%)',
    ...NORTH.map(([, name], i) => `${i + 1};${name};${vi(plan18[i])};${vi(act18[i])};${pct1(act18[i], plan18[i])}`),
    `;Tổng cộng;${vi(130_005n)};${vi(46_022n)};${pct1(46_022n, 130_005n)}`,
  ];
  write('phia-bac/tong-hop-phia-bac-2018-6thang.csv', summary);
  const line = ([code, name], year, period, program, activity, label, measure, value, unit) => [code, name, year, period, program, activity, label, measure, value, unit];
  write('phia-bac/phia-bac-2016-2017.csv', [
    HEAD,
    ...rows(NORTH, 123_373n * TR, 1, (p, v) => line(p, 2016, '01-12', '', '', 'Tổng kinh phí', 'actual', v, 'VND')),
    ...rows(NORTH, 134_860n * TR, 1, (p, v) => line(p, 2017, '01-12', '', '', 'Tổng kinh phí', 'plan', v, 'VND')),
    ...rows(NORTH, 128_925n * TR, 1, (p, v) => line(p, 2017, '01-12', '', '', 'Tổng kinh phí', 'actual', v, 'VND')),
    ...rows(NORTH, 4_020n, 1, (p, v) => line(p, 2017, '01-12', '', 'KC1_DTN', 'Đào tạo nghề (lao động)', 'actual', v, 'lao động')),
    ...rows(NORTH, 7_206n * TR, 1, (p, v) => line(p, 2017, '01-12', '', 'KC1_DTN', 'Đào tạo nghề', 'actual', v, 'VND')),
  ]);
  write('phia-bac/phia-bac-2018-6thang-noi-dung.csv', [
    HEAD,
    ...rows(NORTH, 3_583n, 1, (p, v) => line(p, 2018, '01-12', '', 'KC1_DTN', 'Đào tạo nghề (lao động)', 'plan', v, 'lao động')),
    ...rows(NORTH, 745n, 1, (p, v) => line(p, 2018, '01-06', '', 'KC1_DTN', 'Đào tạo nghề (lao động)', 'actual', v, 'lao động')),
    ...rows(NORTH, 1_082n * TR, 1, (p, v) => line(p, 2018, '01-06', '', 'KC1_DTN', 'Đào tạo nghề', 'actual', v, 'VND')),
    ...rows(NORTH, 8n, 1, (p, v) => line(p, 2018, '01-06', '', 'KC3a', 'Mô hình trình diễn kỹ thuật', 'actual', v, 'mô hình')),
    ...rows(NORTH, 1n, 1, (p, v) => line(p, 2018, '01-06', '', 'KC4b', 'Hội chợ', 'actual', v, 'hội chợ')),
    ...rows(NORTH, 95n, 1, (p, v) => line(p, 2018, '01-06', '', 'KC4_SPCNNT', 'Phát triển sản phẩm CNNT tiêu biểu (cơ sở)', 'actual', v, 'cơ sở')),
    ...rows(NORTH, 5_896n * TR, 1, (p, v) => line(p, 2018, '01-06', '', 'KC4_SPCNNT', 'Phát triển sản phẩm CNNT tiêu biểu', 'actual', v, 'VND')),
    ...rows(NORTH, 20_330n * TR, 1, (p, v) => line(p, 2018, '01-12', '', 'KC4_SPCNNT', 'Phát triển sản phẩm CNNT tiêu biểu', 'plan', v, 'VND')),
  ]);
}

// Seed 001: the southern region, 2021 and 9 months of 2022.
{
  const line = ([code, name], year, period, measure, value) => [code, name, year, period, '', '', 'Tổng kinh phí', measure, value, 'VND'];
  write('phia-nam/phia-nam-2021-2022.csv', [
    HEAD,
    ...rows(SOUTH, 60_000n * TR, 1, (p, v) => line(p, 2021, '01-12', 'plan', v)),
    ...rows(SOUTH, 30_120n * TR, 1, (p, v) => line(p, 2021, '01-12', 'actual', v)),
    ...rows(SOUTH, 75_400n * TR, 1, (p, v) => line(p, 2022, '01-12', 'plan', v)),
    ...rows(SOUTH, 28_350n * TR, 1, (p, v) => line(p, 2022, '01-09', 'actual', v)),
  ]);
}

// Seed 002: Bắc Giang, projects (đề án) by programme, 2014–2019.
{
  const bg = ['24', 'Bắc Giang'];
  const years = [2014, 2015, 2016, 2017, 2018];
  const local = split(150n, 5, 2);
  const national = split(16n, 5, 0);
  write('bac-giang/bac-giang-2014-2019-de-an.csv', [
    HEAD,
    ...years.flatMap((y, i) => [
      [...bg, y, '01-12', 'KCDP', '', 'Số đề án', 'actual', local[i], 'đề án'].join(','),
      [...bg, y, '01-12', 'KCQG', '', 'Số đề án', 'actual', national[i], 'đề án'].join(','),
    ]),
    [...bg, 2019, '01-12', 'KCDP', '', 'Số đề án', 'plan', 23, 'đề án'].join(','),
    [...bg, 2019, '01-12', 'KCQG', '', 'Số đề án', 'plan', 2, 'đề án'].join(','),
  ]);
}

// Seed 003: the national programme (KCQG), counts 2014–2018, stated as national totals.
{
  const years = [2014, 2015, 2016, 2017, 2018];
  const nat = (y, activity, label, value, unit) => ['', 'Cả nước', y, '01-12', 'KCQG', activity, label, 'actual', value, unit].join(',');
  const fairs = split(15n, 5, 1);
  const plans = split(26n, 5, 2);
  const infra = split(19n, 5, 3);
  write('kcqg/kcqg-ca-nuoc-2014-2018.csv', [
    `${HEAD},level`,
    ...years.flatMap((y, i) => [
      `${nat(y, 'KC4b', 'Hội chợ triển lãm hàng CNNT tiêu biểu cấp khu vực', fairs[i], 'hội chợ')},total`,
      ...(y === 2016 || y === 2018 ? [`${nat(y, '', 'Hội chợ triển lãm hàng CNNT tiêu biểu cấp quốc gia', 1, 'hội chợ')},total`] : []),
      `${nat(y, 'KC7b', 'Cụm công nghiệp được hỗ trợ', plans[i] + infra[i], 'CCN')},total`,
      `${nat(y, '', 'Đề án hỗ trợ lập quy hoạch chi tiết CCN', plans[i], 'đề án')},total`,
      `${nat(y, '', 'Đề án hỗ trợ đầu tư hạ tầng CCN', infra[i], 'đề án')},total`,
    ]),
  ]);
}
