// The measure of issue 12: budget-recon against bare readers over the same generated inputs, in
// one run, each as a child process timed by /usr/bin/time (wall seconds, peak RSS). Prints each
// figure, its ratio to the baseline and its goal, met or not. Asserts nothing (speed is never
// asserted in tests); the exit code is 0 whatever the figures.
// Usage: npm run build && npm run bench [-- --quick] [-- --dir DIR (keep and reuse the inputs)] [-- --no-5m]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExportXlsx, writeLongCsv, writeRegion } from './make-bench-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const dirArg = argv.includes('--dir') ? argv[argv.indexOf('--dir') + 1] : undefined;
const sizes = quick ? { csv: 100_000, big: 500_000, xlsx: 20_000 } : { csv: 1_000_000, big: 5_000_000, xlsx: 200_000 };
const dir = dirArg ?? mkdtempSync(join(tmpdir(), 'br-bench-'));
mkdirSync(dir, { recursive: true });
const MB = 1024 * 1024;

/** Makes an input once per size (kept with --dir). */
async function input(name, make) {
  const path = join(dir, name);
  if (!existsSync(path)) await make(path);
  return path;
}

/** Runs `node args` under /usr/bin/time: wall seconds, peak RSS in bytes, exit code. */
function measure(args, { stdout } = {}) {
  const timeFile = join(dir, '.time');
  const out = stdout ? openSync(stdout, 'w') : 'ignore';
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...args], { cwd: root, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * MB });
  if (typeof out === 'number') closeSync(out);
  const [wall, user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rss: kb * 1024, code: r.status, stderr: String(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ') };
}

const rows = [];
function report(what, m, goal) {
  const line = { what, wall: m.wall, cpu: m.cpu, rss: m.rss, goal, code: m.code };
  rows.push(line);
  const met = goal ? (goal.met(m) ? 'met' : 'NOT met') : '';
  const ratio = goal?.ratio ? `${(m.wall / goal.ratio).toFixed(2)}×` : '';
  console.log(`${what.padEnd(44)} ${m.wall.toFixed(2).padStart(7)} s ${m.cpu.toFixed(2).padStart(7)} s ${(m.rss / MB).toFixed(0).padStart(6)} MB ${ratio.padStart(7)}  ${(goal?.text ?? 'baseline').padEnd(34)} ${met}${m.code ? `  (exit ${m.code}${m.stderr ? `: ${m.stderr.slice(0, 160)}` : ''})` : ''}`);
}

const cli = (cmd, ...rest) => ['bin/budget-recon.js', cmd, ...rest];
const ratioGoal = (base, k, mb) => ({ ratio: base, text: `≤ ${k}× baseline, ≤ ${mb} MB`, met: (m) => m.code !== null && m.wall <= k * base && m.rss <= mb * MB });
// `check` exits 1 when it finds errors; 2 and above (or a signal) is a failure of the run.
const completes = (m) => m.code !== null && m.code <= 1;

const t0 = Date.now();
const csv = await input(`long-${sizes.csv}.csv`, (p) => writeLongCsv(p, sizes.csv));
const xlsx = await input(`export-${sizes.xlsx}.xlsx`, (p) => writeExportXlsx(p, sizes.xlsx));
const region = await input('region', (p) => writeRegion(p));
const small = join(root, 'fixtures/long/facts-2022-9m-en.csv');
console.log(`inputs in ${dir} (${((Date.now() - t0) / 1000).toFixed(0)} s): ${sizes.csv} CSV rows, ${sizes.xlsx} xlsx rows, 63 forms + summary${quick ? ' (--quick)' : ''}\n`);
console.log(`${'run'.padEnd(44)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'peak RSS'.padStart(9)} ${'ratio'.padStart(7)}  goal`);

const csvBase = measure(['scripts/bench-baselines.mjs', 'csv', csv]);
report(`bare csv-parse pass, ${sizes.csv} rows`, csvBase);
report(`ledger, ${sizes.csv}-row CSV`, measure(cli('ledger', csv), { stdout: join(dir, 'ledger.csv') }), ratioGoal(csvBase.wall, 1.5, 150));
report(`check, ${sizes.csv}-row CSV`, measure(cli('check', csv, '--format', 'json', '--fail-on', 'never'), { stdout: join(dir, 'check.json') }), ratioGoal(csvBase.wall, 1.5, 150));

if (!argv.includes('--no-5m')) {
  const big = await input(`long-${sizes.big}.csv`, (p) => writeLongCsv(p, sizes.big));
  report(`ledger, ${sizes.big}-row CSV`, measure(cli('ledger', big), { stdout: join(dir, 'ledger-big.csv') }), { text: 'completes (no out of memory)', met: completes });
}

const xlsxBase = measure(['scripts/bench-baselines.mjs', 'xlsx', xlsx]);
report(`bare exceljs streaming pass, ${sizes.xlsx} rows`, xlsxBase);
report(`ledger, ${sizes.xlsx}-row xlsx`, measure(cli('ledger', xlsx), { stdout: join(dir, 'ledger-xlsx.csv') }), ratioGoal(xlsxBase.wall, 1.3, 200));

const under = (s) => ({ text: `< ${s * 1000} ms`, met: (m) => completes(m) && m.wall < s });
report('check, region of 63 forms + summary', measure(cli('check', region, '--fail-on', 'never')), under(0.6));
report('--version', measure(['bin/budget-recon.js', '--version']), under(0.1));
report('--help', measure(['bin/budget-recon.js', '--help']), under(0.1));
report('check, one small CSV', measure(cli('check', small, '--fail-on', 'never')), under(0.2));
report('node -e 0 (for reference)', measure(['-e', '0']));

const goals = rows.filter((r) => r.goal);
const met = goals.filter((r) => r.goal.met(r)).length;
console.log(`\n${met} of ${goals.length} goals met (/usr/bin/time resolution: 10 ms; ${process.env.BENCH_NOTE ?? 'two cores shared with other work when measured during a session'})`);
writeFileSync(join(dir, 'bench.json'), JSON.stringify(rows.map(({ goal, ...r }) => ({ ...r, goal: goal?.text, met: goal ? goal.met(r) : undefined })), null, 1));
if (!dirArg) rmSync(dir, { recursive: true, force: true });
