import type { Config } from '../config/schema.js';
import type { FindingCode } from '../findings/catalog.js';
import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';
import type { Withheld } from './withheld.js';

export interface Check {
  name: string;
  codes: FindingCode[];
  /**
   * `withheld`: where the run gathers the errors a check withholds on an uncertain reading, so
   * that every check's together make one `reading-uncertain` per sheet. Without it (a check run
   * alone) the check reports its own.
   */
  run(ledger: Ledger, config: Config, withheld?: Withheld[]): RawFinding[];
}
