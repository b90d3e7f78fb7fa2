import { foldText } from './fold-text.js';
import { termMatcher, type Slots, type TermTable } from './match-terms.js';

/** The months a figure covers, inclusive: whole year = 1..12, nine months = 1..9, Q3 = 7..9. */
export interface Period {
  start: number;
  end: number;
}

export const WHOLE_YEAR: Period = { start: 1, end: 12 };

/** "MM-MM" of each period of months 1..12, made once: every figure carries its period's text. */
const PERIOD_TEXTS: string[] = [];
for (let start = 1; start <= 12; start++) for (let end = 1; end <= 12; end++) PERIOD_TEXTS[start * 13 + end] = periodText(start, end);

function periodText(start: number, end: number): string {
  return `${String(start).padStart(2, '0')}-${String(end).padStart(2, '0')}`;
}

export function formatPeriod(p: Period): string {
  const { start, end } = p;
  return (Number.isInteger(start) && Number.isInteger(end) && start >= 1 && start <= 12 && end >= 1 && end <= 12 ? PERIOD_TEXTS[start * 13 + end] : undefined) ?? periodText(start, end);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * How a wording's numbers make a period:
 * upto: January to month m (or n months); month: that month alone; quarter; last: the last n
 * months of the year; year: the whole year; range: months m to m2; h1/h2: half years;
 * ytd: "Lũy kế từ đầu năm", January to the report's month; current: "Thực hiện trong tháng",
 * the report's month alone (both need the report's period to be known); date: the date a letter
 * was written ("Nghệ An, ngày 05 tháng 8 năm 2024"), which is no period and hides the words in it.
 */
export type PeriodKind = 'upto' | 'month' | 'quarter' | 'last' | 'year' | 'range' | 'h1' | 'h2' | 'ytd' | 'current' | 'date';

/**
 * Period wordings found anywhere in a header, title or period cell (folded phrases, see
 * match-terms.ts). The longest wording found wins: "Lũy kế đến hết tháng 8" is January–August,
 * not the month of August.
 */
export const PERIOD_TERMS: TermTable<PeriodKind> = [
  ['ngay {d} thang {m} [nam {y}]', 'date'],
  ['ngay {d} {m} {y}', 'date'],
  ['(luy ke|lk) [tu dau nam] [den|toi] [het] [ngay {d}] thang {m}', 'upto'],
  ['(luy ke|lk) [tu dau nam] [den|toi] [het] [ngay] {d} {m} {y}', 'upto'],
  ['(luy ke|lk) [tu dau nam] [den|toi] [het] [ngay] {d} {m}', 'upto'],
  ['(luy ke|lk) [den|toi] [het] {n} thang', 'upto'],
  // "(Từ ngày 01/01/2024 đến ngày 30/6/2024)", "Số liệu đến 30/6/2024": from the first of a month
  // to a day of a later one (the day says no more than its month), or to a day from the year's start.
  ['tu [ngay] (01|1) {m} {y} (den|toi) [het] [ngay] {d} {m2} {y2}', 'range'],
  ['tu [ngay] (01|1) thang {m} [nam {y}] (den|toi) [het] [ngay] {d} thang {m2} [nam {y2}]', 'range'],
  ['tu dau nam (den|toi) [het] [ngay] {d} {m} {y}', 'upto'],
  ['(den|toi) [het] [ngay] {d} {m} {y}', 'upto'],
  ['(luy ke|lk) [tu dau nam]', 'ytd'],
  ['(luy ke|lk) tu dau nam [den nay]', 'ytd'],
  ['cumulative [to date]', 'ytd'],
  ['year to date', 'ytd'],
  ['ytd', 'ytd'],
  ['trong thang', 'current'],
  ['thang nay', 'current'],
  ['thang bao cao', 'current'],
  ['this month', 'current'],
  ['quy {q}', 'quarter'],
  ['q{q}', 'quarter'],
  ['quarter {q}', 'quarter'],
  ['{n} thang cuoi nam', 'last'],
  ['{n} thang [dau nam]', 'upto'],
  ['{n} months|month|m', 'upto'],
  ['thang {m}', 'month'],
  ['month {m}', 'month'],
  ['h1', 'h1'],
  ['first half', 'h1'],
  ['h2', 'h2'],
  ['second half', 'h2'],
  ['ca nam', 'year'],
  ['tong ket nam', 'year'],
  ['whole year', 'year'],
  ['full year', 'year'],
];

/** Wordings that are a period only as a whole cell ("Năm" in a period column, "01-09"). */
export const PERIOD_CELL_TERMS: TermTable<PeriodKind> = [
  ['{m} {m2}', 'range'],
  ['nam', 'year'],
  ['year', 'year'],
  ['annual', 'year'],
  ['fy', 'year'],
];

/**
 * Period wordings of sheet and file names ("T07-2024", "Thang07", "07.2024", "9T2024",
 * "9thang"), on top of the wordings above.
 */
export const PERIOD_NAME_TERMS: TermTable<PeriodKind> = [
  ['t{m} {y}', 'month'],
  ['t{m}', 'month'],
  ['{m} {y}', 'month'],
  ['{n}t{y}', 'upto'],
  ['{n}t', 'upto'],
  ['{n}th', 'upto'],
];

const IN_TEXT = termMatcher(PERIOD_TERMS);
const AS_CELL = termMatcher(PERIOD_CELL_TERMS);
const IN_NAME = termMatcher([...PERIOD_NAME_TERMS, ...PERIOD_TERMS]);

/** A period read from text, with what it rests on: relative periods need the report's month. */
export interface PeriodReading {
  kind: PeriodKind;
  /** Undefined for ytd and current until the report's period is known. */
  period?: Period;
  /** The wording matched (folded phrase of the table), for evidence. */
  phrase: string;
  /** The year a dated wording ends in ("đến ngày 30/6/2024"). */
  year?: number;
}

function valid(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12;
}

function toPeriod(kind: PeriodKind, s: Slots): Period | undefined {
  const n = s.m ?? s.n;
  switch (kind) {
    case 'upto': return valid(n) ? { start: 1, end: n } : undefined;
    case 'month': return valid(s.m) ? { start: s.m, end: s.m } : undefined;
    case 'quarter': return s.q && s.q >= 1 && s.q <= 4 ? { start: s.q * 3 - 2, end: s.q * 3 } : undefined;
    case 'last': return valid(s.n) ? { start: 13 - s.n, end: 12 } : undefined;
    case 'range': return valid(s.m) && valid(s.m2) && s.m <= s.m2 ? { start: s.m, end: s.m2 } : undefined;
    case 'year': return { ...WHOLE_YEAR };
    case 'h1': return { start: 1, end: 6 };
    case 'h2': return { start: 7, end: 12 };
    default: return undefined;
  }
}

function reading(hit: { value: PeriodKind; slots: Slots; phrase: string } | undefined): PeriodReading | undefined {
  if (!hit) return undefined;
  const period = toPeriod(hit.value, hit.slots);
  if (!period && hit.value !== 'ytd' && hit.value !== 'current') return undefined;
  const r: PeriodReading = period ? { kind: hit.value, period, phrase: hit.phrase } : { kind: hit.value, phrase: hit.phrase };
  const year = hit.slots.y2 ?? hit.slots.y;
  if (year !== undefined && hit.value !== 'date') r.year = year;
  return r;
}

/** The best period wording in a text (header, title, cell), relative ones included. */
export function readPeriod(text: string): PeriodReading | undefined {
  return reading(AS_CELL.whole(text)) ?? firstValid(IN_TEXT.all(text));
}

/** The best period wording in a sheet or file name. */
export function readPeriodInName(name: string): PeriodReading | undefined {
  return firstValid(IN_NAME.all(name));
}

function firstValid(hits: Array<{ value: PeriodKind; slots: Slots; phrase: string; index: number; length: number }>): PeriodReading | undefined {
  const dates = hits.filter((h) => h.value === 'date');
  for (const h of hits) {
    // Words inside a date are no period; a wording that opens before the date and runs into it
    // names its end ("Lũy kế đến ngày 31/8/2024", "Lũy kế đến ngày 31 tháng 8 năm 2024").
    if (h.value !== 'date' && dates.some((d) => h.index >= d.index && h.index < d.index + d.length)) continue;
    const r = reading(h);
    if (r) return r;
  }
  return undefined;
}

/**
 * The date a letter or its annex was written, as its year and month: "Nghệ An, ngày 05 tháng 8
 * năm 2024", "(Kèm theo Tờ trình số 45/TTr-SCT ngày 15/10/2024)". Undefined without a full date.
 */
export function writtenDate(text: string): { year: number; month: number } | undefined {
  for (const h of IN_TEXT.all(text)) {
    if (h.value !== 'date') continue;
    const year = Number(h.slots.y), month = Number(h.slots.m);
    if (year >= 1990 && year <= 2100 && month >= 1 && month <= 12) return { year, month };
  }
  return undefined;
}

/** A relative period (ytd, current) made definite by the report's period. */
export function resolvePeriod(r: PeriodReading, report: Period | undefined): Period | undefined {
  if (r.period) return r.period;
  if (!report) return undefined;
  return r.kind === 'ytd' ? { start: 1, end: report.end } : { start: report.end, end: report.end };
}

/**
 * Reads a period as written in a period column or inside a header: "9 tháng", "6 tháng đầu
 * năm", "Quý III", "Tháng 10", "Lũy kế đến tháng 10", "Lũy kế đến 31/8/2024", "Năm", "01-09",
 * "Q3", "H1", "9M". Returns undefined when the text names no definite period.
 */
export function parsePeriod(text: string): Period | undefined {
  return readPeriod(text)?.period;
}

/** A four-digit year 1990..2100 written in the text ("năm 2024", "KH2023", "2023"). */
export function parseYear(text: string): number | undefined {
  const m = foldText(text).match(/(?:^|[^0-9])((?:19|20|21)\d\d)(?![0-9])/);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1990 && y <= 2100 ? y : undefined;
}

/** A span of years "giai đoạn 2014 - 2018", "2016-2020": first and last year, never one of them alone. */
const SPAN = /(?:^|[^0-9])((?:19|20)\d\d)\s*(?:-|–|den|to)\s*((?:19|20)\d\d)(?![0-9])/;
const SPAN_THROUGH_PERIOD = /(?:^|[^0-9])((?:19|20)\d\d)\s*(?:-|–|den|to)\s*(?:(?:\d{1,2}\s*thang(?:\s*dau)?|thang\s*\d{1,2}|quy\s*(?:i{1,3}|iv|[1-4]))\s*(?:nam\s*)?)?((?:19|20)\d\d)(?![0-9])/;

export function parseYearSpan(text: string, options: { throughPeriod?: boolean } = {}): { from: number; to: number } | undefined {
  // In a column header, a span may end part-way through its last year: "Lũy kế 2021 - 9 tháng 2024".
  const re = options.throughPeriod ? SPAN_THROUGH_PERIOD : SPAN;
  const m = foldText(text).match(re);
  if (!m) return undefined;
  const from = Number(m[1]), to = Number(m[2]);
  return to > from ? { from, to } : undefined;
}
