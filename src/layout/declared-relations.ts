import type { Row } from '../read/grid.js';

/**
 * Relations a column-numbering row declares between columns: "3=4+5", "(6)=(7)+(8)+(9)",
 * "9=10+…+19", "5=3-4" (read as 3 = 4 + 5). Ratios ("4=2/1") are declaredRatios'.
 */
export interface DeclaredSum {
  /** The sheet column whose figure is the sum. */
  col: number;
  /** The sheet columns it is the sum of. */
  parts: number[];
  /** The numbering-row text that declares it, for messages and `inspect`. */
  declared: string;
  /** Declared as a difference ("5=3-4"): the column it names, and the two it is worked out from. */
  difference?: { col: number; of: number; minus: number };
}

const LABEL = /^\(?(\d{1,3})\)?/;

function columnNumbers(row: Row): Map<number, number> {
  const byNumber = new Map<number, number>();
  for (const c of row) {
    const m = c.text.trim().match(LABEL);
    if (m) byNumber.set(Number(m[1]), c.col);
  }
  return byNumber;
}

/** The column numbers a "+" expression names: "4+5", "(7)+(8)+(9)", "10+…+19". */
function addends(expr: string): number[] | undefined {
  const terms = expr.split('+').map((t) => t.trim().replace(/^\((.*)\)$/, '$1').trim());
  const out: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (/^(…|\.{2,})$/.test(t)) {
      const from = out[out.length - 1];
      const to = Number(terms[i + 1]?.replace(/[()]/g, ''));
      if (from === undefined || !Number.isInteger(to) || to <= from) return undefined;
      for (let n = from + 1; n < to; n++) out.push(n);
      continue;
    }
    if (!/^\d{1,3}$/.test(t)) return undefined;
    out.push(Number(t));
  }
  return out.length >= 2 ? out : undefined;
}

/** Reads the relations a numbering row states; cells it cannot read state nothing. */
export function declaredSums(row: Row): DeclaredSum[] {
  const byNumber = columnNumbers(row);
  const out: DeclaredSum[] = [];
  for (const c of row) {
    const text = c.text.trim().replace(/\s+/g, ' ');
    const m = text.match(/^\(?(\d{1,3})\)?\s*=\s*(.+)$/);
    if (!m) continue;
    const lhs = Number(m[1]);
    const rhs = m[2]!.replace(/\s+/g, '');
    const diff = rhs.match(/^\(?(\d{1,3})\)?-\(?(\d{1,3})\)?$/);
    // "5=3-4": column 3 is the sum of 4 and 5.
    const relation = diff ? { total: Number(diff[1]), parts: [Number(diff[2]), lhs] } : { total: lhs, parts: addends(rhs) };
    if (!relation.parts) continue;
    const col = byNumber.get(relation.total);
    const parts = relation.parts.map((n) => byNumber.get(n));
    if (col === undefined || parts.some((p) => p === undefined)) continue;
    const sum: DeclaredSum = { col, parts: parts as number[], declared: text };
    if (diff) sum.difference = { col: parts[1]!, of: col, minus: parts[0]! };
    out.push(sum);
  }
  return out;
}

/**
 * A difference a column's own header declares in the numbering row's numbers ("Chênh lệch
 * (6=4-5)"): the columns numbered 4 and 5, where the number 6 is the column's own.
 */
export function headerDifference(header: string, col: number, row: Row): { of: number; minus: number; declared: string } | undefined {
  const m = header.replace(/\s+/g, '').match(/\(?(\d{1,3})\)?=\(?(\d{1,3})\)?[-–]\(?(\d{1,3})\)?/);
  if (!m) return undefined;
  const byNumber = columnNumbers(row);
  const [self, of, minus] = [m[1], m[2], m[3]].map((n) => byNumber.get(Number(n)));
  return self === col && of !== undefined && minus !== undefined ? { of, minus, declared: m[0] } : undefined;
}

/** A ratio a numbering row declares: "4=2/1", "(5)=(3)/(2)": the column is `of` over `base`. */
export interface DeclaredRatio {
  col: number;
  of: number;
  base: number;
  declared: string;
}

/** Reads the ratios a numbering row states ("4=2/1", "(5)=(3)/(2)", "5=3/2x100"). */
export function declaredRatios(row: Row): DeclaredRatio[] {
  const byNumber = columnNumbers(row);
  const out: DeclaredRatio[] = [];
  for (const c of row) {
    const text = c.text.trim().replace(/\s+/g, ' ');
    const m = text.replace(/\s+/g, '').match(/^\(?(\d{1,3})\)?=\(?(\d{1,3})\)?[/:]\(?(\d{1,3})\)?(?:[x*×]100%?)?$/i);
    if (!m) continue;
    const [col, of, base] = [m[1], m[2], m[3]].map((n) => byNumber.get(Number(n)));
    if (col === undefined || of === undefined || base === undefined) continue;
    out.push({ col, of, base, declared: text });
  }
  return out;
}
