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
