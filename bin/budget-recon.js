#!/usr/bin/env node
const args = process.argv.slice(2);
/** The top-level help as the build wrote it (dist/cli/help.txt), for English output that is not a terminal. */
async function cachedHelp() {
  if (args.length !== 1 || (args[0] !== '--help' && args[0] !== '-h') || process.stdout.isTTY || process.env.BUDGET_RECON_LANG === 'vi') return undefined;
  const { readFileSync } = await import('node:fs');
  try {
    return readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

// `--version` alone needs nothing but package.json, and `--help` alone its text as the build
// wrote it (commander wraps to a terminal's width: then it is made afresh): answered before any
// module of the tool loads.
const help = await cachedHelp();
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else if (help !== undefined) {
  process.stdout.write(help);
} else {
  const { main } = await import('../dist/cli/main.js');

  // A closed pipe (budget-recon … | head) is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await main(args);
}
