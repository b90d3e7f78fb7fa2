import { z } from 'zod';
import { CATALOG } from '../findings/catalog.js';
import { matchHistoricalProvince, matchProvince, provinceByCode } from '../reference/provinces.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';

export const SeveritySettingSchema = z.enum(['error', 'warning', 'info', 'off']);

const positive = (key: keyof Limits) => z.number().positive().finite().default(DEFAULT_LIMITS[key]);
const count = (key: keyof Limits) => z.number().int().positive().default(DEFAULT_LIMITS[key]);

/** Bounds on every input (src/read/limits.ts); each exceeded one is an input-limit-exceeded finding. */
export const LimitsSchema = z
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

export const ConfigSchema = z
  .object({
    /** Language of messages. */
    lang: z.enum(['en', 'vi']).default('en'),
    /** Which severity makes `check` exit 1. */
    failOn: z.enum(['error', 'warning', 'never']).default('error'),
    /** Severity per finding code, overriding the catalog's default; "off" drops the code. */
    severity: z.record(z.string(), SeveritySettingSchema).default({}),
    /** Provinces expected to report (names or GSO codes); else the rows of a regional summary in the inputs. */
    expectedProvinces: z.array(z.string().min(1)).optional(),
    /** Number style for text files when a value is ambiguous: auto decides from evidence only. */
    numberStyle: z.enum(['auto', 'vi', 'en']).default('auto'),
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

/** A name or GSO code of a province in either list (or a historical one such as Hà Tây). */
function namesProvince(name: string): boolean {
  const t = name.trim();
  if (/^\d{1,2}$/.test(t)) return !!(provinceByCode(t, '63') ?? provinceByCode(t, '34'));
  return !!(matchProvince(t, '63') ?? matchProvince(t, '34') ?? matchHistoricalProvince(t, 2000));
}

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export function resolveConfig(input: unknown = {}): Config {
  return ConfigSchema.parse(input);
}
