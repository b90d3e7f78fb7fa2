// `npm start`: a newcomer's first look at budget-recon on a realistic region — the six province
// forms and the regional summary of Bắc Trung Bộ for 9 months of 2024, with last year's forms,
// and five seeded faults (fixtures/region/FAULTS.md). Runs the built CLI three times: the
// findings (one per fault), the conference material (workbook, page and paragraph, in
// Vietnamese), and how one faulty figure was read.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'budget-recon.js');
const region = ['fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023'];
const steps = [
  ['1. The findings: one per seeded fault', ['check', ...region, '--fail-on', 'never']],
  ['2. The conference material: summary.xlsx, summary.html and the paragraph', ['report', ...region, '--lang', 'vi', '--out', 'summary.xlsx', '--html', 'summary.html']],
  ['3. How one figure was read, and what it takes part in', ['explain', 'fixtures/region/faulty-2024/40-Nghệ An-2024-9thang.xlsx', 'F10', '--with', 'fixtures/region/faulty-2024']],
];
for (const [title, args] of steps) {
  process.stdout.write(`\n== ${title}\n$ budget-recon ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
