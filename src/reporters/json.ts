import type { Report } from '../findings/build-report.js';

/** The JSON contract: { findings, files, summary }. Stable: add fields, never rename. */
export function renderJson(report: Report): string {
  const doc = {
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      location: f.location,
      related: f.related,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.reported !== undefined ? { reported: f.reported } : {}),
    })),
    files: report.files,
    summary: report.summary,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
