import { formatDec, type Dec } from '../ledger/money.js';
import type { LedgerEntry } from '../ledger/schema.js';

/** A figure with its unit for a message; money in đồng, the shown digits kept. */
export function figureText(e: Pick<LedgerEntry, 'amount' | 'unit'>): string {
  return e.unit === '%' ? `${formatDec(e.amount)}%` : `${formatDec(e.amount)} ${e.unit}`;
}

/** A stated percentage with the digits it shows ("35.40" stays "35.40"). */
export function shownText(amount: Dec, precision: number): string {
  const decimals = Math.max(0, -precision);
  const scaled = amount.scale < decimals ? { units: amount.units * 10n ** BigInt(decimals - amount.scale), scale: decimals } : amount;
  const s = formatDec(scaled);
  if (decimals === 0) return s;
  const [i, f = ''] = s.split('.');
  return `${i}.${f.padEnd(decimals, '0')}`;
}
