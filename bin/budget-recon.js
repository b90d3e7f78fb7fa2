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

/**
 * The CLI as `npm run build` bundled it (dist/cli-bundle/: a few files to load instead of ~140
 * modules), unless dist/ was compiled again since (tsc alone) or BUDGET_RECON_UNBUNDLED is set:
 * then dist/cli/main.js itself.
 */
async function cliModule() {
  const plain = new URL('../dist/cli/main.js', import.meta.url);
  if (process.env.BUDGET_RECON_UNBUNDLED) return plain.href;
  const bundle = new URL('../dist/cli-bundle/main.js', import.meta.url);
  const { statSync } = await import('node:fs');
  try {
    return statSync(bundle).mtimeMs >= statSync(plain).mtimeMs ? bundle.href : plain.href;
  } catch {
    return plain.href;
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
  const { main } = await import(await cliModule());

  // A closed pipe (budget-recon … | head) is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await main(args);
}
