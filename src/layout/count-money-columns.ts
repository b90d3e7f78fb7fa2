import type { Unit } from '../reference/units.js';
import { namesCountColumn, namesMoneyColumn } from '../reference/vocabulary/header-terms.js';
import type { ColumnSpec } from './column-spec.js';
import { headerCore } from './interpret-header.js';

/**
 * "Số lượng | Kinh phí" under each period, the unit of money only in the title ("Đơn vị tính:
 * triệu đồng"): the two columns read alike (plan, 2024) and would collide as one fact. Their last
 * header lines tell them apart: the count column's figures are in the row's ĐVT (lớp, cơ sở), the
 * money column's in the title's unit. Only where exactly one column of such a pair names a count
 * and every other names money.
 */
export function pairCountMoneyColumns(columns: ColumnSpec[], lastLine: (col: number) => string, titleUnit: Unit | undefined): void {
  const byKey = new Map<string, ColumnSpec[]>();
  for (const c of columns) {
    // "Kinh phí (triệu đồng)" states its unit, its pair "Khối lượng" none: alike apart from the unit.
    if (c.meaning.kind !== 'amount' || (c.meaning.unit && c.meaning.unit.kind !== 'money')) continue;
    const { unit: _unit, ...alike } = c.meaning;
    const k = JSON.stringify(alike);
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    const counts = same.filter((c) => !unitOf(c) && namesCountColumn(lastLine(c.col)));
    const money = same.filter((c) => namesMoneyColumn(headerCore(lastLine(c.col))) || unitOf(c)?.kind === 'money');
    if (counts.length !== 1 || money.length !== same.length - 1) continue;
    const count = counts[0]!;
    if (count.meaning.kind === 'amount') count.meaning.unit = { kind: 'count', name: lastLine(count.col), written: lastLine(count.col) };
    if (titleUnit?.kind !== 'money') continue;
    for (const m of money) if (m.meaning.kind === 'amount' && !m.meaning.unit) m.meaning.unit = titleUnit;
  }
}

/**
 * "Tỷ lệ TH/KH (%)" over "Số lượng | Kinh phí": two percentages of plan alike but for what they
 * are of. Each is of the actual and plan columns of its own kind (count or money), where exactly
 * one column of each measure is of that kind: the relation is then known, as a numbering row's
 * "7=5/3" would state it, and the two are different facts.
 */
export function pairCountMoneyRatios(columns: ColumnSpec[], lastLine: (col: number) => string): void {
  const byKey = new Map<string, ColumnSpec[]>();
  for (const c of columns) {
    if (c.meaning.kind !== 'ratio' || (c.meaning.measure !== 'pct_of_plan' && c.meaning.measure !== 'pct_of_plan_adjusted') || c.ratioOf) continue;
    const k = JSON.stringify(c.meaning);
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const amounts = columns.filter((c) => c.meaning.kind === 'amount');
  const isCount = (c: ColumnSpec) => unitOf(c)?.kind === 'count';
  const one = (kind: boolean, measures: string[]) => {
    const hit = amounts.filter((c) => isCount(c) === kind && c.meaning.kind === 'amount' && measures.includes(c.meaning.measure));
    return hit.length === 1 ? hit[0]!.col : undefined;
  };
  for (const same of byKey.values()) {
    if (same.length !== 2) continue;
    const count = same.filter((c) => namesCountColumn(lastLine(c.col)));
    const money = same.filter((c) => namesMoneyColumn(headerCore(lastLine(c.col))));
    if (count.length !== 1 || money.length !== 1) continue;
    const bases = same[0]!.meaning.kind === 'ratio' && same[0]!.meaning.measure === 'pct_of_plan_adjusted' ? ['plan_adjusted'] : ['plan', 'plan_adjusted'];
    const pairs = [[count[0]!, true], [money[0]!, false]] as const;
    const found = pairs.map(([, kind]) => ({ of: one(kind, ['actual', 'estimate']), base: one(kind, bases) }));
    if (found.some((f) => f.of === undefined || f.base === undefined)) continue;
    pairs.forEach(([spec], i) => { spec.ratioOf = found[i] as { of: number; base: number }; });
  }
}

function unitOf(c: ColumnSpec): Unit | undefined {
  return c.meaning.kind === 'amount' ? c.meaning.unit : undefined;
}
