import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { parseDec } from '../ledger/money.js';
import { isRatioMeasure, type LedgerEntry, type RatioMeasure } from '../ledger/entry.js';
import { ratioFinding, testRatio } from './ratios.js';

/** The findings that say a figure should be another value: a total that misses its parts, a figure that breaks both its totals. */
const FIGURE_FAULTS = new Set(['sum-mismatch', 'figure-mismatch']);
const RATIO_FAULTS = new Set(['percent-of-plan-mismatch', 'ratio-prior-mismatch', 'growth-prior-mismatch', 'plan-growth-mismatch']);

type Place = { file: string; sheet?: string | undefined; cell?: string | undefined };
const placeKey = (l: Place) => `${l.file}\u0000${l.sheet ?? ''}\u0000${l.cell ?? ''}`;

/**
 * One fault, one finding: a total typed wrong beside a percentage computed from the right one
 * (a formula over the parts, or typed from the working) makes the percentage miss too. Where the
 * percentage holds with the total its parts give, its miss is that fault's, not one of its own:
 * it is not reported again, and the total's finding names the percentage's cell as related.
 */
export function foldCollateralRatios(findings: RawFinding[], ledger: Ledger): RawFinding[] {
  const faults = new Map<string, RawFinding>();
  for (const f of findings) if (FIGURE_FAULTS.has(f.code) && f.expected !== undefined && f.location.cell) faults.set(placeKey(f.location), f);
  if (faults.size === 0 || !findings.some((f) => RATIO_FAULTS.has(f.code))) return findings;
  const ratios = new Map<string, LedgerEntry>();
  for (const e of ledger.entries) if (isRatioMeasure(e.measure)) ratios.set(placeKey(e.source), e);
  const folded = new Set<RawFinding>();
  for (const f of findings) {
    if (!RATIO_FAULTS.has(f.code)) continue;
    const e = ratios.get(placeKey(f.location));
    const tested = e ? testRatio(ledger, e, [e.measure as RatioMeasure]) : undefined;
    if (!e || !tested) continue;
    const [, of, base] = tested.entries as [LedgerEntry, LedgerEntry, LedgerEntry];
    const fault = faults.get(placeKey(of.source)) ?? faults.get(placeKey(base.source));
    const right = fault?.expected !== undefined ? parseDec(fault.expected) : undefined;
    if (!fault || !right) continue;
    const mended = (x: LedgerEntry) => (placeKey(x.source) === placeKey(fault.location) ? { ...x, amount: right } : x);
    if (ratioFinding(e, mended(of), mended(base))) continue;
    folded.add(f);
    fault.related = [...(fault.related ?? []), f.location];
  }
  return folded.size ? findings.filter((f) => !folded.has(f)) : findings;
}
