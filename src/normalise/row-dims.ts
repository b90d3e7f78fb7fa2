import type { Cell, Row } from '../read/grid.js';
import { period as periodParam, word } from '../findings/params.js';
import type { LedgerEntry, Measure } from '../ledger/schema.js';
import { DOUBT, type EvidenceKey } from '../ledger/doubt.js';
import { isOfWhichLabel, isTotalLabel } from '../layout/interpret-header.js';
import { activityByCode, matchActivity } from '../reference/activities.js';
import { foldText } from '../reference/fold-text.js';
import { memoText, recentText } from '../reference/memo.js';
import { formatPeriod, parsePeriod, parseYear, parseYearSpan, type Period } from '../reference/periods.js';
import { findProvinceIn, matchHistoricalProvince, matchProvince, provinceByCode, provinceListFor, type ProvinceList } from '../reference/provinces.js';
import { namesFormerArea } from '../reference/vocabulary/labels.js';
import { parseUnit, type Unit } from '../reference/units.js';
import { cellOf, noteOf, textOf, type ColumnIndex } from './column-index.js';
import { sectionProgram, type RowPlacement } from './place-row.js';
import type { SheetFindings } from './sheet-context.js';
import { parseLevel, parseMeasure, parseProgram } from './vocabulary.js';

/** Step 5: what a row is about — province, year, period, programme, line — before its figures. */
export interface RowDims {
  provinceCode: string;
  province: string;
  year: number;
  /** With `year`, the last year of the span the title states ("giai đoạn 2016 - 2020"). */
  yearTo?: number;
  /** Undefined when neither a column nor the title states it: only figures that need it fail. */
  period: Period | undefined;
  program: 'KCQG' | 'KCDP' | '';
  activity: string;
  line: string;
  label: string;
  level: LedgerEntry['level'];
  ofWhich: boolean;
  rowUnit?: Unit;
  rowMeasure?: { measure: Measure; yearOffset?: number };
  /** Forms and summaries: the row's place in the STT hierarchy. */
  rowPath?: string[];
  rowTotal?: boolean;
  rowScope?: string;
  provinceList?: '63' | '34';
  /** A footnote mark on the row's label ("TỔNG SỐ - TOTAL (1)"). */
  note?: string;
  /** DOUBT flags of the row's reading (ledger/doubt.ts). */
  doubt?: number;
  /** Which of the row's year and period are the sheet's (its title's), not its own columns': DOUBT.yearWeak / periodWeak bits. */
  fromSheet?: number;
  /** A total whose label names its parts ("Tổng số (A+B+C)"): their row keys. */
  sumRows?: string[];
  /** Long exports: what the row's level was read from (a level column, an activity code, its label, no line named), for `inspect`. */
  levelWhy?: LevelEvidence;
}

/** What a long export's row level is read from. */
export type LevelEvidence = Extract<EvidenceKey, 'row-level-column' | 'row-activity-code' | 'row-label' | 'row-total-label' | 'row-no-line'>;

/** The row's own unit from a ĐVT column, if any; false (and a finding) when it is not a unit. */
function readRowUnit(row: Row, dims: RowDims, index: ColumnIndex, out: SheetFindings): boolean {
  const unitText = textOf(row, index.dims.unit);
  if (!unitText) return true;
  const u = rowUnitOf(unitText);
  if (!u) {
    out.finding({ code: 'unit-unknown', params: { unit: unitText }, location: out.at(cellOf(row, index.dims.unit)!) });
    return false;
  }
  dims.rowUnit = u;
  return true;
}

interface ProvinceRead {
  provinceCode: string;
  province: string;
  historical: boolean;
  list?: '63' | '34';
}

/** A long row's province, from a code column or a name column. */
function readRowProvince(row: Row, index: ColumnIndex, out: SheetFindings, year: number | undefined, period: Period | undefined): ProvinceRead | undefined {
  const cols = index.dims;
  const provinceText = textOf(row, cols.province);
  const codeText = textOf(row, cols.provinceCode);
  const list = provinceListFor(year, period?.end ?? 12);
  if (codeText && /^\d{1,2}$/.test(codeText)) {
    const p = provinceByCode(codeText, list);
    if (!p) {
      out.finding({ code: 'province-unknown', params: { text: codeText }, location: out.at(cellOf(row, cols.provinceCode)!) });
      return undefined;
    }
    return { provinceCode: p.code, province: p.name, historical: false, list: p.list };
  }
  if (provinceText && !totalLabel(provinceText)) {
    const m = matchProvince(provinceText, list);
    if (!m) {
      const historical = matchHistoricalProvince(provinceText, year);
      if (!historical) {
        out.finding({ code: 'province-unknown', params: { text: provinceText }, location: out.at(cellOf(row, cols.province)!) });
        return undefined;
      }
      return { provinceCode: '', province: historical, historical: true };
    }
    if (m.otherList) {
      out.once(`other-list:${m.province.code}:${provinceText}`, {
        code: 'province-other-list',
        params: { text: provinceText, name: m.province.name, other: m.province.list, list, period: periodParam(period ? formatPeriod(period) : '', year ?? undefined) },
        location: out.at(cellOf(row, cols.province)!),
      });
    }
    return { provinceCode: m.province.code, province: m.province.name, historical: false, list: m.province.list };
  }
  return { provinceCode: '', province: provinceText, historical: false };
}

/** A long row's unit, period, programme and measure: each column takes turns among a few texts, read once each. */
const rowUnitOf = recentText(parseUnit);
const rowPeriodOf = recentText(parsePeriod);
const rowProgramOf = recentText(parseProgram);
const rowMeasureOf = recentText(parseMeasure);

/** A year cell read once per text (its span, else its year): the same year repeats on every row of an export. */
const yearOfCell = memoText((text: string): { year: number | undefined; to: number | undefined } => {
  const span = parseYearSpan(text);
  return { year: span?.from ?? parseYear(text), to: span?.to };
});
/** Label tests read once per text, as the labels repeat on every province's rows. */
const totalLabel = memoText(isTotalLabel);
const ofWhichLabel = memoText(isOfWhichLabel);

/** The activity code a line label names ('' for none): the same labels repeat on every province's rows. */
const activityOfLabel = memoText((label: string): string => matchActivity(label)?.code ?? '');

/** Dimensions of a long-export row: each from its own column, else from the title. */
export function longRowDims(row: Row, first: Cell, index: ColumnIndex, out: SheetFindings): RowDims | undefined {
  const { layout, dims: cols } = index;
  const yearText = textOf(row, cols.year);
  let year = layout.title.year;
  let yearTo = layout.title.yearTo;
  if (yearText) {
    const { year: y, to } = yearOfCell(yearText);
    yearTo = to;
    if (y === undefined) {
      out.finding({ code: 'value-unknown', params: { text: yearText, what: word('value-year') }, location: out.at(cellOf(row, cols.year)!) });
      return undefined;
    }
    year = y;
  }
  const periodText = textOf(row, cols.period);
  let period = layout.title.period;
  if (periodText) {
    const p = rowPeriodOf(periodText);
    if (!p) {
      out.finding({ code: 'period-unknown', params: { text: periodText }, location: out.at(cellOf(row, cols.period)!) });
      return undefined;
    }
    period = p;
  }
  const programText = textOf(row, cols.program);
  // A form that covers one programme says so in its title: its figures are that programme's.
  const program = programText ? rowProgramOf(programText) : layout.title.program ?? '';
  if (program === undefined) {
    out.finding({ code: 'value-unknown', params: { text: programText, what: word('value-programme') }, location: out.at(cellOf(row, cols.program)!) });
    return undefined;
  }
  const label = textOf(row, cols.label);
  const prov = readRowProvince(row, index, out, year, period);
  if (!prov) return undefined;
  const codeCell = textOf(row, cols.activity);
  let activity = '';
  let line: string;
  const totalLine = (!codeCell && !label) || (label !== '' && totalLabel(label) && !codeCell);
  if (codeCell) {
    const a = activityByCode(codeCell);
    activity = a?.code ?? codeCell;
    line = activity;
  } else if (totalLine) {
    line = '';
  } else {
    activity = activityOfLabel(label);
    line = foldText(label);
  }
  const levelText = textOf(row, cols.level);
  let level: LedgerEntry['level'] | undefined;
  const levelWhy: LevelEvidence = levelText ? 'row-level-column' : codeCell ? 'row-activity-code' : !totalLine ? 'row-label' : label ? 'row-total-label' : 'row-no-line';
  if (levelText) {
    level = parseLevel(levelText);
    if (!level) {
      out.finding({ code: 'value-unknown', params: { text: levelText, what: word('value-level') }, location: out.at(cellOf(row, cols.level)!) });
      return undefined;
    }
  } else {
    const isProvince = prov.provinceCode !== '' || prov.historical;
    level = line !== '' ? 'item' : !isProvince ? 'total' : program === '' ? 'total' : 'subtotal';
  }
  if (year === undefined) {
    out.once('year-missing', { code: 'year-missing', params: { detail: word(cols.year ? 'none' : 'year-no-column') }, location: out.at(first) });
    return undefined;
  }
  const dims: RowDims = { provinceCode: prov.provinceCode, province: prov.province, year, period, program, activity, line, label, level, ofWhich: ofWhichLabel(label), levelWhy };
  const fromSheet = (yearText ? 0 : DOUBT.yearWeak) | (periodText ? 0 : DOUBT.periodWeak);
  if (fromSheet) dims.fromSheet = fromSheet;
  if (yearTo !== undefined) dims.yearTo = yearTo;
  if (prov.list) dims.provinceList = prov.list;
  const note = noteOf(row, cols.label ?? cols.province);
  if (note) dims.note = note;
  if (!readRowUnit(row, dims, index, out)) return undefined;
  const measureText = textOf(row, cols.measure);
  if (measureText) {
    const m = rowMeasureOf(measureText);
    if (!m) {
      out.finding({ code: 'value-unknown', params: { text: measureText, what: word('value-measure') }, location: out.at(cellOf(row, cols.measure)!) });
      return undefined;
    }
    dims.rowMeasure = m;
  }
  return dims;
}

interface BandProvince {
  provinceCode: string;
  province: string;
  list?: '63' | '34';
}

/** A summary row's province: its label, unless it is a total or a section (region). */
function summaryProvince(row: Row, first: Cell, p: RowPlacement, index: ColumnIndex, out: SheetFindings, year: number, period: Period | undefined): BandProvince | undefined {
  const { role } = p.placed;
  const label = p.label;
  const list = provinceListFor(year, period?.end ?? 12);
  const at = out.at(cellOf(row, index.labelCol) ?? first);
  const hit = role.kind === 'total' || role.kind === 'section' ? undefined : matchProvince(label, list);
  if (hit) {
    if (hit.otherList) {
      out.once(`other-list:${hit.province.code}:${label}`, {
        code: 'province-other-list',
        params: { text: label, name: hit.province.name, other: hit.province.list, list, period: periodParam(period ? formatPeriod(period) : '', year) },
        location: at,
      });
    }
    return { provinceCode: hit.province.code, province: hit.province.name, list: hit.province.list };
  }
  if (role.kind === 'line' || role.kind === 'subline') {
    const historical = matchHistoricalProvince(label, year);
    if (!historical) {
      out.finding({ code: 'province-unknown', params: { text: label }, location: at });
      return undefined;
    }
    return { provinceCode: '', province: historical };
  }
  return { provinceCode: '', province: label };
}

/** A section naming a province other than the form's own, or the form's own as it was before a merger: an area of the form. */
function namesArea(label: string, own: { code: string; list: ProvinceList } | undefined): boolean {
  const hit = findProvinceIn(label, own?.list ?? '63');
  return !!hit && (hit.province.code !== own?.code || hit.otherList || namesFormerArea(label));
}

/** Dimensions of a form or summary row: province from the title (form) or the row (summary), roles from STT. */
export function bandRowDims(row: Row, first: Cell, p: RowPlacement, index: ColumnIndex, out: SheetFindings): RowDims | undefined {
  const { layout } = index;
  const year = layout.title.year;
  if (year === undefined) {
    out.once('year-missing', { code: 'year-missing', params: { detail: word('year-none-in-title') }, location: out.whole });
    return undefined;
  }
  const period = layout.title.period;
  const { placed, label } = p;
  const role = placed.role;
  let prov: BandProvince = { provinceCode: '', province: '' };
  let line = '';
  let activity = '';
  if (layout.kind === 'summary') {
    const s = summaryProvince(row, first, p, index, out, year, period);
    if (!s) return undefined;
    prov = s;
  } else {
    const tp = layout.title.province;
    if (tp) prov = { provinceCode: tp.code, province: tp.name, list: tp.list };
    else if (!layout.title.national) out.once('province-missing', { code: 'province-missing', params: {}, location: out.whole });
    if (role.kind === 'section' && sectionProgram(label) !== undefined) {
      // "I. KHUYẾN CÔNG QUỐC GIA": the programme's total, the same fact a regional summary states;
      // under an area's section ("Địa bàn tỉnh Quảng Bình (cũ)" in a province merged in 2025), that area's.
      line = placed.pathLabels.filter((l) => namesArea(l, tp)).map((x) => foldText(x)).join(' > ');
    } else if (role.kind !== 'total') {
      const codeCell = textOf(row, index.dims.activity);
      activity = (codeCell ? activityByCode(codeCell)?.code ?? codeCell : matchActivity(label)?.code) ?? '';
      // A line is known by its place: "đào tạo nghề" under KCQG and under KCĐP are two lines.
      line = [...placed.pathLabels, label || textOf(row, index.dims.stt)].map((x) => foldText(x)).filter(Boolean).join(' > ');
    }
  }
  const dims: RowDims = {
    provinceCode: prov.provinceCode, province: prov.province, year, period, program: placed.program ?? layout.title.program ?? '', activity, line, label,
    level: role.kind === 'total' ? 'total' : role.kind === 'section' ? 'subtotal' : 'item',
    ofWhich: placed.ofWhich, rowPath: placed.path, fromSheet: DOUBT.yearWeak | DOUBT.periodWeak,
  };
  if (layout.title.yearTo !== undefined) dims.yearTo = layout.title.yearTo;
  if (role.kind === 'total') dims.rowTotal = true;
  if (placed.inferred) dims.doubt = DOUBT.rowWeak;
  if (placed.sumRows) {
    // Each running total is its own fact: "Tổng số (A+B+C)" and "Tổng số (A+B+C+D)" differ.
    dims.sumRows = placed.sumRows;
    dims.line = foldText(label);
  }
  if (prov.list) dims.provinceList = prov.list;
  if (placed.scope) dims.rowScope = placed.scope;
  const note = noteOf(row, index.labelCol);
  if (note) dims.note = note;
  if (!readRowUnit(row, dims, index, out)) return undefined;
  return dims;
}
