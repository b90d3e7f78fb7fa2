import type { SourceRef } from '../ledger/schema.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A location in an input: at least the file; sheet and cell when the problem has a place. */
export interface Location {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column?: number;
}

/** What a stage reports: a catalog code and the values its message template needs. */
export interface RawFinding {
  code: string;
  params: Record<string, string | number>;
  location: Location;
  related?: Location[];
  expected?: string;
  reported?: string;
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
