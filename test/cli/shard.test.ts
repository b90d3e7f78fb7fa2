import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo as io } from '../helpers.js';
import { parseShard, shardOf } from '../../src/cli/shard.js';


const FOLDER = 'fixtures/region/2024';

describe('--shard i/n', () => {
  it('splits a list into n shares that hold every item once', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const shares = [1, 2, 3].map((index) => shardOf(items, { index, count: 3 }));
    expect(shares).toEqual([['a', 'd', 'g'], ['b', 'e'], ['c', 'f']]);
    expect(shardOf(items, parseShard('1/1'))).toEqual(items);
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/--shard/);
  });

  it('ledger: the shards of a folder are disjoint by file and together are the whole ledger', async () => {
    const whole = io();
    expect(await main(['ledger', FOLDER], whole)).toBe(0);
    const [header, ...all] = whole.out().split('\r\n').filter(Boolean);
    const parts: string[][] = [];
    for (const s of ['1/3', '2/3', '3/3']) {
      const run = io();
      expect(await main(['ledger', FOLDER, '--shard', s], run)).toBe(0);
      const [h, ...lines] = run.out().split('\r\n').filter(Boolean);
      expect(h).toBe(header);
      expect(lines.length, s).toBeGreaterThan(0);
      parts.push(lines);
    }
    const filesOf = (lines: string[]) => new Set(lines.map((l) => l.split(',').at(-5)));
    const [a, b, c] = parts.map(filesOf);
    for (const f of a!) expect(b!.has(f) || c!.has(f)).toBe(false);
    for (const f of b!) expect(c!.has(f)).toBe(false);
    expect(parts.flat().sort()).toEqual([...all].sort());
  });

  it('check: each shard reads its share of the files; a bad shard is exit 2', async () => {
    const files: string[][] = [];
    for (const s of ['1/2', '2/2']) {
      const run = io();
      await main(['check', FOLDER, '--shard', s, '--format', 'json', '--fail-on', 'never'], run);
      files.push((JSON.parse(run.out()) as { files: Array<{ file: string }> }).files.map((f) => f.file));
    }
    const whole = io();
    await main(['check', FOLDER, '--format', 'json', '--fail-on', 'never'], whole);
    const allFiles = (JSON.parse(whole.out()) as { files: Array<{ file: string }> }).files.map((f) => f.file);
    expect(files[0]!.length + files[1]!.length).toBe(allFiles.length);
    expect([...files[0]!, ...files[1]!].sort()).toEqual([...allFiles].sort());
    const bad = io();
    expect(await main(['check', FOLDER, '--shard', '3/2'], bad)).toBe(2);
    expect(bad.err()).toContain('--shard must be i/n');
  });
});
