import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { artifactLocation, fileUri } from '../../src/reporters/sarif.js';
import { fieldPositions } from '../../src/cli/text-positions.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, 'sarif-schema-2.1.0.json'), 'utf8')) as object;

/** A URI reference as RFC 3986 allows it: ASCII, no spaces, "%" only as an escape. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => URI_REFERENCE.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('uri-reference', (s: string) => URI_REFERENCE.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(SCHEMA);
}

/** The faulty sample in a folder and file whose names have spaces, diacritics and "#", with a quoted line break in an earlier label. */
function workspace(): { dir: string; rel: string } {
  const dir = mkdtempSync(join(tmpdir(), 'br-sarif-'));
  const rel = 'báo cáo 2024/Đông Bắc #1.csv';
  mkdirSync(join(dir, 'báo cáo 2024'));
  const lines = readFileSync(join(ROOT, 'fixtures/samples/dong-bac-2024-9m-loi.csv'), 'utf8').split('\n');
  lines[4] = lines[4]!.replace('Vocational training (trainees)', '"Vocational\ntraining (trainees)"');
  writeFileSync(join(dir, rel), lines.join('\n'));
  return { dir, rel };
}

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('SARIF and GitHub annotations', () => {
  const { dir, rel } = workspace();
  const sarifText = run(['check', rel, '--format', 'sarif,github', '-o', 'out/recon'], dir);

  it('writes both formats in one run, named from -o', () => {
    expect(sarifText.status).toBe(1);
    expect(sarifText.stderr).toContain('out/recon.sarif');
    expect(readFileSync(join(dir, 'out/recon.github.txt'), 'utf8')).toMatch(/^::error /);
  });

  it('is valid against the SARIF 2.1.0 schema, with encoded relative URIs, help per rule, physical lines', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'out/recon.sarif'), 'utf8'));
    const validate = validator();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const runDoc = doc.runs[0];
    expect(runDoc.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/\/.*\/$/);
    const first = runDoc.results[0];
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'b%C3%A1o%20c%C3%A1o%202024/%C4%90%C3%B4ng%20B%E1%BA%AFc%20%231.csv', uriBaseId: 'SRCROOT' });
    // Record 13 starts on line 14: record 5 holds a quoted line break. Column 9 (I) starts after eight fields.
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 14, startColumn: 68 });
    expect(first.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/!I13$/);
    for (const r of runDoc.tool.driver.rules) {
      expect(r.help.text.length, r.id).toBeGreaterThan(20);
      expect(r.helpUri, r.id).toMatch(/^file:\/\/\/.+README\.md#finding-codes$/);
    }
    const github = readFileSync(join(dir, 'out/recon.github.txt'), 'utf8').split('\n');
    expect(github[0]).toMatch(/^::error file=báo cáo 2024\/Đông Bắc #1\.csv,line=14,col=68,title=percent-of-plan-mismatch/);
  });

  it("passes Microsoft's SARIF Multitool validation with no error", () => {
    const tool = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'sarif-multitool.cmd' : 'sarif-multitool');
    const r = spawnSync(tool, ['validate', join(dir, 'out/recon.sarif')], { encoding: 'utf8' });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).toContain('1 files scanned');
    expect(out.match(/: error [A-Z]+\d+/g) ?? []).toEqual([]);
    expect(r.status, out).toBe(0);
  }, 120_000);

  it('makes URIs from Windows paths: drive letters, UNC shares, backslashes', () => {
    expect(artifactLocation('D:\\baocao\\2024\\Nghệ An.xlsx', 'D:\\baocao', 'win32')).toEqual({ uri: '2024/Ngh%E1%BB%87%20An.xlsx', uriBaseId: 'SRCROOT' });
    expect(artifactLocation('2024\\a.csv', 'D:\\baocao', 'win32')).toEqual({ uri: '2024/a.csv', uriBaseId: 'SRCROOT' });
    expect(artifactLocation('E:\\other\\a b.csv', 'D:\\baocao', 'win32')).toEqual({ uri: 'file:///E:/other/a%20b.csv' });
    expect(fileUri('\\\\server\\share\\bc 1.xlsx', 'win32')).toBe('file://server/share/bc%201.xlsx');
    expect(fileUri('/srv/báo cáo', 'linux')).toBe('file:///srv/b%C3%A1o%20c%C3%A1o');
    expect(artifactLocation('/elsewhere/a.csv', '/work', 'linux')).toEqual({ uri: 'file:///elsewhere/a.csv' });
  });

  it('finds physical lines and columns past quoted line breaks and doubled quotes', () => {
    const text = 'a,b,c\r\n"x\ny","q""q",z\n1,2,3';
    const p = fieldPositions(text, ',', new Set([2, 3]));
    expect(p.get(2)).toEqual([{ line: 2, column: 1 }, { line: 3, column: 4 }, { line: 3, column: 11 }]);
    expect(p.get(3)).toEqual([{ line: 4, column: 1 }, { line: 4, column: 3 }, { line: 4, column: 5 }]);
  });
});
