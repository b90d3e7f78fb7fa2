const CANDIDATES = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * Picks the delimiter that splits the most sample lines into the same number of fields.
 * Title lines of report forms carry no delimiters, so only lines that have one vote.
 */
export function detectDelimiter(sample: string, fallback: Delimiter = ','): Delimiter {
  const lines = sample.split(/\r\n|\n|\r/).slice(0, 200).filter((l) => l.trim() !== '');
  let best: { d: Delimiter; score: number } | undefined;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const c = countOutsideQuotes(l, d);
      if (c > 0) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // Score: lines sharing the most common non-zero count, weighted by that count's size.
    let score = 0;
    for (const [c, freq] of counts) score = Math.max(score, freq * 1000 + c);
    if (score > 0 && (!best || score > best.score)) best = { d, score };
  }
  return best?.d ?? fallback;
}
