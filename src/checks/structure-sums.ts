import type { RawFinding } from '../findings/types.js';
import type { FigureGap, Footnote, Ledger } from '../ledger/build-ledger.js';
import { explainedGap, explainingFootnote } from './explained-gaps.js';
import { sharedCauses, type Missed } from './shared-cause.js';
import { DOUBT, doubtIn, isConflicting, MATTERS, onHiddenRow } from '../ledger/doubt.js';
import { isRatioMeasure, type LedgerEntry } from '../ledger/entry.js';
import { abs, add, cmp, halfUnit, parseDec, sub, sum, ZERO } from '../ledger/money.js';
import type { Check } from './check.js';
import { compareSum, roundingGap } from './sums.js';
import { subject, type SubjectParam } from '../findings/params.js';
import { effectiveAmounts, structuredColumns } from '../ledger/effective.js';
import { settleWithheld, type UncertainReason, type Withheld } from './withheld.js';
import { differenceFinding, differenceRelations, foldDifferences, turned, type DifferenceRelation } from './difference-columns.js';
import { plainEntry } from '../ledger/entry-store.js';

/** One relation tested at one place: a total against its parts, in one column or one row. */
interface Tested {
  /** The relation across places: a total row over its rows (any column), or a column relation (any row). */
  relation: string;
  total: LedgerEntry;
  parts: LedgerEntry[];
  finding?: RawFinding;
  /** It holds within the rounding of its figures, but not exactly: a rounding difference (info). */
  rounding?: RawFinding;
  /** The miss is gross: more than one unit of the last digit per figure (not a rounding-level miss). */
  gross: boolean;
  /** The total exceeds its parts (parts listed incompletely), rather than falling short of them. */
  shortfall: boolean;
  /** The parts add up to half as much again as the total or more, all of them positive: the total is no sum of them (a rate, an average). */
  overshoot: boolean;
  /** Declared by the table itself (numbering row): the structure is not guessed. */
  declared: boolean;
  /** A gap (unreadable figure) among the parts or at the total. */
  gap: boolean;
  /** A column worked out from two others, tested on this row (total = taken away + difference). */
  difference?: DifferenceRelation;
}

/**
 * Sums of forms and summaries, by their structure rather than by fact keys:
 * - rows: a row equals the rows under it in the STT hierarchy (a region its provinces, a line
 *   its sub-lines); "Tổng cộng" equals the outermost rows that have figures; "Cộng" closing a
 *   section equals that section's rows; "Trong đó" rows are never parts;
 * - columns: a column the numbering row declares a sum ("3=4+5") equals those columns; else a
 *   TỔNG SỐ / Cộng column under a group header equals its sibling columns.
 * Only figures of the same unit are added. The figures are evidence of the structure: a
 * relation that holds in most places confirms it, so where it misses it is a fault; one that
 * misses in most places was misread, and its misses become one `reading-uncertain` per sheet.
 */
export const structureSums: Check = {
  name: 'structure-sums',
  codes: ['sum-mismatch', 'figure-mismatch', 'difference-mismatch', 'sum-gap-explained', 'sum-rounding', 'reading-uncertain'],
  run(ledger: Ledger, _config, sink?: Withheld[]) {
    const effective = effectiveAmounts(ledger.entries);
    const asPart = (e: LedgerEntry): LedgerEntry => ({ ...plainEntry(e), amount: effective.get(e) ?? e.amount });
    /**
     * A figure is at fault only if it misses both its parts as stated and its parts as
     * recomputed from theirs: a wrong subtotal then shows at the subtotal alone, a wrong line
     * at its own subtotal alone, never again at every total above.
     */
    const check = (total: LedgerEntry, parts: LedgerEntry[], what: SubjectParam) => {
      const stated = compareSum(total, parts, what);
      // Within the rounding: a rounding difference where the stored figures miss (never over rows the file hides).
      if (!stated) return [total, ...parts].some(onHiddenRow) ? undefined : roundingGap(total, parts, what);
      // A total typed over the page as printed leaves out the rows the file hides: it holds then.
      const shown = parts.filter((p) => !onHiddenRow(p));
      if (shown.length < parts.length) {
        const printed = compareSum(total, shown, what);
        if (!printed) return undefined;
        // It holds neither way: the miss told is the one nearer holding (a superseded line kept hidden is no part).
        if (cmp(gapOf(printed), gapOf(stated)) < 0) return compareSum(total, shown.map(asPart), what, shown) ? printed : undefined;
      }
      return compareSum(total, parts.map(asPart), what, parts) ? stated : undefined;
    };
    const gaps = ledger.gaps ?? [];
    const tested: Tested[] = [];
    // Rates (a % cell in a money column, a "tỷ lệ" line) are never added up.
    const structured = ledger.entries.filter((e) => e.rowPath !== undefined && !isRatioMeasure(e.measure) && e.unit !== '%');
    for (const all of structuredColumns(structured)) testRows(all, gaps, check, tested);
    testColumns(structured, gaps, check, tested);
    testDifferences(ledger, gaps, check, tested);
    return judge(tested, ledger.footnotes ?? [], sink);
  },
};

type CheckFn = (total: LedgerEntry, parts: LedgerEntry[], what: SubjectParam) => RawFinding | undefined;

const sheetOf = (e: { source: { file: string; sheet: string } }) => `${e.source.file}\u0000${e.source.sheet}`;
/** How far a sum-mismatch is from holding. */
const gapOf = (f: RawFinding) => abs(sub(parseDec(f.reported!)!, parseDec(f.expected!)!));

/** A relation tested at one place, with how its miss (if any) stands as evidence. */
function testOne(relation: string, total: LedgerEntry, parts: LedgerEntry[], declared: boolean, gap: boolean, finding: RawFinding | undefined): Tested {
  const t: Tested = { relation, total, parts, declared, gap, gross: false, shortfall: false, overshoot: false };
  if (finding?.code === 'sum-rounding') t.rounding = finding;
  if (!finding || t.rounding) return t;
  t.finding = finding;
  const diff = sub(total.amount, sum(parts.map((p) => p.amount)));
  const lastDigits = [total, ...parts].reduce((acc, p) => add(acc, add(halfUnit(p.precision), halfUnit(p.precision))), ZERO);
  t.gross = cmp(abs(diff), lastDigits) > 0;
  t.shortfall = cmp(diff, ZERO) > 0 && parts.every((p) => cmp(p.amount, ZERO) >= 0);
  const partsSum = sum(parts.map((p) => p.amount));
  t.overshoot = parts.length >= 1 && parts.every((p) => cmp(p.amount, ZERO) >= 0) && cmp(total.amount, ZERO) >= 0
    && cmp(add(partsSum, partsSum), add(add(total.amount, total.amount), total.amount)) >= 0;
  return t;
}

/**
 * The gaps among a relation's figures: 'unread' where one is a figure that could not be read (its
 * own finding says so, and the relation is not tested: never a sum of the readable ones), true
 * where one is a lone footnote mark (tested, and a miss withheld), else false.
 */
function gapIn(gaps: FigureGap[], inRelation: (g: FigureGap) => boolean): boolean | 'unread' {
  const hit = gaps.filter(inRelation);
  return hit.some((g) => g.unread) ? 'unread' : hit.length > 0;
}

/** Rows, down one column. */
function testRows(all: LedgerEntry[], gaps: FigureGap[], check: CheckFn, tested: Tested[]): void {
  const list = all.filter((e) => e.rowSums !== false);
  const byRow = new Map(list.map((e) => [e.rowKey, e]));
  const nearest = (e: { rowPath?: string[] | undefined }): string | undefined => {
    const path = e.rowPath ?? [];
    for (let i = path.length - 1; i >= 0; i--) if (byRow.has(path[i]!)) return path[i];
    return undefined;
  };
  const parts = list.filter((e) => !e.rowTotal && !e.ofWhich);
  const children = new Map<string, LedgerEntry[]>();
  let outermost: LedgerEntry[] = [];
  for (const e of parts) {
    const p = nearest(e);
    if (p === undefined) outermost.push(e);
    else {
      const c = children.get(p);
      if (c) c.push(e);
      else children.set(p, [e]);
    }
  }
  // A section whose own row states no figure ("1. KHUYẾN CÔNG QUỐC GIA" over its lines) and
  // whose "Cộng" closes it: the grand total adds that "Cộng", not the section's lines again
  // (a wrong line is then the section total's miss alone).
  const closing = list.filter((e) => e.rowTotal && e.rowScope !== undefined && !e.sumRows && !byRow.has(e.rowScope) && nearest(e) === undefined);
  if (closing.length) outermost = [...outermost.filter((p) => !closing.some((t) => p.rowPath!.includes(t.rowScope!))), ...closing];
  const first = list[0];
  const columnGaps = first ? gaps.filter((g) => sheetOf(g) === sheetOf(first) && g.source.column === first.source.column) : [];
  for (const e of list) {
    if (e.ofWhich) continue;
    const relation = `${sheetOf(e)}\u0000rows\u0000${e.rowKey}`;
    if (e.sumRows) {
      // The label names its parts: exactly those rows, declared by the table.
      const ps = list.filter((p) => e.sumRows!.includes(p.rowKey));
      const gap = gapIn(columnGaps, (g) => g.rowKey === e.rowKey || e.sumRows!.includes(g.rowKey));
      if (ps.length && gap !== 'unread') tested.push(testOne(relation, e, ps, true, gap, check(e, ps, subject('total', e.label))));
    } else if (e.rowTotal) {
      const scoped = e.rowScope
        ? parts.filter((p) => p.rowPath!.includes(e.rowScope!) && (nearest(p) === e.rowScope || nearest(p) === undefined || !p.rowPath!.slice(p.rowPath!.indexOf(e.rowScope!) + 1).some((k) => byRow.has(k))))
        : outermost;
      const ps = scoped.filter((p) => p !== e && p.rowKey !== e.rowScope);
      if (ps.length === 0) continue;
      const gap = gapIn(columnGaps, (g) => g.rowKey === e.rowKey || (e.rowScope ? (g.rowPath ?? []).includes(e.rowScope) : nearest(g) === undefined));
      if (gap !== 'unread') tested.push(testOne(relation, e, ps, false, gap, check(e, ps, subject('total', e.label))));
    } else {
      const kids = children.get(e.rowKey);
      if (!kids) continue;
      const gap = gapIn(columnGaps, (g) => g.rowKey === e.rowKey || nearest(g) === e.rowKey);
      if (gap !== 'unread') tested.push(testOne(relation, e, kids, false, gap, check(e, kids, subject('row', e.label || e.province))));
    }
  }
}

/** Columns, across each row: declared sums (numbering row) first, else guessed column groups. */
function testColumns(structured: LedgerEntry[], gaps: FigureGap[], check: CheckFn, tested: Tested[]): void {
  const byRowKey = new Map<string, LedgerEntry[]>();
  for (const e of structured) {
    const list = byRowKey.get(e.rowKey);
    if (list) list.push(e);
    else byRowKey.set(e.rowKey, [e]);
  }
  for (const list of byRowKey.values()) {
    const rowGaps = gaps.filter((g) => g.rowKey === list[0]!.rowKey);
    const test = (total: LedgerEntry, members: LedgerEntry[], memberCols: number[], declared: boolean) => {
      if (members.length === 0) return;
      const gap = gapIn(rowGaps, (g) => g.source.column === total.column || memberCols.includes(g.source.column));
      if (gap !== 'unread') tested.push(testOne(`${sheetOf(total)}\u0000cols\u0000${total.column}`, total, members, declared, gap, check(total, members, subject('column', total.label || 'Cộng'))));
    };
    for (const total of list) {
      if (!total.sumOf) continue;
      test(total, list.filter((e) => e.column !== undefined && total.sumOf!.includes(e.column) && e.unit === total.unit), total.sumOf, true);
    }
    const totals = new Map<number, LedgerEntry[]>();
    for (const e of list) {
      if (e.sumColumn === undefined) continue;
      const t = totals.get(e.sumColumn);
      if (t) t.push(e);
      else totals.set(e.sumColumn, [e]);
    }
    for (const [col, members] of totals) {
      const total = list.find((e) => e.column === col && e.unit === members[0]!.unit);
      if (!total) continue;
      const ms = members.filter((m) => m.unit === total.unit);
      test(total, ms, ms.map((m) => m.column!), false);
    }
  }
}

/** Each difference figure against its column's pair, on its row: one more column relation. */
function testDifferences(ledger: Ledger, gaps: FigureGap[], check: CheckFn, tested: Tested[]): void {
  for (const r of differenceRelations(ledger)) {
    const cols = [r.total.column, r.parts[0].column];
    const gap = gapIn(gaps, (g) => g.rowKey === r.total.rowKey && cols.includes(g.source.column));
    if (gap === 'unread') continue;
    const found = check(r.total, r.parts, subject('column', r.figure.header));
    // A difference within the rounding of its figures is no finding of its own.
    const t = testOne(r.relation, r.total, r.parts, r.certain, gap, found && found.code !== 'sum-rounding' ? differenceFinding(r) : undefined);
    t.difference = r;
    tested.push(t);
  }
}

/** Why a missed relation is not a certain fault, or undefined when it is one. */
interface Evidence {
  /** Places where the relation holds, or misses by rounding only. */
  holds: number;
  /** Places where it misses grossly. */
  fails: number;
  /** Every gross miss is a total above its parts. */
  allShort: boolean;
  /** Every gross miss is parts far above their total (see Tested.overshoot). */
  allOvershoot: boolean;
}

/** The column a row sum is tested down (sums of rows only; a column relation has none). */
const columnOf = (t: Tested): string | undefined => (t.relation.includes('\u0000rows\u0000') && !t.difference ? `${sheetOf(t.total)}\u0000${t.total.source.column}` : undefined);

/**
 * A column whose rows never add up, every total far below its parts ("Chi/Thu (lần)", an average
 * without "%" or "tỷ lệ"): not a column of amounts, so its misses are no faults.
 */
function notAmounts(column: Evidence | undefined): boolean {
  return !!column && column.holds === 0 && column.fails >= 3 && column.allOvershoot;
}

function doubtOf(t: Tested, relation: Evidence, sheet: Evidence): UncertainReason | undefined {
  if ([t.total, ...t.parts].some((e) => isConflicting(e.doubt))) return 'conflicting-columns';
  if (t.gap) return 'unreadable-figure';
  if (t.total.confirmed) return undefined;
  // A difference whose pair only the figures gave: a guess, whatever its rows say.
  if (t.difference && !t.difference.certain) return 'pair-guessed';
  // A total on a hidden row is a working line (a check row, a superseded figure), not what the report states.
  if (onHiddenRow(t.total)) return 'hidden-row';
  // A row placed by inference (no STT) that never adds up where it was placed: the place is wrong.
  if (relation.holds === 0 && [t.total, ...t.parts].some((e) => ((e.doubt ?? 0) & DOUBT.rowWeak) !== 0)) return 'figures-disagree';
  // Misses grossly in most places it was tested, and not as parts listed incompletely (a total
  // above its parts everywhere is a real gap of the table): the structure was misread.
  if (relation.holds + relation.fails >= 2 && relation.fails > relation.holds && !relation.allShort) return 'figures-disagree';
  // Tested once: a guessed structure (a column or row guessed, the header band decided weakly)
  // stands on the sheet's other relations. A doubt of the period, year or unit is no doubt here.
  const doubts = [t.total, ...t.parts].reduce((a, e) => a | doubtIn(e.doubt, MATTERS.withinTable), 0);
  if (!t.declared && doubts && relation.holds === 0 && !relation.allShort && sheet.fails > sheet.holds) return doubts === DOUBT.bandWeak ? 'band-weak' : 'figures-disagree';
  return undefined;
}

function judge(tested: Tested[], footnotes: Footnote[], sink: Withheld[] | undefined): RawFinding[] {
  const relations = new Map<string, Evidence>();
  const sheets = new Map<string, Evidence>();
  const columns = new Map<string, Evidence>();
  const count = (m: Map<string, Evidence>, k: string, t: Tested) => {
    const c = m.get(k) ?? { holds: 0, fails: 0, allShort: true, allOvershoot: true };
    if (t.finding && t.gross) {
      c.fails++;
      c.allShort &&= t.shortfall;
      c.allOvershoot &&= t.overshoot;
    } else c.holds++;
    m.set(k, c);
  };
  const inRates = (t: Tested) => {
    const col = columnOf(t);
    return col !== undefined && notAmounts(columns.get(col));
  };
  const doubt = (t: Tested) => (inRates(t) ? 'figures-disagree' : doubtOf(t, relations.get(t.relation)!, sheets.get(sheetOf(t.total))!));
  for (const t of tested) {
    const col = columnOf(t);
    if (col !== undefined) count(columns, col, t);
  }
  // A column of rates is evidence of nothing: the rows' and the sheet's relations are weighed without it.
  for (const t of tested) {
    if (inRates(t)) continue;
    count(relations, t.relation, t);
    // A difference column is weighed on its own rows: it says nothing of the sheet's other structure.
    if (!t.difference) count(sheets, sheetOf(t.total), t);
  }
  const out: RawFinding[] = [];
  const withheld: Withheld[] = [];
  const missed: Missed[] = [];
  /** Differences whose pair only the figures gave, missed: withheld unless a certain miss explains them. */
  const guessed: Array<{ t: Tested; w: Withheld }> = [];
  for (const t of tested) {
    // A rounding difference on a reading in doubt says nothing: dropped, never withheld as an error.
    if (t.rounding && !doubt(t)) out.push(t.rounding);
    if (!t.finding) continue;
    const reason = doubt(t);
    const note = reason ? undefined : explainingFootnote(t.total, t.parts, footnotes);
    if (note) out.push(explainedGap(t.total, t.parts, note));
    else if (!reason) {
      out.push(t.finding);
      if (t.gross && ![t.total, ...t.parts].some((e) => e.rounded)) missed.push(...missesOf(t, t.finding));
    } else {
      const columns = [...new Set([t.total, ...t.parts].filter((e) => doubtIn(e.doubt, MATTERS.withinTable) || reason !== 'conflicting-columns').map((e) => e.source.column))];
      const w: Withheld = { code: t.difference ? 'difference-mismatch' : 'sum-mismatch', reason, total: t.difference ? t.difference.parts[1] : t.total, columns };
      // A guessed difference that a certain relation's miss explains is that fault's, not a doubt of its own.
      if (reason === 'pair-guessed' && t.gross && ![t.total, ...t.parts].some((e) => e.rounded)) {
        missed.push(...missesOf(t, t.finding));
        guessed.push({ t, w });
      } else withheld.push(w);
    }
  }
  // A figure that breaks its row's total and its column's total alike is one fault, at the figure.
  const { findings, merged } = sharedCauses(missed);
  const differences = tested.flatMap((t) => (t.difference && t.finding && !merged.has(t.finding) ? [t.difference] : []));
  const folded = foldDifferences([...out.filter((f) => !merged.has(f)), ...findings], differences);
  for (const { t, w } of guessed) if (!merged.has(t.finding!) && !folded.folded.has(t.difference!)) withheld.push(w);
  return settleWithheld(folded.findings, withheld, sink);
}

/** A gross miss as sharedCauses weighs it; a difference also the other way round (a wrong figure of the column it is worked out from is a part too). */
function missesOf(t: Tested, finding: RawFinding): Missed[] {
  const axis = t.relation.includes('\u0000rows\u0000') ? 'rows' : 'cols';
  const out: Missed[] = [{ axis, total: t.total, parts: t.parts, finding }];
  if (t.difference) out.push({ axis: 'cols', ...turned(t.difference), finding });
  return out;
}
