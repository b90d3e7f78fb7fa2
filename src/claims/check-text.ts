import type { Ledger } from '../ledger/build-ledger.js';
import { extractClaims } from './extract.js';
import type { ClaimResult } from './types.js';
import { verifyClaims } from './verify.js';

/** extract → resolve → verify for one text; `ledger` is undefined when no data was given. */
export function checkText(text: string, file: string, ledger: Ledger | undefined): ClaimResult[] {
  return verifyClaims(extractClaims(text, file), ledger);
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
