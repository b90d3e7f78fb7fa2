#!/usr/bin/env node
// Runs budget-recon over every .xls/.xlsx of a folder (one JSON report per table, named after it) and,
// when the folder holds score-real-tables.mjs and truth.json (shared/corpus/vietnamese), scores them.
//   node scripts/score-real-tables.mjs [FOLDER] [OUT_DIR]
// FOLDER defaults to ../shared/corpus/vietnamese; OUT_DIR to a fresh temporary folder.
// A measuring tool, not a test: it always exits 0 unless the tool cannot be run at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folder = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'vietnamese'));
const out = process.argv[3] ? resolve(process.argv[3]) : mkdtempSync(join(tmpdir(), 'br-real-'));
mkdirSync(out, { recursive: true });
const cli = join(root, 'bin', 'budget-recon.js');
if (!existsSync(join(root, 'dist'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const tables = readdirSync(folder).filter((f) => /^mof_.*\.(xls|xlsx)$/i.test(f)).sort();
for (const t of tables) {
  const name = basename(t, extname(t)).replace(/_lo$/, '');
  const r = spawnSync(process.execPath, [cli, 'check', join(folder, t), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(join(out, `${name}.json`), r.stdout || '{"findings":[]}');
  console.log(`${t} → ${join(out, `${name}.json`)}`);
}
const scorer = join(folder, 'score-real-tables.mjs');
if (existsSync(scorer)) spawnSync(process.execPath, [scorer, out, '-v'], { stdio: 'inherit' });
else console.log(`no scorer beside the tables (${scorer}); reports are in ${out}`);
