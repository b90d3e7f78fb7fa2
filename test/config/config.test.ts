import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'br-cfg-'));
const file = (text: string) => {
  const p = join(dir, `${Math.random()}.json`);
  writeFileSync(p, text);
  return p;
};

describe('loadConfig', () => {
  it('gives defaults, reads a file, and lets options override it', async () => {
    expect(await loadConfig(undefined)).toEqual({ lang: 'en', failOn: 'error', severity: {}, numberStyle: 'auto', limits: DEFAULT_LIMITS });
    const p = file(JSON.stringify({ lang: 'vi', severity: { 'sum-mismatch': 'warning' } }));
    expect(await loadConfig(p, { lang: 'en', failOn: undefined })).toMatchObject({ lang: 'en', failOn: 'error', severity: { 'sum-mismatch': 'warning' } });
  });

  it('rejects bad files with a one-line reason', async () => {
    await expect(loadConfig(file('{'))).rejects.toThrow(ConfigError);
    await expect(loadConfig(file('{"lang":"fr"}'))).rejects.toThrow(/lang/);
    await expect(loadConfig(file('{"colour":true}'))).rejects.toThrow(/colour/);
    await expect(loadConfig(file('{"severity":{"sum-mismatch":"fatal"}}'))).rejects.toThrow(/severity\.sum-mismatch/);
    await expect(loadConfig(join(dir, 'none.json'))).rejects.toThrow(/cannot read config .*ENOENT/);
  });
});
