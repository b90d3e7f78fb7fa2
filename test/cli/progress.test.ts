import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { startProgress } from '../../src/cli/progress.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CSV = 'fixtures/samples/bac-bo-2024-9m.csv';

/** A stream that keeps what is written; a terminal when `tty`. */
function sink(tty: boolean): Writable & { isTTY?: boolean; columns?: number; text(): string } {
  const chunks: string[] = [];
  const s = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { isTTY?: boolean; columns?: number; text(): string };
  if (tty) {
    s.isTTY = true;
    s.columns = 100;
  }
  s.text = () => chunks.join('');
  return s;
}

function io(stderrTty: boolean): Io & { out: ReturnType<typeof sink>; err: ReturnType<typeof sink> } {
  const out = sink(false);
  const err = sink(stderrTty);
  return { stdout: out, stderr: err, env: { NO_COLOR: '1' }, progressAfterMs: 0, out, err };
}

/** Records a CSV reader yields: its non-empty lines. */
const records = readFileSync(resolve(ROOT, CSV), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').length;

describe('progress on standard error', () => {
  it('draws the file, the rows so far and the rate on a terminal, in English and Vietnamese', async () => {
    for (const [lang, words] of [['en', ['Reading reports/a.csv', '12,000 rows', 'rows/s']], ['vi', ['Đang đọc reports/a.csv', '12.000 dòng', 'dòng/giây']]] as const) {
      const err = sink(true);
      let t = 0;
      const p = await startProgress({ stdout: sink(false), stderr: err, env: {} }, { lang, afterMs: 1000, now: () => t });
      p.onProgress!('reports/a.csv', 4096);
      expect(err.text()).toBe(''); // not before a second has passed
      t = 2000;
      p.onProgress!('reports/a.csv', 12_000);
      p.stop();
      for (const w of words) expect(err.text()).toContain(w);
      expect(err.text()).toContain(lang === 'en' ? '6,000 rows/s' : '6.000 dòng/giây');
    }
  });

  it('writes nothing when standard error is not a terminal, or with --quiet', async () => {
    const redirected = await startProgress({ stdout: sink(false), stderr: sink(false), env: {} }, { lang: 'en', afterMs: 0 });
    expect(redirected.onProgress).toBeUndefined();
    const quiet = await startProgress({ stdout: sink(false), stderr: sink(true), env: {} }, { lang: 'en', afterMs: 0, quiet: true });
    expect(quiet.onProgress).toBeUndefined();
  });

  it('check and ledger show the rows the pipeline read on a terminal, and nothing when redirected or quiet', async () => {
    const tty = io(true);
    expect(await main(['check', CSV, '--format', 'json'], tty)).toBe(0);
    expect(tty.err.text()).toContain(`Reading ${CSV}: ${records} rows`);
    expect(JSON.parse(tty.out.text()).files).toHaveLength(1);

    const ledgerTty = io(true);
    expect(await main(['ledger', CSV, '--lang', 'vi'], ledgerTty)).toBe(0);
    expect(ledgerTty.err.text()).toContain(`Đang đọc ${CSV}: ${records} dòng`);

    for (const [args, stderrTty] of [[['check', CSV, '--format', 'json'], false], [['ledger', CSV], false], [['check', CSV, '-q'], true], [['ledger', CSV, '--quiet'], true]] as const) {
      const run = io(stderrTty);
      await main([...args], run);
      expect(run.err.text(), args.join(' ')).toBe('');
      expect(run.out.text().length).toBeGreaterThan(0);
    }
  });
});
