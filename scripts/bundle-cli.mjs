// Part of `npm run build`, after tsc: bundles the built CLI (dist/cli/main.js and every module of
// dist/ it imports, lazily or not) into dist/cli-bundle/, which bin/budget-recon.js loads. Node 20
// resolves, reads, compiles and links each ES module on its own (it has no compile cache before
// Node 22): `check` on one CSV loads ~140 modules of dist/, which cost more than reading the CSV.
// Splitting keeps lazy imports lazy: a chunk per set of importers, so --help and --version load
// none of the pipeline. Packages stay external (node_modules, loaded as before). Each module keeps
// its own import.meta.url (package.json, README.md, the read worker's file in dist/), so the
// bundle behaves as dist/ does; the read worker itself runs from dist/. Deterministic: the same
// dist/ gives the same bundle. Without esbuild (a dependency of vitest, so of `npm ci`), no
// bundle: the CLI runs from dist/ as before.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli-bundle');
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
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

const result = await esbuild.build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  outdir: out,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // No keepNames: its __name() call on every function made costs ~9 % of a long `ledger`
  // (nothing the CLI prints depends on a function's or class's name; test/cli/bundle.test.ts).
  metafile: true,
  logLevel: 'warning',
  plugins: [ownUrl],
});

// Which modules of dist/ each file of the bundle holds (test/cli/lazy-loading.test.ts reads it).
const held = {};
for (const [file, o] of Object.entries(result.metafile.outputs)) held[posix(relative(out, join(root, file)))] = Object.keys(o.inputs).map((i) => posix(relative(root, join(root, i)))).sort();
writeFileSync(join(out, 'modules.json'), `${JSON.stringify(held, null, 1)}\n`);
