import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';

export const READ_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.fods', '.xml', '.htm', '.html', '.docx', '.doc', '.csv', '.tsv', '.txt'];

export interface InputFile {
  path: string;
  /** The name used in findings: relative to the working directory when inside it. */
  display: string;
  /** Named on the command line (a wrong type is then a finding), or found in a folder (skipped). */
  explicit: boolean;
  /** Set when the input is not read at all: its finding (not a regular file, a folder with no report). */
  problem?: { code: string; params: Record<string, string | number> };
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
}

/** What a path is when it is neither a regular file nor a folder (the finding's {kind}). */
function irregularKind(st: Stats): string {
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}

/** stat() that follows links and tells a symlink loop from a missing path instead of throwing. */
async function statOf(path: string): Promise<Stats | 'loop' | undefined> {
  try {
    return await stat(path);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : undefined;
  }
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands files and folders (recursively, sorted, hidden entries and Office lock files
 * "~$…" skipped, symbolic links followed with each folder walked once so that loops end) into
 * the files to read. Only regular files are read: a FIFO, device, socket or looping link becomes
 * an input with a `problem`, as does a folder named as an input that holds no report. A missing
 * path is kept: reading it yields a finding.
 */
export async function collectInputs(paths: string[], cwd = process.cwd()): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const absolute = (p: string) => resolve(cwd, p);
  const add = async (abs: string, explicit: boolean, problem?: InputFile['problem']) => {
    const key = problem ? abs : await realpath(abs).catch(() => abs);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path: abs, display: displayName(abs, cwd), explicit, ...(problem ? { problem } : {}) });
  };
  const visited = new Set<string>();
  /** Walks a folder once (by its real path); returns the entries looked at and the inputs found. */
  async function walk(dir: string): Promise<{ looked: number; found: number; again?: true }> {
    const real = await realpath(dir).catch(() => dir);
    if (visited.has(real)) return { looked: 0, found: 0, again: true };
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    let looked = 0;
    let found = 0;
    for (const e of entries.sort(byName)) {
      if (e.name.startsWith('.') || e.name.startsWith('~$') || e.name === 'node_modules') continue;
      looked++;
      const p = join(dir, e.name);
      const isReport = READ_EXTENSIONS.includes(extname(e.name).toLowerCase());
      const st = e.isSymbolicLink() ? await statOf(p) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : await statOf(p);
      if (st === 'dir' || (typeof st === 'object' && st.isDirectory())) {
        const sub = await walk(p);
        looked += sub.looked;
        found += sub.found;
      } else if (!isReport || st === undefined) continue;
      else if (st === 'file' || (typeof st === 'object' && st.isFile())) {
        await add(p, false);
        found++;
      } else {
        await add(p, false, { code: 'input-not-regular', params: { kind: st === 'loop' ? 'symbolic link loop' : irregularKind(st) } });
        found++;
      }
    }
    return { looked, found };
  }
  for (const p of paths) {
    const abs = absolute(p);
    const st = await statOf(abs);
    if (st === 'loop') await add(abs, true, { code: 'input-not-regular', params: { kind: 'symbolic link loop' } });
    else if (st?.isDirectory()) {
      const { looked, found, again } = await walk(abs);
      if (found === 0 && !again) await add(abs, true, { code: 'folder-without-reports', params: { count: looked } });
    } else if (st && !st.isFile()) await add(abs, true, { code: 'input-not-regular', params: { kind: irregularKind(st) } });
    else await add(abs, true);
  }
  return out;
}
