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

function unitOf(c: ColumnSpec): Unit | undefined {
  return c.meaning.kind === 'amount' ? c.meaning.unit : undefined;
}
