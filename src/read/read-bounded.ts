import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { ReadError, type Workbook } from './grid.js';
import { guardWorkbook } from './guard-rows.js';
import type { Limits } from './limits.js';
import { readInput, type ReadOptions } from './read-input.js';
import { isXmlPart } from './zip-parts.js';
import { checkZip, limitError } from './zip-guard.js';

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return st.isDirectory() ? 'folder' : 'special file';
}

/*
 * The file system is asked synchronously here: a regular file's stat and bytes come at once,
 * where each asynchronous call waits for a thread of libuv's pool (on a busy two-core machine,
 * more than the reading itself for a region of small workbooks). A FIFO or device is never opened.
 */
function firstBytes(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new ReadError('input-not-regular', { kind: 'symbolic link loop' });
    return undefined; // missing: the reader says so
  }
}

/**
 * Reads one input within the limits: only a regular file, no larger than maxFileBytes, a zip
 * package checked (declared and inflated sizes) before any parser opens it, and the workbook's
 * rows bounded as they stream. Throws ReadError only.
 */
export async function readInputBounded(path: string, display: string, limits: Limits): Promise<Workbook> {
  const startedAt = Date.now();
  const options: ReadOptions = { maxCellChars: limits.maxCellChars };
  const st = statOf(path);
  if (st) {
    if (!st.isFile()) throw new ReadError('input-not-regular', { kind: kindOf(st) });
    if (st.size > limits.maxFileBytes) throw limitError('maxFileBytes', st.size, limits);
    let head: Buffer;
    try {
      head = firstBytes(path, 4);
    } catch (e) {
      throw new ReadError('file-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    }
    if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) {
      try {
        const bytes = readFileSync(path);
        // An .xlsx's XML parts are kept as the guard inflates them: the reader inflates nothing again.
        const workbook = /\.xls[xm]$/i.test(path);
        const parts = await checkZip(bytes, limits, workbook ? isXmlPart : undefined);
        if (workbook) options.zip = { bytes, parts };
      } catch (e) {
        if (e instanceof ReadError) throw e;
        throw new ReadError('file-unreadable', { reason: `damaged zip package (${(e as Error).message})` });
      }
    }
  }
  return guardWorkbook(await readInput(path, display, options), limits, startedAt);
}
