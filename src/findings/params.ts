import { formatDec, type Dec } from '../ledger/money.js';
import type { LedgerEntry, Measure } from '../ledger/schema.js';

/**
 * Typed parameters of finding messages. A check hands over figures, periods, places and enum
 * keys, never words: every word of a message comes from the catalog in the report's language
 * (render-params.ts). Plain strings are only text quoted from the document (a label, a header,
 * a cell's text) or a file name.
 */

/** An amount in base units (đồng for money) with its unit and the exponent of the last digit shown. */
export interface AmountParam { kind: 'amount'; value: string; unit: string; precision: number }
/** A percentage with the number of decimals to show. */
export interface PercentParam { kind: 'percent'; value: string; decimals: number }
/** A period MM-MM of a year (year omitted: the period alone). */
export interface PeriodParam { kind: 'period'; period: string; year?: number; /** A span of years: its last ("giai đoạn 2016–2020"). */ yearTo?: number }
/** What a figure is: province, line, programme, measure, period. */
export interface FactParam { kind: 'fact'; province: string; label: string; program: string; measure: Measure; period: string; year: number; yearTo?: number }
/** Places in the inputs: file, sheet, cell. */
export interface PlacesParam { kind: 'places'; places: Array<{ file: string; sheet?: string; cell?: string }>; formerProvinces?: string[] }
/** A word or phrase of the catalog's WORDS table, by key. */
/** A catalog word or phrase; `values` fill its {placeholders} (a name, a number, quoted technical detail). */
export interface WordParam { kind: 'word'; key: WordKey; values?: Record<string, string> }
/** The allowance a comparison applied: none (exact), or up to an amount for rounded figures. */
export interface ToleranceParam { kind: 'tolerance'; allowance?: AmountParam; figures: number }
/** The figure a sum finding is about: its role in the table and its label as written. */
export interface SubjectParam { kind: 'subject'; role: SubjectRole; label: string; measure?: Measure; period?: string; year?: number; yearTo?: number }

export type SubjectRole = 'total' | 'row' | 'line' | 'programmes' | 'region' | 'column' | 'figure';

/** Keys of the catalog's WORDS table that a check may pass as a parameter. */
export type WordKey =
  | 'sheet-hidden' | 'sheet-very-hidden' | 'sheet-chart'
  | 'value-year' | 'value-programme' | 'value-level' | 'value-measure' | 'value-measure-column'
  | 'style-vi' | 'style-en'
  | 'year-no-column' | 'year-none-in-title' | 'none'
  | 'values-agree' | 'values-differ'
  | 'figures-disagree' | 'conflicting-columns' | 'unreadable-figure' | 'column-weak' | 'column-guessed' | 'band-weak' | 'period-weak' | 'year-weak' | 'unit-weak' | 'hidden-row' | 'pair-guessed' | 'ratio-span' | 'ratio-of-actual' | 'ratio-of-estimate' | 'ratio-of-disbursed'
  | 'of-which-rows' | 'of-which-columns'
  | 'read-no-such-file' | 'read-encrypted' | 'read-not-zip'
  | 'read-password' | 'read-damaged' | 'read-damaged-detail' | 'read-not-spreadsheet' | 'read-no-workbook-part' | 'read-html-no-table'
  | 'read-word-no-table' | 'read-ole-no-workbook' | 'read-too-short' | 'read-sheet-missing' | 'read-dtd' | 'read-row' | 'read-zip-damaged'
  | 'special-fifo' | 'special-socket' | 'special-char-device' | 'special-block-device' | 'special-link-loop' | 'special-folder' | 'special-file'
  | 'source-config' | 'source-title' | 'source-sheet' | 'source-file' | 'source-workbook' | 'source-columns' | 'unit-3' | 'unit-6' | 'unit-9' | 'unit--3' | 'unit--6' | 'unit--9';

/** Several catalog words, listed in order ("two columns read as the same fact; a cell holds only a footnote mark"). */
export interface WordsParam { kind: 'words'; keys: WordKey[] }

/** Finding codes with a count each, shown by their catalog titles ("Total does not equal its parts (14)"). */
export interface CodesParam { kind: 'codes'; codes: Array<{ code: string; count: number }> }

export type Param = string | number | AmountParam | PercentParam | PeriodParam | FactParam | PlacesParam | WordParam | WordsParam | CodesParam | ToleranceParam | SubjectParam;
export type Params = Record<string, Param>;

export function amount(value: Dec, like: Pick<LedgerEntry, 'unit' | 'precision'>): AmountParam {
  return { kind: 'amount', value: formatDec(value), unit: like.unit, precision: like.precision };
}

/** The figure of an entry. */
export function amountOf(e: Pick<LedgerEntry, 'amount' | 'unit' | 'precision'>): AmountParam {
  return amount(e.amount, e);
}

export function percent(value: Dec | string, decimals: number): PercentParam {
  return { kind: 'percent', value: typeof value === 'string' ? value : formatDec(value), decimals };
}

export function period(p: string, year?: number): PeriodParam {
  return year === undefined ? { kind: 'period', period: p } : { kind: 'period', period: p, year };
}

export function fact(e: Pick<LedgerEntry, 'province' | 'label' | 'program' | 'measure' | 'period' | 'year' | 'yearTo'>): FactParam {
  const f: FactParam = { kind: 'fact', province: e.province, label: e.label, program: e.program, measure: e.measure, period: e.period, year: e.year };
  if (e.yearTo !== undefined) f.yearTo = e.yearTo;
  return f;
}

export function places(es: Array<Pick<LedgerEntry, 'source'>>, formerProvinces?: string[]): PlacesParam {
  const p: PlacesParam = { kind: 'places', places: es.map((e) => ({ file: e.source.file, sheet: e.source.sheet, cell: e.source.cell })) };
  if (formerProvinces?.length) p.formerProvinces = formerProvinces;
  return p;
}

export function fileRef(file: string): PlacesParam {
  return { kind: 'places', places: [{ file }] };
}

export function word(key: WordKey): WordParam {
  return { kind: 'word', key };
}

export function words(keys: WordKey[]): WordsParam {
  return { kind: 'words', keys };
}

export function subject(role: SubjectRole, label: string): SubjectParam {
  return { kind: 'subject', role, label };
}

export function tolerance(figures: number, allowance?: AmountParam): ToleranceParam {
  return allowance ? { kind: 'tolerance', allowance, figures } : { kind: 'tolerance', figures };
}

type Pct = PercentParam;
type Amt = AmountParam;
/**
 * `span`: a percentage of a span of years ("so với KH giai đoạn"), the span named ('' otherwise);
 * `done`: what the figure computed from is ("actual", an estimate "ƯTH", disbursed).
 */
type RatioParams = { reported: Pct; computed: Pct; of: Amt; base: Amt; low: Pct; high: Pct; diff: Pct; span: WordParam | ''; done: WordParam };

/** The parameters each finding code's templates take. */
export interface CodeParams {
  'file-unreadable': { reason: string | WordParam };
  'file-generated-skipped': { generator: string };
  'prose-skipped': { file: string };
  'file-unsupported': { ext: string };
  'input-limit-exceeded': { key: string; value: string | number; limit: number; at: string };
  'input-not-regular': { kind: WordParam | string };
  'folder-without-reports': { count: number };
  'needs-conversion': { ext: string; reason?: string };
  'converted-with-libreoffice': { ext: string };
  'encoding-converted': { encoding: string };
  'sheet-skipped': { reason: WordParam | string };
  'formula-no-value': { formula: string };
  'formula-error': { error: string; formula: string };
  'legacy-text-converted': { count: number; encoding: string; cells: string };
  'file-empty': Record<string, never>;
  'layout-unrecognised': { rows: number };
  'column-ignored': { header: string };
  'column-derived': { header: string };
  'column-hidden': { header: string };
  'number-unparseable': { text: string };
  'number-ambiguous': { text: string; vi: string; en: string; count: number; cells: string };
  'number-style-conflict': { text: string; style: WordParam };
  'unit-missing': { header: string };
  'unit-unstated': Record<string, never>;
  'unit-unknown': { unit: string };
  'period-missing': Record<string, never>;
  'period-unknown': { text: string };
  'period-conflict': { chosen: PeriodParam; chosenFrom: WordParam; other: PeriodParam; otherFrom: WordParam };
  'period-from-name': { chosen: PeriodParam; chosenFrom: WordParam; year: number };
  'year-missing': { detail: WordParam };
  'province-unknown': { text: string };
  'province-missing': Record<string, never>;
  'row-unlabelled': { row: number };
  'province-other-list': { text: string; name: string; other: string; list: string; period: PeriodParam };
  'value-unknown': { text: string; what: WordParam };
  'percent-of-plan-mismatch': RatioParams;
  'ratio-prior-mismatch': RatioParams;
  'growth-prior-mismatch': RatioParams;
  'plan-growth-mismatch': RatioParams;
  'percent-without-base': { reported: Pct; base: Amt };
  'stated-total-mismatch': { what: SubjectParam; reported: Amt; expected: Amt; count: number; diff: Amt };
  'figure-mismatch': { what: SubjectParam; reported: Amt; expected: Amt; diff: Amt; totals: string };
  'difference-mismatch': { what: SubjectParam; column: string; reported: Amt; expected: Amt; diff: Amt; of: string; minus: string };
  'figure-total-ratios-mismatch': { what: SubjectParam; reported: Amt; expected: Amt; diff: Amt; total: string; ratios: string };
  'sum-mismatch': { what: SubjectParam; reported: Amt; expected: Amt; count: number; diff: Amt; rule: ToleranceParam };
  'sum-rounding': { what: SubjectParam; reported: Amt; expected: Amt; count: number; diff: Amt; allowance: Amt };
  'sum-gap-explained': { what: SubjectParam; reported: Amt; expected: Amt; mark: string; footnote: string };
  'agreement-mismatch': { what: FactParam; reported: Amt; expected: Amt; diff: Amt; other: PlacesParam };
  'prior-restated': { what: FactParam; reported: Amt; expected: Amt; diff: Amt; other: PlacesParam; period: PeriodParam };
  'unit-scale-suspect': { reported: Amt; expected: Amt; other: PlacesParam; factor: string; fit: WordParam };
  'province-report-missing': { province: string; period: PeriodParam; source: PlacesParam | WordParam };
  'province-report-duplicate': { province: string; period: PeriodParam; other: PlacesParam };
  'cumulative-decrease': { what: FactParam; end: number; earlier: number; reported: Amt; expected: Amt; other: PlacesParam };
  'actual-above-plan': { what: FactParam; reported: Amt; expected: Amt };
  'plan-changed': { what: FactParam; reported: Amt; expected: Amt; other: PlacesParam };
  'of-which-exceeds': { what: SubjectParam; reported: Amt; expected: Amt; parts: WordParam };
  'month-cumulative-mismatch': { what: FactParam; reported: Amt; cumulative: Amt; at: PeriodParam; previous: Amt; before: PeriodParam; expected: Amt; diff: Amt };
  'month-missing': { province: string; period: PeriodParam; first: PeriodParam; last: PeriodParam };
  'month-reported-twice': { province: string; period: PeriodParam; other: PlacesParam; count: number; reported: Amt; expected: Amt };
  'duplicate-fact': { reported: Amt; first: string; expected: Amt; same: WordParam };
  /** check: the codes withheld, each with its count; reason: enum keys (figures-disagree, conflicting-columns, unreadable-figure, column-weak, column-guessed, band-weak, period-weak, year-weak, unit-weak); fragment: mapping JSON. */
  'reading-uncertain': { withheld: number; check: CodesParam; reason: WordsParam; cells: string; fragment: string };
  'internal-error': { check: string; reason: string };
}

/** Reasons the readers give as English text, with the catalog word that says them in every language. */
const READER_REASONS: Record<string, WordKey> = {
  'it is hidden': 'sheet-hidden',
  'it is very hidden': 'sheet-very-hidden',
  'it is a chart sheet': 'sheet-chart',
  'no such file': 'read-no-such-file',
  'password-protected (encrypted) workbook, or an Excel 97-2003 file named .xlsx; remove the password or save it as .xlsx': 'read-encrypted',
  'not an .xlsx package (no zip signature)': 'read-not-zip',
};

/** The kinds of special file the readers name (input-not-regular), with their catalog words. */
const READER_KINDS: Record<string, WordKey> = {
  'FIFO (named pipe)': 'special-fifo',
  socket: 'special-socket',
  'character device': 'special-char-device',
  'block device': 'special-block-device',
  'symbolic link loop': 'special-link-loop',
  folder: 'special-folder',
  'special file': 'special-file',
};

/**
 * Reasons the readers give with a variable part: the pattern, its catalog word, and the names
 * of its captured parts. Technical detail (a library's message) is kept, quoted, as written.
 */
const READER_REASON_PATTERNS: Array<[RegExp, WordKey, string[]]> = [
  [/^password-protected (.+): remove the password and save it again$/, 'read-password', ['what']],
  [/^damaged: only (\d+) bytes, shorter than an Excel 97-2003 header$/, 'read-too-short', ['n']],
  [/^damaged zip package(?:: | \()(.*?)\)?$/, 'read-zip-damaged', ['detail']],
  [/^damaged (\S+)(?: \((.*)\)|: (.*))$/, 'read-damaged-detail', ['what', 'detail', 'detail2']],
  [/^not a spreadsheet: its first bytes match no workbook format \(named (.*)\)$/, 'read-not-spreadsheet', ['ext']],
  [/^not a spreadsheet package: it has no workbook part$/, 'read-no-workbook-part', []],
  [/^an HTML file with no table in it$/, 'read-html-no-table', []],
  [/^the Word document holds no table$/, 'read-word-no-table', []],
  [/^an OLE2 file that holds no workbook$/, 'read-ole-no-workbook', []],
  [/^worksheet "(.*)" is missing from the package \(no part (.*)\)$/, 'read-sheet-missing', ['sheet', 'part']],
  [/^XML part (\S+) declares a DTD or entities.*$/, 'read-dtd', ['part']],
  [/^row (\d+): (.*)$/, 'read-row', ['row', 'detail']],
];

function patternReason(reason: string): WordParam | undefined {
  for (const [re, key, names] of READER_REASON_PATTERNS) {
    const m = re.exec(reason);
    if (!m) continue;
    const values: Record<string, string> = {};
    names.forEach((n, i) => (values[n] = m[i + 1] ?? ''));
    if (values.detail2) values.detail = values.detail2;
    delete values.detail2;
    return { kind: 'word', key, values };
  }
  return undefined;
}

/** A reader's params with its known English reasons turned into catalog words; other text stays as written (technical detail). */
export function readerParams(params: Record<string, string | number>): Params {
  const out: Params = { ...params };
  if (typeof params.kind === 'string' && READER_KINDS[params.kind]) out.kind = word(READER_KINDS[params.kind]!);
  const reason = params.reason;
  if (typeof reason === 'string') {
    const known = READER_REASONS[reason] ? word(READER_REASONS[reason]!) : patternReason(reason);
    if (known) out.reason = known;
  }
  return out;
}
