/**
 * Remembers a pure function of a text: the same province, period, unit or label text repeats on
 * every row of an export, and is then read once. The cache is bounded (cleared when full), and
 * what it returns is frozen, since every caller shares it.
 */
export function memoText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    // One lookup when the text is known with a value; a second only for a remembered undefined.
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value !== null && typeof value === 'object' ? Object.freeze(value) : value);
    return value;
  };
}

/**
 * Remembers a pure function of a text for the last few texts asked, compared with `===` (no
 * hashing): a long export's column takes turns among a few texts (VND, VND, %; plan, actual,
 * percentage), each row with its own copy of them, which a Map would hash afresh on every row.
 * What it returns is shared by every caller: read it, never change it.
 */
export function recentText<T>(fn: (text: string) => T, size = 4): (text: string) => T {
  const texts: Array<string | undefined> = new Array<string | undefined>(size).fill(undefined);
  const values: T[] = new Array<T>(size);
  let next = 0;
  return (text: string): T => {
    for (let i = 0; i < size; i++) if (texts[i] === text) return values[i]!;
    const value = fn(text);
    texts[next] = text;
    values[next] = value;
    next = (next + 1) % size;
    return value;
  };
}

/**
 * For each column, the last few texts read in it with what each gave (never undefined), compared
 * with `===`: what `recentText` is for one function, kept apart per column of a sheet.
 */
export class RecentByColumn<T> {
  private readonly columns: Array<{ texts: string[]; values: T[]; next: number } | undefined> = [];
  constructor(private readonly size = 4) {}

  /** What `text` gave in column `col`, if it is one of the column's last few; else undefined. */
  get(col: number, text: string): T | undefined {
    const c = this.columns[col];
    if (!c) return undefined;
    for (let i = 0; i < c.texts.length; i++) if (c.texts[i] === text) return c.values[i];
    return undefined;
  }

  set(col: number, text: string, value: T): void {
    let c = this.columns[col];
    if (!c) this.columns[col] = c = { texts: [], values: [], next: 0 };
    c.texts[c.next] = text;
    c.values[c.next] = value;
    c.next = (c.next + 1) % this.size;
  }
}
