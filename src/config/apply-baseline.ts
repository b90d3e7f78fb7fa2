import type { Baseline } from './baseline.js';
import type { Report } from '../findings/build-report.js';
import type { Finding } from '../findings/types.js';

const keyOf = (f: { code: string; file: string; sheet?: string | undefined; cell?: string | undefined }) => `${f.code}\u0000${f.file}\u0000${f.sheet ?? ''}\u0000${f.cell ?? ''}`;

/** How a finding's file is named in a baseline: relative to the baseline file's folder (version 2). */
export type FileKey = (file: string) => string;

/** A baseline of the report's errors and warnings (infos need no accepting), files named by fileKey. */
export function makeBaseline(report: Report, reason: string, fileKey: FileKey = (f) => f): Baseline {
  const seen = new Set<string>();
  const entries: Baseline['entries'] = [];
  for (const f of report.findings) {
    if (f.severity === 'info') continue;
    const e = { code: f.code, file: fileKey(f.location.file), ...(f.location.sheet ? { sheet: f.location.sheet } : {}), ...(f.location.cell ? { cell: f.location.cell } : {}), reason };
    if (!seen.has(keyOf(e))) {
      seen.add(keyOf(e));
      entries.push(e);
    }
  }
  return { version: 2, entries };
}

/** Takes the findings the baseline accepts out of the report and its counts. Pure. */
export function applyBaseline(report: Report, baseline: Baseline, fileKey: FileKey = (f) => f): Report {
  const accepted = new Set(baseline.entries.map(keyOf));
  const name = baseline.version === 1 ? (f: string) => f : fileKey;
  const kept: Finding[] = [];
  let baselined = 0;
  for (const f of report.findings) {
    if (accepted.has(keyOf({ code: f.code, file: name(f.location.file), sheet: f.location.sheet, cell: f.location.cell }))) baselined++;
    else kept.push(f);
  }
  const count = (s: Finding['severity']) => kept.filter((f) => f.severity === s).length;
  const errorsIn = new Set(kept.filter((f) => f.severity === 'error').map((f) => f.location.file));
  return {
    ...report,
    findings: kept,
    files: report.files.map((f) => (f.status === 'error' && !errorsIn.has(f.file) ? { ...f, status: 'ok' as const } : f)),
    summary: { ...report.summary, errors: count('error'), warnings: count('warning'), infos: count('info'), baselined },
  };
}
