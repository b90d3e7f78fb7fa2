import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { DOUBT, isConflicting } from '../ledger/doubt.js';
import { cmp, formatDec } from '../ledger/money.js';
import type { Check } from './check.js';
import { amountOf, word } from '../findings/params.js';
import { settleWithheld, type Withheld } from './withheld.js';

/**
 * The same fact twice in one sheet with two values: one of them is wrong. (Workbooks restate
 * figures across sheets, M01 and M04 of a MOF table; whether those agree is the agreement
 * check's.) Stated twice with the same value it is one fact (a long export repeating the year's
 * plan on every period's row). Two columns of one row that read as the same fact are a reading
 * in doubt, not a fault of the table: `reading-uncertain`.
 */
export const duplicates: Check = {
  name: 'duplicates',
  codes: ['duplicate-fact', 'reading-uncertain'],
  run(ledger, _config, sink) {
    const out: RawFinding[] = [];
    const withheld: Withheld[] = [];
    for (const list of ledger.facts.repeatedLists()) {
      const firstInSheet = new Map<string, (typeof list)[number]>();
      for (const e of list) {
        const where = `${e.source.file}\u0000${e.source.sheet}`;
        const first = firstInSheet.get(where);
        if (!first) {
          firstInSheet.set(where, e);
          continue;
        }
        if (cmp(first.amount, e.amount) === 0) continue;
        if (isConflicting(e.doubt) || isConflicting(first.doubt) || first.rowKey === e.rowKey) {
          withheld.push({ code: 'duplicate-fact', reason: 'conflicting-columns', total: e, columns: [first.source.column, e.source.column] });
          continue;
        }
        // One of the two on a row the file hides: a superseded line kept out of sight, not a second statement.
        if (((e.doubt ?? 0) | (first.doubt ?? 0)) & DOUBT.rowHidden) {
          withheld.push({ code: 'duplicate-fact', reason: 'hidden-row', total: e, columns: [e.source.column] });
          continue;
        }
        out.push({
          code: 'duplicate-fact',
          params: { reported: amountOf(e), first: first.source.cell, expected: amountOf(first), same: word('values-differ') },
          location: locationOf(e.source),
          related: [locationOf(first.source)],
          expected: formatDec(first.amount),
          reported: formatDec(e.amount),
        });
      }
    }
    return settleWithheld(out, withheld, sink);
  },
};
