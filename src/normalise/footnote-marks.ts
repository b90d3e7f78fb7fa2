/**
 * Footnote marks written beside or inside figures and labels: "(1) 1.234.567", "12.345(*)",
 * "TỔNG SỐ - TOTAL (1)". A mark is never part of a number: it is stripped and kept as a note.
 */
const MARK = String.raw`(?:\(\s*(?:\d{1,2}|\*{1,3})\s*\)|\*{1,3})`;
const MARK_ONLY = new RegExp(`^${MARK}$`);
const TRAILING = new RegExp(`^(.*?\\S)\\s*(${MARK})$`);
const LEADING = new RegExp(`^(${MARK})\\s+(\\S.*)$`);
const FIGURE = /^[-−–+(]?\s*\d[\d.,\s\u00a0]*\)?%?$/;

function hasMarkSign(text: string): boolean {
  return text.includes('(') || text.includes('*');
}

export interface Noted {
  text: string;
  note?: string;
}

/** A label with a footnote mark at its end: the mark goes to the note. "(A+B+C)" is no mark. */
export function splitLabelNote(text: string): Noted {
  const t = text.trim();
  const m = t.match(TRAILING);
  if (!m || MARK_ONLY.test(t)) return { text };
  return { text: m[1]!, note: m[2]!.replace(/\s+/g, '') };
}

/**
 * A figure cell's text without its footnote mark. `markOnly` when the cell holds nothing but a
 * mark ("(1)" alone could also be minus one): it is no figure that can be read with certainty.
 */
export function splitFigureNote(text: string): Noted & { markOnly: boolean } {
  // Every mark has a parenthesis or a star: a figure without either (most) has none.
  if (!hasMarkSign(text)) return { text, markOnly: false };
  const t = text.trim();
  if (MARK_ONLY.test(t)) return { text: '', note: t.replace(/\s+/g, ''), markOnly: true };
  const lead = t.match(LEADING);
  if (lead && FIGURE.test(lead[2]!)) return { text: lead[2]!, note: lead[1]!.replace(/\s+/g, ''), markOnly: false };
  const trail = t.match(TRAILING);
  if (trail && FIGURE.test(trail[1]!)) return { text: trail[1]!, note: trail[2]!.replace(/\s+/g, ''), markOnly: false };
  return { text, markOnly: false };
}

/**
 * The footnotes a row under a table states: "Ghi chú: (1) đã bao gồm …", "(*) Số liệu …", each
 * mark with the text after it up to the next mark (a row may hold several).
 */
export function footnotesIn(row: Array<{ text: string; row: number; col: number }>): Array<{ cell: { row: number; col: number }; mark: string; text: string }> {
  const out: Array<{ cell: { row: number; col: number }; mark: string; text: string }> = [];
  for (const c of row) {
    const t = c.text.replace(/\s+/g, ' ').trim();
    const re = new RegExp(`(?:^|[\\s:])(${MARK})\\s+`, 'g');
    const hits = [...t.matchAll(re)];
    hits.forEach((m, i) => {
      const start = m.index! + m[0].length;
      const end = i + 1 < hits.length ? hits[i + 1]!.index! : t.length;
      const text = t.slice(start, end).trim();
      if (text) out.push({ cell: { row: c.row, col: c.col }, mark: m[1]!.replace(/\s+/g, ''), text });
    });
  }
  return out;
}
