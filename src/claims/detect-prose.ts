/**
 * Prose or table? A table export (CSV, TSV, "Unicode Text") repeats one field separator on most
 * lines; prose has long lines of words with at most a few commas. Decided from the content,
 * never the extension: a .txt can be a TSV export.
 */
export function looksLikeProse(text: string): boolean {
  const lines = text.split(/\r\n?|\n/).map((l) => l.trim()).filter(Boolean).slice(0, 60);
  if (lines.length === 0) return false;
  if (lines.filter((l) => l.includes('\t')).length >= lines.length * 0.3) return false;
  for (const sep of [';', ',', '|']) {
    const counts = lines.map((l) => l.split(sep).length - 1);
    const mode = modeOf(counts.filter((n) => n >= 2));
    if (mode !== undefined && counts.filter((n) => n === mode).length >= lines.length * 0.5) return false;
  }
  const words = lines.map((l) => l.split(/\s+/).length);
  const long = words.filter((n) => n >= 12).length;
  return long >= 1 && words.reduce((a, b) => a + b, 0) / lines.length >= 6;
}

function modeOf(values: number[]): number | undefined {
  const seen = new Map<number, number>();
  for (const v of values) seen.set(v, (seen.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of seen) if (best === undefined || n > seen.get(best)!) best = v;
  return best;
}
