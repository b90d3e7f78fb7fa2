import type { z } from 'zod';
import type { ColumnMeaning, Dimension } from '../layout/interpret-header.js';
import type { LayoutHints } from '../layout/detect-layout.js';
import { AMOUNT_MEASURES, RATIO_MEASURES } from '../ledger/entry.js';
import { parsePeriod } from '../reference/periods.js';
import { matchProvince, provinceListFor } from '../reference/provinces.js';
import { parseUnit } from '../reference/units.js';
import { ConfigError, invalid, readJsonFile } from './load-config.js';
import { columnNumber } from '../read/grid.js';
import { loadZod, zodNow } from './zod.js';

/**
 * A mapping file overrides detection for odd layouts: which rows are the header, what each
 * column holds, and the title facts. Rules are tried in order; the first whose file and sheet
 * patterns match a sheet applies.
 */
const DIMENSIONS = ['stt', 'label', 'province', 'province_code', 'year', 'period', 'program', 'activity', 'level', 'measure', 'unit', 'note'] as const;

/** The mapping file's zod schema (zod loaded on first use: a run without a mapping never loads it). */
function buildMappingSchema() {
  const { z } = zodNow();
  const ColumnSchema = z.union([
    z.enum([...DIMENSIONS, 'ignore']),
    z.object({
      measure: z.enum(AMOUNT_MEASURES),
      year: z.number().int().optional(),
      /** Offset from the report year: -1 for a "cùng kỳ" column. */
      yearOffset: z.number().int().optional(),
      period: z.string().optional(),
      program: z.enum(['KCQG', 'KCDP', '']).optional(),
      unit: z.string().optional(),
      line: z.string().optional(),
    }).strict(),
    z.object({ ratio: z.enum(RATIO_MEASURES), year: z.number().int().optional(), period: z.string().optional(), program: z.enum(['KCQG', 'KCDP', '']).optional() }).strict(),
  ]);

  const RuleSchema = z.object({
    /** Glob on the file's name (not its folder): "*", "nghe-an-*.xlsx". */
    file: z.string().default('*'),
    /** Glob on the sheet name. */
    sheet: z.string().default('*'),
    kind: z.enum(['long', 'form', 'summary']).optional(),
    /** "as-read": the sheet's structure as `inspect` shows it is confirmed; sums that miss are errors. */
    structure: z.enum(['as-read']).optional(),
    /** Sheet row numbers of the header, top to bottom. */
    headerRows: z.array(z.number().int().positive()).min(1).max(6).optional(),
    title: z.object({
      year: z.number().int().min(1990).max(2100).optional(),
      period: z.string().optional(),
      province: z.string().optional(),
      unit: z.string().optional(),
      measure: z.enum(AMOUNT_MEASURES).optional(),
    }).strict().optional(),
    /** By column letter: "C": "label", "D": { "measure": "plan", "unit": "triệu đồng" }. */
    columns: z.record(z.string(), ColumnSchema).superRefine((rec, ctx) => {
      for (const k of Object.keys(rec)) if (!/^[A-Z]{1,3}$/.test(k)) ctx.addIssue({ code: 'custom', path: [k], message: `"${k}" is not a column letter such as "C"` });
    }).optional(),
  }).strict();

  return z.object({ rules: z.array(RuleSchema).min(1) }).strict();
}

let mappingSchema: ReturnType<typeof buildMappingSchema> | undefined;
export type Mapping = z.infer<ReturnType<typeof buildMappingSchema>>;

function globToRegExp(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 'i');
}

function periodOf(text: string, where: string): { start: number; end: number } {
  const p = parsePeriod(text);
  if (!p) throw new ConfigError(`mapping: ${where}: "${text}" is not a period`, `tệp ánh xạ: ${where}: "${text}" không phải một kỳ báo cáo`);
  return p;
}

function unitOf(text: string, where: string) {
  const u = parseUnit(text);
  if (!u) throw new ConfigError(`mapping: ${where}: "${text}" is not a unit`, `tệp ánh xạ: ${where}: "${text}" không phải một đơn vị tính`);
  return u;
}

/** Checks a mapping and turns each rule into layout hints (units, periods and provinces parsed). */
export function compileMapping(input: unknown): Array<{ file: RegExp; sheet: RegExp; hints: LayoutHints }> {
  const MappingSchema = (mappingSchema ??= buildMappingSchema());
  const r = MappingSchema.safeParse(input);
  if (!r.success) invalid('mapping', undefined, MappingSchema, input, r.error);
  return r.data.rules.map((rule, i) => {
    const where = `rules[${i}]`;
    const hints: LayoutHints = {};
    if (rule.kind) hints.kind = rule.kind;
    if (rule.structure === 'as-read') hints.confirmed = true;
    if (rule.headerRows) hints.headerRows = rule.headerRows;
    if (rule.title) {
      const t: NonNullable<LayoutHints['title']> = {};
      if (rule.title.year !== undefined) t.year = rule.title.year;
      if (rule.title.period) t.period = periodOf(rule.title.period, `${where}.title.period`);
      if (rule.title.unit) t.unit = unitOf(rule.title.unit, `${where}.title.unit`);
      if (rule.title.measure) t.measure = rule.title.measure;
      if (rule.title.province) {
        const m = matchProvince(rule.title.province, provinceListFor(rule.title.year, t.period?.end ?? 12));
        if (!m) throw new ConfigError(`mapping: ${where}.title.province: "${rule.title.province}" is not a province`, `tệp ánh xạ: ${where}.title.province: "${rule.title.province}" không phải tên tỉnh`);
        t.province = m.province;
      }
      hints.title = t;
    }
    if (rule.columns) {
      const cols: Record<number, ColumnMeaning> = {};
      for (const [letter, spec] of Object.entries(rule.columns)) {
        const w = `${where}.columns.${letter}`;
        let m: ColumnMeaning;
        if (typeof spec === 'string') m = spec === 'ignore' ? { kind: 'unknown' } : { kind: 'dimension', dim: spec as Dimension };
        else if ('ratio' in spec) {
          m = { kind: 'ratio', measure: spec.ratio };
          if (spec.year !== undefined) m.year = spec.year;
          if (spec.period) m.period = periodOf(spec.period, `${w}.period`);
          if (spec.program !== undefined) m.program = spec.program;
        } else {
          m = { kind: 'amount', measure: spec.measure };
          if (spec.year !== undefined) m.year = spec.year;
          if (spec.yearOffset !== undefined) m.yearOffset = spec.yearOffset;
          if (spec.period) m.period = periodOf(spec.period, `${w}.period`);
          if (spec.program !== undefined) m.program = spec.program;
          if (spec.unit) m.unit = unitOf(spec.unit, `${w}.unit`);
          if (spec.line) m.line = spec.line;
        }
        cols[columnNumber(letter)] = m;
      }
      hints.columns = cols;
    }
    return { file: globToRegExp(rule.file), sheet: globToRegExp(rule.sheet), hints };
  });
}

export type CompiledMapping = ReturnType<typeof compileMapping>;

/** The hints for one sheet: the first rule whose patterns match. */
export function hintsFor(mapping: CompiledMapping | undefined, file: string, sheet: string): LayoutHints | undefined {
  const name = file.replace(/^.*[\\/]/, '');
  return mapping?.find((r) => r.file.test(name) && r.sheet.test(sheet))?.hints;
}

export async function loadMapping(path: string): Promise<CompiledMapping> {
  const input = await readJsonFile(path, 'mapping');
  await loadZod();
  return compileMapping(input);
}
