/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * The HTML report in a real headless Chromium (Debian's, never a downloaded browser): no console
 * error, no request leaving the file, charts drawn with a size, a screenshot kept as an artefact.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'budget-recon.js');
const CHROMIUM = process.env.BUDGET_RECON_CHROMIUM ?? '/usr/bin/chromium';
const ARTEFACTS = join(ROOT, 'test', 'viewers', 'artefacts');
const tmp = mkdtempSync(join(tmpdir(), 'br-viewers-html-'));

async function open(html: string, viewport: { width: number; height: number }, shot: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(html).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('.chart svg').length === 4, undefined, { timeout: 30_000 });
    const sizes = await page.$$eval('.chart', (els) => els.map((el) => {
      const svg = el.querySelector('svg');
      const r = svg?.getBoundingClientRect();
      return { id: el.id, w: r?.width ?? 0, h: r?.height ?? 0, shapes: svg?.querySelectorAll('path,rect').length ?? 0 };
    }));
    // The severity filter works in the page.
    const before = await page.$$eval('#findings tbody tr:not([hidden])', (l) => l.length);
    await page.selectOption('#f-severity', 'error');
    const errorsOnly = await page.$$eval('#findings tbody tr:not([hidden])', (l) => l.length);
    const errorRows = await page.$$eval('#findings tbody tr[data-severity="error"]', (l) => l.length);
    await page.selectOption('#f-severity', '');
    const file = await page.$eval('#f-file option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
    await page.selectOption('#f-file', file);
    const fileOnly = await page.$$eval('#findings tbody tr:not([hidden])', (l) => l.length);
    const fileRows = await page.$$eval('#findings tbody tr', (l, f) => l.filter((tr) => (tr as HTMLElement).dataset.file === f).length, file);
    await page.selectOption('#f-file', '');
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, shot), fullPage: true });
    return { errors, requests: requests.filter((u) => u !== url), sizes, before, errorsOnly, errorRows, fileOnly, fileRows };
  } finally {
    await browser.close();
  }
}

describe('the HTML report in Chromium', () => {
  it('loads with no console error and no request, draws four charts, filters findings (desktop and phone)', async () => {
    const html = join(tmp, 'region.html');
    const r = spawnSync(process.execPath, [BIN, 'check', 'fixtures/region/faulty-2024', '--prior', 'fixtures/region/2023', '--lang', 'vi', '--html', html], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    for (const [viewport, shot] of [[{ width: 1280, height: 900 }, 'report-desktop.png'], [{ width: 390, height: 844 }, 'report-phone.png']] as const) {
      const got = await open(html, viewport, shot);
      expect(got.errors).toEqual([]);
      expect(got.requests).toEqual([]);
      expect(got.sizes.map((s) => s.id)).toEqual(['chart-plan-actual', 'chart-pct', 'chart-prior', 'chart-split']);
      for (const s of got.sizes) {
        expect(s.w).toBeGreaterThan(100);
        expect(s.h).toBeGreaterThan(100);
        expect(s.shapes).toBeGreaterThan(3);
      }
      expect(got.errorsOnly).toBe(got.errorRows);
      expect(got.fileOnly).toBe(got.fileRows);
      expect(got.before).toBeGreaterThan(got.fileOnly);
    }
  });
});
