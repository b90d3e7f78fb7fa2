import { foldText } from '../reference/fold-text.js';
import { memoText } from '../reference/memo.js';
import { interpretHeader, isTotalLabel } from '../layout/interpret-header.js';
import { measureNamed, type Measure } from '../ledger/entry.js';
import { programmeCell } from '../reference/vocabulary/programmes.js';
import { levelCell, opensFooter } from '../reference/vocabulary/labels.js';

/** Reads a programme cell: KCQG, KCĐP, or '' for both / a total over programmes. */
export function parseProgram(text: string): 'KCQG' | 'KCDP' | '' | undefined {
  if (!foldText(text).replace(/[.\s]+$/, '')) return '';
  const p = programmeCell(text);
  if (p !== undefined) return p;
  return isTotalLabel(text) ? '' : undefined;
}

/** Reads a measure cell: the ledger's own names, or any header wording ("Kế hoạch", "Tỷ lệ (%)"). */
export function parseMeasure(text: string): { measure: Measure; yearOffset?: number } | undefined {
  // The shared name, not the row's own text: every entry of a long export keeps its measure.
  const own = measureNamed(text.trim().toLowerCase());
  if (own) return { measure: own };
  const m = interpretHeader(text);
  if (m.kind === 'amount') return m.yearOffset ? { measure: m.measure, yearOffset: m.yearOffset } : { measure: m.measure };
  if (m.kind === 'ratio') return { measure: m.measure };
  return undefined;
}

/** Reads a level cell. */
export function parseLevel(text: string): 'item' | 'subtotal' | 'total' | undefined {
  return levelCell(text);
}

const footerText = memoText((text: string): boolean => {
  const t = foldText(text);
  return (opensFooter(text) && !/^notes?\b(?!\s*:)/.test(t)) || /^.{0,40}, ngay \.{0,}\s*\d{0,2}\s*thang/.test(t);
});

/** Rows after the table: signatures, notes, dates. Reading stops there so they never read as data. */
export function isFooterText(text: string): boolean {
  // A figure (no letter) is never a footer: tested without the cache, which figures would flood.
  return mayHoldLetter(text) && /\p{L}/u.test(text) && footerText(text);
}

/** False when no character of the text can be a letter (digits, signs, spaces: all below "A"): a figure's text, tested without a regular expression. */
function mayHoldLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x41) return true;
  return false;
}
