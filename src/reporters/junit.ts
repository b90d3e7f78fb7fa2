import type { Report } from '../findings/build-report.js';
import { CHECKS } from '../checks/run-checks.js';
import type { Finding } from '../findings/types.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The check a code belongs to; codes of reading a file belong to "read". */
function checkOf(code: string): string {
  return CHECKS.find((c) => (c.codes as string[]).includes(code))?.name ?? 'read';
}

function where(f: Finding): string {
  const l = f.location;
  return l.sheet && l.cell ? `${l.sheet}!${l.cell}` : l.sheet ?? l.file;
}

/**
 * JUnit XML: a test suite per file and a test case per check (reading included). A check
 * fails on error findings; warnings and infos go to the case's system-out.
 */
export function renderJunit(report: Report): string {
  const names = ['read', ...CHECKS.map((c) => c.name)];
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.findings.filter((f) => f.severity === 'error').length;
  out.push(`<testsuites name="budget-recon" tests="${report.files.length * names.length}" failures="${failures}">`);
  for (const file of report.files) {
    const mine = report.findings.filter((f) => f.location.file === file.file);
    const failed = names.filter((n) => mine.some((f) => f.severity === 'error' && checkOf(f.code) === n)).length;
    out.push(`  <testsuite name="${xml(file.file)}" tests="${names.length}" failures="${failed}">`);
    for (const n of names) {
      const fs = mine.filter((f) => checkOf(f.code) === n);
      const errors = fs.filter((f) => f.severity === 'error');
      const notes = fs.filter((f) => f.severity !== 'error');
      out.push(`    <testcase classname="${xml(file.file)}" name="${n}">`);
      if (errors.length) {
        out.push(`      <failure message="${xml(`${errors.length} finding(s): ${errors[0]!.code} at ${where(errors[0]!)}`)}" type="${xml(errors[0]!.code)}">${xml(errors.map((f) => `${where(f)} ${f.code}: ${f.message}`).join('\n'))}</failure>`);
      }
      if (notes.length) out.push(`      <system-out>${xml(notes.map((f) => `${f.severity} ${where(f)} ${f.code}: ${f.message}`).join('\n'))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
