import type { Lang } from '../findings/catalog.js';
import { addFig, type Conference, type CountRow, type Figure, type ProgFigures } from '../ledger/conference.js';
import { abs, cmp, formatDec, sub } from '../ledger/money.js';
import { inUnit, ratioRounded, writeNumber } from '../ledger/round.js';
import { inSentence, periodWords, UNIT_DECIMALS, UNIT_EXP, UNIT_NAME, type MoneyUnit } from '../reporters/conference-words.js';

/**
 * The conference paragraph, in the style of the agency's published reports: the region's plan
 * of the year and its change from last year's plan, the actual of the period with % of plan and
 * ratio to the same period last year, the split by programme, then the main activities and
 * counts. Every number is exact arithmetic on the conference model, rounded half-up only here,
 * where it is written; each keeps what it was computed from, for --explain.
 */

export interface NarrateOptions {
  lang: Lang;
  unit?: MoneyUnit;
  /** How many activities to name (largest actual first). */
  activities?: number;
}

export interface Narrative {
  text: string;
  /** One line per number of the text, in order: the number, what it is, the facts and cells. */
  explain: string[];
  /** The numbers as written, in order (for tests and the page). */
  numbers: string[];
}

interface Ctx {
  lang: Lang;
  unit: MoneyUnit;
  explain: string[];
  numbers: string[];
}

const PCT_MONEY = 1;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const PCT_COUNT = 2;

function cellsOf(f: Figure, lang: Lang): string {
  const list = f.sources.map((e) => `${e.source.file}!${e.source.sheet ? `${e.source.sheet}!` : ''}${e.source.cell} (${e.province}${e.program ? ` ${e.program === 'KCDP' ? 'KCĐP' : e.program}` : ''}: ${writeNumber(e.amount, 0, lang)}${e.unit === 'VND' ? (lang === 'vi' ? ' đồng' : ' VND') : ` ${e.unit}`})`);
  return list.join(' + ');
}

/** Records a number with its explanation; returns the text with its index in explain mode. */
function note(ctx: Ctx, written: string, what: string): string {
  ctx.numbers.push(written);
  ctx.explain.push(`[${ctx.explain.length + 1}] ${written}: ${what}`);
  return written;
}

function money(ctx: Ctx, f: Figure, what: string): string {
  const d = UNIT_DECIMALS[ctx.unit];
  const written = `${writeNumber(inUnit(f.value, UNIT_EXP[ctx.unit]), d, ctx.lang)} ${UNIT_NAME[ctx.lang][ctx.unit]}`;
  const exact = ctx.lang === 'vi' ? `tổng chính xác ${writeNumber(f.value, 0, 'vi')} đồng` : `exact sum ${writeNumber(f.value, 0, 'en')} VND`;
  return note(ctx, written, `${what}; ${exact} = ${cellsOf(f, ctx.lang)}`);
}

function pct(ctx: Ctx, num: Figure, den: Figure, decimals: number, what: string, growth = false): string | undefined {
  const top = growth ? sub(num.value, den.value) : num.value;
  const r = ratioRounded(top, den.value, decimals);
  const fine = ratioRounded(top, den.value, decimals + 6);
  if (!r || !fine) return undefined;
  const written = `${writeNumber(abs(r), decimals, ctx.lang)}%`;
  const a = writeNumber(num.value, 0, ctx.lang), b = writeNumber(den.value, 0, ctx.lang);
  const formula = growth ? `(${a} − ${b}) ÷ ${b} × 100` : `${a} ÷ ${b} × 100`;
  const rounded = ctx.lang === 'vi' ? `làm tròn nửa lên đến ${decimals} chữ số thập phân` : `rounded half-up to ${decimals} decimals`;
  return note(ctx, written, `${what}: ${formula} = ${writeNumber(fine, decimals + 6, ctx.lang)}…, ${rounded}`);
}

const isUp = (a: Figure, b: Figure) => cmp(a.value, b.value) >= 0;

/**
 * This year's and last year's figure over the provinces that have both, so that a province
 * missing from last year's reports does not show as growth; `partial` when some lack one.
 */
function comparable(c: Conference, now: 'plan' | 'actual', then: 'priorPlan' | 'prior'): { a: Figure; b: Figure; n: number; partial: boolean } | undefined {
  const rows = c.regions.flatMap((g) => g.provinces).filter((p) => p.programs[''][now]);
  const both = rows.filter((p) => p.programs[''][then]);
  if (!both.length) return undefined;
  const a = both.reduce<Figure | undefined>((acc, p) => addFig(acc, p.programs[''][now]), undefined)!;
  const b = both.reduce<Figure | undefined>((acc, p) => addFig(acc, p.programs[''][then]), undefined)!;
  return { a, b, n: both.length, partial: both.length < rows.length };
}

function partialNote(ctx: Ctx, k: { n: number; partial: boolean }): string {
  if (!k.partial) return '';
  return ctx.lang === 'vi' ? ` (tính trên ${k.n} tỉnh có số liệu năm trước)` : ` (over the ${k.n} provinces with last year's figure)`;
}

function headline(ctx: Ctx, c: Conference, n: number): string[] {
  const vi = ctx.lang === 'vi';
  const both = c.total[''];
  const out: string[] = [];
  const who = vi
    ? `${n} tỉnh, thành phố ${c.region ? `${c.regionRead ? 'khu vực' : 'vùng'} ${c.region}` : 'có báo cáo'}`
    : `the ${n} provinces ${c.region ? `of ${c.region}` : 'reporting'}`;
  if (both.plan) {
    const plan = money(ctx, both.plan, vi ? `kế hoạch năm ${c.year}, KCQG + KCĐP, tổng của các tỉnh` : `plan of ${c.year}, KCQG + KCĐP, sum of the provinces`);
    let s = vi ? `Năm ${c.year}, tổng kế hoạch kinh phí khuyến công của ${who} là ${plan}` : `In ${c.year}, the khuyến công funding plan of ${who} is ${plan}`;
    const k = comparable(c, 'plan', 'priorPlan');
    if (k) {
      const up = isUp(k.a, k.b);
      const g = pct(ctx, k.a, k.b, PCT_MONEY, vi ? `kế hoạch năm ${c.year} so với kế hoạch năm ${c.year - 1}` : `plan ${c.year} against plan ${c.year - 1}`, true);
      if (g) s += vi ? `, ${up ? 'tăng' : 'giảm'} ${g} so với kế hoạch năm ${c.year - 1}${partialNote(ctx, k)}` : `, ${up ? 'up' : 'down'} ${g} on the plan of ${c.year - 1}${partialNote(ctx, k)}`;
    }
    out.push(`${s}.`);
  }
  if (both.actual) {
    const pw = periodWords(c.period, c.year, ctx.lang);
    const act = money(ctx, both.actual, vi ? `thực hiện ${inSentence(pw)}, KCQG + KCĐP` : `actual, ${pw}, KCQG + KCĐP`);
    let s = vi ? `${c.period === '01-12' ? `Cả năm ${c.year}` : `Trong ${inSentence(pw)}`}, kinh phí toàn vùng đã thực hiện được ${act}` : `${pw}: the region spent ${act}`;
    if (!c.region) s = vi ? s.replace('toàn vùng', 'các tỉnh') : s.replace('the region', 'the provinces');
    else if (c.regionRead && vi) s = s.replace('toàn vùng', 'toàn khu vực');
    const parts: string[] = [];
    if (both.plan) {
      const p = pct(ctx, both.actual, both.plan, PCT_MONEY, vi ? 'thực hiện so với kế hoạch năm' : 'actual against the plan of the year');
      if (p) parts.push(vi ? `đạt ${p} kế hoạch năm` : `${p} of the year's plan`);
    }
    const k = comparable(c, 'actual', 'prior');
    if (k) {
      const p = pct(ctx, k.a, k.b, PCT_MONEY, vi ? `so với cùng kỳ năm ${c.year - 1}` : `against the same period of ${c.year - 1}`);
      if (p) parts.push(vi ? `bằng ${p} so với cùng kỳ năm ${c.year - 1}${partialNote(ctx, k)}` : `${p} of the same period of ${c.year - 1}${partialNote(ctx, k)}`);
    }
    out.push(`${s}${parts.length ? `, ${parts.join(vi ? ' và ' : ' and ')}` : ''}.`);
  }
  return out;
}

function programmeSplit(ctx: Ctx, c: Conference): string | undefined {
  const vi = ctx.lang === 'vi';
  const bits: string[] = [];
  for (const [prog, name] of [['KCQG', vi ? 'kinh phí khuyến công quốc gia (KCQG)' : 'the national programme (KCQG)'], ['KCDP', vi ? 'kinh phí khuyến công địa phương (KCĐP)' : 'the local programme (KCĐP)']] as const) {
    const f: ProgFigures = c.total[prog];
    if (!f.actual) continue;
    const a = money(ctx, f.actual, vi ? `thực hiện ${prog === 'KCDP' ? 'KCĐP' : prog}` : `actual ${prog === 'KCDP' ? 'KCĐP' : prog}`);
    const p = f.plan ? pct(ctx, f.actual, f.plan, PCT_MONEY, vi ? `${prog === 'KCDP' ? 'KCĐP' : prog} thực hiện so với kế hoạch` : `${prog === 'KCDP' ? 'KCĐP' : prog} actual against plan`) : undefined;
    bits.push(vi ? `${name} thực hiện ${a}${p ? `, đạt ${p} kế hoạch` : ''}` : `${name} spent ${a}${p ? `, ${p} of plan` : ''}`);
  }
  if (!bits.length) return undefined;
  return vi ? `Trong đó, ${bits.join('; ')}.` : `Of this, ${bits.join('; ')}.`;
}

function activitySentence(ctx: Ctx, c: Conference, max: number): string | undefined {
  const vi = ctx.lang === 'vi';
  const top = c.activities.filter((a) => a.activity && a.programs[''].actual).sort((a, b) => cmp(b.programs[''].actual!.value, a.programs[''].actual!.value)).slice(0, max);
  if (!top.length) return undefined;
  const bits = top.map((a) => {
    const f = a.programs[''];
    const m = money(ctx, f.actual!, vi ? `thực hiện nội dung "${a.label}"` : `actual of "${a.label}"`);
    const p = f.plan ? pct(ctx, f.actual!, f.plan, PCT_MONEY, vi ? `"${a.label}" thực hiện so với kế hoạch` : `"${a.label}" actual against plan`) : undefined;
    return vi ? `${lowerFirst(a.label)} ${m}${p ? ` (đạt ${p} kế hoạch)` : ''}` : `${lowerFirst(a.label)} ${m}${p ? ` (${p} of plan)` : ''}`;
  });
  return vi ? `Các nội dung thực hiện nhiều kinh phí nhất: ${bits.join('; ')}.` : `The largest activities: ${bits.join('; ')}.`;
}

function countText(ctx: Ctx, k: CountRow): string {
  const vi = ctx.lang === 'vi';
  const a = note(ctx, writeNumber(k.actual!.value, 0, ctx.lang), `${k.label} (${k.unit}); ${vi ? 'tổng' : 'sum'} ${formatDec(k.actual!.value)} = ${cellsOf(k.actual!, ctx.lang)}`);
  const p = k.plan ? pct(ctx, k.actual!, k.plan, PCT_COUNT, vi ? `${k.label} thực hiện so với kế hoạch` : `${k.label} actual against plan`) : undefined;
  return vi ? `${lowerFirst(k.label)}: ${a} ${k.unit}${p ? `, đạt ${p} kế hoạch` : ''}` : `${lowerFirst(k.label)}: ${a} ${k.unit}${p ? `, ${p} of plan` : ''}`;
}

/** The paragraph (and its explanation) from the conference model. */
export function narrate(c: Conference, options: NarrateOptions): Narrative {
  const ctx: Ctx = { lang: options.lang, unit: options.unit ?? 'trieu', explain: [], numbers: [] };
  const vi = ctx.lang === 'vi';
  const n = c.regions.reduce((k, g) => k + g.provinces.length, 0);
  const sentences = headline(ctx, c, n);
  const split = programmeSplit(ctx, c);
  if (split) sentences.push(split);
  const acts = activitySentence(ctx, c, options.activities ?? 3);
  const counts = c.counts.filter((k) => k.actual);
  const second: string[] = [];
  if (acts) second.push(acts);
  if (counts.length) {
    const pw = inSentence(periodWords(c.period, c.year, ctx.lang));
    second.push(vi ? `Kết quả ${pw}: ${counts.map((k) => countText(ctx, k)).join('; ')}.` : `Results, ${pw}: ${counts.map((k) => countText(ctx, k)).join('; ')}.`);
  }
  const text = [sentences.join(' '), second.join(' ')].filter(Boolean).join('\n\n');
  return { text: text.normalize('NFC'), explain: ctx.explain.map((l) => l.normalize('NFC')), numbers: ctx.numbers };
}
