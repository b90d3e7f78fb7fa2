import { parseDec, shift, formatDec } from '../ledger/money.js';
import { sameProvinceName } from '../reference/provinces.js';
import type { AmountParam, FactParam, Param, Params, PercentParam, PeriodParam, PlacesParam, SubjectParam, ToleranceParam } from './params.js';
import { CATALOG, type FindingCode } from './catalog.js';
import { MEASURE_WORDS, MONEY_UNITS, MONTH_NAMES, PHRASES, ROMAN, SUBJECTS, WORDS, type Lang } from './phrases.js';

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}

/** A plain decimal ("-1234.5") as the language writes it: -1,234.5 (en) or -1.234,5 (vi). */
export function localNumber(text: string, lang: Lang): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac] = m;
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return sign + g + (frac ? (lang === 'vi' ? ',' : '.') + frac : '');
}

/**
 * The money unit a message shows its amounts in, from the last digit its figures show: whole
 * tỷ → tỷ đồng; triệu, or tỷ with decimals → triệu đồng; đồng-level figures → đồng.
 */
export function displayExponent(precisions: number[]): 0 | 6 | 9 {
  if (precisions.length === 0) return 0;
  const p = Math.min(...precisions);
  return p >= 9 ? 9 : p >= 2 ? 6 : 0;
}

export function renderAmount(a: AmountParam, lang: Lang, exponent: 0 | 6 | 9 = displayExponent([a.precision])): string {
  if (a.unit === '%') return `${localNumber(a.value, lang)}%`;
  if (a.unit === 'unstated') return fill(PHRASES.unstated[lang], { n: localNumber(a.value, lang) });
  if (a.unit !== 'VND') return `${localNumber(a.value, lang)} ${a.unit}`;
  const dec = parseDec(a.value);
  if (!dec) return `${a.value} ${MONEY_UNITS[0][lang]}`;
  const shown = formatDec(shift(dec, -exponent));
  const text = `${localNumber(shown, lang)} ${MONEY_UNITS[exponent][lang]}`;
  // Where the figure does not come out whole in the unit shown, the đồng help read it.
  return exponent > 0 && shown.includes('.') ? fill(PHRASES.inDong[lang], { n: text, dong: localNumber(formatDec(dec), lang) }) : text;
}

export function renderPercent(p: PercentParam, lang: Lang): string {
  const [i, f = ''] = p.value.split('.');
  const frac = p.decimals > 0 ? f.padEnd(p.decimals, '0') : f;
  return localNumber(frac ? `${i}.${frac}` : i!, lang);
}

export function renderPeriod(p: PeriodParam, lang: Lang): string {
  const m = /^(\d\d)-(\d\d)$/.exec(p.period);
  if (!m) return p.period;
  const a = Number(m[1]), b = Number(m[2]);
  // A span of years is named as one ("giai đoạn 2016–2020"), never as its first year.
  const year = p.year === undefined ? '' : p.yearTo === undefined ? p.year : `${p.year}–${p.yearTo}`;
  const t = (x: Record<Lang, string>) => (p.year === undefined ? x[lang].replace(/ (of |năm )?\{year\}/, '') : x[lang]);
  const out = a === 1 && b === 12 ? fill(p.year === undefined ? PHRASES.wholeYear[lang] : t(p.yearTo === undefined ? PHRASES.year : PHRASES.years), { year })
    : a === b ? fill(t(PHRASES.month), { month: MONTH_NAMES[a - 1]!, m: a, year })
      : a === 1 ? fill(t(PHRASES.monthsFromJanuary), { months: b, year })
        : b - a === 2 && a % 3 === 1 ? fill(t(PHRASES.quarter), { q: (a + 2) / 3, Q: ROMAN[(a - 1) / 3]!, year })
          : fill(t(PHRASES.months), { a, b, year });
  return out;
}

export function renderFact(f: FactParam, lang: Lang): string {
  const program = f.program === 'KCDP' ? 'KCĐP' : f.program;
  const who = f.province || PHRASES.total[lang];
  // A summary's province row is labelled with the province: the fact is its programme's total (or its total).
  const named = f.label && !(f.province && sameProvinceName(f.label, f.province)) ? f.label : '';
  const what = named || (program ? fill(PHRASES.programTotal[lang], { program }) : PHRASES.total[lang]);
  return `${who}, ${what}, ${MEASURE_WORDS[f.measure][lang]} ${renderPeriod({ kind: 'period', period: f.period, year: f.year, ...(f.yearTo !== undefined ? { yearTo: f.yearTo } : {}) }, lang)}`;
}

export function renderPlaces(p: PlacesParam, lang: Lang): string {
  const list = p.places.map((x) => `${x.file}${x.sheet ? ` (${x.sheet})` : ''}${x.cell ? `!${x.cell}` : ''}`).join(', ');
  return p.formerProvinces?.length ? list + fill(PHRASES.formerProvinces[lang], { list: p.formerProvinces.join(' + ') }) : list;
}

function renderSubject(s: SubjectParam, lang: Lang): string {
  const text = fill(SUBJECTS[s.role][lang], { label: s.label || PHRASES.total[lang] });
  if (!s.measure) return text;
  const when = s.period ? ` ${renderPeriod({ kind: 'period', period: s.period, ...(s.year ? { year: s.year } : {}), ...(s.yearTo ? { yearTo: s.yearTo } : {}) }, lang)}` : '';
  return fill(PHRASES.subjectMeasure[lang], { subject: text, measure: MEASURE_WORDS[s.measure][lang] + when });
}

function renderTolerance(t: ToleranceParam, lang: Lang, exponent: 0 | 6 | 9): string {
  if (!t.allowance) return PHRASES.exact[lang];
  return fill(PHRASES.rounded[lang], { allowance: renderAmount(t.allowance, lang, exponent), figures: t.figures });
}

function moneyPrecisions(params: Params): number[] {
  const out: number[] = [];
  for (const v of Object.values(params)) {
    if (typeof v === 'object' && v.kind === 'amount' && v.unit === 'VND') out.push(v.precision);
  }
  return out;
}

export function renderParam(v: Param, lang: Lang, exponent: 0 | 6 | 9): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  switch (v.kind) {
    case 'amount': return renderAmount(v, lang, exponent);
    case 'percent': return renderPercent(v, lang);
    case 'period': return renderPeriod(v, lang);
    case 'fact': return renderFact(v, lang);
    case 'places': return renderPlaces(v, lang);
    case 'word': return v.values ? fill(WORDS[v.key][lang], v.values) : WORDS[v.key][lang];
    case 'words': return v.keys.map((k) => WORDS[k][lang]).join('; ');
    case 'codes': return v.codes.map((c) => `${CATALOG[c.code as FindingCode]?.title[lang] ?? c.code} (${c.count})`).join('; ');
    case 'tolerance': return renderTolerance(v, lang, exponent);
    case 'subject': return renderSubject(v, lang);
  }
}

/**
 * Every parameter of one message as text in the language; money in one unit for the whole
 * message: the unit of the figure the message is about (`reported`, at the finding's cell), so a
 * report in triệu is answered in triệu even beside one in đồng; a figure not whole in that unit
 * shows its đồng too. Without a reported figure, the finest unit of the figures.
 */
export function renderParams(params: Params, lang: Lang): Record<string, string> {
  const reported = params.reported;
  const own = typeof reported === 'object' && reported.kind === 'amount' && reported.unit === 'VND' ? [reported.precision] : undefined;
  const exponent = displayExponent(own ?? moneyPrecisions(params));
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, renderParam(v, lang, exponent)]));
}
