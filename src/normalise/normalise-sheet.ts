import { cellAddress, type Cell, type Row } from '../read/grid.js';
import type { RawFinding } from '../findings/types.js';
import type { ColumnSpec, Layout } from '../layout/detect-layout.js';
import { isOfWhichLabel, isTotalLabel } from '../layout/interpret-header.js';
import type { FactRef, LedgerEntry, Measure, SourceRef } from '../ledger/schema.js';
import { isRatioMeasure } from '../ledger/schema.js';
import { parseDec, shift } from '../ledger/money.js';
import { activityByCode, matchActivity } from '../reference/activities.js';
import { cleanText, foldText, stripEnglishGloss } from '../reference/fold-text.js';
import { formatPeriod, parsePeriod, parseYear, WHOLE_YEAR, type Period } from '../reference/periods.js';
import { matchHistoricalProvince, matchProvince, provinceByCode, provinceListFor } from '../reference/provinces.js';
import { ledgerUnit, parseUnit, type Unit } from '../reference/units.js';
import { inStyle, readNumberText, styleEvidence, type NumberReading, type NumberStyle } from './parse-number.js';
import { isFooterText, parseLevel, parseMeasure, parseProgram } from './vocabulary.js';
import { classifyRow, RowHierarchy, type PlacedRow } from '../layout/row-roles.js';

export interface NormaliseOptions {
  file: string;
  sheet: string;
  /** A style to use where a text figure stays ambiguous; 'auto' leaves it a finding. */
  numberStyle: 'auto' | NumberStyle;
}

export interface NormaliseSink {
  entry(e: LedgerEntry): void;
  finding(f: RawFinding): void;
}

export interface NormaliseStats {
  rows: number;
  entries: number;
  /** Style decided per figure column (by header address), for `inspect` and tests. */
  styles: Record<string, NumberStyle | 'undecided' | 'numeric'>;
  /** Forms and summaries: each row's role as placed (first rows only), for `inspect`. */
  roles: Array<{ row: number; stt: string; label: string; kind: string; level: number; depth: number; ofWhich: boolean; program: string }>;
}

const ROLES_KEPT = 300;

/** How many data rows are held back to gather number-style evidence before streaming on. */
const EVIDENCE_ROWS = 2000;

type Figure = { col: ColumnSpec; cell: Cell };
type AmountRef = { spec: ColumnSpec; ref: FactRef; program: 'KCQG' | 'KCDP' | '' };

/** The programme a section row names: "I. KHUYẾN CÔNG QUỐC GIA" → KCQG. */
function sectionProgram(label: string): 'KCQG' | 'KCDP' | undefined {
  const t = foldText(label);
  // Khuyến công wording only: a budget table's "ngân sách trung ương" is no programme.
  if (t.split(' ').length > 9) return undefined;
  if (/\bkcqg\b|khuyen cong quoc gia|chuong trinh khuyen cong quoc gia/.test(t)) return 'KCQG';
  if (/\bkcdp\b|khuyen cong dia phuong|chuong trinh khuyen cong dia phuong/.test(t)) return 'KCDP';
  return undefined;
}

interface RowDims {
  provinceCode: string;
  province: string;
  year: number;
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
}

function isFigureSpec(c: ColumnSpec): boolean {
  return c.meaning.kind === 'amount' || c.meaning.kind === 'value' || c.meaning.kind === 'ratio';
}

/** Decimal places a number format shows ("#,##0.00" → 2, "0.0%" → 1); undefined for General. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt)) return undefined;
  const section = numFmt.split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const m = section.match(/[0#?][.,]?([0#?]*)/);
  const dot = section.match(/\.([0#?]+)/);
  if (dot) return dot[1]!.length;
  return m ? 0 : undefined;
}

/** Shortest decimal that round-trips the stored double: what Excel's stored value says, no more. */
export function numberToDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const d = parseDec(s);
  return d ? formatShort(d.units, d.scale) : s;
}

function formatShort(units: bigint, scale: number): string {
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  }
  return (neg ? '-' : '') + digits;
}

/**
 * Normalises the data rows of a long-format sheet into ledger entries. Rows stream through;
 * only the first EVIDENCE_ROWS are held to decide each text column's number style.
 */
export async function normaliseSheet(layout: Layout, rows: AsyncIterable<Row>, opts: NormaliseOptions, sink: NormaliseSink): Promise<NormaliseStats> {
  const { file, sheet } = opts;
  const stats: NormaliseStats = { rows: 0, entries: 0, styles: {}, roles: [] };
  const byCol = new Map(layout.columns.map((c) => [c.col, c]));
  const dimCol = (dim: string) => layout.columns.find((c) => c.meaning.kind === 'dimension' && c.meaning.dim === dim)?.col;
  const cols = {
    stt: dimCol('stt'), province: dimCol('province'), provinceCode: dimCol('province_code'), year: dimCol('year'),
    period: dimCol('period'), program: dimCol('program'), activity: dimCol('activity'), label: dimCol('label'),
    level: dimCol('level'), measure: dimCol('measure'), unit: dimCol('unit'),
  };
  const figureSpecs = layout.columns.filter(isFigureSpec);
  const loc = (cell: { row: number; col: number }) => ({ file, sheet, cell: cellAddress(cell.row, cell.col), row: cell.row, column: cell.col });
  const src = (cell: { row: number; col: number }): SourceRef => loc(cell);

  // Number style: evidence per column and for the whole file.
  const evidence = new Map<number, { vi: number; en: number }>();
  const fileEvidence = { vi: 0, en: 0 };
  const decided = new Map<number, NumberStyle>();
  let fileStyle: NumberStyle | undefined;
  const reported = new Set<string>();

  const textFigures = new Set<number>();
  const note = (r: NumberReading, col: number) => {
    if (r.kind === 'number') textFigures.add(col);
    const e = styleEvidence(r);
    if (e !== 'vi' && e !== 'en') return;
    const ev = evidence.get(col) ?? { vi: 0, en: 0 };
    ev[e]++;
    fileEvidence[e]++;
    evidence.set(col, ev);
  };
  const decide = () => {
    const fileSays = fileEvidence.vi > 0 && fileEvidence.en === 0 ? 'vi' : fileEvidence.en > 0 && fileEvidence.vi === 0 ? 'en' : undefined;
    fileStyle = fileSays ?? (opts.numberStyle !== 'auto' ? opts.numberStyle : undefined);
    for (const spec of figureSpecs) {
      const ev = evidence.get(spec.col);
      if (ev && ev.vi > 0 && ev.en === 0) decided.set(spec.col, 'vi');
      else if (ev && ev.en > 0 && ev.vi === 0) decided.set(spec.col, 'en');
      else if (ev && ev.vi > 0 && ev.en > 0) decided.set(spec.col, ev.vi >= ev.en ? 'vi' : 'en');
      else if (fileStyle) decided.set(spec.col, fileStyle);
    }
  };

  // The unit of the amounts last seen on each line, so that a percentage row of a one-row-per-fact
  // export knows whether it is a percentage of money or of people.
  const lineUnits = new Map<string, string>();
  const hierarchy = new RowHierarchy();
  const banded = layout.kind !== 'long';
  // Rows add up along a hierarchy the table marks: STT numbering, or provinces under regions.
  // A list of lines with no numbering ("TOTAL", then unmarked sub-lines) is not summed by row.
  // A table that names no period in its title, columns or rows is annual.
  const annualTable = !layout.title.period && !layout.columns.some((c) => (c.meaning.kind === 'amount' || c.meaning.kind === 'ratio') && c.meaning.period) && !layout.columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === 'period');
  const rowsStructured = layout.kind === 'summary' || layout.columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === 'stt');
  const buffer: Row[] = [];
  let streaming = false;
  let footer = false;

  // Forms read the label from the label column; summaries from the province column.
  const labelCol = layout.kind === 'summary' ? cols.province ?? cols.label : cols.label ?? cols.province;
  const textOf = (row: Row, col: number | undefined) => (col === undefined ? '' : cleanText(stripEnglishGloss(row.find((c) => c.col === col)?.text ?? '')));
  const cellOf = (row: Row, col: number | undefined) => (col === undefined ? undefined : row.find((c) => c.col === col));

  /** The exact value of a figure cell and the digits it shows, or a finding. */
  const readFigure = (fig: Figure): { value: string; decimals: number; storedDecimals: number; percentSign: boolean; fraction: boolean } | 'skip' => {
    const { cell } = fig;
    if (cell.noCachedValue) {
      sink.finding({ code: 'formula-no-value', params: { formula: cell.formula ?? '' }, location: loc(cell) });
      return 'skip';
    }
    if (cell.error) {
      const shown = cell.formula && cell.formula !== '(shared formula)' ? ` (=${cell.formula})` : '';
      sink.finding({ code: 'formula-error', params: { error: cell.error, formula: shown }, location: loc(cell) });
      return 'skip';
    }
    if (typeof cell.value === 'number') {
      const decimals = formatDecimals(cell.numFmt);
      const fraction = !!cell.numFmt && /%/.test(cell.numFmt.split(';')[0]!.replace(/"[^"]*"/g, ''));
      const value = numberToDecimal(cell.value);
      const stored = value.split('.')[1]?.length ?? 0;
      const shown = decimals ?? stored;
      return { value, decimals: shown, storedDecimals: Math.max(0, stored - (fraction ? 2 : 0)), percentSign: fraction, fraction };
    }
    const r = readNumberText(cell.text);
    if (r.kind === 'blank' || r.kind === 'dash') return 'skip';
    if (r.kind === 'invalid') {
      sink.finding({ code: 'number-unparseable', params: { text: cell.text.trim() }, location: loc(cell) });
      return 'skip';
    }
    const evid = styleEvidence(r);
    if (evid === 'either') return { value: r.vi!, decimals: r.viDecimals, storedDecimals: r.viDecimals, percentSign: r.percentSign, fraction: false };
    let style = decided.get(cell.col);
    if (!style && (evid === 'vi' || evid === 'en')) {
      style = evid;
      decided.set(cell.col, evid);
    }
    if (!style) {
      sink.finding({ code: 'number-ambiguous', params: { text: cell.text.trim(), vi: r.vi ?? '', en: r.en ?? '' }, location: loc(cell) });
      return 'skip';
    }
    const v = inStyle(r, style);
    if (!v) {
      sink.finding({ code: 'number-style-conflict', params: { text: cell.text.trim(), style: style === 'vi' ? 'Vietnamese (1.234,5)' : 'English (1,234.5)' }, location: loc(cell) });
      return 'skip';
    }
    return { value: v.value, decimals: v.decimals, storedDecimals: v.decimals, percentSign: r.percentSign, fraction: false };
  };

  const once = (key: string, f: RawFinding) => {
    if (reported.has(key)) return;
    reported.add(key);
    sink.finding(f);
  };

  const rowDims = (row: Row, first: Cell): RowDims | undefined => {
    const rowNo = first.row;
    const yearText = textOf(row, cols.year);
    let year = layout.title.year;
    if (yearText) {
      const y = parseYear(yearText);
      if (y === undefined) {
        sink.finding({ code: 'value-unknown', params: { text: yearText, what: 'year' }, location: loc(cellOf(row, cols.year)!) });
        return undefined;
      }
      year = y;
    }
    const periodText = textOf(row, cols.period);
    let period = layout.title.period;
    if (periodText) {
      const p = parsePeriod(periodText);
      if (!p) {
        sink.finding({ code: 'period-unknown', params: { text: periodText }, location: loc(cellOf(row, cols.period)!) });
        return undefined;
      }
      period = p;
    }
    const programText = textOf(row, cols.program);
    const program = parseProgram(programText);
    if (program === undefined) {
      sink.finding({ code: 'value-unknown', params: { text: programText, what: 'programme (KCQG, KCĐP)' }, location: loc(cellOf(row, cols.program)!) });
      return undefined;
    }
    const label = textOf(row, cols.label);
    const provinceText = textOf(row, cols.province);
    const codeText = textOf(row, cols.provinceCode);
    const list = provinceListFor(year, period?.end ?? 12);
    let provinceCode = '';
    let province = '';
    let historicalProvince = false;
    let matchedList: '63' | '34' | undefined;
    if (codeText && /^\d{1,2}$/.test(codeText)) {
      const p = provinceByCode(codeText, list);
      if (!p) {
        sink.finding({ code: 'province-unknown', params: { text: codeText }, location: loc(cellOf(row, cols.provinceCode)!) });
        return undefined;
      }
      provinceCode = p.code;
      province = p.name;
      matchedList = p.list;
    } else if (provinceText && !isTotalLabel(provinceText)) {
      const m = matchProvince(provinceText, list);
      const historical = m ? undefined : matchHistoricalProvince(provinceText, year);
      if (!m && !historical) {
        sink.finding({ code: 'province-unknown', params: { text: provinceText }, location: loc(cellOf(row, cols.province)!) });
        return undefined;
      }
      if (!m) {
        province = historical!;
        historicalProvince = true;
      } else {
      if (m.otherList) {
        once(`other-list:${m.province.code}:${provinceText}`, {
          code: 'province-other-list',
          params: { text: provinceText, name: m.province.name, other: m.province.list, list, period: `${period ? formatPeriod(period) : ''}/${year ?? ''}` },
          location: loc(cellOf(row, cols.province)!),
        });
      }
      provinceCode = m.province.code;
      province = m.province.name;
      matchedList = m.province.list;
      }
    } else if (provinceText) {
      province = provinceText;
    }
    const codeCell = textOf(row, cols.activity);
    let activity = '';
    let line: string;
    const totalLine = (!codeCell && !label) || (label !== '' && isTotalLabel(label) && !codeCell);
    if (codeCell) {
      const a = activityByCode(codeCell);
      activity = a?.code ?? codeCell;
      line = activity;
    } else if (totalLine) {
      line = '';
    } else {
      activity = matchActivity(label)?.code ?? '';
      line = foldText(label);
    }
    const levelText = textOf(row, cols.level);
    let level: LedgerEntry['level'] | undefined;
    if (levelText) {
      level = parseLevel(levelText);
      if (!level) {
        sink.finding({ code: 'value-unknown', params: { text: levelText, what: 'level (item, subtotal, total)' }, location: loc(cellOf(row, cols.level)!) });
        return undefined;
      }
    } else {
      const isProvince = provinceCode !== '' || historicalProvince;
      level = line !== '' ? 'item' : !isProvince ? 'total' : program === '' ? 'total' : 'subtotal';
    }
    if (year === undefined) {
      once('year-missing', { code: 'year-missing', params: { detail: cols.year ? '' : ': no year column, and none in the title or file name' }, location: loc(first) });
      return undefined;
    }
    const dims: RowDims = { provinceCode, province, year, period, program, activity, line, label, level, ofWhich: isOfWhichLabel(label) };
    if (matchedList) dims.provinceList = matchedList;
    if (!readRowUnit(row, dims)) return undefined;
    const measureText = textOf(row, cols.measure);
    if (measureText) {
      const m = parseMeasure(measureText);
      if (!m) {
        sink.finding({ code: 'value-unknown', params: { text: measureText, what: 'measure (Kế hoạch, Thực hiện, Tỷ lệ…)' }, location: loc(cellOf(row, cols.measure)!) });
        return undefined;
      }
      dims.rowMeasure = m;
    }
    void rowNo;
    return dims;
  };

  /** The row's own unit from a ĐVT column, if any; false (and a finding) when it is not a unit. */
  const readRowUnit = (row: Row, dims: RowDims): boolean => {
    const unitText = textOf(row, cols.unit);
    if (!unitText) return true;
    const u = parseUnit(unitText);
    if (!u) {
      sink.finding({ code: 'unit-unknown', params: { unit: unitText }, location: loc(cellOf(row, cols.unit)!) });
      return false;
    }
    dims.rowUnit = u;
    return true;
  };

  /** Dimensions of a form or summary row: province from the title (form) or the row (summary), roles from STT. */
  const bandDims = (row: Row, first: Cell, placed: PlacedRow, label: string): RowDims | undefined => {
    const year = layout.title.year;
    if (year === undefined) {
      once('year-missing', { code: 'year-missing', params: { detail: ': none in the title, sheet name or file name' }, location: { file, sheet } });
      return undefined;
    }
    const period = layout.title.period;
    const role = placed.role;
    const list = provinceListFor(year, period?.end ?? 12);
    let provinceCode = '';
    let province = '';
    let line = '';
    let activity = '';
    let matchedList: '63' | '34' | undefined;
    if (layout.kind === 'summary') {
      const hit = role.kind === 'total' || role.kind === 'section' ? undefined : matchProvince(label, list);
      if (hit) {
        if (hit.otherList) {
          once(`other-list:${hit.province.code}:${label}`, {
            code: 'province-other-list',
            params: { text: label, name: hit.province.name, other: hit.province.list, list, period: `${period ? formatPeriod(period) : ''}/${year}` },
            location: loc(cellOf(row, labelCol) ?? first),
          });
        }
        provinceCode = hit.province.code;
        province = hit.province.name;
        matchedList = hit.province.list;
      } else if (role.kind === 'line' || role.kind === 'subline') {
        const historical = matchHistoricalProvince(label, year);
        if (!historical) {
          sink.finding({ code: 'province-unknown', params: { text: label }, location: loc(cellOf(row, labelCol) ?? first) });
          return undefined;
        }
        province = historical;
      } else province = label;
    } else {
      const p = layout.title.province;
      if (p) {
        provinceCode = p.code;
        province = p.name;
        matchedList = p.list;
      } else if (!layout.title.national) once('province-missing', { code: 'province-missing', params: {}, location: { file, sheet } });
      if (role.kind === 'section' && sectionProgram(label) !== undefined) {
        // "I. KHUYẾN CÔNG QUỐC GIA": the programme's total, the same fact a regional summary states.
      } else if (role.kind !== 'total') {
        const codeCell = textOf(row, cols.activity);
        activity = (codeCell ? activityByCode(codeCell)?.code ?? codeCell : matchActivity(label)?.code) ?? '';
        // A line is known by its place: "đào tạo nghề" under KCQG and under KCĐP are two lines.
        line = [...placed.pathLabels, label || textOf(row, cols.stt)].map((x) => foldText(x)).filter(Boolean).join(' > ');
      }
    }
    const dims: RowDims = {
      provinceCode, province, year, period, program: placed.program ?? '', activity, line, label,
      level: role.kind === 'total' ? 'total' : role.kind === 'section' ? 'subtotal' : 'item',
      ofWhich: placed.ofWhich, rowPath: placed.path,
    };
    if (role.kind === 'total') dims.rowTotal = true;
    if (matchedList) dims.provinceList = matchedList;
    if (placed.scope) dims.rowScope = placed.scope;
    if (!readRowUnit(row, dims)) return undefined;
    return dims;
  };

  const processRow = (row: Row) => {
    if (footer || row.length === 0) return;
    const first = row[0]!;
    if (first.row <= layout.headerRow || layout.skipRows.includes(first.row)) return;
    if (row.some((c) => isFooterText(c.text))) {
      footer = true;
      return;
    }
    stats.rows++;
    const figures: Figure[] = [];
    for (const cell of row) {
      const spec = byCol.get(cell.col);
      if (spec && isFigureSpec(spec) && (cell.text.trim() !== '' || cell.noCachedValue || cell.error)) figures.push({ col: spec, cell });
    }
    const rowKey = `${file}|${sheet}|${first.row}`;
    let dims: RowDims | undefined;
    if (banded) {
      const label = textOf(row, labelCol);
      const stt = textOf(row, cols.stt);
      if (!label && !stt) {
        if (figures.length) sink.finding({ code: 'row-unlabelled', params: { row: first.row }, location: loc(figures[0]!.cell) });
        return;
      }
      const role = classifyRow(stt, label);
      const placed = hierarchy.place(rowKey, role, role.kind === 'section' ? sectionProgram(label) : undefined, label || stt, stt.replace(/[.)]+$/, ''));
      if (stats.roles.length < ROLES_KEPT) {
        stats.roles.push({ row: first.row, stt, label, kind: role.kind, level: role.level, depth: placed.path.length, ofWhich: placed.ofWhich, program: placed.program ?? '' });
      }
      if (figures.length === 0) return;
      dims = bandDims(row, first, placed, label);
    } else {
      if (figures.length === 0) return;
      dims = rowDims(row, first);
    }
    if (!dims) return;
    const amountRefs: AmountRef[] = [];
    const pending: Array<() => void> = [];
    // Percentages learn their basis from the whole row; entries still go out in column order.
    const out: LedgerEntry[] = [];

    for (const fig of figures) {
      const m = fig.col.meaning;
      let measure: Measure;
      let year = dims.year;
      let period: Period | undefined = dims.period;
      let program = dims.program;
      let unit: Unit | undefined;
      if (m.kind === 'value') {
        if (!dims.rowMeasure) {
          once(`measure-missing:${fig.col.col}`, { code: 'value-unknown', params: { text: fig.col.header, what: 'measure: this value column needs a measure column (Loại: Kế hoạch / Thực hiện)' }, location: loc(fig.cell) });
          continue;
        }
        measure = dims.rowMeasure.measure;
        year += dims.rowMeasure.yearOffset ?? 0;
        unit = isRatioMeasure(measure) ? { kind: 'percent', written: '%' } : dims.rowUnit ?? m.unit ?? layout.title.unit;
        if ((measure === 'plan' || measure === 'plan_adjusted') && !cols.period) period = WHOLE_YEAR;
      } else if (m.kind === 'amount') {
        measure = m.measure;
        year = m.year ?? dims.year + (m.yearOffset ?? 0);
        // Plans and settled accounts are annual unless the header says otherwise; so is every
        // figure of a table that names no months anywhere (statistics by year).
        period = m.period ?? (measure === 'plan' || measure === 'plan_adjusted' || (!dims.period && (measure === 'settled' || annualTable)) ? WHOLE_YEAR : dims.period);
        if (m.program !== undefined) program = m.program;
        unit = dims.rowUnit ?? m.unit ?? layout.title.unit;
      } else if (m.kind === 'ratio') {
        measure = m.measure;
        year = m.year ?? dims.year;
        period = m.period ?? (measure === 'plan_growth' ? WHOLE_YEAR : dims.period);
        unit = { kind: 'percent', written: '%' };
        if (m.program !== undefined) program = m.program;
      } else continue;

      if (!period) {
        once(`period-missing:${fig.col.col}`, { code: 'period-missing', params: {}, location: loc(fig.cell) });
        continue;
      }
      if (!unit && m.kind === 'amount' && m.line) {
        // A published table that states no unit (MOF 2004): its figures still add up or not.
        once('unit-unstated', { code: 'unit-unstated', params: {}, location: { file, sheet } });
        unit = { kind: 'unstated', written: '' };
      }
      if (!unit) {
        once(`unit-missing:${fig.col.col}`, { code: 'unit-missing', params: { header: fig.col.header }, location: { ...loc(fig.cell), cell: fig.col.address, row: layout.headerRow } });
        continue;
      }
      if (unit.kind === 'percent' && !isRatioMeasure(measure) && dims.rowUnit?.kind === 'percent') {
        // A ĐVT of "%" on an amount column: the row states a percentage line, not an amount.
        continue;
      }
      const read = readFigure(fig);
      if (read === 'skip') continue;
      if (read.fraction && unit.kind !== 'percent') {
        // A 0.00% cell in a money column ("Tỷ lệ bội chi so GDP"): a rate on its own line, never money.
        unit = { kind: 'percent', written: '%' };
      }
      const dec = parseDec(read.value);
      if (!dec) {
        sink.finding({ code: 'number-unparseable', params: { text: fig.cell.text.trim() }, location: loc(fig.cell) });
        continue;
      }
      let amount = dec;
      let precision = -read.decimals;
      // A stored number with more digits than its format shows is a rounded figure as shown.
      let rounded = read.storedDecimals > read.decimals;
      if (unit.kind === 'money') {
        amount = shift(dec, unit.exponent);
        precision = unit.exponent - read.decimals;
        rounded ||= read.decimals > 0 && unit.exponent >= 6;
      } else if (unit.kind === 'percent' && read.fraction) {
        // 0.354 shown as "35.4%": the value is a fraction, the format's decimals are percent digits.
        amount = shift(dec, 2);
        precision = -read.decimals;
      }
      const entry: LedgerEntry = {
        provinceCode: dims.provinceCode,
        province: dims.province,
        year,
        period: formatPeriod(period),
        program,
        activity: dims.activity,
        measure,
        amount,
        unit: ledgerUnit(unit),
        level: dims.level,
        label: dims.label,
        source: src(fig.cell),
        line: dims.line,
        precision,
        rounded,
        ofWhich: dims.ofWhich,
        rowKey,
        reportYear: dims.year,
      };
      if (dims.period) entry.reportPeriod = formatPeriod(dims.period);
      if (dims.provinceList) entry.provinceList = dims.provinceList;
      const lineKey = `${dims.provinceCode}|${dims.province}|${dims.program}|${dims.line}|${foldText(dims.label)}`;
      if (entry.unit !== '%') lineUnits.set(lineKey, entry.unit);
      else if (m.kind === 'value' && lineUnits.has(lineKey)) entry.ratioOf = lineUnits.get(lineKey)!;
      if (!banded && m.kind === 'amount' && m.line) {
        // An export's own column name is the line (total.rev, net.trans), within the row's line.
        const colLine = foldText(m.line);
        entry.line = entry.line ? `${entry.line} | ${colLine}` : colLine;
        if (!entry.label) entry.label = m.line;
      }
      if (banded) {
        entry.rowPath = dims.rowPath ?? [];
        if (!rowsStructured) entry.rowSums = false;
        if (dims.rowTotal) entry.rowTotal = true;
        if (dims.rowScope) entry.rowScope = dims.rowScope;
        entry.column = fig.col.col;
        if (fig.col.sumColumn !== undefined) entry.sumColumn = fig.col.sumColumn;
        if (m.kind === 'amount' && m.line) {
          // A budget-line column (MOF tables): the line is the column's, within the row's own line.
          const colLine = foldText(m.line);
          entry.line = entry.line ? `${entry.line} | ${colLine}` : colLine;
          if (!entry.label) entry.label = m.line;
          else if (layout.kind === 'summary') entry.label = m.line;
        }
      }
      if (m.kind === 'amount') amountRefs.push({ spec: fig.col, ref: { measure, year, period: entry.period, unit: entry.unit }, program });
      if (m.kind === 'ratio') {
        pending.push(() => {
          const basis = ratioBasis(measure, fig.col, amountRefs.filter((a) => a.program === program), dims);
          if (basis) {
            entry.basis = basis;
            entry.ratioOf = basis.base.unit;
          }
        });
      }
      out.push(entry);
    }
    for (const p of pending) p();
    for (const e of out) emit(e);
  };

  const emit = (e: LedgerEntry) => {
    stats.entries++;
    sink.entry(e);
  };

  for await (const row of rows) {
    if (streaming) {
      processRow(row);
      continue;
    }
    buffer.push(row);
    // Evidence comes from data rows only: "(3)" in a numbering row is no figure.
    if (!row.length || row[0]!.row <= layout.headerRow || layout.skipRows.includes(row[0]!.row)) continue;
    for (const cell of row) {
      const spec = byCol.get(cell.col);
      if (spec && isFigureSpec(spec) && typeof cell.value !== 'number') note(readNumberText(cell.text), cell.col);
    }
    if (buffer.length >= EVIDENCE_ROWS) {
      decide();
      streaming = true;
      for (const r of buffer.splice(0)) processRow(r);
    }
  }
  if (!streaming) {
    decide();
    for (const r of buffer.splice(0)) processRow(r);
  }
  for (const spec of figureSpecs) stats.styles[spec.address] = decided.get(spec.col) ?? (textFigures.has(spec.col) ? 'undecided' : 'numeric');
  if (stats.entries === 0) sink.finding({ code: 'file-empty', params: {}, location: { file, sheet } });
  return stats;
}

/**
 * The amounts a stated percentage is computed from, taken from the same row: percent of plan
 * is the current actual (or estimate) over the plan (adjusted plan when stated); the ratio and
 * growth on last year are the current actual over the prior-year column; plan growth is this
 * year's plan over last year's.
 */
function ratioBasis(measure: Measure, col: ColumnSpec, amounts: AmountRef[], dims: RowDims): { of: FactRef; base: FactRef } | undefined {
  const left = amounts.filter((a) => a.spec.col < col.col).reverse();
  const pick = (pred: (r: FactRef) => boolean) => left.find((a) => pred(a.ref))?.ref ?? amounts.find((a) => pred(a.ref))?.ref;
  const current = (r: FactRef) => r.year === dims.year && (r.measure === 'actual' || r.measure === 'estimate' || r.measure === 'disbursed');
  switch (measure) {
    case 'pct_of_plan': {
      const of = pick(current);
      const base = pick((r) => r.year === dims.year && r.measure === 'plan_adjusted') ?? pick((r) => r.year === dims.year && r.measure === 'plan');
      return of && base ? { of, base } : undefined;
    }
    case 'ratio_prior':
    case 'growth_prior': {
      const of = pick(current);
      const base = pick((r) => r.year === dims.year - 1 && r.measure === 'actual');
      return of && base ? { of, base } : undefined;
    }
    case 'plan_growth': {
      const of = pick((r) => r.year === dims.year && r.measure === 'plan');
      const base = pick((r) => r.year === dims.year - 1 && r.measure === 'plan');
      return of && base ? { of, base } : undefined;
    }
    default:
      return undefined;
  }
}
