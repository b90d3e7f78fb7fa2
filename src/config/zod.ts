import { createRequire } from 'node:module';

type Zod = typeof import('zod');
let loaded: Zod | undefined;

/*
 * zod, loaded when a schema is first needed: a config file, a mapping, a baseline, or a config
 * given to the library that plain tests cannot settle (config/schema.ts plainConfig). A run with
 * none of these never loads it (about a tenth of a second of startup).
 */

/** zod as an ES module, for the asynchronous paths (reading a config, mapping or baseline file). */
export async function loadZod(): Promise<Zod> {
  return (loaded ??= await import('zod'));
}

/** zod now, for a synchronous API (resolveConfig, compileMapping): its CommonJS build unless already loaded. */
export function zodNow(): Zod {
  return (loaded ??= createRequire(import.meta.url)('zod') as Zod);
}
