import type { Ledger } from '../ledger/build-ledger.js';
import { summarise, type SummaryRow } from '../ledger/summarise.js';
import { monthlyView, type ProvinceSeries } from '../ledger/monthly.js';
import { catalogEntry, renderTemplate, type Lang } from './catalog.js';
import type { Finding, RawFinding, Severity } from './types.js';
import type { Params } from './params.js';
import { renderParams } from './render-params.js';

export interface FileStatus {
  file: string;
  /** ok: read, no error finding; error: read, with error findings; unreadable: could not be read. */
  status: 'ok' | 'error' | 'unreadable';
  layout: 'long' | 'form' | 'summary' | null;
  entries: number;
  /** Read as last year's report (--prior): a reference for agreement only. */
  prior?: boolean;
}

export interface Report {
  findings: Finding[];
  files: FileStatus[];
  /** files and entries: the reports checked; last year's (--prior) counted apart, as references. */
  summary: { errors: number; warnings: number; infos: number; files: number; entries: number; priorFiles?: number; priorEntries?: number; baselined?: number };
  /** Totals by province × programme, for the summary workbook. */
  table: SummaryRow[];
  /** Each province's monthly reports as a month-by-month series (empty when no input is a month's report). */
  monthly?: ProvinceSeries[];
  lang: Lang;
}

export interface FileInfo {
  file: string;
  readable: boolean;
  layout: FileStatus['layout'];
  entries: number;
  prior?: boolean;
}

/** Groups the digits of a leading plain number: 46022000000 → 46,022,000,000 (en) or 46.022.000.000 (vi). */
export function groupDigits(text: string, lang: Lang): string {
  return text.replace(/^(-?)(\d+)(?:\.(\d+))?/, (_, sign: string, int: string, frac?: string) => {
    const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
    return sign + g + (frac ? (lang === 'vi' ? ',' : '.') + frac : '');
  });
}

/** The message of a finding: its catalog template in the language, typed params rendered in it. */
export function renderMessage(raw: Pick<RawFinding, 'code' | 'params'>, lang: Lang): string {
  const entry = catalogEntry(raw.code);
  if (!entry) return `${raw.code}: ${JSON.stringify(raw.params)}`;
  return renderTemplate(entry.template[lang], renderParams(raw.params as Params, lang));
}

function compareLoc(a: Finding, b: Finding): number {
  const ka = [a.location.file, a.location.sheet ?? '', String(a.location.row ?? 0).padStart(9, '0'), String(a.location.column ?? 0).padStart(6, '0'), a.code].join('\u0000');
  const kb = [b.location.file, b.location.sheet ?? '', String(b.location.row ?? 0).padStart(9, '0'), String(b.location.column ?? 0).padStart(6, '0'), b.code].join('\u0000');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * What rendering findings needs of the configuration: severities by code and the language (a
 * `Config` is one; findings do not depend on config, config depends on the catalog).
 */
export interface RenderSettings {
  severity: Record<string, Severity | 'off'>;
  lang: Lang;
}

/** Applies configured severities (dropping those set off) and renders messages, in place order. Pure. */
export function renderFindings(raw: RawFinding[], config: RenderSettings): Finding[] {
  const findings: Finding[] = [];
  for (const r of raw) {
    const setting = config.severity[r.code] ?? catalogEntry(r.code)?.severity ?? 'error';
    if (setting === 'off') continue;
    const f: Finding = { code: r.code, severity: setting as Severity, message: renderMessage(r, config.lang), location: r.location, related: r.related ?? [] };
    if (r.expected !== undefined) f.expected = r.expected;
    if (r.reported !== undefined) f.reported = r.reported;
    findings.push(f);
  }
  return findings.sort(compareLoc);
}

/** Findings by severity; the reports checked, and last year's (--prior) apart. */
function summaryCounts(findings: Finding[], files: FileInfo[]): Report['summary'] {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const own = files.filter((f) => !f.prior), prior = files.filter((f) => f.prior);
  const entries = (l: FileInfo[]) => l.reduce((n, f) => n + f.entries, 0);
  const out: Report['summary'] = { errors: count('error'), warnings: count('warning'), infos: count('info'), files: own.length, entries: entries(own) };
  if (prior.length) Object.assign(out, { priorFiles: prior.length, priorEntries: entries(prior) });
  return out;
}

/** Applies configured severities, renders messages, sorts by place, counts. Pure. */
export function buildReport(raw: RawFinding[], files: FileInfo[], ledger: Ledger, config: RenderSettings): Report {
  const findings = renderFindings(raw, config);
  const errorsIn = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.location.file));
  const fileStatus: FileStatus[] = files.map((f) => ({
    file: f.file,
    status: !f.readable ? 'unreadable' : errorsIn.has(f.file) ? 'error' : 'ok',
    layout: f.layout,
    entries: f.entries,
    ...(f.prior ? { prior: true } : {}),
  }));
  const report = { findings, files: fileStatus, summary: summaryCounts(findings, files) } as Report;
  // Worked out when first read: the JSON and SARIF reports of a long export never read them.
  whenRead(report, 'table', () => summarise(ledger));
  whenRead(report, 'monthly', () => monthlyView(ledger));
  report.lang = config.lang;
  return report;
}

/** Defines `key` (enumerable, in its place among the keys) as what `make` gives, worked out once when first read; assigning replaces it. */
function whenRead<K extends keyof Report>(report: Report, key: K, make: () => Report[K]): void {
  const settle = (value: Report[K]) => Object.defineProperty(report, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(report, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = make();
      settle(value);
      return value;
    },
    set: (value: Report[K]) => void settle(value),
  });
}
