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

describe('config that cannot surprise', () => {
  it('checks severity keys as own properties of the catalog', async () => {
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      await expect(loadConfig(file(`{"severity":{${JSON.stringify(key)}:"off"}}`)), key).rejects.toThrow(/unknown finding code/);
    }
  });

  it('rejects expectedProvinces that name no province, accepts names and codes of either list', async () => {
    await expect(loadConfig(file('{"expectedProvinces":["Nghệ An","40","Hà Tĩnh","Atlantis"]}'))).rejects.toThrow(/expectedProvinces\.3: "Atlantis" names no province/);
    await expect(loadConfig(file('{"expectedProvinces":["Nghe An","TP. Hồ Chí Minh","01"]}'))).resolves.toMatchObject({ expectedProvinces: ['Nghe An', 'TP. Hồ Chí Minh', '01'] });
  });

  it('says where JSON is broken in one line without echoing the bytes', async () => {
    const secret = 'p@ssw0rd-SECRET';
    for (const text of [`{"lang": ${secret}}`, `{"lang":"vi",\n "x": \u0000\u0001PK${secret}`, '{\n  "lang": "vi",\n']) {
      const err = await loadConfig(file(text)).catch((e: Error) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).not.toContain('SECRET');
      expect((err as Error).message).not.toContain('\u0000');
      expect((err as Error).message.split('\n')).toHaveLength(1);
      expect((err as Error).message).toMatch(/is not valid JSON: (unexpected|it ends)/);
    }
  });

  it('ignores "//" comment keys, as budget-recon init writes them', async () => {
    const { starterConfig } = await import('../../src/cli/commands/init.js');
    for (const lang of ['en', 'vi'] as const) {
      const cfg = await loadConfig(file(starterConfig(lang)));
      expect(cfg).toMatchObject({ lang, failOn: 'error', numberStyle: 'auto', expectedProvinces: [] });
    }
  });
});

describe('plainConfig (a config settled without zod)', async () => {
  const { configSchemas, plainConfig, resolveConfig } = await import('../../src/config/schema.js');
  const settled: unknown[] = [
    {},
    { lang: 'vi' },
    { lang: 'en', failOn: 'never', numberStyle: 'vi' },
    { lang: undefined, failOn: undefined },
    { severity: { 'sum-mismatch': 'warning', 'formula-error': 'off' } },
    { limits: { maxCellsPerSheet: 400, maxColumns: 12 } },
    { limits: { maxCompressionRatio: 12.5, maxSecondsPerFile: 0.5 } },
    { lang: 'vi', failOn: 'warning', severity: {}, numberStyle: 'auto', limits: { ...DEFAULT_LIMITS } },
  ];
  it.each(settled.map((c) => [JSON.stringify(c), c]))('gives what the schema gives for %s, keys in its order', (_, input) => {
    const plain = plainConfig(input);
    expect(plain).toBeDefined();
    expect(JSON.stringify(plain)).toBe(JSON.stringify(configSchemas().ConfigSchema.parse(input)));
    expect(resolveConfig(input)).toEqual(plain);
  });

  const left: unknown[] = [
    { lang: 'fr' },
    { colour: true },
    { severity: { 'no-such-code': 'warning' } },
    { severity: { 'sum-mismatch': 'fatal' } },
    { severity: { toString: 'off' } },
    { limits: { maxColumns: 1.5 } },
    { limits: { maxColumns: 0 } },
    { limits: { maxFileBytes: Infinity } },
    { limits: { maxRows: 3 } },
    { expectedProvinces: ['Nghệ An'] },
    [],
    null,
  ];
  it.each(left.map((c) => [JSON.stringify(c), c]))('leaves %s to the schema', (_, input) => {
    expect(plainConfig(input)).toBeUndefined();
  });

  it('the schema still settles what plain tests leave: provinces checked, errors in its words', () => {
    expect(resolveConfig({ expectedProvinces: ['Nghệ An', '01'] }).expectedProvinces).toEqual(['Nghệ An', '01']);
    expect(() => resolveConfig({ expectedProvinces: ['Atlantis'] })).toThrow(/names no province/);
    expect(() => resolveConfig({ limits: { maxColumns: 0 } })).toThrow();
  });
});
