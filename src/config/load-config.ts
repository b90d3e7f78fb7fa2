import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigSchema, type Config } from './schema.js';

export class ConfigError extends Error {}

/** Formats zod issues as one line: "severity.foo: unknown finding code". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Reads a JSON file given on the command line (config, mapping, baseline); a one-line ConfigError when it cannot. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads a JSON config file and merges command-line overrides over it. */
export async function loadConfig(path: string | undefined, overrides: Record<string, unknown> = {}): Promise<Config> {
  let fromFile: Record<string, unknown> = {};
  if (path) {
    const parsed = await readJsonFile(path, 'config');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(`config ${path} is not valid JSON: the top level must be an object`);
    fromFile = parsed as Record<string, unknown>;
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const result = ConfigSchema.safeParse({ ...fromFile, ...defined });
  if (!result.success) throw new ConfigError(`invalid config${path ? ` ${path}` : ''}: ${describeIssues(result.error)}`);
  return result.data;
}
