import type { RawFinding } from '../findings/types.js';
import { amount, amountOf, subject } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { conferenceStated, provincesBySheet, sheetOf, type StatedTotal } from '../ledger/conference.js';
import { formatDec, sub } from '../ledger/money.js';
import type { Check } from './check.js';

/** A sheet that states a total beside rows of two provinces or more: a regional summary. */
function hasSummary(ledger: Ledger): boolean {
  const provinces = provincesBySheet(ledger);
  return ledger.entries.some((e) => !e.prior && !e.provinceCode && e.line === '' && (provinces.get(sheetOf(e.source))?.size ?? 0) >= 2);
}

/** A stated total that differs from its provinces for no reason another check reports. */
const unexplained = (s: StatedTotal) => s.agrees === false && s.ownSumHolds !== false && s.rowsDiffering.length === 0;

function finding(s: StatedTotal): RawFinding {
  const e = s.entry;
  const computed = s.computed!;
  return {
    code: 'stated-total-mismatch',
    params: {
      what: { ...subject('total', e.label), measure: e.measure, period: e.period, year: e.year },
      reported: amountOf(e), expected: amount(computed.value, e), count: s.provinces.length, diff: amount(sub(e.amount, computed.value), e),
    },
    location: locationOf(e.source),
    related: computed.sources.slice(0, 50).map((x) => locationOf(x.source)),
    expected: formatDec(computed.value),
    reported: formatDec(e.amount),
  };
}

/**
 * Every total a regional summary states is what the conference tables compute from the
 * provinces (each from its own report where given). Where they differ because the table's own
 * sum fails, or a province's row disagrees with its report, the sums and agreement checks say
 * so at those cells; any other difference is this check's, so that every mismatch the "Đối
 * chiếu" sheet highlights is a finding.
 */
export const statedTotals: Check = {
  name: 'stated-totals',
  codes: ['stated-total-mismatch'],
  run(ledger: Ledger) {
    if (!hasSummary(ledger)) return [];
    return (conferenceStated(ledger) ?? []).filter(unexplained).map(finding);
  },
};
