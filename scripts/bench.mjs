// Measures throughput and memory on generated long exports, and the cost of one percentage
// check by decimal.js division versus scaled-bigint cross-multiplication. Prints; asserts nothing.
// Usage: npm run build && npm run bench
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { reconcile } from '../dist/index.js';
import { parseDec, ratioWithin, halfUnit } from '../dist/ledger/money.js';
import { PROVINCES_63 } from '../dist/reference/data/provinces-63.js';

function makeExport(linesPerProvince) {
  const out = ['Mã tỉnh;Tỉnh;Năm;Kỳ;Chương trình;Nội dung;Kế hoạch (triệu đồng);Thực hiện 9 tháng (triệu đồng);Tỷ lệ (%)'];
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const p of PROVINCES_63) {
    for (let i = 0; i < linesPerProvince; i++) {
      const plan = 100 + Math.floor(rnd() * 5000);
      const act = Math.floor((plan * (200 + Math.floor(rnd() * 800))) / 1000);
      const pct = (Math.round((act * 1000) / plan) / 10).toFixed(1).replace('.', ',');
      out.push(`${p.code};${p.name};2024;9 tháng;KCĐP;Dòng ${i};${plan.toLocaleString('de-DE')};${act.toLocaleString('de-DE')};${pct}`);
    }
  }
  return out.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'br-bench-'));
for (const lines of [20, 200, 2000]) {
  const f = join(dir, `export-${lines}.csv`);
  writeFileSync(f, makeExport(lines));
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const t0 = performance.now();
  const { report } = await reconcile([f]);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const rows = 63 * lines;
  console.log(`${String(rows).padStart(7)} rows  ${String(report.summary.entries).padStart(7)} figures  ${ms.toFixed(0).padStart(6)} ms  ${(rows / (ms / 1000)).toFixed(0).padStart(7)} rows/s  heap +${((peak - heap0) / 1e6).toFixed(1)} MB  (${(((peak - heap0) / report.summary.entries) | 0)} B/figure)  errors ${report.summary.errors}`);
}
rmSync(dir, { recursive: true, force: true });

const N = 200_000;
const num = parseDec('46022'), den = parseDec('130005'), rep = parseDec('35.4'), tol = halfUnit(-1);
let t0 = performance.now();
for (let i = 0; i < N; i++) ratioWithin(num, den, rep, tol);
const big = ((performance.now() - t0) * 1000) / N;
const dn = new Decimal('46022'), dd = new Decimal('130005'), dr = new Decimal('35.4');
t0 = performance.now();
for (let i = 0; i < N; i++) dn.times(100).dividedBy(dd).minus(dr).abs().lte(0.05);
const dec = ((performance.now() - t0) * 1000) / N;
console.log(`percentage check: scaled bigint ${big.toFixed(2)} µs, decimal.js ${dec.toFixed(2)} µs`);
