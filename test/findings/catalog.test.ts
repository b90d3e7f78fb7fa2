import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, renderTemplate, type CatalogEntry } from '../../src/findings/catalog.js';
import { catalogMarkdown } from '../../src/findings/catalog-docs.js';
import { CHECKS } from '../../src/checks/run-checks.js';
import { groupDigits } from '../../src/findings/build-report.js';

const entries = Object.entries(CATALOG as Record<string, CatalogEntry>);

describe('finding catalog', () => {
  it('has stable kebab-case codes with both languages, NFC, and the same placeholders in each', () => {
    for (const [code, e] of entries) {
      expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      for (const t of [e.title, e.description, e.template]) {
        expect(t.en.length, code).toBeGreaterThan(0);
        expect(t.vi.length, code).toBeGreaterThan(0);
        expect(t.vi, code).toBe(t.vi.normalize('NFC'));
      }
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(e.template.vi), code).toEqual(ph(e.template.en));
    }
  });

  it('holds every code a check declares', () => {
    for (const c of CHECKS) for (const code of c.codes) expect(Object.keys(CATALOG)).toContain(code);
  });

  it('is documented in README exactly as generated', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`<!-- catalog:start -->\n${catalogMarkdown()}<!-- catalog:end -->`);
  });

  it('renders templates and groups digits per language', () => {
    expect(renderTemplate('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
    expect(groupDigits('46022000000.5 VND', 'en')).toBe('46,022,000,000.5 VND');
    expect(groupDigits('46022000000.5 VND', 'vi')).toBe('46.022.000.000,5 VND');
    expect(groupDigits('-1234', 'en')).toBe('-1,234');
  });
});
