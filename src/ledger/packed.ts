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
