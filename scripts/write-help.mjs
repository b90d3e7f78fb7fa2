// Part of `npm run build`: writes the top-level `--help` text (English, not on a terminal) that
// bin/budget-recon.js prints without loading commander and the commands. Made by the CLI itself
// from the built commands, so it is what `main(['--help'])` prints; test/cli/startup.test.ts
// compares the two.
import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { main } from '../dist/cli/main.js';

const chunks = [];
const sink = (keep) => new Writable({ write(c, _e, cb) { if (keep) chunks.push(String(c)); cb(); } });
const code = await main(['--help'], { stdout: sink(true), stderr: sink(false), env: {} });
if (code !== 0) throw new Error(`budget-recon --help exited ${code}`);
writeFileSync(new URL('../dist/cli/help.txt', import.meta.url), chunks.join(''));
