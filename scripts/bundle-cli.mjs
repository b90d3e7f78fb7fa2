// Part of `npm run build`, after tsc: bundles the built CLI (dist/cli/main.js and every module of
// dist/ it imports, lazily or not) into one CommonJS file, dist/cli-bundle/main.cjs, which
// bin/budget-recon.js compiles with a V8 code cache (bundleMain there). Node 20 compiles each
// ES module on its own and keeps no compile cache (module.enableCompileCache came with Node 22):
// `check` on one CSV loaded ~140 modules of dist/ (or ~45 chunks of an ES bundle), each parsed,
// compiled and linked afresh. One script can be compiled from a code cache instead.
// Lazy imports stay lazy: a module imported with import() is wrapped (esbuild's __esm) and runs
// only when first imported, so --help and --version run none of the pipeline. Packages stay
// external (node_modules), but for the three small ones nearly every command runs, which the
// bundle holds (HELD_PACKAGES): a static import becomes require(), an import() of one goes through
// the loader's own import() (__dynamicImport, see bin/budget-recon.js), but for packages also
// required (zod): required there too, one instance of a package per process. Each module keeps
// its own import.meta.url (package.json, README.md, the read worker's file in dist/), so the
// bundle behaves as dist/ does; the read worker itself runs from dist/. Deterministic: the same
// dist/ gives the same bundle. The code cache is written by a first run of the bundle (here, over
// a few fixtures), keyed by the bundle's SHA-256. Without esbuild (a dependency of vitest, so of
// `npm ci`), no bundle: the CLI runs from dist/ as before.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli-bundle');
const file = join(out, 'main.cjs');
rmSync(out, { recursive: true, force: true });

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle-cli: esbuild is not installed; the CLI runs from dist/ unbundled');
  process.exit(0);
}

const posix = (p) => p.split('\\').join('/');

/** import.meta.url in a module of dist/, rewritten to that module's own URL as seen from the bundle. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      if (/import\.meta\.(?!url\b)/.test(text)) throw new Error(`bundle-cli: ${args.path} uses import.meta beyond .url`);
      const rel = posix(relative(out, args.path));
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __bundleUrl).href`), loader: 'js' };
    });
  },
};

/** Packages imported as ES modules that have no CommonJS entry of that name: their CommonJS build, the same code. */
const REQUIRE_AS = { '@e965/xlsx/dist/cpexcel.full.mjs': '@e965/xlsx/dist/cpexcel.full' };
const requireAs = {
  name: 'require-as',
  setup(build) {
    build.onResolve({ filter: /^@e965\/xlsx\/dist\/cpexcel\.full\.mjs$/ }, (args) => ({ path: REQUIRE_AS[args.path], external: true }));
  },
};

/**
 * The small packages nearly every command runs, held in the bundle so that the code cache holds
 * them too: from node_modules, each was read, resolved and compiled afresh on every run (~10-20 ms
 * each). One copy of each per process: the CLI's modules all reach them through the bundle.
 * commander is required through createRequire (dist/cli/commander.js), which esbuild does not
 * follow: that one call is written as a plain require() for it.
 */
const HELD_PACKAGES = ['commander', 'decimal.js', 'csv-parse'];
const requireOf = createRequire(join(root, 'package.json'));
const heldPackages = {
  name: 'held-packages',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]cli[\\/]commander\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const call = "createRequire(import.meta.url)('commander')";
      if (text.split(call).length !== 2) throw new Error(`bundle-cli: ${args.path} no longer requires commander as expected`);
      return { contents: text.replace(call, "require('commander')"), loader: 'js' };
    });
    const names = new RegExp(`^(${HELD_PACKAGES.map((n) => n.replace('.', '\\.')).join('|')})$`);
    build.onResolve({ filter: names }, (args) => ({
      path: args.kind === 'require-call' ? requireOf.resolve(args.path) : fileURLToPath(import.meta.resolve(args.path)),
    }));
  },
};

const result = await esbuild.build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  outfile: file,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // No keepNames: its __name() call on every function made costs ~9 % of a long `ledger`
  // (nothing the CLI prints depends on a function's or class's name; test/cli/bundle.test.ts).
  banner: { js: '"use strict";\nvar __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [heldPackages, ownUrl, requireAs],
});

let text = result.outputFiles[0].text;
// import() of a package, as esbuild keeps it: through the loader's import() (a script compiled
// from a code cache has no import() of its own), or require() where the package is required too.
const required = new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
text = text.replace(/\bimport\("([^"]+)"\)/g, (_, name) => (required.has(name) ? `Promise.resolve().then(() => __toESM(require(${JSON.stringify(name)})))` : `__dynamicImport(${JSON.stringify(name)})`));
if (!text.includes('var __toESM')) throw new Error('bundle-cli: esbuild\'s __toESM is not in the bundle');
if (/\bimport\(/.test(text.replace(/__dynamicImport\(/g, ''))) throw new Error('bundle-cli: an import() left in the bundle');
// Each module wrapped to run on first import says so to a tracer, when one is set (test/cli/lazy-loading.test.ts).
const wrapper = '  try {\n    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;';
if (text.split(wrapper).length !== 2) throw new Error("bundle-cli: esbuild's __esm is not as expected");
text = text.replace(wrapper, `  if (fn && globalThis.__budgetReconTrace) globalThis.__budgetReconTrace(__getOwnPropNames(fn)[0]);\n${wrapper}`);
mkdirSync(out, { recursive: true });
writeFileSync(file, text);

// Which modules of dist/ the bundle holds, and which of them run when it loads (not wrapped).
const modules = Object.keys(result.metafile.outputs[posix(relative(root, file))].inputs).map((i) => posix(i)).sort();
const lazy = new Set([...text.matchAll(/__esm\(\{\n\s*"([^"]+)"\(\)/g)].map((m) => m[1]));
writeFileSync(join(out, 'modules.json'), `${JSON.stringify({ modules, eager: modules.filter((m) => !lazy.has(m)) }, null, 1)}\n`);

// The code cache, written by a first run (bin/budget-recon.js writes one where there is none):
// the modules a check of a CSV, a few forms and a summary runs, compiled.
const warm = spawnSync(process.execPath, [join(root, 'bin', 'budget-recon.js'), 'check', 'fixtures/long/facts-2022-9m-en.csv', 'fixtures/region/2023', '--fail-on', 'never', '--jobs', '1'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUDGET_RECON_UNBUNDLED: '' } });
if (warm.status !== 0) console.warn(`bundle-cli: the run that writes the code cache exited ${warm.status}`);
