import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { ReadError } from './grid.js';

/** Time limit for one conversion; BUDGET_RECON_LO_TIMEOUT (seconds) overrides it. */
function timeoutMs(env = process.env): number {
  const s = Number(env.BUDGET_RECON_LO_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 90_000;
}

/** The LibreOffice binary, if any: $BUDGET_RECON_SOFFICE, else soffice or libreoffice on PATH. */
export async function findSoffice(env = process.env): Promise<string | undefined> {
  if (env.BUDGET_RECON_SOFFICE !== undefined) return env.BUDGET_RECON_SOFFICE || undefined;
  for (const dir of (env.PATH ?? '').split(':')) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = join(dir, name);
      try {
        await readdir(dir);
        const { access } = await import('node:fs/promises');
        await access(p, 1);
        return p;
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, stderr: e.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

/**
 * Converts an Excel 97-2003 or OpenDocument spreadsheet to .xlsx with LibreOffice headless, in
 * a temporary folder with its own user profile (so runs never share or lock one), under a time
 * limit. The input is copied first and never touched. Returns the .xlsx path and a cleanup.
 */
export async function convertWithLibreOffice(path: string): Promise<{ xlsx: string; cleanup: () => Promise<void> }> {
  const ext = extname(path).toLowerCase();
  const TIMEOUT_MS = timeoutMs();
  if (ext === '.xls') {
    const { open } = await import('node:fs/promises');
    const fh = await open(path, 'r');
    const head = Buffer.alloc(512);
    const { bytesRead } = await fh.read(head, 0, 512, 0);
    await fh.close();
    // An OLE2 (Excel 97-2003) file has a 512-byte header; a shorter one is cut off.
    const ole2 = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
    if (ole2 && bytesRead < 512) throw new ReadError('file-unreadable', { reason: `damaged .xls: only ${bytesRead} bytes, shorter than an Excel 97-2003 header` });
    // Besides OLE2, ".xls" files in the wild are old BIFF streams or HTML/XML tables, which LibreOffice reads.
    const biff = head[0] === 0x09 && (head[1] === 0x00 || head[1] === 0x02 || head[1] === 0x04 || head[1] === 0x08);
    const markup = /^\s*</.test(head.subarray(0, Math.min(bytesRead, 64)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, ''));
    if (!ole2 && !biff && !markup) throw new ReadError('file-unreadable', { reason: 'not an Excel 97-2003 workbook: it has no OLE2 or BIFF signature' });
  }
  const soffice = await findSoffice();
  if (!soffice) {
    throw new ReadError('needs-conversion', { ext, reason: 'LibreOffice is not installed' });
  }
  const dir = await mkdtemp(join(tmpdir(), 'budget-recon-lo-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const input = join(dir, `input${ext}`);
    await copyFile(path, input);
    const out = join(dir, 'out');
    let r: Awaited<ReturnType<typeof run>> | undefined;
    let produced: string | undefined;
    // A LibreOffice that fails to start while others start (parallel runs) produces nothing
    // without timing out: try again, later and with a fresh profile, up to three times.
    for (let attempt = 1; attempt <= 3 && !produced && !r?.timedOut; attempt++) {
      if (attempt > 1) await new Promise((ok) => setTimeout(ok, attempt * 1000 + Math.floor(Math.random() * 1000)));
      const profile = `file://${join(dir, `profile-${attempt}`)}`;
      r = await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx', '--outdir', out, input], TIMEOUT_MS);
      produced = (await readdir(out).catch(() => [] as string[])).find((f) => f.endsWith('.xlsx'));
    }
    r = r!;
    if (r.timedOut) throw new ReadError('file-unreadable', { reason: `LibreOffice did not finish converting ${basename(path)} within ${TIMEOUT_MS / 1000} s` });
    if (!produced) {
      const said = r.stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/javaldx|java may not function/i.test(l))[0];
      throw new ReadError('file-unreadable', { reason: `LibreOffice could not convert it (damaged, password-protected, or not a spreadsheet)${said ? `: ${said}` : ''}` });
    }
    return { xlsx: join(out, produced), cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
