import type { Dec } from './money.js';

// Pieces the packed stores share (compact.ts for the ledger export, entry-store.ts for check,
// fact-index.ts): texts as small ids, growable typed columns, a cell's column letters.

/** Texts as small integer ids: each distinct text is held once (the last one asked is remembered). */
export class Interner {
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  private lastText: string | undefined;
  private lastId = -1;
  id(text: string): number {
    if (text === this.lastText) return this.lastId;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    this.lastText = text;
    this.lastId = id;
    return id;
  }
}

/** Grows a typed column to hold at least `size` values (doubling, so appends stay linear). */
export function grow<T extends Int32Array | Float64Array | Int16Array | Uint8Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** Column letters of a 1-based column number (28 → "AB"). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The largest integer a double holds exactly, as a bigint: amounts beyond it stay Dec. */
export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Amounts as scaled integers in typed columns (units as a double while exact, the scale as a
 * 16-bit integer); an amount beyond 2^53 units, or of an unusual scale, is kept as it is.
 */
export class PackedAmounts {
  private units = new Float64Array(1024);
  private scales = new Int16Array(1024);
  private readonly big = new Map<number, Dec>();

  /** Room for `size` amounts. */
  ensure(size: number): void {
    this.units = grow(this.units, size);
    this.scales = grow(this.scales, size);
  }

  set(i: number, amount: Dec): void {
    const { units, scale } = amount;
    if (units <= MAX_SAFE && units >= -MAX_SAFE && scale >= -32768 && scale <= 32767) {
      this.units[i] = Number(units);
      this.scales[i] = scale;
      if (this.big.size) this.big.delete(i);
    } else this.big.set(i, amount);
  }

  get(i: number): Dec {
    return this.big.get(i) ?? { units: BigInt(this.units[i]!), scale: this.scales[i]! };
  }
}
