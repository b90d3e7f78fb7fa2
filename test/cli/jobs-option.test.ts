import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo as io } from '../helpers.js';
import { parseJobs } from '../../src/cli/context.js';


describe('--jobs', () => {
  it('takes a whole number from 1 to 256, or auto (the default, also given explicitly)', () => {
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs('256')).toBe(256);
    expect(parseJobs('auto')).toBe('auto');
    expect(parseJobs('AUTO')).toBe('auto');
    for (const bad of ['0', '257', '1.5', 'two', '', 'autox']) expect(() => parseJobs(bad), bad).toThrow(/--jobs must be a whole number from 1 to 256, or auto/);
  });

  it('`--jobs auto` runs as the default does; a bad value is a usage error (exit 2)', async () => {
    const file = 'fixtures/long/facts-2022-9m-en.csv';
    const byDefault = io();
    const auto = io();
    expect(await main(['check', file, '--format', 'json', '--fail-on', 'never'], byDefault)).toBe(0);
    expect(await main(['check', file, '--format', 'json', '--fail-on', 'never', '--jobs', 'auto'], auto)).toBe(0);
    const strip = (s: string) => s.replace(/"(generatedAt|seconds|durationMs)":\s*[^,}]+/g, '');
    expect(strip(auto.out())).toBe(strip(byDefault.out()));
    expect(JSON.parse(auto.out()).files.length).toBe(1);
    const bad = io();
    expect(await main(['check', file, '--jobs', 'lots'], bad)).toBe(2);
    expect(bad.err()).toMatch(/--jobs must be a whole number from 1 to 256, or auto: lots/);
  });
});
