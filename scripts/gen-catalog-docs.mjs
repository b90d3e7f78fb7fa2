// Regenerates README.md's table of finding codes from src/findings/catalog.ts (via dist/).
// Usage: npm run build && npm run docs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogMarkdown } from '../dist/findings/catalog-docs.js';

const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const text = readFileSync(readme, 'utf8');
const start = '<!-- catalog:start -->';
const end = '<!-- catalog:end -->';
const i = text.indexOf(start);
const j = text.indexOf(end);
if (i < 0 || j < i) throw new Error('README.md lacks the catalog markers');
writeFileSync(readme, `${text.slice(0, i + start.length)}\n${catalogMarkdown()}${text.slice(j)}`);
console.log('README.md catalog updated');
