import { foldText } from './fold-text.js';

/** The months a figure covers, inclusive: whole year = 1..12, nine months = 1..9, Q3 = 7..9. */
export interface Period {
  start: number;
  end: number;
}

export const WHOLE_YEAR: Period = { start: 1, end: 12 };

export function formatPeriod(p: Period): string {
  return `${String(p.start).padStart(2, '0')}-${String(p.end).padStart(2, '0')}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function month(n: number): number | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
}

function quarter(q: number): Period | undefined {
  return q >= 1 && q <= 4 ? { start: q * 3 - 2, end: q * 3 } : undefined;
}

/**
 * Reads a period as written in a period column or inside a header: "9 tháng", "6 tháng đầu
 * năm", "Quý III", "Tháng 10", "Lũy kế đến tháng 10", "Năm", "01-09", "Q3", "H1", "9M".
 * Returns undefined when the text names no period.
 */
export function parsePeriod(text: string): Period | undefined {
  const t = foldText(text);
  if (!t) return undefined;
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{1,2})\s*[-–/]\s*(\d{1,2})$/))) {
    const s = month(Number(m[1])), e = month(Number(m[2]));
    return s && e && s <= e ? { start: s, end: e } : undefined;
  }
  if ((m = t.match(/luy ke (?:tu dau nam )?(?:den |toi )?(?:het )?(?:ngay \d{1,2}\/)?thang (\d{1,2})/))) {
    const e = month(Number(m[1]));
    return e ? { start: 1, end: e } : undefined;
  }
  if ((m = t.match(/\bquy\s+(iv|iii|ii|i|[1-4])\b/)) || (m = t.match(/\bq([1-4])\b/)) || (m = t.match(/\bquarter\s+([1-4])\b/))) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    return quarter(q);
  }
  if ((m = t.match(/\b(\d{1,2})\s*thang\s+cuoi\s+nam\b/))) {
    const n = month(Number(m[1]));
    return n ? { start: 13 - n, end: 12 } : undefined;
  }
  if ((m = t.match(/\b(\d{1,2})\s*thang\b/)) || (m = t.match(/\b(\d{1,2})\s*(?:m|months?)\b/))) {
    const n = month(Number(m[1]));
    return n ? { start: 1, end: n } : undefined;
  }
  if ((m = t.match(/\bthang\s+(\d{1,2})\b/)) || (m = t.match(/\bmonth\s+(\d{1,2})\b/))) {
    const n = month(Number(m[1]));
    return n ? { start: n, end: n } : undefined;
  }
  if (/\b(h1|first half)\b/.test(t)) return { start: 1, end: 6 };
  if (/\b(h2|second half)\b/.test(t)) return { start: 7, end: 12 };
  if (/^(nam|ca nam|year|annual|full year|fy|whole year)$/.test(t) || /\b(ca nam|tong ket nam|whole year|full year)\b/.test(t)) return { ...WHOLE_YEAR };
  return undefined;
}

/** A four-digit year 1990..2100 written in the text ("năm 2024", "KH2024", "2023"). */
export function parseYear(text: string): number | undefined {
  const m = foldText(text).match(/(?:^|[^0-9])((?:19|20|21)\d\d)(?![0-9])/);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2100 ? y : undefined;
}
