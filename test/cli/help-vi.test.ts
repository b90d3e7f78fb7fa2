import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { langOfArgs, VI_AFTER, VI_DESCRIPTIONS } from '../../src/cli/help-vi.js';
import { main } from '../../src/cli/main.js';
import { englishWords } from '../english-words.js';

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough(), stderr = new PassThrough();
  let out = '', err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, { stdout, stderr, env });
  return { code, out, err };
}

function program(): Command {
  const p = new Command();
  const ctx = { io: { stdout: new PassThrough(), stderr: new PassThrough(), env: {} }, setExit: () => {}, version: '0' };
  for (const register of COMMANDS) register(p, ctx);
  return p;
}

/** Help text a Vietnamese reader reads: examples, option flags, file extensions and quoted text aside. */
function prose(help: string): string {
  return help.split('\n')
    .filter((l) => !/^\s*\$ /.test(l) && !/^\s{6,}--/.test(l))
    .map((l) => l.replace(/^ {2}[a-z]+(?= \[| <| {2})/, '').replace(/^\s*(-\w, )?--?[\w-]+( <[^>]+>| \[[^\]]+\])?/, '').replace(/<[^>]+>|\[[a-z-]+(\.\.\.)?\]/g, '').replace(/\.\w+/g, '').replace(/`[^`]*`/g, '').replace(/--[\w-]+/g, '').replace(/budget-recon( [a-z]+)?/g, '').replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ''))
    .join('\n');
}

describe('--help and errors in Vietnamese', () => {
  it('every command, argument and option text has its Vietnamese (add it to src/cli/help-vi.ts)', () => {
    const missing: string[] = [];
    for (const c of program().commands) {
      for (const t of [c.description(), ...c.registeredArguments.map((a) => a.description), ...c.options.map((o) => o.description)]) {
        if (t && !VI_DESCRIPTIONS[t]) missing.push(`${c.name()}: ${t}`);
      }
      if (!VI_AFTER[c.name()]) missing.push(`${c.name()}: the text after its options`);
    }
    expect(missing).toEqual([]);
  });

  it('prints the program\'s and every command\'s help with no English word, headings included', async () => {
    const top = await run(['--help', '--lang', 'vi']);
    expect(top.out).toMatch(/^Cách dùng: budget-recon \[tùy chọn\] \[lệnh\]/);
    expect(top.out).toContain('Các lệnh:');
    expect(englishWords(prose(top.out))).toEqual([]);
    for (const c of program().commands) {
      const r = await run([c.name(), '--help', '--lang', 'vi']);
      expect(r.code, c.name()).toBe(0);
      expect(r.out, c.name()).toContain('Tùy chọn:');
      expect(r.out).toBe(r.out.normalize('NFC'));
      expect(englishWords(prose(r.out)), `${c.name()}:\n${r.out}`).toEqual([]);
    }
    // English stays English.
    const en = await run(['check', '--help']);
    expect(en.out).toMatch(/^Usage: budget-recon check \[options\]/);
    expect(en.out).toContain('read reports, run every check, print the findings');
  });

  it('takes the language from --lang, --lang=vi or BUDGET_RECON_LANG', () => {
    expect(langOfArgs(['check', '--lang', 'vi'], {})).toBe('vi');
    expect(langOfArgs(['check', '--lang=vi'], {})).toBe('vi');
    expect(langOfArgs(['check'], { BUDGET_RECON_LANG: 'vi' })).toBe('vi');
    expect(langOfArgs(['check', '--lang', 'en'], { BUDGET_RECON_LANG: 'vi' })).toBe('en');
  });

  it('says commander\'s errors, our own and config errors in Vietnamese, in one line each', async () => {
    const unknown = await run(['check', '--bogus', '--lang', 'vi']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("lỗi: không có tùy chọn '--bogus'");
    expect(unknown.err).toContain('(chạy với --help để xem cách dùng)');
    expect((await run(['chek', '--lang', 'vi'])).err).toContain("lỗi: không có lệnh 'chek'\n(Có phải ý bạn là check?)");
    expect((await run(['check', 'x', '--lang', 'fr'])).err).toContain("error: option '--lang <lang>' argument 'fr' is invalid");
    expect((await run(['check', 'x', '--unit', 'xu', '--lang', 'vi'])).err).toContain("lỗi: giá trị 'xu' của tùy chọn '--unit <unit>' không hợp lệ. Các giá trị được phép: trieu, ty, dong.");
    expect((await run(['check', 'x', '--format', 'xml', '--lang', 'vi'])).err).toBe('budget-recon: --format: không có định dạng "xml" (một hoặc nhiều trong text, json, junit, sarif, github, cách nhau bằng dấu phẩy)\n');
    const dir = mkdtempSync(join(tmpdir(), 'br-vi-'));
    const bad = join(dir, 'c.json');
    writeFileSync(bad, '{"severity": {"toString": "off"}, "expectedProvinces": ["Gotham"]}');
    const cfg = await run(['check', 'fixtures/samples', '--config', bad, '--lang', 'vi']);
    expect(cfg.code).toBe(2);
    expect(cfg.err).toBe(`budget-recon: tệp cấu hình ${bad} không hợp lệ: severity.toString: không có mã phát hiện "toString"\n`);
    writeFileSync(bad, '{"expectedProvinces": ["Gotham"]}');
    expect((await run(['check', 'fixtures/samples', '--config', bad, '--lang', 'vi'])).err).toContain('expectedProvinces.0: "Gotham" không phải tên tỉnh nào trong danh sách 63 hoặc 34 tỉnh');
    writeFileSync(bad, '{"numberStyle": 3}');
    expect((await run(['check', 'fixtures/samples', '--config', bad, '--lang', 'vi'])).err).toMatch(/numberStyle: Tùy chọn không hợp lệ/);
    writeFileSync(bad, '{"a":\n');
    expect((await run(['check', 'x', '--config', bad], { BUDGET_RECON_LANG: 'vi' })).err).toBe(`budget-recon: tệp cấu hình ${bad} không phải JSON hợp lệ: tệp kết thúc quá sớm (dòng 2)\n`);
    expect((await run(['check', 'x', '--config', bad])).err).toBe(`budget-recon: config ${bad} is not valid JSON: it ends too early (line 2)\n`);
  });
});
