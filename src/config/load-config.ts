import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { configSchemas, plainConfig, type Config } from './schema.js';
import { CATALOG } from '../findings/catalog.js';
import { loadZod } from './zod.js';

import { ConfigError } from './errors.js';

export { ConfigError };

/** Formats zod issues as one line: "severity.foo: unknown finding code". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Our own schema messages, in Vietnamese (zod's own come from its Vietnamese locale). */
const VI_CUSTOM: Array<[RegExp, string]> = [
  [/^unknown finding code "(.*)"$/, 'không có mã phát hiện "$1"'],
  [/^"(.*)" names no province of the 63- or 34-province list$/, '"$1" không phải tên tỉnh nào trong danh sách 63 hoặc 34 tỉnh'],
  [/^"(.*)" is not a column letter such as "C"$/, '"$1" không phải chữ cột như "C"'],
];

const VI_WHAT: Record<string, string> = { config: 'tệp cấu hình', mapping: 'tệp ánh xạ', baseline: 'tệp baseline' };

/** A schema's problems with some data, as one line in each language. */
export function issuesOf(schema: z.ZodType, data: unknown, error: z.ZodError): { en: string; vi: string } {
  // Only on the way to an error: zod's Vietnamese messages (a function of the issues, whichever zod build made them).
  const viLocale = (createRequire(import.meta.url)('zod/v4/locales') as typeof import('zod/v4/locales')).vi;
  const again = schema.safeParse(data, { error: viLocale().localeError });
  const viIssues = again.success ? error.issues : again.error.issues;
  const vi = viIssues.map((i) => `${i.path.join('.') || '(gốc)'}: ${VI_CUSTOM.reduce((m, [re, to]) => m.replace(re, to), i.message)}`).join('; ');
  return { en: describeIssues(error), vi };
}

/** Throws the schema's problems as a ConfigError naming what was read. */
export function invalid(what: string, path: string | undefined, schema: z.ZodType, data: unknown, error: z.ZodError): never {
  const { en, vi } = issuesOf(schema, data, error);
  throw new ConfigError(`invalid ${what}${path ? ` ${path}` : ''}: ${en}`, `${VI_WHAT[what] ?? what}${path ? ` ${path}` : ''} không hợp lệ: ${vi}`);
}

/**
 * Where a JSON text goes wrong, as line and column, never quoting the text (a binary file or a
 * secret must not reach the terminal): V8's messages quote the input, so only its position is kept.
 */
export function jsonProblem(text: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  const pos = at ? Number(at[1]) : /Unexpected end of JSON input/.test(message) ? text.length : undefined;
  if (pos === undefined) {
    const token = /Unexpected token '(.)'/u.exec(message)?.[1];
    return token && /^[!-~]$/.test(token) ? `unexpected character "${token}"` : 'unexpected control or binary character (is it a JSON file?)';
  }
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return pos >= text.length ? `it ends too early (line ${line})` : `unexpected character at line ${line}, column ${column}`;
}

/** jsonProblem's reasons in Vietnamese. */
function jsonProblemVi(en: string): string {
  return en
    .replace(/^unexpected character "(.)"$/, 'ký tự không mong đợi "$1"')
    .replace(/^unexpected control or binary character \(is it a JSON file\?\)$/, 'ký tự điều khiển hoặc nhị phân không mong đợi (đây có phải tệp JSON không?)')
    .replace(/^it ends too early \(line (\d+)\)$/, 'tệp kết thúc quá sớm (dòng $1)')
    .replace(/^unexpected character at line (\d+), column (\d+)$/, 'ký tự không mong đợi ở dòng $1, cột $2');
}

/** Reads a JSON file given on the command line (config, mapping, baseline); a one-line ConfigError when it cannot. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ConfigError(`cannot read ${what} ${path}: ${why}`, `không đọc được ${VI_WHAT[what] ?? what} ${path}: ${why}`);
  }
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (e) {
    const why = jsonProblem(body, (e as Error).message);
    throw new ConfigError(`${what} ${path} is not valid JSON: ${why}`, `${VI_WHAT[what] ?? what} ${path} không phải JSON hợp lệ: ${jsonProblemVi(why)}`);
  }
}

/** Reads a JSON config file and merges command-line overrides over it. */
export async function loadConfig(path: string | undefined, overrides: Record<string, unknown> = {}): Promise<Config> {
  let fromFile: Record<string, unknown> = {};
  if (path) {
    const parsed = await readJsonFile(path, 'config');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(`config ${path} is not valid JSON: the top level must be an object`, `tệp cấu hình ${path} không phải JSON hợp lệ: cấp ngoài cùng phải là một đối tượng`);
    // Keys starting with "//" are comments (budget-recon init writes them).
    fromFile = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter(([k]) => !k.startsWith('//')));
  }
  // Checked on the raw keys: a parser may drop "__proto__" before the schema sees it.
  const severity = fromFile.severity;
  if (severity && typeof severity === 'object' && !Array.isArray(severity)) {
    const bad = Object.keys(severity).find((k) => !Object.hasOwn(CATALOG, k));
    if (bad !== undefined) throw new ConfigError(`invalid config ${path}: severity.${bad}: unknown finding code "${bad}"`, `tệp cấu hình ${path} không hợp lệ: severity.${bad}: không có mã phát hiện "${bad}"`);
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const input = { ...fromFile, ...defined };
  const plain = plainConfig(input);
  if (plain) return plain;
  await loadZod();
  const { ConfigSchema } = configSchemas();
  const result = ConfigSchema.safeParse(input);
  if (!result.success) invalid('config', path, ConfigSchema, input, result.error);
  return result.data;
}
