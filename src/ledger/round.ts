import { shift, type Dec } from './money.js';

/**
 * Rounding for written figures only: exact half-up (away from zero on a tie) on scaled bigints.
 * Everything before the figure is written stays exact.
 */
function divHalfUp(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return neg ? -q : q;
}

/** d rounded half-up to `decimals` places. */
export function roundDec(d: Dec, decimals: number): Dec {
  if (d.scale <= decimals) return d;
  return { units: divHalfUp(d.units, 10n ** BigInt(d.scale - decimals)), scale: decimals };
}

/** num × factor ÷ den rounded half-up to `decimals` places, exactly; undefined when den is zero. */
export function ratioRounded(num: Dec, den: Dec, decimals: number, factor = 100n): Dec | undefined {
  if (den.units === 0n) return undefined;
  // num.units·10^-ns × factor ÷ (den.units·10^-ds) = num.units × factor × 10^(ds-ns)
  let n = num.units * factor * 10n ** BigInt(decimals);
  let d = den.units;
  const k = den.scale - num.scale;
  if (k >= 0) n *= 10n ** BigInt(k);
  else d *= 10n ** BigInt(-k);
  return { units: divHalfUp(n, d), scale: decimals };
}

/** A money amount in đồng expressed in a unit of 10^exp đồng, exactly (no rounding). */
export function inUnit(d: Dec, exp: number): Dec {
  return shift(d, -exp);
}

/** Fixed decimals as a plain string, rounded half-up: 35.4, 128925, -0.050. */
export function fixed(d: Dec, decimals: number): string {
  const r = roundDec(d, decimals);
  const units = r.units * 10n ** BigInt(decimals - r.scale);
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return (neg ? '-' : '') + digits;
}

/** Written with grouping in the language's style: vi 128.925,5, en 128,925.5. */
export function writeNumber(d: Dec, decimals: number, lang: 'en' | 'vi'): string {
  const s = fixed(d, decimals);
  const neg = s.startsWith('-');
  const [i = '', f] = (neg ? s.slice(1) : s).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  const out = f !== undefined ? `${g}${lang === 'vi' ? ',' : '.'}${f}` : g;
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}

