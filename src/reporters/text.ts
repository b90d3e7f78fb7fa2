import { Chalk } from 'chalk';
import type { Report } from '../findings/build-report.js';
import type { Finding } from '../findings/types.js';
import { safeReport } from './safe-text.js';

export interface TextOptions {
  color: boolean;
}

const WORDS = {
  en: { error: 'error', warning: 'warning', info: 'info', summary: (e: number, w: number, i: number, f: number, n: number) => `${e} error(s), ${w} warning(s), ${i} info in ${f} file(s); ${n} figure(s) read`, clean: 'no findings', unreadable: 'unreadable', entries: 'figures', also: 'see also' },
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', summary: (e: number, w: number, i: number, f: number, n: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin trong ${f} tệp; đã đọc ${n} số liệu`, clean: 'không có phát hiện nào', unreadable: 'không đọc được', entries: 'số liệu', also: 'xem thêm' },
};

function place(f: Finding): string {
  const l = f.location;
  if (l.sheet && l.cell) return `${l.sheet}!${l.cell}`;
  return l.sheet ?? '';
}

/** Findings grouped by file, one line each: place, severity, code, message. */
export function renderText(input: Report, opts: TextOptions = { color: false }): string {
  const report = safeReport(input);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const w = WORDS[report.lang];
  const sev = { error: c.red.bold(w.error), warning: c.yellow(w.warning), info: c.cyan(w.info) };
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  const files = [...new Set([...report.files.map((f) => f.file), ...byFile.keys()])];
  for (const file of files) {
    const status = report.files.find((f) => f.file === file);
    const list = byFile.get(file) ?? [];
    const head = status ? `${status.status === 'unreadable' ? w.unreadable : `${status.entries} ${w.entries}`}` : '';
    lines.push(`${c.bold.underline(file)}${head ? c.dim(`  (${head})`) : ''}`);
    if (list.length === 0) lines.push(c.green(`  ${w.clean}`));
    for (const f of list) {
      const related = f.related.length ? c.dim(` [${w.also} ${f.related.slice(0, 4).map((r) => r.cell ?? r.file).join(', ')}${f.related.length > 4 ? ', …' : ''}]`) : '';
      lines.push(`  ${place(f).padEnd(14)} ${sev[f.severity]}  ${c.dim(f.code)}  ${f.message}${related}`);
    }
    lines.push('');
  }
  const s = report.summary;
  const summary = w.summary(s.errors, s.warnings, s.infos, s.files, s.entries) + (s.baselined ? (report.lang === 'vi' ? `; ${s.baselined} đã chấp nhận theo baseline` : `; ${s.baselined} accepted by the baseline`) : '');
  lines.push(s.errors ? c.red.bold(summary) : s.warnings ? c.yellow(summary) : c.green(summary));
  return `${lines.join('\n')}\n`;
}
