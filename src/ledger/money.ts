import { Decimal } from 'decimal.js';

/**
 * An exact decimal: `units × 10^-scale`. Scaled bigints keep hot comparisons cheap (a
 * percentage check is a cross-multiplication, never a division) and never round.
 */
export interface Dec {
  units: bigint;
  scale: number;
}

export const ZERO: Dec = { units: 0n, scale: 0 };

const DEC_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses a plain decimal string ("-1234.50", "3.00E+05"); undefined when it is not one. */
export function parseDec(text: string): Dec | undefined {
  const m = text.trim().match(DEC_RE);
  if (!m) return undefined;
  const [, sign, int = '', frac = '', exp] = m;
  if (!int && !frac) return undefined;
  let units = BigInt((int || '0') + frac);
  let scale = frac.length - (exp ? Number(exp) : 0);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  if (sign === '-') units = -units;
  return { units, scale };
}

export function decFromInt(n: number | bigint): Dec {
  return { units: BigInt(n), scale: 0 };
}

/** Same value at a larger scale (never loses digits). */
export function rescale(d: Dec, scale: number): Dec {
  if (scale === d.scale) return d;
  if (scale < d.scale) throw new RangeError('rescale would drop digits');
  return { units: d.units * 10n ** BigInt(scale - d.scale), scale };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [rescale(a, s).units, rescale(b, s).units, s];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { units: x + y, scale: s };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { units: x - y, scale: s };
}

export function neg(a: Dec): Dec {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Dec): Dec {
  return a.units < 0n ? neg(a) : a;
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function cmp(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

export function sum(values: Iterable<Dec>): Dec {
  let acc = ZERO;
  for (const v of values) acc = add(acc, v);
  return acc;
}

/** Multiplies by 10^k exactly (k may be negative: the scale grows instead). */
export function shift(a: Dec, k: number): Dec {
  if (k >= 0) {
    const drop = Math.min(k, a.scale);
    return { units: a.units * 10n ** BigInt(k - drop), scale: a.scale - drop };
  }
  return { units: a.units, scale: a.scale - k };
}

/** Drops trailing zero digits of the fraction: 12.500 → 12.5. */
export function normalize(a: Dec): Dec {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** Plain decimal string with no grouping and no exponent ("128925000000", "-0.05"). */
export function formatDec(a: Dec): string {
  const n = normalize(a);
  const neg = n.units < 0n;
  let digits = (neg ? -n.units : n.units).toString();
  if (n.scale > 0) {
    digits = digits.padStart(n.scale + 1, '0');
    digits = `${digits.slice(0, -n.scale)}.${digits.slice(-n.scale)}`;
  }
  return (neg ? '-' : '') + digits;
}

/** Half a unit of the digit at 10^exponent (exponent -1 → 0.05): the tolerance of a rounded figure. */
export function halfUnit(exponent: number): Dec {
  return shift({ units: 5n, scale: 1 }, exponent);
}

/**
 * True when |num × 100 / den − reported| ≤ tol, decided by cross-multiplying:
 * |num × 100 − reported × den| ≤ tol × |den|. `den` must not be zero.
 */
export function ratioWithin(num: Dec, den: Dec, reported: Dec, tol: Dec, factor: Dec = decFromInt(100)): boolean {
  const lhs = abs(sub(mul(num, factor), mul(reported, den)));
  return cmp(lhs, mul(tol, abs(den))) <= 0;
}

/** num × factor / den to `digits` significant decimals, for messages only. */
export function ratioText(num: Dec, den: Dec, decimals: number, factor = 100): string {
  const q = new Decimal(formatDec(num)).times(factor).dividedBy(new Decimal(formatDec(den)));
  return q.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/** Exact quotient as decimal.js (for cached values of formulas and messages). */
export function ratioDecimal(num: Dec, den: Dec, factor = 1): Decimal {
  return new Decimal(formatDec(num)).times(factor).dividedBy(new Decimal(formatDec(den)));
}
