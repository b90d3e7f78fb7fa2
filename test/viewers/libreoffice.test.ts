import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

/**
 * The workbook opened in LibreOffice headless with recalculation forced gives, formula for
 * formula, the value budget-recon cached. Recalculation on load is forced through the profile
 * (Calc › Formula › Load: OOXMLRecalcMode = 0, "always"); LibreOffice then saves the workbook
 * again as .xlsx, whose saved results are what it computed.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const SOFFICE = process.env.BUDGET_RECON_SOFFICE ?? 'soffice';
const tmp = mkdtempSync(join(tmpdir(), 'br-viewers-lo-'));

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function recalcWithLibreOffice(file: string): string {
  const profile = join(tmp, `profile-${basename(file)}`);
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outdir = join(tmp, `out-${basename(file)}`);
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, file], { encoding: 'utf8', timeout: 240_000 });
  expect(r.status, r.stderr).toBe(0);
  return join(outdir, basename(file));
}

type Val = { formula?: string; result?: unknown };

async function formulaResults(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
    const v = c.value as Val | null;
    if (v && typeof v === 'object' && 'formula' in v && v.formula) out.set(`${ws.name}!${c.address}`, v.result ?? '');
  })));
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const blank = (x: unknown) => x === '' || x === null || x === undefined;
  return (blank(a) && blank(b)) || a === b;
}

async function compare(args: string[], name: string) {
  const file = join(tmp, name);
  const r = spawnSync(process.execPath, [BIN, ...args, '--out', file], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).not.toBe(2);
  const mine = await formulaResults(file);
  const theirs = await formulaResults(recalcWithLibreOffice(file));
  expect(mine.size).toBeGreaterThan(20);
  const differ = [...mine].filter(([k, v]) => !same(v, theirs.get(k))).map(([k, v]) => `${k}: cached ${String(v)}, LibreOffice ${String(theirs.get(k))}`);
  expect(differ).toEqual([]);
  return mine;
}

describe('LibreOffice recalculates the workbook to the cached values', () => {
  it('forces a recalculation (a wrong cached value is corrected), so the comparison means something', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = { formula: 'A1*3', result: 5 };
    const file = join(tmp, 'probe.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await formulaResults(recalcWithLibreOffice(file))).get('S!A2')).toBe(6);
  });

  it('region with last year, Vietnamese, triệu đồng: every formula cell for cell', async () => {
    const cells = await compare(['check', 'fixtures/region/2024', '--prior', 'fixtures/region/2023', '--lang', 'vi'], 'region-vi.xlsx');
    expect(cells.has('Kinh phí!T6')).toBe(true);
  });

  it('faulty region in tỷ đồng, and the samples in đồng: every formula cell for cell', async () => {
    await compare(['check', 'fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023', '--unit', 'ty'], 'faulty-ty.xlsx');
    await compare(['check', 'fixtures/samples', '--unit', 'dong', '--lang', 'vi'], 'samples-dong.xlsx');
  });

  it('a year of monthly reports with a month missing: the "Theo tháng" sheet\'s percentages cell for cell', async () => {
    const cells = await compare(['check', 'fixtures/monthly/faults/month-missing', '--prior', 'fixtures/monthly/consistent/2023', '--lang', 'vi'], 'monthly-vi.xlsx');
    expect([...cells.keys()].filter((k) => k.startsWith('Theo tháng!')).length).toBeGreaterThanOrEqual(18);
  });
});
