import type { Measure, RatioMeasure } from '../ledger/schema.js';
import type { RawFinding } from '../findings/types.js';
import { period as periodParam, word } from '../findings/params.js';
import type { ColumnMeaning } from './interpret-header.js';
import { evidence, type Certainty, type Evidence, type EvidenceKey } from '../ledger/doubt.js';
import { cleanText, foldText } from '../reference/fold-text.js';
import { formatPeriod, parseYear, parseYearSpan, readPeriod, readPeriodInName, resolvePeriod, samePeriod, WHOLE_YEAR, writtenDate, type Period, type PeriodReading } from '../reference/periods.js';
import { findProvinceIn, matchHistoricalProvince, provinceListFor, type Province, type ProvinceList } from '../reference/provinces.js';
import { findUnitIn, isUnitLine, parseUnit, type Unit } from '../reference/units.js';
import { programmeOfTitle } from '../reference/vocabulary/programmes.js';
import { regionIn, type RegionName } from '../reference/vocabulary/regions.js';
import { isNationalTitle, isRatesTitle, isReportTitle, nameMeasure, titleMeasure } from '../reference/vocabulary/title-words.js';

/** Where a title fact was read: the lines above the table, the sheet name, the file name. */
/** Where a title fact was read; 'workbook': on another sheet of the same workbook (workbook-facts.ts). */
export type FactSource = 'title' | 'sheet' | 'file' | 'columns' | 'workbook';

/** Facts stated above the table or in the file or sheet name: they apply to every row unless a column says otherwise. */
export interface TitleFacts {
  year?: number;
  /** With `year`, a report of a span of years ("GIAI ĐOẠN 2016 - 2020"): its last year. */
  yearTo?: number;
  period?: Period;
  unit?: Unit;
  /** The reporting province of a province form ("UBND TỈNH NGHỆ AN", "… - TRÀ VINH", "80-Long-An-9T2024"). */
  province?: Province;
  /** A table of indices or rates ("Index of industrial production"): nothing in it is summed. */
  rates?: boolean;
  /** A ministry's or agency's national table (BỘ TÀI CHÍNH, CỤC …): no province is owed. */
  national?: boolean;
  /** The region a multi-province table's title names ("… CÁC TỈNH, THÀNH PHỐ KHU VỰC PHÍA BẮC"). */
  region?: RegionName;
  /** What the figures are when the columns do not say: DỰ TOÁN/KẾ HOẠCH → plan, QUYẾT TOÁN → settled. */
  measure?: Exclude<Measure, RatioMeasure>;
  /** The one programme a report covers, from its title ("BÁO CÁO … KHUYẾN CÔNG ĐỊA PHƯƠNG"). */
  program?: 'KCQG' | 'KCDP';
  lines: string[];
  /** Years the title reports whole beside the report's own ("NĂM 2017 VÀ 6 THÁNG ĐẦU NĂM 2018": 2017). */
  wholeYears?: number[];
  /** The period is the whole year only because the title names its year and no months ("… NĂM 2024"). */
  yearOnly?: boolean;
  /** Where each fact was read, for `inspect`. */
  sources?: Partial<Record<'year' | 'period' | 'province' | 'unit' | 'program', FactSource>>;
  /** What the title says that a finding must report (a period stated two ways, a province of the other list). */
  notes?: TitleNote[];
  /** How each fact was decided: how sure, and from what (for `inspect`). */
  decided?: TitleDecisions;
}

export type TitleFact = 'year' | 'period' | 'unit' | 'province' | 'program';
export type TitleDecisions = Partial<Record<TitleFact, { certainty: Certainty; evidence: Evidence }>>;

/** Records how a title fact was decided. */
export function decideFact(facts: TitleFacts, fact: TitleFact, certainty: Certainty, key: EvidenceKey, values?: Record<string, string | number>): void {
  (facts.decided ??= {})[fact] = { certainty, evidence: evidence(key, values) };
}

/** The evidence key of a fact read from the title, the sheet name or the file name. */
function fromKey(from: FactSource): EvidenceKey {
  return from === 'title' ? 'from-title' : from === 'sheet' ? 'from-sheet' : from === 'file' ? 'from-file' : from === 'workbook' ? 'from-other-sheet' : 'from-columns';
}

export type TitleNote =
  | { code: 'period-conflict'; chosen: string; chosenFrom: FactSource; other: string; otherFrom: FactSource; year?: number }
  | { code: 'period-from-name'; chosen: string; chosenFrom: FactSource; year: number }
  | { code: 'province-other-list'; text: string; name: string; other: ProvinceList; list: ProvinceList; period: string; year?: number };

/** "Nghệ An, ngày 05 tháng 8 năm 2024": the date the letter was written, never the period reported. */
export function isDateLine(line: string): boolean {
  return /^[^,]{0,40},\s*ngay\b/.test(foldText(line)) || /^ngay\s+\S+\s+thang\b/.test(foldText(line));
}

/** The file's base name without folders and extension, underscores as spaces. */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ');
}

interface PeriodClaim {
  reading: PeriodReading;
  period: Period;
  from: FactSource;
  text: string;
}

function span(p: Period): number {
  return p.end - p.start;
}

/** The period claims of the title lines, the sheet name and the file name, in that order. */
function periodClaims(lines: string[], sheetName: string, base: string): PeriodClaim[] {
  const claims: PeriodClaim[] = [];
  for (const line of lines) {
    if (isDateLine(line) || isUnitLine(line)) continue;
    const r = readPeriod(line);
    if (r?.period && r.kind !== 'ytd' && r.kind !== 'current') {
      claims.push({ reading: r, period: r.period, from: 'title', text: line });
      break;
    }
  }
  for (const [name, from] of [[sheetName, 'sheet'], [base, 'file']] as const) {
    // A CSV's one sheet is named after its file: the file name states it.
    if (from === 'sheet' && name.replace(/[_]+/g, ' ') === base) continue;
    const r = readPeriodInName(name);
    if (r?.period) claims.push({ reading: r, period: r.period, from, text: name });
  }
  return claims;
}

/**
 * The report's period. What the title states wins: the document declares it ("BÁO CÁO 9
 * THÁNG" in a file named "…-Q3" is the nine months to September). Where the title names no
 * months ("… NĂM 2024" states the year), the sheet or file name gives the period, the most
 * specific first (July over the year). A statement that ends in another month than the one used
 * is noted once (a quarter and the months to its end agree: both end in September).
 */
function decidePeriod(facts: TitleFacts, claims: PeriodClaim[], yearOnlyTitle: boolean): void {
  if (!claims.length) {
    if (yearOnlyTitle) {
      facts.period = { ...WHOLE_YEAR };
      facts.yearOnly = true;
      decideFact(facts, 'period', 'weak', 'period-year-only');
    }
    return;
  }
  const fromTitle = claims.find((c) => c.from === 'title');
  const best = fromTitle ?? [...claims].sort((a, b) => span(a.period) - span(b.period))[0]!;
  facts.period = best.period;
  (facts.sources ??= {}).period = best.from;
  decideFact(facts, 'period', 'certain', fromKey(best.from), { text: best.text });
  const other = claims.find((c) => c !== best && c.period.end !== best.period.end);
  // "… NĂM 2024" over a sheet named "T07-2024": the month wins, and that is said once (info).
  if (!fromTitle && yearOnlyTitle && facts.year !== undefined && span(best.period) < 11 && !other) {
    (facts.notes ??= []).push({ code: 'period-from-name', chosen: formatPeriod(best.period), chosenFrom: best.from, year: facts.year });
  }
  if (other) {
    decideFact(facts, 'period', 'conflicting', 'period-conflict', { chosen: formatPeriod(best.period), chosenFrom: best.from, other: formatPeriod(other.period), otherFrom: other.from });
    const note: TitleNote = { code: 'period-conflict', chosen: formatPeriod(best.period), chosenFrom: best.from, other: formatPeriod(other.period), otherFrom: other.from };
    if (facts.year !== undefined) note.year = facts.year;
    (facts.notes ??= []).push(note);
  }
  void samePeriod;
}

/** The reporting province: every title cell in order (letterhead, title, subtitle), then the sheet name, then the file name. */
function decideProvince(facts: TitleFacts, lines: string[], sheetName: string, base: string): void {
  const list = provinceListFor(facts.year, facts.period?.end ?? 12);
  const sources: Array<[string, FactSource]> = [
    ...lines.filter((l) => !isDateLine(l)).map((l) => [l, 'title'] as [string, FactSource]),
    [sheetName, 'sheet'],
    [base, 'file'],
  ];
  // A plan for 2025 written in October 2024 names the province as it then was.
  const written = lines.map(writtenDate).find((d) => d !== undefined);
  const listWritten = written ? provinceListFor(written.year, written.month) : list;
  for (const [text, from] of sources) {
    const found = findProvinceIn(text, list);
    if (!found) continue;
    const hit = found.otherList && found.province.list === listWritten ? { ...found, otherList: false } : found;
    facts.province = hit.province;
    (facts.sources ??= {}).province = from;
    decideFact(facts, 'province', 'certain', fromKey(from), { text: cleanText(text) });
    if (hit.otherList) {
      decideFact(facts, 'province', 'weak', 'province-other-list', { text: cleanText(text), other: hit.province.list, list });
      const note: TitleNote = { code: 'province-other-list', text: cleanText(text), name: hit.province.name, other: hit.province.list, list, period: facts.period ? formatPeriod(facts.period) : '' };
      if (facts.year !== undefined) note.year = facts.year;
      (facts.notes ??= []).push(note);
    }
    return;
  }
  void matchHistoricalProvince;
}

/**
 * A second unit line above the table: where it states money in another scale than the first
 * ("Đơn vị tính: triệu đồng" in the letterhead, "ĐVT: nghìn đồng" over the table), the unit is
 * in conflict: the first is kept, and what rests on it across reports is uncertain. A line that
 * names what it applies to ("ĐVT số lượng: người") or agrees is no conflict.
 */
function otherUnitLine(facts: TitleFacts, u: Unit, line: string): void {
  const first = facts.unit;
  if (first?.kind !== 'money' || u.kind !== 'money' || u.exponent === first.exponent) return;
  if (facts.decided?.unit?.certainty === 'conflicting') return;
  decideFact(facts, 'unit', 'conflicting', 'unit-conflict', { chosen: first.written, other: cleanText(line) });
}

/** Title facts from the lines above the header, and where they are silent, the sheet and file names. */
export function readTitleFacts(lines: string[], fileName: string, sheetName = ''): TitleFacts {
  const facts: TitleFacts = { lines };
  let yearOnlyTitle = false;
  for (const line of lines) {
    if (isDateLine(line)) continue;
    if (isUnitLine(line)) {
      const u = findUnitIn(line);
      if (u && !facts.unit) {
        facts.unit = u;
        (facts.sources ??= {}).unit = 'title';
        decideFact(facts, 'unit', 'certain', 'from-title', { text: line });
      } else if (u) otherUnitLine(facts, u, line);
    }
    // A line that is only a unit, with its English gloss: "Triệu đồng - In millions of dong".
    if (!facts.unit) {
      const u = parseUnit(line.split(/\s+[-–]\s+/)[0]!.trim());
      if (u?.kind === 'money') {
        facts.unit = u;
        (facts.sources ??= {}).unit = 'title';
        decideFact(facts, 'unit', 'certain', 'from-title', { text: line });
      }
    }
    if (facts.year === undefined && isReportTitle(line)) {
      const beside = yearBesideSpan(line);
      const span = beside === undefined ? parseYearSpan(line) : undefined;
      const two = span || beside !== undefined ? undefined : latestOfTwo(line);
      const y = beside ?? span?.from ?? two?.year ?? parseYear(line);
      if (y !== undefined) {
        facts.year = y;
        if (two?.whole !== undefined) facts.wholeYears = [two.whole];
        if (span) facts.yearTo = span.to;
        (facts.sources ??= {}).year = 'title';
        decideFact(facts, 'year', 'certain', 'from-title', { text: line });
        const t = foldText(line);
        if ((/\bnam (19|20)\d\d\b/.test(t) && !readPeriod(line)) || span) yearOnlyTitle = true;
      }
    }
    if (isNationalTitle(line)) facts.national = true;
    if (!facts.region) {
      const r = regionIn(line);
      if (r) facts.region = r;
    }
    if (!facts.measure) {
      const m = titleMeasure(line);
      if (m) facts.measure = m;
    }
    if (!facts.program) {
      const p = programmeOfTitle(line);
      if (p) {
        facts.program = p;
        (facts.sources ??= {}).program = 'title';
        decideFact(facts, 'program', 'certain', 'from-title', { text: line });
      }
    }
    // Indices and rates do not add up: their figures are read as rates, never summed.
    if (isRatesTitle(line)) facts.rates = true;
  }
  // "(Từ ngày 01/01/2024 đến ngày 30/6/2024)" under a title that names no year: the year it ends in.
  if (facts.year === undefined) {
    for (const line of lines) {
      if (isDateLine(line) || isUnitLine(line)) continue;
      const y = readPeriod(line)?.year;
      if (y === undefined) continue;
      facts.year = y;
      (facts.sources ??= {}).year = 'title';
      decideFact(facts, 'year', 'certain', 'from-title', { text: line });
      break;
    }
  }
  const base = baseName(fileName);
  if (!facts.measure) {
    const m = nameMeasure(base);
    if (m === 'plan' || m === 'settled') facts.measure = m;
  }
  if (facts.year === undefined) {
    const fromFile = parseYear(base);
    const y = fromFile ?? parseYear(sheetName);
    const span = parseYearSpan(fromFile !== undefined ? base : sheetName);
    if (y !== undefined) {
      facts.year = y;
      if (span?.from === y) facts.yearTo = span.to;
      (facts.sources ??= {}).year = fromFile !== undefined ? 'file' : 'sheet';
      decideFact(facts, 'year', 'certain', fromFile !== undefined ? 'from-file' : 'from-sheet', { text: fromFile !== undefined ? base : sheetName });
    }
  }
  decidePeriod(facts, periodClaims(lines, sheetName, base), yearOnlyTitle);
  if (!facts.national) decideProvince(facts, lines, sheetName, base);
  return facts;
}

/**
 * Columns headed "Lũy kế từ đầu năm" or "Thực hiện trong tháng" cover January to the report's
 * month, or the month itself: they take the report's period from the title, sheet or file name.
 */
export function resolveColumnPeriods(columns: Array<{ meaning: ColumnMeaning }>, title: TitleFacts): void {
  for (const c of columns) {
    const m = c.meaning;
    if ((m.kind !== 'amount' && m.kind !== 'ratio') || m.period || !m.periodRel) continue;
    const p = resolvePeriod({ kind: m.periodRel, phrase: '' }, title.period);
    if (p) m.period = p;
  }
}

/**
 * A title that names the report's year beside a programme's span of years ("… 9 THÁNG NĂM 2024 VÀ
 * GIAI ĐOẠN 2021 - 2025"): the report is of that year; the span is its columns' business.
 */
function yearBesideSpan(line: string): number | undefined {
  const span = parseYearSpan(line);
  if (!span) return undefined;
  const years = (foldText(line).match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
  for (const end of [span.from, span.to]) {
    const i = years.indexOf(end);
    if (i >= 0) years.splice(i, 1);
  }
  return years.length === 1 ? years[0] : undefined;
}

/**
 * A title of two periods, "NĂM 2017 VÀ 6 THÁNG ĐẦU NĂM 2018": the report is of the later (its
 * months are the report's period); the earlier year's columns say "Năm 2017".
 */
function latestOfTwo(line: string): { year: number; whole?: number } | undefined {
  const m = foldText(line).match(/\b(nam )?((?:19|20)\d\d)\b(?:( (?:va|and))\b|.*\b(?:va|and)\b).*\b((?:19|20)\d\d)\b/);
  if (!m) return undefined;
  const a = Number(m[2]), b = Number(m[4]);
  if (b <= a) return undefined;
  // "năm 2017 và …": the earlier year is named whole, no months between it and "và".
  return m[1] && m[3] ? { year: b, whole: a } : { year: b };
}

/**
 * A title that names only its year ("BÁO CÁO … NĂM 2024") over columns that say "Thực hiện 9
 * tháng năm 2024": the report is of the months its columns of this year's actuals cover.
 */
export function periodFromColumns(columns: Array<{ meaning: ColumnMeaning }>, title: TitleFacts): void {
  if (!title.yearOnly) return;
  let best: Period | undefined;
  for (const { meaning: m } of columns) {
    if (m.kind !== 'amount' || !m.period || m.yearOffset) continue;
    if (m.measure !== 'actual' && m.measure !== 'estimate' && m.measure !== 'disbursed') continue;
    if (m.year !== undefined && m.year !== title.year) continue;
    if (!best || m.period.end > best.end) best = m.period;
  }
  if (!best) {
    wholeYearFromColumns(columns, title);
    return;
  }
  if (best.end === 12) return;
  title.period = { start: 1, end: best.end };
  delete title.yearOnly;
  (title.sources ??= {}).period = 'columns';
  decideFact(title, 'period', 'certain', 'from-columns');
}

/**
 * A title that names only its year ("BÁO CÁO … NĂM 2017") over an actual column that names the
 * same year and no months ("Thực hiện năm 2017"), no column naming months: the table states the
 * whole year twice, and the period is certain.
 */
function wholeYearFromColumns(columns: Array<{ meaning: ColumnMeaning }>, title: TitleFacts): void {
  const named = columns.some(({ meaning: m }) => m.kind === 'amount' && m.measure === 'actual' && m.yearNamed && m.year === title.year && !m.yearOffset);
  if (!named) return;
  (title.sources ??= {}).period = 'columns';
  decideFact(title, 'period', 'certain', 'from-columns');
}

/** The findings a sheet's title facts call for, once per sheet. */
export function titleFindings(title: TitleFacts, where: { file: string; sheet: string }): RawFinding[] {
  return (title.notes ?? []).map((n): RawFinding => {
    if (n.code === 'period-conflict') {
      const src = (f: FactSource) => word(`source-${f}`);
      return { code: n.code, params: { chosen: periodParam(n.chosen, n.year), chosenFrom: src(n.chosenFrom), other: periodParam(n.other, n.year), otherFrom: src(n.otherFrom) }, location: { ...where } };
    }
    if (n.code === 'period-from-name') return { code: n.code, params: { chosen: periodParam(n.chosen, n.year), chosenFrom: word(`source-${n.chosenFrom}`), year: n.year }, location: { ...where } };
    return { code: n.code, params: { text: n.text, name: n.name, other: n.other, list: n.list, period: periodParam(n.period, n.year) }, location: { ...where } };
  });
}
