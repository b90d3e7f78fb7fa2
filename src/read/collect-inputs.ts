import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';

export const READ_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.fods', '.xml', '.htm', '.html', '.docx', '.doc', '.csv', '.tsv', '.txt'];

export interface InputFile {
  path: string;
  /** The name used in findings: relative to the working directory when inside it. */
  display: string;
  /** Named on the command line (a wrong type is then a finding), or found in a folder (skipped). */
  explicit: boolean;
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
}

/**
 * Expands files and folders (recursively, sorted, hidden entries and Office lock files
 * "~$…" skipped) into the files to read. A missing path is kept: reading it yields a finding.
 */
export async function collectInputs(paths: string[], cwd = process.cwd()): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (p: string, explicit: boolean) => {
    const abs = resolve(cwd, p);
    if (!seen.has(abs)) {
      seen.add(abs);
      out.push({ path: abs, display: displayName(abs, cwd), explicit });
    }
  };
  async function walk(dir: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && READ_EXTENSIONS.includes(extname(e.name).toLowerCase())) add(p, false);
    }
  }
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isDirectory()) await walk(abs);
    else add(abs, true);
  }
  return out;
}
