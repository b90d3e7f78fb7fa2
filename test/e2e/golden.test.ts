import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script shared with scripts/update-golden.mjs, without types
import { SCENARIOS, goldenOf } from '../../scripts/golden-scenarios.mjs';
import { cliEnv, spawnAsync } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const scenarios = SCENARIOS as Array<{ golden: string; args: string[] }>;
type Golden = { errors: number; findings: Array<{ code: string; severity: string; at: string }> };

async function run(args: string[]): Promise<Golden> {
  const r = await spawnAsync(process.execPath, [join(ROOT, 'bin', 'budget-recon.js'), ...args, '--format', 'json'], { cwd: ROOT, env: cliEnv({ NO_COLOR: '1' }) });
  expect([0, 1], r.stderr).toContain(r.status);
  return (goldenOf as (d: unknown) => Golden)(JSON.parse(r.stdout));
}

const golden = (file: string): Golden => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('fixture scenarios give their golden findings (regenerate: npm run build && npm run golden)', () => {
  for (const s of scenarios) {
    it(`${s.args.join(' ')} → ${s.golden}`, async () => {
      expect(await run(s.args)).toEqual(golden(s.golden));
    });
  }

  it('each seeded fault of fixtures/region/FAULTS.md gives exactly its finding, and the consistent region none', () => {
    const table = readFileSync(join(ROOT, 'fixtures', 'region', 'FAULTS.md'), 'utf8')
      .split('\n')
      .map((l) => l.match(/^\|[^|]+\|\s*`([^`]+)`\s*\|\s*([A-Z]+\d+)\s*\|\s*`([a-z-]+)`\s*\|$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => `${m[3]}@${m[1]}!${m[2]}`);
    expect(table).toHaveLength(5);
    const errors = (g: Golden) => g.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.at.replace(/^.*\//, '').replace(/ \([^)]*\)!/, '!')}`);
    expect(errors(golden('fixtures/region/expected/faulty-2024.json')).sort()).toEqual([...table].sort());
    expect(golden('fixtures/region/expected/2024.json').findings).toEqual([]);
  });
});
