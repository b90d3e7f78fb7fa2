import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/**
 * Every static relative import and re-export of every source file, type-only ones included. A
 * dynamic `import()` loads lazily, after both modules are initialised, and is no cycle (index.ts
 * loads parallel/read-pool.ts that way).
 */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+['"](\.[^'"]+)['"]/gm)]
      .map((m) => resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts'))
      .filter((t) => existsSync(t));
    graph.set(file, targets);
  }
  return graph;
}

/** The stage a file belongs to: its folder under src/ (top-level files are the composition root). */
const stage = (file: string) => {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : '.';
};

describe('src/ has no import cycles', () => {
  const graph = imports();

  it('between files', () => {
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      state.set(f, 1);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 1) cycles.push([...path.slice(path.indexOf(t)), t].map((x) => relative(SRC, x)).join(' → '));
        else if (!state.has(t)) visit(t, [...path, t]);
      }
      state.set(f, 2);
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f, [f]);
    expect(cycles).toEqual([]);
  });

  it('between stages (read, layout, normalise, ledger, checks, findings, config, reference …)', () => {
    const edges = new Map<string, Set<string>>();
    for (const [f, ts] of graph) {
      for (const t of ts) {
        const a = stage(f), b = stage(t);
        if (a === b || a === '.' || b === '.') continue;
        if (!edges.has(a)) edges.set(a, new Set());
        edges.get(a)!.add(b);
      }
    }
    // A cycle between stages through any number of them.
    const reach = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some((n) => n === to || (!seen.has(n) && (seen.add(n), reach(n, to, seen))));
    const cyclic = [...edges.keys()].filter((s) => reach(s, s));
    expect(cyclic).toEqual([]);
  });
});
