import type { SourceRef } from '../ledger/schema.js';
import type { FindingCode } from './catalog.js';
import type { CodeParams, Params } from './params.js';

import type { Severity } from './catalog.js';

export type { Severity };
export type SeveritySetting = Severity | 'off';

/** A location in an input: at least the file; sheet and cell when the problem has a place. */
export interface Location {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column?: number;
}

interface RawFindingBase {
  location: Location;
  related?: Location[];
  expected?: string;
  reported?: string;
}

/**
 * What a stage reports: a catalog code and the typed values its message templates need
 * (params.ts: figures, periods, places, catalog words — never sentences). The code decides the
 * params' type; a code the catalog gained without an entry in CodeParams takes any Params.
 */
export type RawFinding =
  | { [C in keyof CodeParams]: RawFindingBase & { code: C; params: CodeParams[C] } }[keyof CodeParams]
  | (RawFindingBase & { code: Exclude<FindingCode, keyof CodeParams>; params: Params });

/** A code with its typed params: what a finding says, before it has a place. */
export type FindingContent = { [C in keyof CodeParams]: { code: C; params: CodeParams[C] } }[keyof CodeParams];

/** A finding whose code and params come from elsewhere untyped (a reader's note). */
export function untypedFinding(code: string, params: Params, base: RawFindingBase): RawFinding {
  return { code, params, ...base } as RawFinding;
}

/** A finding as reported: severity resolved, message rendered. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  location: Location;
  related: Location[];
  expected?: string;
  reported?: string;
}

export function locationOf(ref: SourceRef): Location {
  return { file: ref.file, sheet: ref.sheet, cell: ref.cell, row: ref.row, column: ref.column };
}

/** An entry the ledger refused (a reader's fault): an internal error at its cell. */
export function entryRefused(p: { source: SourceRef; reason: string }): RawFinding {
  return { code: 'internal-error', params: { check: 'ledger', reason: p.reason }, location: { ...p.source } };
}
