import type { Config } from '../config/schema.js';
import type { FindingCode } from '../findings/catalog.js';
import type { RawFinding } from '../findings/types.js';
import type { Ledger } from '../ledger/build-ledger.js';

export interface Check {
  name: string;
  codes: FindingCode[];
  run(ledger: Ledger, config: Config): RawFinding[];
}
