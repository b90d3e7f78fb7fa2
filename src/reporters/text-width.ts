import { createRequire } from 'node:module';

/**
 * Characters one terminal column wide each, whatever the terminal: printable ASCII, Latin-1
 * (without the soft hyphen), Latin Extended-A and -B, Latin Extended Additional (Vietnamese's
 * precomposed letters), general punctuation and currency signs. Text made of these alone — every
 * report in English or Vietnamese (NFC) without colour — is measured by its length; anything else
 * (CJK, emoji, combining marks, ANSI colour codes) by string-width.
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

type Width = (s: string) => number;
let full: Width | undefined;

/** Loads string-width ahead of a rendering that will need it (colour on a terminal). */
export async function loadTextWidth(): Promise<void> {
  full ??= (await import('string-width')).default;
}

/** Columns a string takes on a terminal, as string-width counts them; string-width loads only when needed. */
export function textWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  // Loaded here, synchronously, the first time a wider character or a colour code is met (require of an ES module: Node ≥ 20.19).
  full ??= (createRequire(import.meta.url)('string-width') as { default: Width }).default;
  return full(s);
}
