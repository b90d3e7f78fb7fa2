import { Option } from './commander.js';
import { UsageError } from './context.js';

/** `--shard i/n`: the i-th (1-based) of n shares of the input files. */
export interface Shard {
  index: number;
  count: number;
}

export const shardOption = () => new Option('--shard <i/n>', 'read only share i of n of the files (every n-th file in name order, from the i-th): for CI jobs run side by side');

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, as in 2/4: ${value}`, `--shard phải có dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4: ${value}`);
  return { index, count };
}

/** The files of one share: every n-th of the sorted list, starting at the i-th. The n shares together hold every file once. */
export function shardOf<T>(files: readonly T[], s: Shard): T[] {
  return files.filter((_, k) => k % s.count === s.index - 1);
}
