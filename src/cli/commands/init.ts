import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, writeOut, type CliContext } from '../context.js';

/**
 * A starter config, commented. JSON has no comments: each key carries its explanation in a
 * "//" key beside it, which the config loader ignores (keys starting with "//").
 */
export function starterConfig(lang: 'en' | 'vi'): string {
  const t = lang === 'vi'
    ? {
      top: 'Cấu hình budget-recon. Các khóa bắt đầu bằng "//" là chú thích, được bỏ qua.',
      lang: 'Ngôn ngữ thông báo: "vi" hoặc "en".',
      failOn: 'Mức làm lệnh check trả mã 1: "error", "warning" hoặc "never".',
      numberStyle: 'Kiểu số khi một giá trị như "1.234" còn mơ hồ: "auto" (chỉ theo căn cứ), "vi" (1.234 = một nghìn hai trăm ba mươi tư) hoặc "en".',
      expectedProvinces: 'Các tỉnh phải báo cáo (tên hoặc mã); bỏ trống để lấy theo biểu tổng hợp vùng.',
      severity: 'Mức độ theo mã phát hiện: "error", "warning", "info" hoặc "off" (budget-recon explain liệt kê các mã).',
    }
    : {
      top: 'budget-recon config. Keys starting with "//" are comments and are ignored.',
      lang: 'Language of messages: "en" or "vi".',
      failOn: 'What makes check exit 1: "error", "warning" or "never".',
      numberStyle: 'Number style where a value such as "1.234" stays ambiguous: "auto" (evidence only), "vi" (1.234 = one thousand two hundred thirty-four) or "en".',
      expectedProvinces: 'Provinces that must report (names or GSO codes); leave empty to take them from a regional summary.',
      severity: 'Severity per finding code: "error", "warning", "info" or "off" (budget-recon explain lists the codes).',
    };
  const doc = {
    '//': t.top,
    '// lang': t.lang,
    lang,
    '// failOn': t.failOn,
    failOn: 'error',
    '// numberStyle': t.numberStyle,
    numberStyle: 'auto',
    '// expectedProvinces': t.expectedProvinces,
    expectedProvinces: [],
    '// severity': t.severity,
    severity: { 'percent-without-base': 'warning' },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function registerInit(program: Command, { io, setExit }: CliContext): void {
  program
    .command('init')
    .description('write a commented starter config (budget-recon.json)')
    .argument('[file]', 'where to write it', 'budget-recon.json')
    .option('--lang <lang>', 'language of the comments and messages (en, vi)', 'en')
    .option('--force', 'replace an existing file')
    .addHelpText('after', `
Examples:
  $ budget-recon init
  $ budget-recon init cau-hinh.json --lang vi
  $ budget-recon check reports/ --config budget-recon.json`)
    .action(async (file: string, opts: { lang: string; force?: boolean }) => {
      if (opts.lang !== 'en' && opts.lang !== 'vi') throw new UsageError(`--lang must be en or vi: ${opts.lang}`, `--lang phải là en hoặc vi: ${opts.lang}`);
      if (existsSync(file) && !opts.force) throw new UsageError(`${file} exists; use --force to replace it`, `${file} đã có; dùng --force để ghi đè`);
      await writeOut(file, starterConfig(opts.lang));
      io.stderr.write(`${opts.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${file}\n`);
      setExit(0);
    });
}
