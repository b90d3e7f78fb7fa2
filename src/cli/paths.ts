import { realpathSync } from 'node:fs';
import path from 'node:path';

type PathApi = typeof path.posix;

/** The path module of a platform: win32 paths have drive letters, UNC shares, backslashes and no case. */
export function pathsFor(platform: NodeJS.Platform = process.platform): PathApi {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** The canonical form of a path for comparison: absolute, normalised, symlinks resolved where it exists, case folded on Windows. */
export function canonicalPath(p: string, platform: NodeJS.Platform = process.platform, cwd = process.cwd()): string {
  const api = pathsFor(platform);
  let abs = api.resolve(cwd, p);
  if (platform === process.platform) {
    try {
      abs = realpathSync.native(abs);
    } catch {
      // not there yet: compare as written
    }
  }
  return platform === 'win32' ? abs.toLowerCase() : abs;
}

export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform, cwd = process.cwd()): boolean {
  return canonicalPath(a, platform, cwd) === canonicalPath(b, platform, cwd);
}

/** The output that names one of the inputs, if any: writing it would destroy what is being checked. */
export function outputOverInput(outputs: string[], inputs: string[], platform: NodeJS.Platform = process.platform, cwd = process.cwd()): { output: string; input: string } | undefined {
  for (const output of outputs) {
    for (const input of inputs) if (samePath(output, input, platform, cwd)) return { output, input };
  }
  return undefined;
}

/**
 * Expands glob arguments (`*.xlsx`, `reports/**\/*.csv`): cmd.exe and PowerShell pass them as
 * written. An argument that names an existing path is kept as it is (a file may be called
 * "[1].xlsx"); a pattern that matches nothing is kept too, so the run reports it as missing.
 * Backslashes of Windows paths are separators, not escapes.
 */
export async function expandGlobs(args: string[], platform: NodeJS.Platform = process.platform, cwd = process.cwd()): Promise<string[]> {
  const { existsSync } = await import('node:fs');
  const out: string[] = [];
  for (const arg of args) {
    const pattern = platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
    if (existsSync(pathsFor(platform).resolve(cwd, arg))) {
      out.push(arg);
      continue;
    }
    // tinyglobby loads only for an argument that names no path (a pattern, or a missing file).
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(pattern)) {
      out.push(arg);
      continue;
    }
    const found = await glob(pattern, { cwd, onlyFiles: false, expandDirectories: false, dot: false });
    if (found.length === 0) out.push(arg);
    else out.push(...found.sort());
  }
  return out;
}

/**
 * A file as a baseline names it: relative to the baseline file's folder, with forward slashes,
 * so a baseline works from any working directory and on any platform.
 */
export function baselineFileKey(baselinePath: string, platform: NodeJS.Platform = process.platform, cwd = process.cwd()): (file: string) => string {
  const api = pathsFor(platform);
  const dir = api.dirname(api.resolve(cwd, baselinePath));
  return (file) => api.relative(dir, api.resolve(cwd, file)).split(api.sep).join('/');
}
