// Writes the inputs `npm run bench` measures (issue 12), deterministically, into a folder:
//   long.csv    a long export in the shape of fixtures/long/facts-2022-9m-en.csv (one figure a row:
//               plan, actual and percentage of plan per line, a total per province; every
//               figure holds), `csvRows` rows;
//   export.xlsx a wide export (9 columns, as the Ministry's portal gives it), `xlsxRows` rows,
//               written by exceljs's streaming writer;
//   region/     63 province forms (as fixtures/region) and the regional summary over them.
// Usage: npm run build && node scripts/make-bench-inputs.mjs DIR [--csv-rows N] [--xlsx-rows N]
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { rng } from './lib/rng.mjs';
import { buildForm, buildSummary } from './lib/forms.mjs';
import { PROVINCES_63 } from '../dist/reference/data/provinces-63.js';

/** percent = actual × 100 / plan rounded half up to 2 decimals, as text ("33.05"). */
function pct2(actual, plan) {
  const q = (actual * 100_000n) / plan;
  const r = (q + 5n) / 10n;
  return `${r / 100n}.${String(r % 100n).padStart(2, '0')}`;
}

/** Resolves when the stream has drained (large writes, back-pressure respected). */
function put(out, text) {
  return out.write(text) ? undefined : new Promise((res) => out.once('drain', res));
}

/** The long CSV: about `rows` rows, 63 provinces × lines × 3 measures plus the totals. */
export async function writeLongCsv(path, rows, seed = 12) {
  const r = rng(seed);
  const perProvince = Math.max(1, Math.floor((rows / 63 - 2) / 3));
  const out = createWriteStream(path);
  await put(out, 'province_code,province,year,period,program,activity,label,measure,value,unit\n');
  for (const p of PROVINCES_63) {
    const head = `${p.code},${p.name},2022`;
    let plans = 0n;
    let actuals = 0n;
    let chunk = '';
    for (let i = 0; i < perProvince; i++) {
      const plan = BigInt(Math.round(100_000 + r() * 2_000_000)) * 1000n;
      const actual = (plan * BigInt(Math.round(300 + r() * 700))) / 1000n;
      plans += plan;
      actuals += actual;
      const label = `Line ${i + 1}`;
      chunk += `${head},01-12,KCDP,,${label},plan,${plan},VND\n${head},01-09,KCDP,,${label},actual,${actual},VND\n${head},01-09,KCDP,,${label},pct_of_plan,${pct2(actual, plan)},%\n`;
      if (chunk.length > 1 << 16) {
        await put(out, chunk);
        chunk = '';
      }
    }
    chunk += `${head},01-12,KCDP,,Total,plan,${plans},VND\n${head},01-09,KCDP,,Total,actual,${actuals},VND\n`;
    await put(out, chunk);
  }
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
  return 1 + 63 * (perProvince * 3 + 2);
}

/** The wide export: 9 columns, money in triệu đồng, percentage to one decimal. */
export async function writeExportXlsx(path, rows, seed = 13) {
  const r = rng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Du lieu');
  ws.addRow(['Mã tỉnh', 'Tỉnh', 'Năm', 'Kỳ', 'Chương trình', 'Nội dung', 'Kế hoạch (triệu đồng)', 'Thực hiện 9 tháng (triệu đồng)', 'Tỷ lệ (%)']).commit();
  const perProvince = Math.max(1, Math.floor(rows / 63));
  for (const p of PROVINCES_63) {
    for (let i = 0; i < perProvince; i++) {
      const plan = 100 + Math.floor(r() * 5000);
      const act = Math.floor((plan * (200 + Math.floor(r() * 800))) / 1000);
      const pct = Math.round((act * 1000) / plan) / 10;
      const row = ws.addRow([p.code, p.name, 2024, '9 tháng', 'KCĐP', `Dòng ${i + 1}`, plan, act, pct]);
      row.getCell(9).numFmt = '0.0';
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  return 1 + 63 * perProvince;
}

/** 63 province forms and the summary of the region they make, as in fixtures/region. */
export async function writeRegion(dir) {
  mkdirSync(dir, { recursive: true });
  const provinces = PROVINCES_63.map((p) => ({ code: p.code, name: p.name, title: `UBND ${p.name.toUpperCase()}`, seed: Number(p.code) }));
  for (const p of provinces) {
    const wb = new ExcelJS.Workbook();
    buildForm(wb, p);
    await wb.xlsx.writeFile(join(dir, `${p.code}-${p.name}-2024-9thang.xlsx`));
  }
  const wb = new ExcelJS.Workbook();
  buildSummary(wb, { provinces, sheet: 'Tong hop', region: 'CẢ NƯỚC' });
  await wb.xlsx.writeFile(join(dir, 'tong-hop-ca-nuoc-2024-9thang.xlsx'));
  return provinces.length + 1;
}

function arg(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node scripts/make-bench-inputs.mjs DIR [--csv-rows N] [--xlsx-rows N]');
  mkdirSync(dir, { recursive: true });
  const csv = await writeLongCsv(join(dir, 'long.csv'), arg(process.argv, '--csv-rows', 1_000_000));
  const xlsx = await writeExportXlsx(join(dir, 'export.xlsx'), arg(process.argv, '--xlsx-rows', 200_000));
  const forms = await writeRegion(join(dir, 'region'));
  console.log(`long.csv ${csv} rows, export.xlsx ${xlsx} rows, region/ ${forms} workbooks`);
}
