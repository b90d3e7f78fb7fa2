import { activityByCode, ACTIVITIES, parentActivity } from '../reference/activities.js';
import { PROVINCES_63 } from '../reference/data/provinces-63.js';
import { PROVINCES_34 } from '../reference/data/provinces-34.js';
import { foldText } from '../reference/fold-text.js';
import { regionIn } from '../reference/vocabulary/regions.js';
import type { Ledger } from './build-ledger.js';
import { abs, add, cmp, sub, sum, type Dec } from './money.js';
import { allowance } from './allowance.js';
import type { LedgerEntry } from './schema.js';
import { groupBy } from './entry.js';

/**
 * The conference model: what a regional khuyến công conference presents, computed from the
 * PROVINCE rows of the ledger with exact arithmetic. Region subtotals and the grand total are
 * sums of provinces, never a total some input stated; stated totals are kept aside (`stated`)
 * to be shown beside the computed ones. Every figure keeps the entries it rests on.
 */

export type Prog = 'KCQG' | 'KCDP' | '';
export const PROGS: readonly Prog[] = ['KCQG', 'KCDP', ''];

export interface Figure {
  value: Dec;
  /** The ledger entries added up to give `value` (one for a stated figure). */
  sources: LedgerEntry[];
}

export interface ProgFigures {
  /** Plan of the year. */
  plan?: Figure;
  /** Actual of the period. */
  actual?: Figure;
  /** Actual of the same period last year. */
  prior?: Figure;
  /** Last year's plan of the year. */
  priorPlan?: Figure;
}
export type Measure4 = keyof ProgFigures;
export const MEASURES: readonly Measure4[] = ['plan', 'actual', 'prior', 'priorPlan'];

export type ByProg = Record<Prog, ProgFigures>;

export interface ProvinceRow {
  code: string;
  name: string;
  region: string;
  /** The region was named by an input, not inferred. */
  regionRead?: boolean;
  programs: ByProg;
}

export interface RegionGroup {
  name: string;
  /** Named by an input (a summary's title or section row), not inferred from the socio-economic regions. */
  read?: boolean;
  provinces: ProvinceRow[];
  total: ByProg;
}

export interface ActivityRow {
  /** Top-level activity code, or '' for lines no activity was recognised in (grouped by label). */
  activity: string;
  label: string;
  programs: ByProg;
}

export interface CountRow {
  activity: string;
  label: string;
  unit: string;
  plan?: Figure;
  actual?: Figure;
}

export interface StatedTotal {
  entry: LedgerEntry;
  program: Prog;
  measure: 'plan' | 'actual';
  /** What the provinces the stated row covers add up to; undefined when none of them has the figure. */
  computed?: Figure;
  provinces: string[];
  /** The stated figure equals the computed one within the rounding of the figures (absent: no computed figure). */
  agrees?: boolean;
  /** The table's own rows for those provinces (same programme and measure): where a difference comes from. */
  rows: LedgerEntry[];
  /** The stated figure agrees with the table's own rows (its sum holds). */
  ownSumHolds?: boolean;
  /** Rows of the table that differ from the province's figure used (its own report's). */
  rowsDiffering: LedgerEntry[];
}

export interface Conference {
  year: number;
  /** MM-MM of the actuals. */
  period: string;
  /** The region's name when every province is in one, else '' (the whole country). */
  region: string;
  /** The region was named by an input ("khu vực phía Bắc"), not inferred ("vùng Tây Nguyên"). */
  regionRead?: boolean;
  regions: RegionGroup[];
  total: ByProg;
  activities: ActivityRow[];
  counts: CountRow[];
  stated: StatedTotal[];
}

const REGION_OF = new Map<string, string>();
for (const p of PROVINCES_63 as ReadonlyArray<{ code: string; region6?: string }>) if (p.region6) REGION_OF.set(`63|${p.code}`, p.region6);
for (const p of PROVINCES_34 as ReadonlyArray<{ code: string; mergedFrom?: string[] }>) {
  const first = p.mergedFrom?.[0];
  const r = first ? REGION_OF.get(`63|${first}`) : undefined;
  if (r) REGION_OF.set(`34|${p.code}`, r);
}
const REGION_ORDER = ['phía Bắc', 'miền Trung – Tây Nguyên', 'phía Nam', 'Trung du và miền núi phía Bắc', 'Đồng bằng sông Hồng', 'Bắc Trung Bộ và duyên hải miền Trung', 'Tây Nguyên', 'Đông Nam Bộ', 'Đồng bằng sông Cửu Long'];

/** A province's socio-economic region (NQ 81/2023), the grouping when no input names one. */
export function regionOf(e: Pick<LedgerEntry, 'provinceCode' | 'provinceList'>): string {
  return REGION_OF.get(`${e.provinceList ?? '63'}|${e.provinceCode}`) ?? '';
}

const provinceOf = (e: Pick<LedgerEntry, 'provinceCode' | 'provinceList'>) => `${e.provinceList ?? '63'}|${e.provinceCode}`;
/** A sheet as a key: file and sheet name. */
export const sheetOf = (e: { file: string; sheet?: string }) => `${e.file}\u0000${e.sheet ?? ''}`;

/** The provinces each sheet of this year's inputs states figures for: two or more make it a multi-province table. */
export function provincesBySheet(ledger: Ledger): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // A sheet's figures come together, and a province's: the sheet's key is made where the sheet
  // changes, and its set added to where the province does (not once per figure).
  let last: LedgerEntry | undefined;
  let provinces: Set<string> | undefined;
  for (const e of ledger.entries) {
    if (e.prior || !e.provinceCode) continue;
    if (!last || last.source.file !== e.source.file || last.source.sheet !== e.source.sheet) {
      const k = sheetOf(e.source);
      provinces = out.get(k);
      if (!provinces) out.set(k, (provinces = new Set()));
      provinces.add(e.provinceCode);
    } else if (last.provinceCode !== e.provinceCode) provinces!.add(e.provinceCode);
    last = e;
  }
  return out;
}

/**
 * The regions the inputs name for their provinces: the section row a summary lists a province
 * under ("I. Khu vực phía Bắc"), else the region its title names ("… KHU VỰC MIỀN TRUNG – TÂY
 * NGUYÊN"). Conference membership is read, never assumed.
 */
function regionsRead(ledger: Ledger): Map<string, string> {
  const byTitle = new Map((ledger.regions ?? []).map((r) => [sheetOf(r), r.region.name]));
  // Section rows count only in tables of several provinces (a form's line may name a region: "Hội chợ khu vực phía Bắc").
  const provinces = provincesBySheet(ledger);
  const sections = new Map<string, string>();
  for (const e of ledger.entries) {
    if (e.prior || e.provinceCode || !e.label || (provinces.get(sheetOf(e.source))?.size ?? 0) < 2) continue;
    const r = regionIn(e.label);
    if (r) sections.set(`${sheetOf(e.source)}\u0000${e.rowKey}`, r.name);
  }
  const out = new Map<string, string>();
  if (!byTitle.size && !sections.size) return out;
  for (const e of ledger.entries) {
    if (e.prior || !e.provinceCode) continue;
    const sheet = sheetOf(e.source);
    const section = [...(e.rowPath ?? [])].reverse().map((k) => sections.get(`${sheet}\u0000${k}`)).find(Boolean);
    const name = section ?? byTitle.get(sheet);
    if (name && (section || !out.has(provinceOf(e)))) out.set(provinceOf(e), name);
  }
  return out;
}

const fig = (entries: LedgerEntry[]): Figure | undefined => (entries.length ? { value: sum(entries.map((e) => e.amount)), sources: entries } : undefined);
export const addFig = (a?: Figure, b?: Figure): Figure | undefined => (a && b ? { value: add(a.value, b.value), sources: [...a.sources, ...b.sources] } : a ?? b);
const sumFigs = (fs: Array<Figure | undefined>): Figure | undefined => fs.reduce<Figure | undefined>((acc, f) => addFig(acc, f), undefined);

/** The top-level activity of a line: KC3a → KC3_MHTD. */
export function topActivity(code: string): string {
  return code ? parentActivity(code) ?? activityByCode(code)?.code ?? code : '';
}

/**
 * The lines of one report's section that add up to it: items and sub-lines, without a sub-line
 * whose parent line is stated too, and never "Trong đó".
 */
function additiveLines(entries: LedgerEntry[]): LedgerEntry[] {
  const acts = new Set(entries.map((e) => e.activity).filter(Boolean));
  return entries.filter((e) => e.line !== '' && !e.ofWhich && !(e.activity && acts.has(parentActivity(e.activity) ?? '')));
}

/**
 * One report's figure for a section: its stated total, else the sum of its lines; in a
 * multi-province table (a regional summary), the province's own row (the only report stating a
 * province whose own form was not given).
 */
function sectionFigure(entries: LedgerEntry[]): Figure | undefined {
  const total = entries.find((e) => e.line === '' && e.level !== 'item' && !e.ofWhich);
  if (total) return fig([total]);
  const lines = additiveLines(entries);
  if (lines.length) return fig(lines);
  const row = entries.find((e) => e.line === '' && !e.ofWhich);
  return row ? fig([row]) : undefined;
}

/** Files ordered by preference for a province's figures: its own forms before multi-province tables. */
function preferredFiles(entries: LedgerEntry[], provincesIn: Map<string, number>): string[] {
  const files = [...new Set(entries.map((e) => e.source.file))];
  const rank = (f: string) => ((provincesIn.get(f) ?? 0) > 1 ? 1 : 0) + (entries.find((e) => e.source.file === f)?.prior ? 2 : 0);
  return files.sort((a, b) => rank(a) - rank(b));
}

interface Want {
  measure: 'plan' | 'actual';
  year: number;
  period: string;
}

function wants(year: number, period: string): Record<Measure4, Want> {
  return {
    plan: { measure: 'plan', year, period: '01-12' },
    actual: { measure: 'actual', year, period },
    prior: { measure: 'actual', year: year - 1, period },
    priorPlan: { measure: 'plan', year: year - 1, period: '01-12' },
  };
}

const matches = (e: LedgerEntry, w: Want) => e.measure === w.measure && e.year === w.year && e.period === w.period;

/** A province's figure for one programme and measure, from the most direct report stating it. */
function provinceFigure(entries: LedgerEntry[], program: Prog, w: Want, provincesIn: Map<string, number>): Figure | undefined {
  const mine = entries.filter((e) => e.program === program && matches(e, w));
  for (const file of preferredFiles(mine, provincesIn)) {
    const f = sectionFigure(mine.filter((e) => e.source.file === file));
    if (f) return f;
  }
  return undefined;
}

function emptyByProg(): ByProg {
  return { KCQG: {}, KCDP: {}, '': {} };
}

/** Both programmes: KCQG + KCĐP where either is known, else the figure stated for both. */
function withBoth(p: ByProg, stated: ProgFigures): ByProg {
  for (const m of MEASURES) {
    const parts = addFig(p.KCQG[m], p.KCDP[m]);
    const v = parts ?? stated[m];
    if (v) p[''][m] = v;
  }
  return p;
}

function sumByProg(rows: ByProg[]): ByProg {
  const out = emptyByProg();
  for (const prog of PROGS) {
    for (const m of MEASURES) {
      const v = sumFigs(rows.map((r) => r[prog][m]));
      if (v) out[prog][m] = v;
    }
  }
  return out;
}

/** The year and period the conference is about: the latest year, its most reported period of actuals. */
function choosePeriod(money: LedgerEntry[]): { year: number; period: string } | undefined {
  const current = money.filter((e) => !e.prior && e.provinceCode);
  if (!current.length) return undefined;
  // A loop, not Math.max(...years): a ledger of a few hundred thousand figures would overflow the stack.
  const year = current.reduce((y, e) => (e.measure === 'plan' || (e.reportYear ?? e.year) === e.year ? Math.max(y, e.year) : y), -Infinity);
  const counts = new Map<string, Set<string>>();
  for (const e of current) {
    if (e.measure !== 'actual' || e.year !== year) continue;
    const s = counts.get(e.period) ?? new Set<string>();
    s.add(e.provinceCode);
    counts.set(e.period, s);
  }
  const best = [...counts].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? 1 : -1))[0];
  return { year, period: best?.[0] ?? '01-12' };
}

function provinceRows(money: LedgerEntry[], year: number, period: string, provincesIn: Map<string, number>, named: Map<string, string>): ProvinceRow[] {
  const byProvince = new Map<string, LedgerEntry[]>();
  for (const e of money) {
    if (!e.provinceCode) continue;
    const k = `${e.provinceList ?? '63'}|${e.provinceCode}`;
    const l = byProvince.get(k);
    if (l) l.push(e);
    else byProvince.set(k, [e]);
  }
  const w = wants(year, period);
  const rows: ProvinceRow[] = [];
  for (const entries of byProvince.values()) {
    const programs = emptyByProg();
    const stated: ProgFigures = {};
    for (const m of MEASURES) {
      for (const prog of ['KCQG', 'KCDP'] as const) {
        const f = provinceFigure(entries, prog, w[m], provincesIn);
        if (f) programs[prog][m] = f;
      }
      const both = provinceFigure(entries, '', w[m], provincesIn);
      if (both) stated[m] = both;
    }
    withBoth(programs, stated);
    if (!programs[''].plan && !programs[''].actual) continue;
    const first = entries.find((e) => !e.prior) ?? entries[0]!;
    const read = named.get(provinceOf(first));
    rows.push({ code: first.provinceCode, name: first.province, region: read ?? regionOf(first), ...(read ? { regionRead: true } : {}), programs });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function groupRegions(rows: ProvinceRow[]): RegionGroup[] {
  const names = [...new Set(rows.map((r) => r.region))].sort((a, b) => {
    const ia = REGION_ORDER.indexOf(a), ib = REGION_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  return names.map((name) => {
    const provinces = rows.filter((r) => r.region === name);
    const group: RegionGroup = { name, provinces, total: sumByProg(provinces.map((p) => p.programs)) };
    if (provinces.every((p) => p.regionRead)) group.read = true;
    return group;
  });
}

/** The entries a province row's figures came from: the files chosen for it. */
function chosenFiles(rows: ProvinceRow[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const files = new Set<string>();
    for (const prog of PROGS) for (const m of MEASURES) for (const e of r.programs[prog][m]?.sources ?? []) files.add(`${e.source.file}|${m}|${prog}`);
    out.set(r.code, files);
  }
  return out;
}

/** Lines by top-level activity: each province's chosen report, its additive lines. */
function lineRows(entries: LedgerEntry[], rows: ProvinceRow[], year: number, period: string, isCount: boolean): LedgerEntry[][] {
  const chosen = chosenFiles(rows);
  const w = wants(year, period);
  const picked: LedgerEntry[] = [];
  const byCode = groupBy(entries, (e) => e.provinceCode);
  for (const r of rows) {
    const mine = byCode.get(r.code) ?? [];
    for (const m of ['plan', 'actual', 'prior'] as const) {
      for (const prog of PROGS) {
        const sel = mine.filter((e) => e.program === prog && matches(e, w[m]));
        const files = [...new Set(sel.map((e) => e.source.file))];
        const file = isCount ? files[0] : files.find((f) => chosen.get(r.code)?.has(`${f}|${m}|${prog}`) || chosen.get(r.code)?.has(`${f}|${m}|`)) ?? files[0];
        if (isCount && m === 'prior') continue;
        if (file) picked.push(...additiveLines(sel.filter((e) => e.source.file === file)));
      }
    }
  }
  return [picked];
}

function lineKey(e: LedgerEntry): string {
  const top = topActivity(e.activity);
  return top ? top : `~${foldText(e.label)}`;
}

function activityLabel(key: string, e: LedgerEntry): string {
  return key.startsWith('~') ? e.label : activityByCode(key)?.name ?? e.label;
}

const activityOrder = (key: string) => {
  const i = ACTIVITIES.findIndex((a) => a.code === key);
  return i < 0 ? 999 : i;
};

function activities(money: LedgerEntry[], rows: ProvinceRow[], year: number, period: string): ActivityRow[] {
  const [lines = []] = lineRows(money.filter((e) => !e.prior), rows, year, period, false);
  const w = wants(year, period);
  const groups = new Map<string, ActivityRow>();
  for (const e of lines) {
    const key = lineKey(e);
    const g = groups.get(key) ?? { activity: key.startsWith('~') ? '' : key, label: activityLabel(key, e), programs: emptyByProg() };
    const m = matches(e, w.plan) ? 'plan' : matches(e, w.actual) ? 'actual' : 'prior';
    g.programs[e.program][m] = addFig(g.programs[e.program][m], fig([e]));
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const stated = g.programs[''];
    g.programs[''] = {};
    withBoth(g.programs, stated);
  }
  return [...groups.entries()].sort((a, b) => activityOrder(a[0]) - activityOrder(b[0])).map(([, g]) => g);
}

function counts(ledger: Ledger, rows: ProvinceRow[], year: number, period: string): CountRow[] {
  const countEntries = ledger.entries.filter((e) => !e.prior && e.provinceCode && e.unit !== 'VND' && e.unit !== '%' && e.unit !== 'unstated' && (e.measure === 'plan' || e.measure === 'actual'));
  const [lines = []] = lineRows(countEntries, rows, year, period, true);
  const w = wants(year, period);
  const groups = new Map<string, CountRow>();
  for (const e of lines) {
    const key = `${lineKey(e)}|${e.unit}`;
    const g = groups.get(key) ?? { activity: topActivity(e.activity), label: activityLabel(lineKey(e), e), unit: e.unit };
    if (!matches(e, w.plan) && !matches(e, w.actual)) continue;
    const m = matches(e, w.plan) ? 'plan' : 'actual';
    g[m] = addFig(g[m], fig([e]));
    groups.set(key, g);
  }
  return [...groups.entries()].sort((a, b) => activityOrder(a[0].split('|')[0]!) - activityOrder(b[0].split('|')[0]!)).map(([, g]) => g);
}

const within = (a: Dec, b: Dec, es: LedgerEntry[]) => cmp(abs(sub(a, b)), allowance(...es)) <= 0;

/**
 * A stated total against the provinces' sum, within the rounding of every figure; where they
 * differ, whether the table's own sum holds and which of its province rows differ from the
 * figure used for the province (its own report): the sums and agreement checks' findings.
 */
function compareStated(e: LedgerEntry, computed: Figure | undefined, rows: LedgerEntry[], used: (code: string) => Figure | undefined): Pick<StatedTotal, 'agrees' | 'rows' | 'ownSumHolds' | 'rowsDiffering'> {
  const rowsDiffering = rows.filter((r) => {
    const f = used(r.provinceCode);
    return f && !f.sources.includes(r) && !within(r.amount, f.value, [r, ...f.sources]);
  });
  const out: Pick<StatedTotal, 'agrees' | 'rows' | 'ownSumHolds' | 'rowsDiffering'> = { rows, rowsDiffering };
  if (computed) out.agrees = within(e.amount, computed.value, [e, ...computed.sources]);
  if (rows.length) out.ownSumHolds = within(e.amount, sum(rows.map((r) => r.amount)), [e, ...rows]);
  return out;
}

/** Totals an input stated (regional summaries, national rows), with what their provinces add up to. */
function statedTotals(money: LedgerEntry[], rows: ProvinceRow[], year: number, period: string): StatedTotal[] {
  const w = wants(year, period);
  const out: StatedTotal[] = [];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  // The province figures of each sheet, in ledger order, gathered once (file, then sheet as
  // written: an absent sheet is not an empty name).
  const bySheet = new Map<string, Map<string | undefined, LedgerEntry[]>>();
  for (const x of money) {
    if (!x.provinceCode) continue;
    let sheets = bySheet.get(x.source.file);
    if (!sheets) bySheet.set(x.source.file, (sheets = new Map()));
    const list = sheets.get(x.source.sheet);
    if (list) list.push(x);
    else sheets.set(x.source.sheet, [x]);
  }
  for (const e of money) {
    if (e.prior || e.provinceCode || e.ofWhich || e.line !== '') continue;
    const measure = matches(e, w.plan) ? 'plan' : matches(e, w.actual) ? 'actual' : undefined;
    if (!measure) continue;
    const inFile = bySheet.get(e.source.file)?.get(e.source.sheet) ?? [];
    const under = e.rowTotal || !inFile.some((x) => x.rowPath?.includes(e.rowKey)) ? inFile : inFile.filter((x) => x.rowPath?.includes(e.rowKey));
    const provinces = [...new Set(under.map((x) => x.provinceCode))].filter((c) => byCode.has(c)).sort();
    const computed = sumFigs(provinces.map((c) => byCode.get(c)!.programs[e.program as Prog][measure]));
    const covered = new Set(provinces);
    const rows = under.filter((x) => x.program === e.program && matches(x, w[measure]) && x.line === '' && !x.ofWhich && covered.has(x.provinceCode));
    out.push({ entry: e, program: e.program as Prog, measure, provinces, ...(computed ? { computed } : {}), ...compareStated(e, computed, rows, (c) => byCode.get(c)!.programs[e.program as Prog][measure]) });
  }
  return out;
}

/** The money figures of a ledger, the year and period of the conference, and its province rows: what its tables and its stated totals rest on. */
interface ConferenceBasis {
  money: LedgerEntry[];
  year: number;
  period: string;
  rows: ProvinceRow[];
}

function conferenceBasis(ledger: Ledger): ConferenceBasis | undefined {
  const money = ledger.entries.filter((e) => e.unit === 'VND' && (e.measure === 'plan' || e.measure === 'actual'));
  const when = choosePeriod(money);
  if (!when) return undefined;
  const { year, period } = when;
  const provincesIn = new Map<string, number>();
  const perFile = new Map<string, Set<string>>();
  for (const e of money) if (e.provinceCode) perFile.set(e.source.file, (perFile.get(e.source.file) ?? new Set()).add(e.provinceCode));
  for (const [f, s] of perFile) provincesIn.set(f, s.size);
  const rows = provinceRows(money, year, period, provincesIn, regionsRead(ledger));
  return rows.length ? { money, year, period, rows } : undefined;
}

/**
 * The totals the inputs state, with what their provinces add up to: `buildConference(ledger)?.stated`,
 * without the region, activity and count tables the stated-totals check does not need.
 */
export function conferenceStated(ledger: Ledger): StatedTotal[] | undefined {
  const basis = conferenceBasis(ledger);
  return basis && statedTotals(basis.money, basis.rows, basis.year, basis.period);
}

/** The conference model of a ledger; undefined when no province states a plan or an actual in money. */
export function buildConference(ledger: Ledger): Conference | undefined {
  const basis = conferenceBasis(ledger);
  if (!basis) return undefined;
  const { money, year, period, rows } = basis;
  const regions = groupRegions(rows);
  const names = new Set(rows.map((r) => r.region));
  return {
    year,
    period,
    region: names.size === 1 ? [...names][0]! : '',
    ...(regions.length === 1 && regions[0]!.read ? { regionRead: true } : {}),
    regions,
    total: sumByProg(regions.map((r) => r.total)),
    activities: activities(money, rows, year, period),
    counts: counts(ledger, rows, year, period),
    stated: statedTotals(money, rows, year, period),
  };
}
