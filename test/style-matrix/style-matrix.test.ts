import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { formatDec } from '../../src/ledger/money.js';
import { isRatioMeasure, type LedgerEntry } from '../../src/ledger/schema.js';
import { AXES, matrix } from './matrix.js';
import { render, type Rendering } from './render.js';
import { region, total } from './region.js';

/**
 * The style matrix (issue 9 point 5): one consistent region and its faulty twin, rendered in 48
 * combinations of the ways real offices write their reports. Every rendering must give the same
 * ledger (apart from source cells and the precision percentages are shown with), no error on the
 * consistent region, and exactly the seeded faults, each at its cell, on the twin. The expected
 * ledger and the twin's findings are golden files beside this test (UPDATE_GOLDEN=1 rewrites them).
 */
const GOLDEN = join(import.meta.dirname, 'golden');
const root = mkdtempSync(join(tmpdir(), 'br-style-matrix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(id: string, r: Rendering) {
  const dir = join(root, id);
  mkdirSync(dir, { recursive: true });
  for (const f of r.files) writeFileSync(join(dir, f.name), f.bytes);
  const { report, ledger } = await reconcile([dir]);
  const errors = report.findings.filter((f) => f.severity === 'error');
  return { report, ledger, errors: errors.map((f) => `${f.code}@${f.location.file.split(/[\\/]/).pop()}!${f.location.cell ?? ''}`).sort(), messages: errors.map((f) => `${f.code} ${f.location.file.split(/[\\/]/).pop()}!${f.location.cell ?? ''}: ${f.message}`) };
}

/** The ledger as every rendering must state it: no source cells, no percentages (shown at the style's precision). */
function projection(entries: LedgerEntry[]): string[] {
  const keys = new Set<string>();
  for (const e of entries) {
    if (isRatioMeasure(e.measure)) continue;
    // A line's both-programme figure is stated only by forms with programme columns (so is a
    // count's "Cộng": the model's counts are the local programme's).
    if (e.program === '' && (e.activity !== '' || (e.unit !== 'VND' && e.provinceCode !== ''))) continue;
    keys.add([e.provinceCode, e.year, e.period, e.program || 'both', e.activity || (e.unit === 'VND' ? 'total' : e.label), e.measure, e.unit, formatDec(e.amount)].join('|'));
  }
  return [...keys].sort();
}

/** The same projection, computed from the region's model: what the forms and the summary state. */
function expectedLedger(counts: boolean, annex: boolean): string[] {
  const keys = new Set<string>();
  const add = (code: string, program: string, activity: string, measure: string, unit: string, year: number, period: string, v: number) =>
    keys.add([code, year, period, program, activity, measure, unit, unit === 'VND' ? String(v * 1_000_000) : String(v)].join('|'));
  const facts = (code: string, program: string, activity: string, unit: string, l: { plan: number; actual: number; prior: number }) => {
    add(code, program, activity, 'plan', unit, 2024, '01-12', l.plan);
    add(code, program, activity, 'actual', unit, 2024, '01-09', l.actual);
    add(code, program, activity, 'actual', unit, 2023, '01-09', l.prior);
  };
  const sums = { qg: { plan: 0, actual: 0, prior: 0 }, dp: { plan: 0, actual: 0, prior: 0 } };
  for (const p of region()) {
    for (const [prog, lines] of [['KCQG', p.qg], ['KCDP', p.dp]] as const) {
      for (const l of lines) facts(p.code, prog, l.activity, 'VND', l);
      facts(p.code, prog, 'total', 'VND', total(lines));
    }
    facts(p.code, 'both', 'total', 'VND', total([...p.qg, ...p.dp]));
    if (counts) for (const c of p.counts) facts(p.code, 'KCDP', c.label, c.count!, c);
    const q = total(p.qg), d = total(p.dp);
    sums.qg.plan += q.plan; sums.qg.actual += q.actual; sums.dp.plan += d.plan; sums.dp.actual += d.actual;
    sums.qg.prior += q.prior; sums.dp.prior += d.prior;
  }
  // The summary's total row: the region's figures.
  add('', 'KCQG', 'total', 'plan', 'VND', 2024, '01-12', sums.qg.plan);
  add('', 'KCDP', 'total', 'plan', 'VND', 2024, '01-12', sums.dp.plan);
  add('', 'both', 'total', 'plan', 'VND', 2024, '01-12', sums.qg.plan + sums.dp.plan);
  add('', 'KCQG', 'total', 'actual', 'VND', 2024, '01-09', sums.qg.actual);
  add('', 'KCDP', 'total', 'actual', 'VND', 2024, '01-09', sums.dp.actual);
  add('', 'both', 'total', 'actual', 'VND', 2024, '01-09', sums.qg.actual + sums.dp.actual);
  if (annex) {
    // The annex's total row: last year's region figures.
    add('', 'KCQG', 'total', 'actual', 'VND', 2023, '01-09', sums.qg.prior);
    add('', 'KCDP', 'total', 'actual', 'VND', 2023, '01-09', sums.dp.prior);
    add('', 'both', 'total', 'actual', 'VND', 2023, '01-09', sums.qg.prior + sums.dp.prior);
  }
  return [...keys].sort();
}

/** A golden file's text; UPDATE_GOLDEN=1 writes it from the run. */
function golden(name: string, actual: string): string {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const renderings = matrix();
const faultyFindings: Record<string, string[]> = {};

describe('style matrix: one region in 48 styles', () => {
  it('renders at least 40 combinations, every value of every axis among them', () => {
    expect(renderings.length).toBeGreaterThanOrEqual(40);
    for (const [axis, values] of Object.entries(AXES)) {
      const seen = new Set(renderings.map((r) => r.style[axis as keyof typeof AXES]));
      expect([...new Set(values as ReadonlyArray<unknown>)].filter((v) => !seen.has(v as never)), axis).toEqual([]);
    }
  });

  for (const { id, style } of renderings) {
    it(`${id}: the consistent region reads to the golden ledger with no error; the twin gives exactly its seeded faults`, async () => {
      const good = await run(`${id}-ok`, await render(style, false));
      expect(good.messages).toEqual([]);
      expect(projection(good.ledger.entries)).toEqual(expectedLedger(style.counts, style.annex));
      const twin = await render(style, true);
      const bad = await run(`${id}-faulty`, twin);
      faultyFindings[id] = bad.errors;
      expect(bad.errors, bad.messages.join('\n')).toEqual(twin.faults);
    }, 60_000);
  }

  it('keeps the twin\'s findings as a golden file', () => {
    if (Object.keys(faultyFindings).length !== renderings.length) return;
    const actual = JSON.stringify(faultyFindings, null, 1) + '\n';
    expect(actual).toBe(golden('faulty-findings.json', actual));
  });
});
