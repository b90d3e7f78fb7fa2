import { CATALOG, type CatalogEntry } from './catalog.js';

/** The README's table of codes, generated so that docs and catalog cannot drift. */
export function catalogMarkdown(): string {
  const rows = Object.entries(CATALOG as Record<string, CatalogEntry>).map(
    ([code, e]) => `| \`${code}\` | ${e.severity} | ${e.emittedBy} | ${e.title.en} — ${e.description.en.replace(/\|/g, '\\|')} |`,
  );
  return ['| code | default severity | emitted by | meaning |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
