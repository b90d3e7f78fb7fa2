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

/**
 * A Vietnamese label whose English gloss follows it on the same line with no separator (a line
 * break lost: "TÂY NGUYÊN HIGH LAND"): the Vietnamese words, or undefined when no such tail.
 */
export function withoutEnglishTail(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && /^[\x21-\x7e]+$/.test(words[k - 1]!) && /[A-Za-z]{2}/.test(words[k - 1]!)) k--;
  if (k === words.length || k === 0 || !words.slice(0, k).some((w) => /[^\x00-\x7f]/.test(w))) return undefined;
  return words.slice(0, k).join(' ');
}

/**
 * Drops the English gloss of a bilingual label: "STT\nNO", "TỈNH, THÀNH PHỐ\nNAME",
 * "TỔNG SỐ - TOTAL", "ĐÔNG BẮC - NORTH EAST" (MOF tables), "TỔNG CỘNG / TOTAL", "Kế hoạch năm 2024 /
 * Plan 2024" (bilingual province forms). Text without Vietnamese is kept whole.
 */
export function stripEnglishGloss(text: string): string {
  const vietnamese = (t: string) => /[^\x00-\x7f]/.test(t);
  const lines = text.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
  let kept = lines.length > 1 && lines.some(vietnamese) ? lines.filter((l, i) => i === 0 || vietnamese(l)) : lines;
  // "STT / NO": the first line may be plain ASCII (STT) with the English line after it.
  if (lines.length === 2 && !lines.some(vietnamese) && /^(stt|tt)$/i.test(lines[0]!)) kept = [lines[0]!];
  const joined = kept.join(' ');
  const dash = joined.match(/^(.*\S)\s+[-–]\s+([A-Z][A-Z .,&'()-]*)$/);
  if (dash && vietnamese(dash[1]!)) return dash[1]!;
  // "… / English words": a spaced slash before ASCII that holds an English word (a long one, or in
  // lower case), not abbreviations of the Vietnamese ("So sánh TH 2024 / TH 2023 (%)" is kept).
  const slash = joined.match(/^(.*\S)\s+\/\s+([A-Za-z][\x20-\x7e]*)$/);
  return slash && vietnamese(slash[1]!) && /\b([A-Za-z]{5,}|[A-Za-z][a-z]{2,})\b/.test(slash[2]!) ? slash[1]! : joined;
}
