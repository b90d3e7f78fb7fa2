import { cleanText, foldText } from '../reference/fold-text.js';
import { parsePeriod, parseYear, type Period } from '../reference/periods.js';
import { findUnitIn, type Unit } from '../reference/units.js';
import type { Measure, RatioMeasure } from '../ledger/schema.js';

export type Dimension =
  | 'stt' | 'province' | 'province_code' | 'year' | 'period' | 'program' | 'activity' | 'label'
  | 'level' | 'measure' | 'unit' | 'note';

/** What a column holds, read from its header text. */
export type ColumnMeaning =
  | { kind: 'dimension'; dim: Dimension }
  /** One-row-per-fact exports: the figure whose measure is given by a measure column. */
  | { kind: 'value'; unit?: Unit }
  | {
      kind: 'amount';
      measure: Exclude<Measure, RatioMeasure>;
      /** Explicit year in the header, or an offset from the report year (cùng kỳ = -1). */
      year?: number;
      yearOffset?: number;
      period?: Period;
      program?: 'KCQG' | 'KCDP' | '';
      unit?: Unit;
      /** A column that names a budget line rather than a measure (MOF: "TỔNG THU NSNN TRÊN ĐỊA BÀN"). */
      line?: string;
    }
  | { kind: 'ratio'; measure: RatioMeasure; year?: number; period?: Period; program?: 'KCQG' | 'KCDP' | '' }
  | { kind: 'unknown' };

const DIMENSIONS: Array<[RegExp, Dimension]> = [
  [/^(stt|tt|so tt|so thu tu|no\.?|#|s\.t\.t)$/, 'stt'],
  [/^(ma tinh|ma dvhc|ma tinh\/tp|province[ _]?code|ma don vi|code)$/, 'province_code'],
  [/^(tinh|tinh\/?,? ?(thanh pho|tp)|tinh, tp|ten tinh|dia phuong|province|province name|prov|provinces?|cities, provincies|cities, provinces|don vi|tinh thanh|tinh\/thanh|tinh, thanh pho)$/, 'province'],
  [/^(nam|year|nam bao cao|nam ke hoach)$/, 'year'],
  [/^(ky|ky bao cao|period|thoi ky|thoi gian|ky bc)$/, 'period'],
  [/^(chuong trinh|nguon|nguon kinh phi|program|programme|nguon von|loai chuong trinh)$/, 'program'],
  [/^(ma hoat dong|ma noi dung|activity|activity[ _]code|ma chi tieu|ma hd|ma)$/, 'activity'],
  [/^(noi dung|ten chi tieu|chi tieu|hoat dong|noi dung hoat dong|label|description|line|dien giai|ten hoat dong|noi dung chi|ten noi dung|item|noi dung cong viec|ten don vi|don vi thuc hien|linh vuc|ten de an|de an)$/, 'label'],
  [/^(cap|level|cap do|loai dong)$/, 'level'],
  [/^(loai|measure|loai so lieu|loai chi tieu|chi so)$/, 'measure'],
  [/^(dvt|don vi tinh|unit|d\.v\.t)$/, 'unit'],
  [/^(ghi chu|note|notes|remark|remarks)$/, 'note'],
];

const VALUE = /^(gia tri|so tien|value|amount|so lieu|kinh phi|so luong|tong kinh phi)$/;

/** Strips what the header says about unit and numbering: "(triệu đồng)", "(1)", "ĐVT: …". */
function coreText(folded: string): string {
  return folded
    .replace(/\((?:[^()]*)\)/g, ' ')
    .replace(/\[(?:[^[\]]*)\]/g, ' ')
    .replace(/(dvt|don vi tinh)\s*:.*$/, ' ')
    .replace(/[:*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function programIn(t: string): 'KCQG' | 'KCDP' | '' | undefined {
  if (/\bkcqg\b|khuyen cong quoc gia|\bquoc gia\b|\bnational\b/.test(t)) return 'KCQG';
  if (/\bkcdp\b|khuyen cong dia phuong|\bdia phuong\b|\blocal\b/.test(t)) return 'KCDP';
  return undefined;
}

/** Words a percentage header is made of; a header with many other words names a rate or a line. */
const RATIO_WORDS = new Set(('ty le ti le dat so sanh so voi voi cung ky nam truoc ck ke hoach kh th thuc hien uoc uth tang giam ' +
  'luy ke thang quy ca nam kcqg kcdp cong tong percent of plan ratio growth yoy same period prior last year vs over % + - / ( ) th/kh kh/th trong do').split(' '));

function ratioKind(t: string): RatioMeasure | undefined {
  const pct = /%|\bty le\b|\bti le\b|\bpercent|\bdat\b|\bso sanh\b|\bratio (to|of)\b|\bgrowth\b|\btang\b.*\bgiam\b/.test(t);
  if (!pct) return undefined;
  const words = t.replace(/\([^)]*\)/g, ' ').replace(/[(),;:]/g, ' ').split(/\s+/).filter((w) => w && !/^\d+$/.test(w) && !RATIO_WORDS.has(w));
  if (words.length > 2) return undefined;
  const plans = (t.match(/\b(kh|ke hoach|plan)\b/g) ?? []).length;
  if (plans >= 2 && /\bso voi\b|\bvs\b|\bover\b/.test(t)) return 'plan_growth';
  const growth = /\btang\b.*\bgiam\b|\bgrowth\b|\bchange\b|\btang\/giam\b/.test(t);
  const prior = /cung ky|nam truoc|\bck\b|same period|prior year|last year|\byoy\b/.test(t);
  if (growth) return 'growth_prior';
  if (prior) return 'ratio_prior';
  return 'pct_of_plan';
}

function amountMeasure(t: string): Exclude<Measure, RatioMeasure> | undefined {
  if (/(ke hoach|\bkh\b) (dieu chinh|bo sung)|adjusted plan|plan adjusted/.test(t)) return 'plan_adjusted';
  if (/\buoc\b|\buth\b|estimate|\best\b/.test(t)) return 'estimate';
  if (/giai ngan|disburse/.test(t)) return 'disbursed';
  if (/quyet toan|settle/.test(t)) return 'settled';
  if (/tam ung|advance/.test(t)) return 'advanced';
  if (/ke hoach|\bkh\b|du toan|\bplan\b|\bbudget\b|\bkh\d{4}\b/.test(t)) return 'plan';
  if (/thuc hien|\bth\b|luy ke|\bactual\b|ket qua|da thuc hien|\bth\d{4}\b|cung ky/.test(t)) return 'actual';
  return undefined;
}

/** True when some part of the header (its rows are joined) starts with a measure word. */
function opensWithMeasure(raw: string): boolean {
  const f = foldText(raw);
  if (f.split(/\s+/).length <= 4) return true;
  return /(^|\s)(ke hoach|kh|du toan|thuc hien|th|uoc|luy ke|cung ky|giai ngan|quyet toan|tam ung|plan|actual|estimate|budget)\b/.test(f)
    && (/^(ke hoach|kh|du toan|thuc hien|th|uoc|luy ke|cung ky|giai ngan|quyet toan|tam ung|so (kinh phi|tien)|kinh phi|plan|actual|estimate|budget)\b/.test(f)
      || /\b(\d{4}|nam|thang|quy)\b/.test(f) && f.split(/\s+/).length <= 8);
}

/**
 * Reads one header (the texts of its header rows joined top to bottom) into a meaning.
 * Matching is on folded text, so diacritics, tone placement and case do not matter.
 */
export function interpretHeader(raw: string): ColumnMeaning {
  const folded = foldText(raw);
  if (!folded) return { kind: 'unknown' };
  const core = coreText(folded);
  for (const [re, dim] of DIMENSIONS) if (re.test(core)) return { kind: 'dimension', dim };
  const unit = findUnitIn(raw);
  if (VALUE.test(core) || (core === '' && unit)) return unit ? { kind: 'value', unit } : { kind: 'value' };
  const year = parseYear(folded);
  const period = parsePeriod(core);
  const ratio = ratioKind(folded);
  // Shares of a total ("Structure (%)", "Cơ cấu (%)", "Tỷ trọng") are rates, not percentages of plan.
  if (/\b(structure|structue|co cau|ty trong|share)\b/.test(core)) return { kind: 'unknown' };
  if (!ratio && unit?.kind === 'percent' && core.split(' ').length > 4) {
    // "TỶ LỆ PHẦN TRĂM (%) PHÂN CHIA …": a rate on its own line, not a percentage of plan.
    return { kind: 'unknown' };
  }
  if (ratio || unit?.kind === 'percent') {
    const m: ColumnMeaning = { kind: 'ratio', measure: ratio ?? 'pct_of_plan' };
    if (year !== undefined) m.year = year;
    if (period) m.period = period;
    const program = programIn(core);
    if (program !== undefined) m.program = program;
    return m;
  }
  const measure = amountMeasure(core);
  if (measure && !opensWithMeasure(raw)) return { kind: 'unknown' };
  if (measure) {
    const m: ColumnMeaning = { kind: 'amount', measure };
    if (/cung ky|nam truoc|same period|prior year|last year/.test(core)) m.yearOffset = -1;
    if (year !== undefined) m.year = year;
    if (period) m.period = period;
    const program = programIn(core);
    if (program !== undefined) m.program = program;
    if (unit) m.unit = unit;
    return m;
  }
  return { kind: 'unknown' };
}

/** True for labels that name a total or subtotal line: "Tổng cộng", "Tổng số", "Cộng", "Total". */
export function isTotalLabel(label: string): boolean {
  const t = foldText(label).replace(/[:.]+$/, '').trim();
  // The whole label must be a total phrase, perhaps with a short qualifier ("Tổng cộng toàn
  // vùng", "Cộng I", "Tổng số (A+B)"): "Tổng thu ngân sách" and "Tổng số thu từ …" are lines.
  const m = t.match(/^(tong cong|tong so|tong|cong|total|grand total|subtotal|sub-total|toan vung|toan khu vuc|ca nuoc|toan quoc|whole country|toan tinh)\b\s*(.*)$/);
  if (!m) return false;
  const rest = m[2]!.replace(/[:.]+$/, '').trim();
  const qualifier = rest === '' || /^(\(.*\)|[ivx]+|[a-d]|[ivx]+ ?\+ ?[ivx]+|[a-d] ?\+ ?[a-d]|kcqg|kcdp|chung|toan (vung|khu vuc|tinh|quoc|nganh)|ca nuoc|cac (tinh|vung|khu vuc).*|khu vuc.*|vung.*|(toan bo|tat ca).*)$/.test(rest);
  if (!qualifier) return false;
  // Folded, "Cộng" (sum) and "Công" (as in "Công tác …") are one word: a bare "cong" counts only
  // with nothing or a section after it, or when the diacritics say "cộng".
  if (m[1] === 'cong' && rest !== '' && !/^([ivx]+|[a-d]|kcqg|kcdp|chung)$/.test(rest)) return /^cộng\b/u.test(cleanText(label).toLowerCase());
  return true;
}

/** True for "Trong đó" (of which) breakdown labels. */
export function isOfWhichLabel(label: string): boolean {
  return /^(trong do|of which|in which|including)\b/.test(foldText(label));
}
