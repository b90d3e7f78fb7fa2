import type { z } from 'zod';
import { CATALOG } from '../findings/catalog.js';
import { matchHistoricalProvince, matchProvince, provinceByCode } from '../reference/provinces.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import { zodNow } from './zod.js';

const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
const LANGS = ['en', 'vi'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
const NUMBER_STYLES = ['auto', 'vi', 'en'] as const;
/** Limits that may be fractional (the others are whole numbers). */
const FRACTIONAL: ReadonlySet<keyof Limits> = new Set(['maxCompressionRatio', 'maxSecondsPerFile']);

function buildSchemas() {
  const { z } = zodNow();
  const SeveritySettingSchema = z.enum(SEVERITY_SETTINGS);
  const positive = (key: keyof Limits) => z.number().positive().finite().default(DEFAULT_LIMITS[key]);
  const count = (key: keyof Limits) => z.number().int().positive().default(DEFAULT_LIMITS[key]);

  /** Bounds on every input (src/read/limits.ts); each exceeded one is an input-limit-exceeded finding. */
  const LimitsSchema = z
    .object({
      maxFileBytes: count('maxFileBytes'),
      maxZipEntries: count('maxZipEntries'),
      maxEntryBytes: count('maxEntryBytes'),
      maxTotalBytes: count('maxTotalBytes'),
      maxCompressionRatio: positive('maxCompressionRatio'),
      maxSheets: count('maxSheets'),
      maxCellsPerSheet: count('maxCellsPerSheet'),
      maxCellChars: count('maxCellChars'),
      maxColumns: count('maxColumns'),
      maxMerges: count('maxMerges'),
      maxNumberExponent: count('maxNumberExponent'),
      maxSecondsPerFile: positive('maxSecondsPerFile'),
    })
    .strict();

  const ConfigSchema = z
    .object({
      /** Language of messages. */
      lang: z.enum(LANGS).default('en'),
      /** Which severity makes `check` exit 1. */
      failOn: z.enum(FAIL_ON).default('error'),
      /** Severity per finding code, overriding the catalog's default; "off" drops the code. */
      severity: z.record(z.string(), SeveritySettingSchema).default({}),
      /** Provinces expected to report (names or GSO codes); else the rows of a regional summary in the inputs. */
      expectedProvinces: z.array(z.string().min(1)).optional(),
      /** Number style for text files when a value is ambiguous: auto decides from evidence only. */
      numberStyle: z.enum(NUMBER_STYLES).default('auto'),
      /** Bounds on every input; raise one when a genuine file exceeds it. */
      limits: LimitsSchema.default(() => ({ ...DEFAULT_LIMITS })),
    })
    .strict()
    .superRefine((cfg, ctx) => {
      // Own properties only: "toString" or "constructor" are no finding codes.
      for (const code of Object.keys(cfg.severity)) {
        if (!Object.hasOwn(CATALOG, code)) ctx.addIssue({ code: 'custom', path: ['severity', code], message: `unknown finding code "${code}"` });
      }
      (cfg.expectedProvinces ?? []).forEach((name, i) => {
        if (!namesProvince(name)) ctx.addIssue({ code: 'custom', path: ['expectedProvinces', i], message: `"${name}" names no province of the 63- or 34-province list` });
      });
    });
  return { SeveritySettingSchema, LimitsSchema, ConfigSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The config's zod schemas (the contract), built, and zod loaded, on first use. */
export function configSchemas(): Schemas {
  return (schemas ??= buildSchemas());
}

/** A name or GSO code of a province in either list (or a historical one such as Hà Tây). */
function namesProvince(name: string): boolean {
  const t = name.trim();
  if (/^\d{1,2}$/.test(t)) return !!(provinceByCode(t, '63') ?? provinceByCode(t, '34'));
  return !!(matchProvince(t, '63') ?? matchProvince(t, '34') ?? matchHistoricalProvince(t, 2000));
}

export type Config = z.infer<Schemas['ConfigSchema']>;
export type ConfigInput = z.input<Schemas['ConfigSchema']>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));
const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T | undefined => (v === undefined ? fallback : list.includes(v as T) ? (v as T) : undefined);

function plainLimits(v: unknown): Limits | undefined {
  if (v === undefined) return { ...DEFAULT_LIMITS };
  if (!isPlainObject(v)) return undefined;
  const out = { ...DEFAULT_LIMITS };
  for (const [key, n] of Object.entries(v)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, key)) return undefined;
    if (n === undefined) continue;
    const ok = typeof n === 'number' && n > 0 && Number.isFinite(n) && (FRACTIONAL.has(key as keyof Limits) || Number.isSafeInteger(n));
    if (!ok) return undefined;
    out[key as keyof Limits] = n;
  }
  return out;
}

function plainSeverity(v: unknown): Record<string, (typeof SEVERITY_SETTINGS)[number]> | undefined {
  if (v === undefined) return {};
  if (!isPlainObject(v)) return undefined;
  const out: Record<string, (typeof SEVERITY_SETTINGS)[number]> = {};
  for (const [code, s] of Object.entries(v)) {
    if (!Object.hasOwn(CATALOG, code) || !SEVERITY_SETTINGS.includes(s as never)) return undefined;
    out[code] = s as (typeof SEVERITY_SETTINGS)[number];
  }
  return out;
}

const KEYS = new Set(['lang', 'failOn', 'severity', 'expectedProvinces', 'numberStyle', 'limits']);

/**
 * The config the schema would give for this input, by plain tests, when they settle it (the
 * usual case: defaults, a language, severities, limits); undefined when only the schema can
 * (expected provinces, anything it would reject). No zod: a run without a config file never loads it.
 */
export function plainConfig(input: unknown): Config | undefined {
  if (!isPlainObject(input) || Object.keys(input).some((k) => !KEYS.has(k)) || input.expectedProvinces !== undefined) return undefined;
  const lang = oneOf(LANGS, input.lang, 'en');
  const failOn = oneOf(FAIL_ON, input.failOn, 'error');
  const numberStyle = oneOf(NUMBER_STYLES, input.numberStyle, 'auto');
  const severity = plainSeverity(input.severity);
  const limits = plainLimits(input.limits);
  if (!lang || !failOn || !numberStyle || !severity || !limits) return undefined;
  return { lang, failOn, severity, numberStyle, limits };
}

export function resolveConfig(input: unknown = {}): Config {
  return plainConfig(input) ?? configSchemas().ConfigSchema.parse(input);
}
