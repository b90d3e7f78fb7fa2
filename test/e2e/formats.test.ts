import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/findings/catalog.js';
import { CHECKS } from '../../src/checks/run-checks.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-recon.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const FAULTY = 'fixtures/samples/dong-bac-2024-9m-loi.csv';

describe('output formats', () => {
  it('junit: a suite per file, a case per check, failures for errors', () => {
    const r = cli(['check', FAULTY, 'fixtures/samples/bac-bo-2024-9m.csv', '--format', 'junit']);
    expect(r.status).toBe(1);
    // A case per file for reading and one per check; two checks fail (percent of plan: one finding; sums: two): failures count failing cases, as the suites do.
    const tests = 2 * (1 + CHECKS.length);
    expect(r.stdout).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<testsuites name="budget-recon" tests="${tests}" failures="2" errors="0" time="\\d+\\.\\d{3}">`));
    expect(r.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(r.stdout).toContain('<testcase classname="fixtures/samples/dong-bac-2024-9m-loi.csv" name="percent-of-plan">\n      <failure message="1 finding(s): percent-of-plan-mismatch at dong-bac-2024-9m-loi!I13" type="percent-of-plan-mismatch">');
    expect(r.stdout).toContain(`<testsuite name="fixtures/samples/bac-bo-2024-9m.csv" tests="${tests / 2}" failures="0" errors="0" skipped="0">`);
  });

  it('junit agrees with the exit code at every --fail-on, and leaves --prior files out', () => {
    for (const [failOn, status] of [['error', 1], ['warning', 1], ['never', 0]] as const) {
      const r = cli(['check', FAULTY, '--format', 'junit', '--fail-on', failOn, '--prior', 'fixtures/samples/bac-bo-2024-9m.csv']);
      expect(r.status, failOn).toBe(status);
      const failures = Number(/<testsuites [^>]*failures="(\d+)"/.exec(r.stdout)![1]);
      expect(failures > 0, failOn).toBe(status === 1);
      expect(r.stdout).not.toContain('bac-bo-2024-9m.csv');
    }
  });

  it('sarif 2.1.0: rules from the catalog, results with file, line and cell, related cells', () => {
    const doc = JSON.parse(cli(['check', FAULTY, '--format', 'sarif']).stdout);
    expect(doc.version).toBe('2.1.0');
    const run = doc.runs[0];
    expect(run.tool.driver.name).toBe('budget-recon');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(CATALOG));
    const first = run.results[0];
    expect(first).toMatchObject({ ruleId: 'percent-of-plan-mismatch', level: 'error', properties: { expected: '94.40000', reported: '49.4' } });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: FAULTY, uriBaseId: 'SRCROOT' }, region: { startLine: 13, startColumn: 68 } });
    expect(first.locations[0].logicalLocations[0].fullyQualifiedName).toBe('dong-bac-2024-9m-loi!I13');
    expect(first.relatedLocations).toHaveLength(2);
  });

  it('github: workflow commands that annotate the file, with the cell in the title', () => {
    const out = cli(['check', FAULTY, '--format', 'github']).stdout.trim().split('\n');
    expect(out[0]).toMatch(/^::error file=fixtures\/samples\/dong-bac-2024-9m-loi.csv,line=13,col=68,title=percent-of-plan-mismatch \(dong-bac-2024-9m-loi!I13\)::Stated 49.40%25 of plan/);
    expect(out.at(-1)).toBe('budget-recon: 2 error(s), 0 warning(s), 0 info in 1 file(s)');
  });
});

describe('explain', () => {
  it('prints a code\'s description and an example, in either language; lists the codes; rejects an unknown one', () => {
    const en = cli(['explain', 'sum-mismatch']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^sum-mismatch — Total does not equal its parts\n\nA total or subtotal differs/);
    expect(en.stdout).toMatch(/\nExample: .+ but its 4 parts add up to/);
    expect(cli(['explain', 'sum-mismatch', '--lang', 'vi']).stdout).toContain('Tổng không bằng các khoản cộng lại');
    expect(cli(['explain']).stdout.trim().split('\n')).toHaveLength(Object.keys(CATALOG).length);
    const bad = cli(['explain', 'sums']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('did you mean sum-mismatch');
  });
});
