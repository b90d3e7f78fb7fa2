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
