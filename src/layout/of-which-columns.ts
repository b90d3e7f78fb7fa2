import type { ColumnSpec } from './column-spec.js';
import type { HeaderBand } from './header-band.js';
import { isOfWhichLabel, isTotalLabel } from './interpret-header.js';
import { opensBreakdown } from '../reference/vocabulary/labels.js';

type Group = HeaderBand['groups'][number];

/**
 * A "Trong đó" (of which) column group: the columns under a group header that says "Trong đó"
 * break down a whole only in part (MOF M07: "III. Chi thường xuyên" › "Tổng số" | "Trong đó" ›
 * education, health …). Each part, and their sum, is at most the whole; they never add up to it.
 *
 * The whole is the group's sibling total column (its header ends in Tổng số / Cộng) under the
 * same parent header, else the amount column just left of the group within that parent. The
 * columns then lose any guessed column sum; a numbering row that declares them parts of a sum
 * (applied after this) still makes them a complete breakdown.
 */
export function assignOfWhichColumns(columns: ColumnSpec[], band: HeaderBand): void {
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const isAmount = (c: ColumnSpec | undefined): c is ColumnSpec => !!c && c.meaning.kind === 'amount';
  for (const g of band.groups) {
    if (!g.text) continue;
    const partial = isOfWhichLabel(g.text);
    if (!partial && !opensBreakdown(g.text)) continue;
    const members = columns.filter((c) => c.col >= g.left && c.col <= g.right && isAmount(c));
    const whole = wholeOf(g, band, byCol);
    if (!isAmount(whole) || members.length === 0) continue;
    if (!partial) {
      assignBreakdown(members, whole, columns);
      continue;
    }
    for (const m of members) {
      m.partOf = whole.col;
      delete m.sumColumn;
      // "Kế hoạch năm 2024" › "Trong đó" › "Đào tạo nghề": the part is the whole's measure for
      // the line its own header names, not the same fact as the whole.
      const part = lastPart(band, m.col);
      if (m.meaning.kind === 'amount' && sameFact(m, whole) && part && !isOfWhichLabel(part)) m.meaning.line = part;
    }
    // A guessed group sum left with a single member besides the parts says nothing.
    const rest = columns.filter((c) => c.sumColumn === whole.col);
    if (rest.length < 2) for (const c of rest) delete c.sumColumn;
  }
}

/**
 * A "Chia ra" / "Bao gồm" column group (MOF M08: "Quyết toán" | "Chia ra - Including" › Vốn ĐTPT |
 * Vốn sự nghiệp): a complete breakdown, its columns add up to the whole beside it. A group with a
 * total column of its own is already summed there (column sums from group headers).
 */
function assignBreakdown(members: ColumnSpec[], whole: ColumnSpec, columns: ColumnSpec[]): void {
  if (members.length < 2 || members.some((m) => m.sumColumn !== undefined) || columns.some((c) => c.sumColumn === whole.col)) return;
  for (const m of members) m.sumColumn = whole.col;
}

function wholeOf(g: Group, band: HeaderBand, byCol: Map<number, ColumnSpec>): ColumnSpec | undefined {
  const parent = [...band.groups].reverse().find((p) => p !== g && p.top < g.top && p.left <= g.left && g.right <= p.right);
  const left = parent?.left ?? -Infinity;
  const right = parent?.right ?? Infinity;
  const outside = (c: number) => (c < g.left || c > g.right) && c >= left && c <= right;
  const totals = [...byCol.keys()].filter((c) => outside(c) && c < g.left && isTotalLabel(lastPart(band, c))).sort((a, b) => b - a);
  if (totals.length) return byCol.get(totals[0]!);
  return outside(g.left - 1) ? byCol.get(g.left - 1) : undefined;
}

function sameFact(a: ColumnSpec, b: ColumnSpec): boolean {
  return JSON.stringify(a.meaning) === JSON.stringify(b.meaning);
}

function lastPart(band: HeaderBand, col: number): string {
  const parts = band.parts.get(col) ?? [];
  return parts[parts.length - 1] ?? '';
}
