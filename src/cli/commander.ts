import { createRequire } from 'node:module';
import type * as Commander from 'commander';

/**
 * commander, required as the CommonJS module it is. Imported through ESM, Node first scans its
 * source for named exports (cjs-module-lexer): a cost on every start, --version and --help
 * included, that require() does not have. Same classes, same types.
 */
const commander = createRequire(import.meta.url)('commander') as typeof Commander;

export const Command = commander.Command;
export type Command = Commander.Command;
export const Option = commander.Option;
export type Option = Commander.Option;
export const CommanderError = commander.CommanderError;
export type CommanderError = Commander.CommanderError;
export const Help = commander.Help;
export type Help = Commander.Help;
