// Regenerates the golden files of the fixture scenarios (fixtures/region/expected/*.json):
//   npm run build && npm run golden
// Review the diff before committing it: each changed line is a change in what the tool reports.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS, goldenOf } from './golden-scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const s of SCENARIOS) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'budget-recon.js'), ...s.args, '--format', 'json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${s.args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  writeFileSync(join(root, s.golden), `${JSON.stringify(goldenOf(JSON.parse(r.stdout)), null, 2)}\n`);
  console.log(`${s.golden} written`);
}
