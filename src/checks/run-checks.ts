import type { Config } from '../config/schema.js';
import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import type { Check } from './check.js';
import { uncertainFindings, type Withheld } from './withheld.js';
import { foldAboveAPlanMissed, foldCollateralRatios, foldExceededParts, foldMistypedParts, foldShortParts } from './collateral-ratios.js';
import { duplicates } from './duplicates.js';
import { percentOfPlan } from './percent-of-plan.js';
import { sums } from './sums.js';
import { structureSums } from './structure-sums.js';
import { agreement } from './agreement.js';
import { completeness } from './completeness.js';
import { actualAbovePlan } from './actual-above-plan.js';
import { cumulativeDecrease } from './cumulative-decrease.js';
import { planChanged } from './plan-changed.js';
import { statedTotals } from './stated-totals.js';
import { ofWhich } from './of-which.js';
import { yearOverYear } from './year-over-year.js';
import { foldMonthsAtFigureFaults, monthCumulative } from './series-cumulative.js';
import { monthGaps } from './series-gaps.js';
import { monthTwice } from './series-twice.js';

/** Every check, in the order their findings are listed. */
export const CHECKS: Check[] = [percentOfPlan, yearOverYear, sums, structureSums, ofWhich, duplicates, agreement, statedTotals, completeness, cumulativeDecrease, actualAbovePlan, planChanged, monthCumulative, monthGaps, monthTwice];

/**
 * Runs each check; one that throws becomes an `internal-error` finding and the rest still run.
 * The errors the checks withheld on uncertain readings become one `reading-uncertain` per sheet.
 */
export function runChecks(ledger: Ledger, config: Config, checks: Check[] = CHECKS, options: { foldCollateral?: boolean } = {}): RawFinding[] {
  const out: RawFinding[] = [];
  const withheld: Withheld[] = [];
  for (const check of checks) {
    try {
      out.push(...check.run(ledger, config, withheld));
    } catch (e) {
      out.push({
        code: 'internal-error',
        params: { check: check.name, reason: e instanceof Error ? e.message : String(e) },
        location: { file: ledger.entries[0]?.source.file ?? '(all inputs)' },
      });
    }
  }
  out.push(...uncertainFindings(withheld, ledger.readings));
  // `explain` asks every relation a figure is in, each on its own: nothing folded.
  return options.foldCollateral === false ? out : foldMonthsAtFigureFaults(foldAboveAPlanMissed(foldShortParts(foldExceededParts(foldMistypedParts(foldCollateralRatios(out, ledger), ledger), ledger), ledger)), ledger);
}
