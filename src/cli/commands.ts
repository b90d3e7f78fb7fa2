import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { registerBaseline } from './commands/baseline.js';
import { registerCheck } from './commands/check.js';
import { registerClaims } from './commands/claims.js';
import { registerExplain } from './commands/explain.js';
import { registerInit } from './commands/init.js';
import { registerInspect } from './commands/inspect.js';
import { registerLedger } from './commands/ledger.js';
import { registerNarrate } from './commands/narrate.js';
import { registerReport } from './commands/report.js';

/**
 * Every subcommand, in the order `--help` lists them. A command lives in its own file under
 * commands/ and exports one `register(program, ctx)`; adding one is an import and a line here.
 */
export const COMMANDS: Array<(program: Command, ctx: CliContext) => void> = [
  registerCheck,
  registerReport,
  registerNarrate,
  registerLedger,
  registerBaseline,
  registerExplain,
  registerInspect,
  registerClaims,
  registerInit,
];
