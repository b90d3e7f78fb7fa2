import type { RawFinding } from '../findings/types.js';
import { locationOf } from '../findings/types.js';
import { amount, amountOf } from '../findings/params.js';
import { figureSubject } from './shared-cause.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { add, cmp, formatDec, parseDec, sub, sum, type Dec } from '../ledger/money.js';
import { groupBy, isRatioMeasure, type LedgerEntry, type RatioMeasure } from '../ledger/entry.js';
import { ratioFinding, testRatio } from './ratios.js';
import { plainEntry } from '../ledger/entry-store.js';

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
    const mended = (x: LedgerEntry) => (placeKey(x.source) === placeKey(fault.location) ? { ...plainEntry(x), amount: right } : x);
    if (ratioFinding(e, mended(of), mended(base))) continue;
    folded.add(f);
    fault.related = [...(fault.related ?? []), f.location];
  }
  return folded.size ? findings.filter((f) => !folded.has(f)) : findings;
}

/**
 * One fault, one finding, the other way round: a line figure typed wrong makes the total over it
 * miss, and the percentages on its own row miss too (they were computed from the right figure).
 * Where exactly one part of a missed sum has percentages on its row that miss as written (one at
 * least; the others held) and all hold once the part is mended by the sum's gap, that part is the fault: one
 * `figure-total-ratios-mismatch` at it, instead of a sum-mismatch at a total that is right and a
 * percentage finding per column.
 */
export function foldMistypedParts(findings: RawFinding[], ledger: Ledger): RawFinding[] {
  const sums = findings.filter((f) => f.code === 'sum-mismatch' && f.expected !== undefined && f.reported !== undefined && f.location.cell);
  const ratioFindings = findings.filter((f) => RATIO_FAULTS.has(f.code));
  if (sums.length === 0 || ratioFindings.length === 0) return findings;
  const { byPlace, ratiosByRow } = partsAndRatios(ledger, sums);
  const ratioFindingAt = new Map(ratioFindings.map((f) => [placeKey(f.location), f]));
  const dropped = new Set<RawFinding>();
  const added: RawFinding[] = [];
  for (const s of sums) {
    const gap = sub(parseDec(s.reported!)!, parseDec(s.expected!)!);
    const culprits: Array<{ part: LedgerEntry; ratios: RawFinding[] }> = [];
    for (const loc of s.related ?? []) {
      const part = byPlace.get(placeKey(loc));
      if (!part) continue;
      const onPart = ratiosOn(part, ratiosByRow, ledger);
      if (onPart.length === 0) continue;
      const mended = { ...plainEntry(part), amount: add(part.amount, gap) };
      // Every percentage on its row holds with the mended figure, and one at least missed as
      // written (a small slip can leave a coarse percentage within its rounding).
      const missed = onPart.map(({ e }) => ratioFindingAt.get(placeKey(e.source)));
      const ok = missed.some((m) => m !== undefined) && missed.every((m) => m === undefined || !dropped.has(m))
        && onPart.every(({ e, of, base }) => !ratioFinding(e, of === part ? mended : of, base === part ? mended : base));
      if (ok) culprits.push({ part, ratios: missed.filter((m): m is RawFinding => m !== undefined) });
    }
    if (culprits.length !== 1) continue;
    const { part, ratios } = culprits[0]!;
    dropped.add(s);
    for (const r of ratios) dropped.add(r);
    added.push(mistypedPart(part, add(part.amount, gap), s, ratios));
  }
  return dropped.size ? [...findings.filter((f) => !dropped.has(f)), ...added] : findings;
}

/**
 * The figures the sums' cells name (not percentages), by place, and the percentages on their
 * rows, by row: only those are looked up, so only those are keyed (a long export's other
 * figures are passed over on their cell and row, with no key made for each).
 */
function partsAndRatios(ledger: Ledger, sums: RawFinding[]): { byPlace: Map<string, LedgerEntry>; ratiosByRow: Map<string, LedgerEntry[]> } {
  const cells = new Set<string>();
  for (const s of sums) for (const loc of s.related ?? []) if (loc.cell) cells.add(loc.cell);
  const byPlace = new Map<string, LedgerEntry>();
  for (const e of ledger.entries) if (!isRatioMeasure(e.measure) && cells.has(e.source.cell)) byPlace.set(placeKey(e.source), e);
  const rows = new Set<number>();
  for (const e of byPlace.values()) rows.add(e.source.row);
  const ratiosByRow = new Map<string, LedgerEntry[]>();
  for (const e of ledger.entries) {
    if (!isRatioMeasure(e.measure) || !rows.has(e.source.row)) continue;
    const k = `${e.source.file}\u0000${e.source.sheet}\u0000${e.source.row}`;
    const list = ratiosByRow.get(k);
    if (list) list.push(e);
    else ratiosByRow.set(k, [e]);
  }
  return { byPlace, ratiosByRow };
}

/** The percentages on a figure's row that are computed from it, with the two amounts each is tested on. */
function ratiosOn(part: LedgerEntry, ratiosByRow: Map<string, LedgerEntry[]>, ledger: Ledger): Array<{ e: LedgerEntry; of: LedgerEntry; base: LedgerEntry }> {
  const out: Array<{ e: LedgerEntry; of: LedgerEntry; base: LedgerEntry }> = [];
  for (const e of ratiosByRow.get(`${part.source.file}\u0000${part.source.sheet}\u0000${part.source.row}`) ?? []) {
    const tested = testRatio(ledger, e, [e.measure as RatioMeasure]);
    if (!tested) continue;
    const [, of, base] = tested.entries as [LedgerEntry, LedgerEntry, LedgerEntry];
    const same = (x: LedgerEntry) => placeKey(x.source) === placeKey(part.source);
    if (same(of) || same(base)) out.push({ e, of: same(of) ? part : of, base: same(base) ? part : base });
  }
  return out;
}

function mistypedPart(at: LedgerEntry, expected: Dec, total: RawFinding, ratios: RawFinding[]): RawFinding {
  const related = [total.location, ...(total.related ?? []).filter((l) => placeKey(l) !== placeKey(at.source)), ...ratios.map((r) => r.location)];
  return {
    code: 'figure-total-ratios-mismatch',
    params: {
      what: figureSubject(at),
      reported: amountOf(at), expected: amount(expected, at), diff: amount(sub(at.amount, expected), at),
      total: total.location.cell ?? '', ratios: ratios.map((r) => r.location.cell ?? '').join(', '),
    },
    location: locationOf(at.source),
    related,
    expected: formatDec(expected),
    reported: formatDec(at.amount),
  };
}

/**
 * One fault, one finding, a third way: a line figure typed wrong in a "Trong đó" column group
 * makes the column's total miss down the rows and the group exceed its whole across. Where
 * mending that one part by the total's gap makes the group add up to its whole exactly (the
 * breakdown is complete on that row), the part is the fault: one `figure-mismatch` at it.
 */
export function foldExceededParts(findings: RawFinding[], ledger: Ledger): RawFinding[] {
  const exceeds = findings.filter((f) => f.code === 'of-which-exceeds');
  if (exceeds.length === 0) return findings;
  return foldAtParts(findings, ledger, (s, gap, byPlace, dropped) => {
    const parts = new Set((s.related ?? []).map(placeKey));
    const hits = exceeds.filter((o) => !dropped.has(o)).flatMap((o) => {
      const whole = byPlace.get(placeKey(o.location));
      const members = (o.related ?? []).map((l) => byPlace.get(placeKey(l)));
      const shared = members.filter((m): m is LedgerEntry => !!m && parts.has(placeKey(m.source)));
      if (!whole || members.some((m) => !m) || shared.length !== 1) return [];
      const part = shared[0]!;
      const mended = sum(members.map((m) => (m === part ? add(part.amount, gap) : m!.amount)));
      return cmp(mended, whole.amount) === 0 ? [{ part, across: o, also: o }] : [];
    });
    return hits.length === 1 ? hits[0] : undefined;
  });
}

/**
 * The other way round: a part of a "Trong đó" column group typed too low leaves its group short
 * of the whole, which a partial breakdown allows, and its column total missing. Where the group
 * adds up to its whole exactly on every other row of the sheet (complete in fact, two rows at
 * least) and mending that one part by the total's gap makes its own row add up too, the part is
 * the fault: one `figure-mismatch` at it, not a sum-mismatch at a total that is right.
 */
export function foldShortParts(findings: RawFinding[], ledger: Ledger): RawFinding[] {
  if (!ledger.entries.some((e) => e.partOf !== undefined)) return findings;
  return foldAtParts(findings, ledger, (s, gap, byPlace) => {
    const hits = (s.related ?? []).flatMap((l) => {
      const part = byPlace.get(placeKey(l));
      const rows = part?.partOf !== undefined ? groupRows(ledger, part) : undefined;
      const own = rows?.find((r) => r.parts.includes(part!));
      if (!part || !rows || !own || rows.length < 3) return [];
      const others = rows.filter((r) => r !== own);
      const mended = sum(own.parts.map((m) => (m === part ? add(part.amount, gap) : m.amount)));
      if (!others.every((r) => cmp(sum(r.parts.map((m) => m.amount)), r.whole.amount) === 0) || cmp(mended, own.whole.amount) !== 0) return [];
      return [{ part, across: { ...s, location: locationOf(own.whole.source), related: [] } as RawFinding }];
    });
    return hits.length === 1 ? hits[0] : undefined;
  });
}

/** The part a missed column total's gap mends across its row too, and the finding across (dropped with the total's where `also`). */
type Culprit = { part: LedgerEntry; across: RawFinding; also?: RawFinding };

/** Each missed sum whose one culprit part mends it and its row: one figure-mismatch at the part instead. */
function foldAtParts(findings: RawFinding[], ledger: Ledger, culprit: (s: RawFinding, gap: Dec, byPlace: Map<string, LedgerEntry>, dropped: Set<RawFinding>) => Culprit | undefined): RawFinding[] {
  const sums = findings.filter((f) => f.code === 'sum-mismatch' && f.expected !== undefined && f.reported !== undefined && f.location.cell);
  if (sums.length === 0) return findings;
  const byPlace = new Map<string, LedgerEntry>();
  for (const e of ledger.entries) byPlace.set(placeKey(e.source), e);
  const dropped = new Set<RawFinding>();
  const added: RawFinding[] = [];
  for (const s of sums) {
    const gap = sub(parseDec(s.reported!)!, parseDec(s.expected!)!);
    const c = culprit(s, gap, byPlace, dropped);
    if (!c) continue;
    dropped.add(s);
    if (c.also) dropped.add(c.also);
    added.push(mendedAcrossAndDown(c.part, add(c.part.amount, gap), s, c.across));
  }
  return dropped.size ? [...findings.filter((f) => !dropped.has(f)), ...added] : findings;
}

/** Each row of a sheet where a part's "Trong đó" group stands: the whole and its parts there. */
function groupRows(ledger: Ledger, part: LedgerEntry): Array<{ whole: LedgerEntry; parts: LedgerEntry[] }> {
  const sheet = ledger.entries.filter((e) => e.source.file === part.source.file && e.source.sheet === part.source.sheet && e.unit === part.unit);
  const out: Array<{ whole: LedgerEntry; parts: LedgerEntry[] }> = [];
  for (const row of groupBy(sheet, (e) => e.rowKey).values()) {
    const whole = row.find((e) => e.column === part.partOf);
    const parts = row.filter((e) => e.partOf === part.partOf);
    if (whole && parts.length) out.push({ whole, parts });
  }
  return out;
}

function mendedAcrossAndDown(at: LedgerEntry, expected: Dec, total: RawFinding, exceeded: RawFinding): RawFinding {
  const others = [total.location, ...(total.related ?? []), exceeded.location, ...(exceeded.related ?? [])].filter((l) => placeKey(l) !== placeKey(at.source));
  return {
    code: 'figure-mismatch',
    params: {
      what: figureSubject(at),
      reported: amountOf(at), expected: amount(expected, at), diff: amount(sub(at.amount, expected), at),
      totals: [total.location.cell, exceeded.location.cell].join(', '),
    },
    location: locationOf(at.source),
    related: [...new Map(others.map((l) => [placeKey(l), l])).values()],
    expected: formatDec(expected),
    reported: formatDec(at.amount),
  };
}

/** Findings that say the figure at their cell should be another value. */
const AT_FIGURE_FAULTS = new Set(['figure-mismatch', 'figure-total-ratios-mismatch']);

/**
 * One fault, one finding: an actual typed wrong (790 lớp for 9) is above its plan and misses the
 * percentage of plan on its row, or the total over it. The error already names the actual (a
 * percentage error names the actual and the plan; a figure's error is at the actual itself); the
 * warning that the actual is above the plan rests on the value in dispute, and is not reported beside it.
 */
export function foldAboveAPlanMissed(findings: RawFinding[]): RawFinding[] {
  const missed = findings.filter((f) => f.code === 'percent-of-plan-mismatch');
  const wrong = new Set(findings.filter((f) => AT_FIGURE_FAULTS.has(f.code)).map((f) => placeKey(f.location)));
  if (missed.length === 0 && wrong.size === 0) return findings;
  const told = missed.map((f) => new Set([f.location, ...(f.related ?? [])].map(placeKey)));
  const moot = (f: RawFinding) => wrong.has(placeKey(f.location)) || told.some((c) => [f.location, ...(f.related ?? [])].every((l) => c.has(placeKey(l))));
  const folded = findings.filter((f) => f.code === 'actual-above-plan' && moot(f));
  return folded.length ? findings.filter((f) => !folded.includes(f)) : findings;
}
