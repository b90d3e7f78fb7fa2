import type { RawFinding } from '../findings/types.js';
import { amount, amountOf, fact, period, places, word, type WordKey } from '../findings/params.js';
import { locationOf } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { abs, cmp, formatDec, sub, sum, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';
import type { Check } from './check.js';
import { sameMonthReports } from './series.js';
import { effectiveAmounts } from '../ledger/effective.js';
import type { SheetReading } from '../ledger/build-ledger.js';
import { DOUBT, MATTERS } from '../ledger/doubt.js';
import { SheetEvidence } from './sheet-evidence.js';
import { settleWithheld, type Withheld } from './withheld.js';
import { agreementKey, allowance, beforeMerger, comparable, describeFact, formerProvinceKeys, placeOf, samePlace, scaleFit, whereText } from './fact-places.js';
import { plainEntry } from '../ledger/entry-store.js';

const UNIT_WORDS: Record<number, WordKey> = { 3: 'unit-3', 6: 'unit-6', 9: 'unit-9', [-3]: 'unit--3', [-6]: 'unit--6', [-9]: 'unit--9' };

/** A "cùng kỳ" figure: of a year before the report it stands in. */
const isPriorColumn = (e: LedgerEntry) => e.reportYear !== undefined && e.year < e.reportYear;

function compare(here: LedgerEntry, there: LedgerEntry, expected = there.amount, related = [there], formerProvinces: string[] = []): RawFinding[] {
  const diff = sub(here.amount, expected);
  if (cmp(abs(diff), allowance(here, ...related)) <= 0) return [];
  // Plans of reports of different periods may change; that is the plan-changed check's.
  if (here.measure === 'plan' && here.reportPeriod && there.reportPeriod && here.reportPeriod !== there.reportPeriod && !isPriorColumn(here)) return [];
  const out: RawFinding[] = [];
  const other = places(related, formerProvinces);
  const priorCase = isPriorColumn(here) && !isPriorColumn(there);
  const params = { what: fact(here), reported: amountOf(here), expected: amount(expected, here), other, diff: amount(diff, here) };
  const base = { location: locationOf(here.source), related: related.map((r) => locationOf(r.source)), expected: formatDec(expected), reported: formatDec(here.amount) };
  out.push(priorCase
    ? { code: 'prior-restated', params: { ...params, period: period(here.period, here.year) }, ...base }
    : { code: 'agreement-mismatch', params, ...base });
  if (here.unit === 'VND' && expected.units !== 0n) {
    const ratio = Number(formatDec(here.amount)) / Number(formatDec(expected));
    const fit = scaleFit(ratio);
    if (fit) {
      out.push({
        code: 'unit-scale-suspect',
        params: { reported: amountOf(here), expected: amount(expected, here), other, factor: fit.factor, fit: word(UNIT_WORDS[fit.exponent]!) },
        location: locationOf(here.source),
        related: related.map((r) => locationOf(r.source)),
      });
    }
  }
  return out;
}

/**
 * The same fact from two places agrees after unit conversion: a province's form and the
 * regional summary, two submissions, a report's "cùng kỳ" column and last year's report. A
 * 34-province figure about a time before 1 July 2025 agrees with the sum of its former
 * provinces. Findings stand at the later place (the current report, not last year's).
 */
export const agreement: Check = {
  name: 'agreement',
  codes: ['agreement-mismatch', 'prior-restated', 'unit-scale-suspect', 'reading-uncertain'],
  run(ledger: Ledger, _config, sink?: Withheld[]) {
    const out: RawFinding[] = [];
    const at = new Map<RawFinding, LedgerEntry>();
    const involved = new Map<RawFinding, LedgerEntry[]>();
    // A subtotal stands for the sum of its rows here: its own error is the sums check's.
    // Asked only where figures disagree: worked out then, once.
    let effectiveOnce: Map<LedgerEntry, Dec> | undefined;
    const effective = () => (effectiveOnce ??= effectiveAmounts(ledger.entries));
    const groups = new Map<string, LedgerEntry[]>();
    // Every comparison made, holding or not: the evidence on a sheet whose period, year or unit is uncertain.
    const compared = new SheetEvidence(MATTERS.acrossReports);
    // Figures that all stand in one place have nothing to agree with: no grouping then.
    const candidates = ledger.entries.filter((e) => comparable(e) && !e.ofWhich);
    const onePlace = candidates.every((e) => samePlace(e, candidates[0]!));
    for (const e of onePlace ? [] : candidates) {
      const k = agreementKey(e);
      const list = groups.get(k);
      if (list) list.push(e);
      else groups.set(k, [e]);
    }
    // A regional summary (a place of several provinces) copies the provinces' own reports.
    const provincesAt = new Map<string, Set<string>>();
    // Only the groups ask it (none where all stand in one place); a place's key is made where the place changes.
    let set: Set<string> | undefined;
    for (let i = 0; i < (onePlace ? 0 : candidates.length); i++) {
      const e = candidates[i]!;
      if (i === 0 || !samePlace(candidates[i - 1]!, e)) {
        const k = placeOf(e);
        set = provincesAt.get(k);
        if (!set) provincesAt.set(k, (set = new Set()));
      }
      set!.add(e.provinceCode || e.province);
    }
    const isSummary = (e: LedgerEntry) => (provincesAt.get(placeOf(e))?.size ?? 0) >= 2;
    for (const list of groups.values()) {
      // One figure per place; the first place is the reference, prior inputs first of all.
      const byPlace = new Map<string, LedgerEntry>();
      for (const e of [...list].sort((a, b) => Number(!a.prior) - Number(!b.prior))) if (!byPlace.has(placeOf(e))) byPlace.set(placeOf(e), e);
      const [first, ...rest] = [...byPlace.values()];
      for (const e of rest) {
        if (e.prior && first!.prior) continue;
        // Two reports of one province for one month: the series-twice check's.
        if (sameMonthReports(first!, e)) continue;
        // Last year's own report is the reference for a "cùng kỳ" figure.
        let [here, there] = isPriorColumn(first!) && !isPriorColumn(e) ? [first!, e] : [e, first!];
        // Between a province's own report and the summary that copies it, the finding is the summary's to mend, whatever the order of the files.
        if (!here.prior && !there.prior && !isPriorColumn(here) && !isPriorColumn(there) && isSummary(there) && !isSummary(here)) [here, there] = [there, here];
        const found = compare(here, there);
        // Figures agree if they do as stated or as recomputed from their rows (a wrong subtotal is the sums check's).
        const recomputed = (x: LedgerEntry) => (effective().has(x) ? { ...plainEntry(x), amount: effective().get(x)! } : x);
        if (found.length && compare(recomputed(here), recomputed(there)).length === 0) found.length = 0;
        if (!found.length) {
          compared.add([here, there]);
          continue;
        }
        for (const f of found) {
          at.set(f, here);
          involved.set(f, [here, there]);
        }
        out.push(...found);
      }
    }
    // Across the 2025 merger: a new province's last-year figure against its former provinces' sum.
    for (const e of ledger.entries) {
      if (!comparable(e) || e.ofWhich || !beforeMerger(e)) continue;
      // Unmerged provinces too: their code may have changed (Lào Cai 10 → 15), and the lists differ.
      const formers = formerProvinceKeys(e);
      const parts = formers.map((k) => (groups.get(agreementKey(e, k)) ?? []).find((x) => !samePlace(x, e)));
      if (parts.some((p) => !p)) continue;
      const found = parts as LedgerEntry[];
      const fs = compare(e, found[0]!, sum(found.map((p) => p.amount)), found, found.map((p) => p.province));
      if (!fs.length) compared.add([e, ...found]);
      for (const f of fs) {
        at.set(f, e);
        involved.set(f, [e, ...found]);
      }
      out.push(...fs);
    }
    // A subtotal or total that adds up within its own report, above a row that disagrees, only
    // carries that row's difference: the finding belongs to the row.
    const column = (e: LedgerEntry) => `${placeOf(e)}|${e.source.column}`;
    const disagreeing = [...at.values()];
    // Likewise a "Cộng" column beside a part that disagrees: when the parts' differences make up
    // its own, the finding belongs to the part (KCĐP typed wrong, its Cộng summed from it).
    const diffOf = new Map<LedgerEntry, bigint>();
    for (const f of out) {
      const e = at.get(f);
      const d = f.code !== 'unit-scale-suspect' && f.reported !== undefined && f.expected !== undefined ? parseDiff(f.reported, f.expected) : undefined;
      if (e && d !== undefined) diffOf.set(e, d);
    }
    const carriesParts = (e: LedgerEntry) => {
      const own = diffOf.get(e);
      if (own === undefined || e.column === undefined) return false;
      const parts = disagreeing.filter((c) => c !== e && c.rowKey === e.rowKey && c.sumColumn === e.column && diffOf.has(c));
      return parts.length > 0 && parts.reduce((a, c) => a + diffOf.get(c)!, 0n) === own;
    };
    const kept = out.filter((f) => {
      const e = at.get(f);
      if (e && carriesParts(e)) return false;
      if (!e || e.rowPath === undefined) return true;
      const consistent = cmp(effective().get(e) ?? e.amount, e.amount) === 0;
      const below = disagreeing.some((c) => c !== e && column(c) === column(e) && (e.rowTotal ? !c.rowTotal : (c.rowPath ?? []).includes(e.rowKey)));
      return !(consistent && below);
    });
    return withholdGuessed(kept, involved, compared, at, sink, ledger.readings);
  },
};

const ERRORS = new Set(['agreement-mismatch', 'prior-restated']);

/**
 * A disagreement resting on a figure whose column was guessed (a bare "cùng kỳ" beside a month
 * and a cumulative column) is no error: it is withheld, one `reading-uncertain` per sheet. So is
 * one resting on a sheet whose header band, period, year or unit was not decided with certainty,
 * unless most of that sheet's comparisons hold (the figures then confirm the reading). A unit
 * hint goes with the error it would have stood beside.
 */
function withholdGuessed(found: RawFinding[], involved: Map<RawFinding, LedgerEntry[]>, compared: SheetEvidence, at: Map<RawFinding, LedgerEntry>, sink: Withheld[] | undefined, readings: SheetReading[] | undefined): RawFinding[] {
  const sure: RawFinding[] = [];
  const withheld: Withheld[] = [];
  const heldAt = new Set<LedgerEntry>();
  for (const f of found) {
    const guessed = (involved.get(f) ?? []).find((e) => ((e.doubt ?? 0) & DOUBT.columnWeak) !== 0 && isPriorColumn(e));
    if (!guessed) sure.push(f);
    else if (ERRORS.has(f.code)) {
      withheld.push({ code: f.code, reason: 'column-weak', total: guessed, columns: [guessed.source.column] });
      heldAt.add(at.get(f)!);
    }
  }
  for (const f of sure) compared.add(involved.get(f) ?? [], f);
  const weighed = compared.weigh(ERRORS);
  withheld.push(...weighed.withheld);
  for (const f of weighed.held) heldAt.add(at.get(f)!);
  const out = weighed.findings.filter((f) => f.code !== 'unit-scale-suspect' || !heldAt.has(at.get(f)!));
  return settleWithheld(out, withheld, sink, readings);
}

/** reported − expected, in units of the last decimal of either (both plain decimal strings). */
function parseDiff(reported: string, expected: string): bigint | undefined {
  const scale = Math.max(reported.split('.')[1]?.length ?? 0, expected.split('.')[1]?.length ?? 0);
  const units = (t: string) => {
    if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
    const [i, d = ''] = t.replace('-', '').split('.');
    const v = BigInt(i! + d.padEnd(scale, '0'));
    return t.startsWith('-') ? -v : v;
  };
  const r = units(reported), x = units(expected);
  return r === undefined || x === undefined ? undefined : r - x;
}
