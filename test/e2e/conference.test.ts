import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const tmp = mkdtempSync(join(tmpdir(), 'br-conf-'));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('budget-recon report, narrate, check --html', () => {
  it('report writes the workbook, the page and the paragraph from province forms alone, and they agree', async () => {
    const out = join(tmp, 'hn.xlsx'), html = join(tmp, 'hn.html'), text = join(tmp, 'hn.txt');
    const forms = ['38', '40', '42', '44', '45', '46'].map((c) => `fixtures/region/2024/${c}-${{ '38': 'Thanh Hóa', '40': 'Nghệ An', '42': 'Hà Tĩnh', '44': 'Quảng Bình', '45': 'Quảng Trị', '46': 'Thừa Thiên Huế' }[c]}-2024-9thang.xlsx`);
    const r = cli(['report', ...forms, '--lang', 'vi', '--out', out, '--html', html, '--text', text]);
    expect(r.code).toBe(0);
    const paragraph = readFileSync(text, 'utf8');
    expect(r.stdout).toBe(paragraph);
    expect(paragraph).toContain('là 71.850 triệu đồng');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const total = wb.getWorksheet('Kinh phí')!.getCell('E6').value as { result: number };
    expect(total.result).toBe(71850);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<b>71.850</b>');
    // The real echarts build is inlined (no network when the page opens).
    expect(page.length).toBeGreaterThan(1_000_000);
    expect(page).toContain('echarts');
  });

  it('narrate prints the paragraph and, with --explain, where each number comes from', () => {
    const r = cli(['narrate', 'fixtures/region/2024', '--prior', 'fixtures/region/2023', '--lang', 'vi', '--explain']);
    expect(r.code).toBe(0);
    const [text, explain] = r.stdout.split('\n\n[1]');
    expect(text).toContain('đạt 58,9% kế hoạch năm');
    expect(`[1]${explain}`).toMatch(/^\[1\] 71\.850 triệu đồng: /);
  });

  it('check --html writes the page; a wrong extension is exit 2', () => {
    const html = join(tmp, 'c.html');
    expect(cli(['check', 'fixtures/samples', '--html', html, '--fail-on', 'never']).code).toBe(0);
    expect(existsSync(html)).toBe(true);
    expect(cli(['check', 'fixtures/samples', '--html', join(tmp, 'c.pdf')]).code).toBe(2);
    expect(cli(['narrate', 'fixtures/samples', '--unit', 'lakh']).code).toBe(2);
  });
});
