import type { RawFinding } from '../findings/types.js';
import { amountOf, word } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { cmp, formatDec } from '../ledger/money.js';
import type { Check } from './check.js';
import { shownText } from './format-figure.js';

/**
 * The same fact twice in one sheet double-counts it in every sum. (Workbooks restate figures
 * across sheets, M01 and M04 of a MOF table; whether those agree is the agreement check's.)
 */
export const duplicates: Check = {
  name: 'duplicates',
  codes: ['duplicate-fact'],
  run(ledger) {
    const out: RawFinding[] = [];
    for (const list of ledger.byFact.values()) {
      if (list.length < 2) continue;
      const firstInSheet = new Map<string, (typeof list)[number]>();
      for (const e of list) {
        const where = `${e.source.file}\u0000${e.source.sheet}`;
        const first = firstInSheet.get(where);
        if (!first) {
          firstInSheet.set(where, e);
          continue;
        }
        const same = cmp(first.amount, e.amount) === 0;
        out.push({
          code: 'duplicate-fact',
          params: { reported: amountOf(e), first: first.source.cell, expected: amountOf(first), same: word(same ? 'values-agree' : 'values-differ') },
          location: locationOf(e.source),
          related: [locationOf(first.source)],
          expected: formatDec(first.amount),
          reported: formatDec(e.amount),
        });
      }
    }
    return out;
  },
};
