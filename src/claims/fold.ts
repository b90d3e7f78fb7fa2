/**
 * Folding that keeps offsets: one output character per UTF-16 unit of the NFC input, so a match
 * in the folded text is at the same place in the original.
 */
const COMBINING = /[\u0300-\u036f]/g;

export function foldKeep(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
    if (/\s/.test(ch)) f = ' ';
    if (f.length !== ch.length) f = f.slice(0, ch.length).padEnd(ch.length, ' ');
    out += f;
  }
  return out;
}

/** True when `word` occurs in folded `text` at a word boundary. */
export function hasWord(text: string, word: string): boolean {
  return indexOfWord(text, word) >= 0;
}

export function indexOfWord(text: string, word: string, from = 0): number {
  let i = text.indexOf(word, from);
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + word.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return i;
    i = text.indexOf(word, i + 1);
  }
  return -1;
}

/** The last occurrence of any of `words` in `text`: its index and the word, or undefined. */
export function lastWord<T>(text: string, table: Array<[string, T]>): { index: number; word: string; value: T } | undefined {
  let best: { index: number; word: string; value: T } | undefined;
  for (const [w, v] of table) {
    let i = indexOfWord(text, w);
    let last = -1;
    while (i >= 0) {
      last = i;
      i = indexOfWord(text, w, i + 1);
    }
    if (last >= 0 && (!best || last > best.index || (last === best.index && w.length > best.word.length))) best = { index: last, word: w, value: v };
  }
  return best;
}

/** The first occurrence of any of `words` (the longest at a tie). */
export function firstWord<T>(text: string, table: Array<[string, T]>): { index: number; word: string; value: T } | undefined {
  let best: { index: number; word: string; value: T } | undefined;
  for (const [w, v] of table) {
    const i = indexOfWord(text, w);
    if (i >= 0 && (!best || i < best.index || (i === best.index && w.length > best.word.length))) best = { index: i, word: w, value: v };
  }
  return best;
}
