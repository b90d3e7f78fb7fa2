// Reads every file of a corpus folder (default ../shared/corpus, beside the repository) and says,
// per file, whether it was read (figures, errors, warnings) or rejected, and flags any internal
// error or stack trace. Not part of `npm test` (the tests read fixtures/corpus only).
// Usage: npm run build && npm run sweep [-- FOLDER]
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reconcile } from '../dist/index.js';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
const files = (function walk(dir) {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.(md|json|mjs)$/.test(f) ? [] : [p];
  });
})(root);

let bad = 0;
for (const file of files) {
  const t0 = Date.now();
  const { report } = await reconcile([file]);
  const s = report.summary;
  const internal = report.findings.filter((f) => f.code === 'internal-error' || /\n\s+at /.test(f.message));
  const status = report.files[0]?.status ?? '?';
  const why = status === 'unreadable' ? ` ${report.findings.find((f) => f.severity === 'error')?.message ?? ''}` : '';
  if (internal.length) bad++;
  console.log(`${internal.length ? 'FAIL' : 'ok  '} ${file.slice(root.length + 1)}: ${status}, ${s.entries} figures, ${s.errors} errors, ${s.warnings} warnings, ${Date.now() - t0} ms${why}`);
}
console.log(`${files.length} file(s), ${bad} with an internal error`);
process.exitCode = bad ? 1 : 0;
