// Folding makes header and label matching independent of diacritics, tone-mark placement
// ("hoá"/"hóa"), case, and the several dashes and spaces that office programs produce.

const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Unicode NFC with the invisible and odd characters that break equality removed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').replace(DASHES, '-').trim();
}

// Province names, periods and labels repeat on every row: folding each once pays off.
const FOLDED = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** Lower-case ASCII key: no diacritics, đ → d, single spaces. */
export function foldText(text: string): string {
  const hit = FOLDED.get(text);
  if (hit !== undefined) return hit;
  const folded = foldUncached(text);
  if (FOLDED.size >= FOLD_CACHE_LIMIT) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

function foldUncached(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for names: folded, with punctuation and spaces dropped ("Bà Rịa – Vũng Tàu" = "BRVT" is an alias matter). */
export function compactKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}
