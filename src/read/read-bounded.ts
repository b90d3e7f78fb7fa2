import { open, readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { ReadError, type Workbook } from './grid.js';
import { guardWorkbook } from './guard-rows.js';
import type { Limits } from './limits.js';
import { readInput } from './read-input.js';
import { checkZip, limitError } from './zip-guard.js';

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return st.isDirectory() ? 'folder' : 'special file';
}

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Reads one input within the limits: only a regular file, no larger than maxFileBytes, a zip
 * package checked (declared and inflated sizes) before any parser opens it, and the workbook's
 * rows bounded as they stream. Throws ReadError only.
 */
export async function readInputBounded(path: string, display: string, limits: Limits): Promise<Workbook> {
  const startedAt = Date.now();
  const st = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ELOOP') throw new ReadError('input-not-regular', { kind: 'symbolic link loop' });
    return undefined; // missing: the reader says so
  });
  if (st) {
    if (!st.isFile()) throw new ReadError('input-not-regular', { kind: kindOf(st) });
    if (st.size > limits.maxFileBytes) throw limitError('maxFileBytes', st.size, limits);
    let head: Buffer;
    try {
      head = await firstBytes(path, 4);
    } catch (e) {
      throw new ReadError('file-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    }
    if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) {
      try {
        await checkZip(await readFile(path), limits);
      } catch (e) {
        if (e instanceof ReadError) throw e;
        throw new ReadError('file-unreadable', { reason: `damaged zip package (${(e as Error).message})` });
      }
    }
  }
  return guardWorkbook(await readInput(path, display, { maxCellChars: limits.maxCellChars }), limits, startedAt);
}
