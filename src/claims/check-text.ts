import type { Ledger } from '../ledger/build-ledger.js';
import { abs, cmp, parseDec, sub, type Dec } from '../ledger/money.js';
import { extractClaims } from './extract.js';
import type { ClaimResult } from './types.js';
import { verifyClaims } from './verify.js';

/**
 * extract → resolve → verify for one text; `ledger` is undefined when no data was given. What a
 * text leaves unsaid is read every plausible way: a paragraph without its time from the paragraph
 * before's opening or going on from the sentence before, a province named bare ("của Hà Nội") as
 * the scope or not, a province a sentence names ("Hội nghị … tại tỉnh Nghệ An.") as the scope of
 * the sentences after it or of its own only. A claim any reading verifies is verified, so a contradiction never rests on a
 * guessed year, period or province.
 */
export function checkText(text: string, file: string, ledger: Ledger | undefined): ClaimResult[] {
  const first = verifyClaims(extractClaims(text, file), ledger);
  const readings = [[true, false, false], [false, true, false], [true, true, false], [false, false, true], [true, false, true]] as const;
  const others = readings.map(([goOn, bare, local]) => verifyClaims(extractClaims(text, file, goOn, bare, local), ledger));
  return first.map((r, i) => {
    if (r.status === 'verified') return r;
    const aligned = others.map((other) => (other.length === first.length ? other[i] : undefined))
      .filter((o): o is ClaimResult => o !== undefined && o.place.line === r.place.line && o.place.column === r.place.column && o.kind === r.kind);
    const verified = aligned.find((o) => o.status === 'verified');
    if (verified) return verified;
    // Contradicted every way: tell it against the reading whose value is nearest the stated one.
    return [r, ...aligned].filter((o) => o.status === 'contradicted').sort((a, b) => cmp(gap(a), gap(b)))[0] ?? r;
  });
}

/** How far a result's computed value is from the stated one (infinitely far when it has none). */
function gap(r: ClaimResult): Dec {
  const stated = parseDec(r.stated);
  const computed = r.computed === undefined ? undefined : parseDec(r.computed);
  return stated && computed ? abs(sub(computed, stated)) : { units: 10n ** 30n, scale: 0 };
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
