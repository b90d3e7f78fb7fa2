#!/usr/bin/env node
'use strict';
// A CommonJS script (bin/package.json): node runs it without setting up an ES module graph for
// the entry, which `--version` and `--help` would otherwise pay for on every run.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const root = join(__dirname, '..');
const args = process.argv.slice(2);
/** The top-level help as the build wrote it (dist/cli/help.txt), for English output that is not a terminal. */
function cachedHelp() {
  if (args.length !== 1 || (args[0] !== '--help' && args[0] !== '-h') || process.stdout.isTTY || process.env.BUDGET_RECON_LANG === 'vi') return undefined;
  try {
    return readFileSync(join(root, 'dist', 'cli', 'help.txt'), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The CLI's main as `npm run build` bundled it (dist/cli-bundle/main.cjs: one script instead of
 * ~140 modules), compiled from its V8 code cache when there is one for these very bytes; or
 * dist/cli/main.js itself when dist/ was compiled again since (tsc alone), when there is no bundle,
 * or when BUDGET_RECON_UNBUNDLED is set.
 */
async function cliMain() {
  const plain = join(root, 'dist', 'cli', 'main.js');
  if (!process.env.BUDGET_RECON_UNBUNDLED) {
    const { statSync } = require('node:fs');
    const bundle = join(root, 'dist', 'cli-bundle', 'main.cjs');
    let bytes;
    try {
      if (statSync(bundle).mtimeMs >= statSync(plain).mtimeMs) bytes = readFileSync(bundle);
    } catch {
      // no bundle (or no dist/cli/main.js: the import below says so)
    }
    if (bytes !== undefined) return bundleMain(bundle, bytes);
  }
  return (await import(require('node:url').pathToFileURL(plain).href)).main;
}

/**
 * Node 20 keeps no compile cache of its own (module.enableCompileCache came with Node 22): the
 * bundle is compiled as a script with V8's code cache, dist/cli-bundle/main.cjs.cache, which
 * holds the SHA-256 of the bytes it was made from. V8 checks its own version and flags and
 * rejects what does not match, but of the source only its length: the hash is checked here, so a
 * cache of other bytes is never used. Where there is none to use (missing, stale, rejected), the
 * bundle is compiled from its text, and a cache of what this run compiled is written when it
 * ends (to a temporary file renamed over the old: readers see one whole cache or the other;
 * where dist/ cannot be written, nothing is).
 */
function bundleMain(path, bytes) {
  const vm = require('node:vm');
  const { createRequire } = require('node:module');
  const { createHash } = require('node:crypto');
  const cachePath = `${path}.cache`;
  // The hash of the bytes as read: hashing the decoded text would encode its 1.1 MB to UTF-8 again.
  const hash = createHash('sha256').update(bytes).digest();
  const source = bytes.toString('utf8');
  let cachedData;
  try {
    const cache = readFileSync(cachePath);
    if (cache.length > hash.length && hash.equals(cache.subarray(0, hash.length))) cachedData = cache.subarray(hash.length);
  } catch {
    // no cache yet
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __dynamicImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: path, ...(cachedData ? { cachedData } : {}) });
  if (!cachedData || script.cachedDataRejected) process.once('beforeExit', () => writeCache(script, hash, cachePath));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(path), module, path, require('node:path').dirname(path), (specifier) => import(specifier));
  return module.exports.main;
}

/** The code cache of what this run compiled, after the hash of the bytes compiled; never an error of the run. */
function writeCache(script, hash, cachePath) {
  const { writeFileSync, renameSync, rmSync } = require('node:fs');
  const tmp = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([hash, script.createCachedData()]));
    renameSync(tmp, cachePath);
  } catch {
    rmSync(tmp, { force: true });
  }
}

// `--version` alone needs nothing but package.json, and `--help` alone its text as the build
// wrote it (commander wraps to a terminal's width: then it is made afresh): answered before any
// module of the tool loads.
const help = cachedHelp();
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
} else if (help !== undefined) {
  process.stdout.write(help);
} else {
  (async () => {
    const main = await cliMain();

    // A closed pipe (budget-recon … | head) is the reader's choice, not an error.
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (e) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
      });
    }
    process.exitCode = await main(args);
  })();
}
