export type NumberStyle = 'vi' | 'en';

/** A figure as written, read both ways where the separators allow it. */
export type NumberReading =
  | { kind: 'blank' }
  /** "-", "–", "x", "…": written to say nothing or not applicable. */
  | { kind: 'dash' }
  | { kind: 'invalid' }
  | {
      kind: 'number';
      /** Plain decimal string per style; null where the text is not valid in that style. */
      vi: string | null;
      en: string | null;
      /** Fraction digits shown, per style. */
      viDecimals: number;
      enDecimals: number;
      percentSign: boolean;
    };

const DASHES = /^[-–—−x…_.]+$|^(n\/a|na|k\/c|kxđ|\.\.)$/i;
// Group separators seen in real exports: NBSP, narrow NBSP, figure space, thin space, plain space, apostrophe.
const SPACE_GROUPS = /(?<=\d)[\u00a0\u202f\u2007\u2009 '](?=\d{3}(?:\D|$))/g;

const PLAIN_DIGITS = /^\d+$/;

function stripLeadingZeros(int: string): string {
  const s = int.replace(/^0+(?=\d)/, '');
  return s === '' ? '0' : s;
}

/** Validates "1.234.567" style grouping with separator `sep`: first group 1-3 digits, then 3s. */
function validGrouping(int: string, sep: string): boolean {
  const groups = int.split(sep);
  if (groups.length === 1) return /^\d+$/.test(int);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)) && !(groups[0] === '0');
}

function readWith(body: string, decimal: string, group: string): { value: string; decimals: number } | null {
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [int = '', frac] = parts;
  if (frac !== undefined && !/^\d+$/.test(frac)) return null;
  if (int === '' && frac === undefined) return null;
  if (int !== '' && !validGrouping(int, group)) return null;
  const digits = stripLeadingZeros((int || '0').split(group).join(''));
  return { value: frac ? `${digits}.${frac}` : digits, decimals: frac?.length ?? 0 };
}

const ONE_SEPARATOR = /^(\d+)([.,])(\d+)$/;

/** `readNumberText` of "int sep frac" (digits both sides), as its general path reads it. */
function oneSeparator(int: string, sep: string, frac: string): NumberReading {
  const decimal = `${stripLeadingZeros(int)}.${frac}`;
  const grouped = int.length <= 3 && frac.length === 3 && int !== '0' ? stripLeadingZeros(int + frac) : null;
  const [vi, en] = sep === ',' ? [decimal, grouped] : [grouped, decimal];
  return { kind: 'number', vi, en, viDecimals: sep === ',' ? frac.length : 0, enDecimals: sep === '.' ? frac.length : 0, percentSign: false };
}

/**
 * Reads a figure written as text: Vietnamese ("1.234.567,5") or English ("1,234,567.5")
 * style, "(1.234)" and "-1.234" negatives, "12,5%", leading apostrophe, spaces and NBSPs as
 * group separators, "3.00E+05". Returns both readings so the caller can decide the style from
 * evidence across the column; nothing here guesses.
 */
export function readNumberText(raw: string): NumberReading {
  // Plain digits, most cells of an export: the same in both styles.
  if (PLAIN_DIGITS.test(raw)) {
    const digits = stripLeadingZeros(raw);
    return { kind: 'number', vi: digits, en: digits, viDecimals: 0, enDecimals: 0, percentSign: false };
  }
  // One separator between digits ("35.30", "1,5"): decimals in one style, a group of three (or nothing) in the other.
  const sep = ONE_SEPARATOR.exec(raw);
  if (sep) return oneSeparator(sep[1]!, sep[2]!, sep[3]!);
  let t = raw.replace(/^\uFEFF/, '').trim();
  if (t.startsWith("'")) t = t.slice(1).trim();
  if (t === '') return { kind: 'blank' };
  if (DASHES.test(t)) return { kind: 'dash' };
  let negative = false;
  let percentSign = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  if (t.endsWith('%')) {
    percentSign = true;
    t = t.slice(0, -1).trim();
  }
  if (/^[-−–]/.test(t)) {
    negative = !negative;
    t = t.slice(1).trim();
  } else if (t.startsWith('+')) t = t.slice(1).trim();
  if (/^\(.*\)$/.test(t)) {
    negative = !negative;
    t = t.slice(1, -1).trim();
  }
  t = t.replace(SPACE_GROUPS, '');
  const sign = negative ? '-' : '';
  const sci = t.match(/^(\d+)(?:[.,](\d+))?[eE]([+-]?\d+)$/);
  if (sci) {
    // Scientific notation comes from programs, which write English style; accept both separators.
    const value = `${sign}${sci[1]}${sci[2] ? `.${sci[2]}` : ''}e${sci[3]}`;
    const decimals = Math.max(0, (sci[2]?.length ?? 0) - Number(sci[3]));
    return { kind: 'number', vi: value, en: value, viDecimals: decimals, enDecimals: decimals, percentSign };
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return { kind: 'invalid' };
  const vi = readWith(t, ',', '.');
  const en = readWith(t, '.', ',');
  if (!vi && !en) return { kind: 'invalid' };
  return {
    kind: 'number',
    vi: vi ? sign + vi.value : null,
    en: en ? sign + en.value : null,
    viDecimals: vi?.decimals ?? 0,
    enDecimals: en?.decimals ?? 0,
    percentSign,
  };
}

/** What a reading says about the style: decides it, contradicts nothing, or leaves it open. */
export function styleEvidence(r: NumberReading): NumberStyle | 'either' | 'ambiguous' | 'none' {
  if (r.kind !== 'number') return 'none';
  if (r.vi !== null && r.en === null) return 'vi';
  if (r.en !== null && r.vi === null) return 'en';
  if (r.vi === r.en) return 'either';
  return 'ambiguous';
}

/** The reading in a decided style, with its shown decimals; null when invalid in that style. */
export function inStyle(r: Extract<NumberReading, { kind: 'number' }>, style: NumberStyle): { value: string; decimals: number } | null {
  const v = style === 'vi' ? r.vi : r.en;
  return v === null ? null : { value: v, decimals: style === 'vi' ? r.viDecimals : r.enDecimals };
}
