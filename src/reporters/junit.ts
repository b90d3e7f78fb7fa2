import type { Report } from '../findings/build-report.js';
import { CHECKS } from '../checks/run-checks.js';
import type { Finding, Severity } from '../findings/types.js';
import { safeReport, xmlEscape } from './safe-text.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface JunitOptions {
  /** The severity that fails the run (--fail-on): the same findings fail test cases, so JUnit agrees with the exit code. */
  failOn: FailOn;
  /** Seconds the run took. */
  seconds?: number;
}

const xml = xmlEscape;

/** Whether a finding of this severity fails the run at this --fail-on. */
export function fails(severity: Severity, failOn: FailOn): boolean {
  return failOn === 'never' ? false : failOn === 'warning' ? severity !== 'info' : severity === 'error';
}

/** The check a code belongs to; codes of reading a file belong to "read". */
function checkOf(code: string): string {
  return CHECKS.find((c) => (c.codes as string[]).includes(code))?.name ?? 'read';
}

function where(f: Finding): string {
  const l = f.location;
  return l.sheet && l.cell ? `${l.sheet}!${l.cell}` : l.sheet ?? l.file;
}

interface Suite { name: string; cases: string[]; tests: number; failures: number }

function suiteOf(name: string, mine: Finding[], checks: string[], failOn: FailOn): Suite {
  const cases: string[] = [];
  let failures = 0;
  for (const n of checks) {
    const fs = mine.filter((f) => checkOf(f.code) === n);
    const failing = fs.filter((f) => fails(f.severity, failOn));
    const notes = fs.filter((f) => !fails(f.severity, failOn));
    cases.push(`    <testcase classname="${xml(name)}" name="${xml(n)}">`);
    if (failing.length) {
      failures += 1;
      cases.push(`      <failure message="${xml(`${failing.length} finding(s): ${failing[0]!.code} at ${where(failing[0]!)}`)}" type="${xml(failing[0]!.code)}">${xml(failing.map((f) => `${f.severity} ${where(f)} ${f.code}: ${f.message}`).join('\n'))}</failure>`);
    }
    if (notes.length) cases.push(`      <system-out>${xml(notes.map((f) => `${f.severity} ${where(f)} ${f.code}: ${f.message}`).join('\n'))}</system-out>`);
    cases.push('    </testcase>');
  }
  return { name, cases, tests: checks.length, failures };
}

/**
 * JUnit XML: a test suite per input file (last year's --prior files are references, not
 * tests), a test case per check (reading included). A case fails on findings at or above
 * --fail-on, so the counts agree with the exit code: failures > 0 exactly when it is 1.
 * Findings with no input file (from the config) get a suite of their own.
 */
export function renderJunit(input: Report, opts: JunitOptions = { failOn: 'error' }): string {
  const report = safeReport(input);
  const checks = ['read', ...CHECKS.map((c) => c.name)];
  const files = report.files.filter((f) => !f.prior);
  const suites = files.map((file) => suiteOf(file.file, report.findings.filter((f) => f.location.file === file.file), checks, opts.failOn));
  const known = new Set(files.map((f) => f.file));
  const elsewhere = report.findings.filter((f) => !known.has(f.location.file));
  if (elsewhere.length) {
    const byCheck = [...new Set(elsewhere.map((f) => checkOf(f.code)))];
    suites.push(suiteOf('budget-recon', elsewhere, byCheck, opts.failOn));
  }
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const time = opts.seconds !== undefined ? ` time="${opts.seconds.toFixed(3)}"` : '';
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="budget-recon" tests="${tests}" failures="${failures}" errors="0"${time}>`);
  for (const s of suites) {
    out.push(`  <testsuite name="${xml(s.name)}" tests="${s.tests}" failures="${s.failures}" errors="0" skipped="0">`);
    out.push(...s.cases);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
