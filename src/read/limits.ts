/**
 * Bounds on every input. A real report stays far below each default; a hostile or broken file
 * that exceeds one becomes the finding `input-limit-exceeded` naming the limit, the value met
 * and the config key that raises it (`limits.<key>` in the config file).
 */
export interface Limits {
  /** Bytes of one input file (read whole by the workbook parsers). */
  maxFileBytes: number;
  /** Entries in one zip package (.xlsx, .xlsm, .xlsb, .ods, .docx). */
  maxZipEntries: number;
  /** Bytes one zip entry inflates to. */
  maxEntryBytes: number;
  /** Bytes all entries of a zip package inflate to together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size of an entry (checked once an entry inflates past 1 MiB). */
  maxCompressionRatio: number;
  /** Worksheets in one workbook. */
  maxSheets: number;
  /** Non-empty cells in one sheet. */
  maxCellsPerSheet: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** Columns in one row (the last column holding a value). */
  maxColumns: number;
  /** Merged ranges in one sheet. */
  maxMerges: number;
  /** Exponent of a number written in scientific notation ("1e400" has 400). */
  maxNumberExponent: number;
  /** Seconds spent reading one file (checked between rows). */
  maxSecondsPerFile: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  // A 5M-row long CSV is about 300 MB; text tables stream, workbooks stay far below.
  maxFileBytes: 1024 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxSheets: 500,
  // A 5M-row export of 10 columns; a worksheet part is bounded sooner by maxEntryBytes.
  maxCellsPerSheet: 60_000_000,
  maxCellChars: 100_000,
  maxColumns: 16_384,
  maxMerges: 100_000,
  maxNumberExponent: 5000,
  // A 5M-row export takes minutes on a busy two-core machine: this bounds a hang, not a large file.
  maxSecondsPerFile: 1800,
});

export type LimitKey = keyof Limits;
