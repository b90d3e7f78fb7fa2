import { add, halfUnit, ZERO, type Dec } from './money.js';
import type { LedgerEntry } from './schema.js';

/** The allowance between figures: exact, unless one is rounded (half a unit of each last digit). */
export function allowance(...es: LedgerEntry[]): Dec {
  if (!es.some((e) => e.rounded)) return ZERO;
  return es.reduce((acc, e) => add(acc, halfUnit(e.precision)), ZERO);
}
