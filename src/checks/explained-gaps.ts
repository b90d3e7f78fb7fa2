import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import { amount, amountOf, subject } from '../findings/params.js';
import type { Footnote } from '../ledger/build-ledger.js';
import { abs, cmp, decFromInt, isZero, shift, sub, sum, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';

/** Whole figures a footnote quotes ("2.640.712 triệu đồng", "535 tỷ"), grouping removed. */
function quotedFigures(text: string): bigint[] {
  return [...text.matchAll(/\d{1,3}(?:[.,\s\u00a0]\d{3})+(?![.,]?\d)|\d+/g)].map((m) => BigInt(m[0].replace(/[.,\s\u00a0]/g, '')));
}

/** The footnote, marked on the total, that quotes the gap itself (in đồng, nghìn, triệu or tỷ). */
export function explainingFootnote(total: LedgerEntry, parts: LedgerEntry[], footnotes: Footnote[]): Footnote | undefined {
  if (!total.note) return undefined;
  const gap: Dec = abs(sub(total.amount, sum(parts.map((p) => p.amount))));
  if (isZero(gap)) return undefined;
  return footnotes.find((f) => f.source.file === total.source.file && f.source.sheet === total.source.sheet && f.mark === total.note
    && quotedFigures(f.text).some((n) => [0, 3, 6, 9].some((e) => cmp(shift(decFromInt(n), e), gap) === 0)));
}

/**
 * A total whose gap to its parts a footnote on it explains, quoting the very amount ("(1) đã bao
 * gồm 2.640.712 triệu đồng bổ sung …"): not an error, but a gap the reader should see, with the
 * footnote's words.
 */
export function explainedGap(total: LedgerEntry, parts: LedgerEntry[], note: Footnote): RawFinding {
  const stated = sum(parts.map((p) => p.amount));
  return {
    code: 'sum-gap-explained',
    params: { what: subject('total', total.label), reported: amountOf(total), expected: amount(stated, total), mark: note.mark, footnote: note.text.slice(0, 300) },
    location: locationOf(total.source),
    related: [...parts.map((p) => locationOf(p.source)), locationOf(note.source)],
  };
}
