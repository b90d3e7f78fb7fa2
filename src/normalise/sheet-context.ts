import { cellAddress } from '../read/grid.js';
import type { Location, RawFinding } from '../findings/types.js';

/** Where a sheet's findings go; `once` raises a finding the first time its key is seen. */
export class SheetFindings {
  private readonly seen = new Set<string>();
  constructor(
    readonly file: string,
    readonly sheet: string,
    private readonly sink: (f: RawFinding) => void,
  ) {}

  finding(f: RawFinding): void {
    this.sink(f);
  }

  once(key: string, f: RawFinding): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.sink(f);
  }

  /** The location of a cell of this sheet. */
  at(cell: { row: number; col: number }): { file: string; sheet: string; cell: string; row: number; column: number } {
    return { file: this.file, sheet: this.sheet, cell: cellAddress(cell.row, cell.col), row: cell.row, column: cell.col };
  }

  get whole(): Location {
    return { file: this.file, sheet: this.sheet };
  }
}
