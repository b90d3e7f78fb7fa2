import { z } from 'zod';
import { invalid, readJsonFile } from './load-config.js';

/**
 * A baseline accepts known findings, by code and place, each with a reason, so that CI can
 * adopt budget-recon on old data without going red while new findings still fail.
 */
export const BaselineSchema = z.object({
  /** 1: files as given on the command line (relative to where check ran); 2: relative to the baseline file's folder. */
  version: z.union([z.literal(1), z.literal(2)]),
  entries: z.array(z.object({
    code: z.string(),
    file: z.string(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    reason: z.string(),
  }).strict()),
}).strict();

export type Baseline = z.infer<typeof BaselineSchema>;

export async function loadBaseline(path: string): Promise<Baseline> {
  const data = await readJsonFile(path, 'baseline');
  const r = BaselineSchema.safeParse(data);
  if (!r.success) invalid('baseline', path, BaselineSchema, data, r.error);
  return r.data;
}
