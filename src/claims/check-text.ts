import type { Ledger } from '../ledger/build-ledger.js';
import { extractClaims } from './extract.js';
import type { ClaimResult } from './types.js';
import { verifyClaims } from './verify.js';

/**
 * extract → resolve → verify for one text; `ledger` is undefined when no data was given. Where a
 * paragraph does not say its time, the text is read both ways (from the paragraph before's
 * opening, and going on from the sentence before): a claim either reading verifies is verified,
 * so a contradiction never rests on a guessed year or period.
 */
export function checkText(text: string, file: string, ledger: Ledger | undefined): ClaimResult[] {
  const first = verifyClaims(extractClaims(text, file), ledger);
  const other = verifyClaims(extractClaims(text, file, true), ledger);
  if (other.length !== first.length) return first;
  return first.map((r, i) => {
    const o = other[i]!;
    const same = o.place.line === r.place.line && o.place.column === r.place.column && o.kind === r.kind;
    return same && r.status !== 'verified' && o.status === 'verified' ? o : r;
  });
}

export interface ClaimsSummary {
  verified: number;
  contradicted: number;
  unverifiable: number;
}

export function summariseClaims(results: ClaimResult[]): ClaimsSummary {
  const s: ClaimsSummary = { verified: 0, contradicted: 0, unverifiable: 0 };
  for (const r of results) s[r.status]++;
  return s;
}
