import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigSchema, type Config } from './schema.js';
import { CATALOG } from '../findings/catalog.js';

export class ConfigError extends Error {}

/** Formats zod issues as one line: "severity.foo: unknown finding code". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
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

/** Reads a JSON file given on the command line (config, mapping, baseline); a one-line ConfigError when it cannot. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new ConfigError(`${what} ${path} is not valid JSON: ${jsonProblem(body, (e as Error).message)}`);
  }
}

/** Reads a JSON config file and merges command-line overrides over it. */
export async function loadConfig(path: string | undefined, overrides: Record<string, unknown> = {}): Promise<Config> {
  let fromFile: Record<string, unknown> = {};
  if (path) {
    const parsed = await readJsonFile(path, 'config');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(`config ${path} is not valid JSON: the top level must be an object`);
    // Keys starting with "//" are comments (budget-recon init writes them).
    fromFile = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter(([k]) => !k.startsWith('//')));
  }
  // Checked on the raw keys: a parser may drop "__proto__" before the schema sees it.
  const severity = fromFile.severity;
  if (severity && typeof severity === 'object' && !Array.isArray(severity)) {
    const bad = Object.keys(severity).find((k) => !Object.hasOwn(CATALOG, k));
    if (bad !== undefined) throw new ConfigError(`invalid config ${path}: severity.${bad}: unknown finding code "${bad}"`);
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const result = ConfigSchema.safeParse({ ...fromFile, ...defined });
  if (!result.success) throw new ConfigError(`invalid config${path ? ` ${path}` : ''}: ${describeIssues(result.error)}`);
  return result.data;
}
