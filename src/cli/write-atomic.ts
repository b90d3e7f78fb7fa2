import { closeSync, fsync, fsyncSync, openSync, renameSync, unlinkSync, write } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const writeP = promisify(write);
const fsyncP = promisify(fsync);

/** Temporary files being written now, with their descriptors: removed if the process is interrupted. */
const pending = new Map<string, number>();
let handlersInstalled = false;

function removePending(): void {
  for (const [tmp, fd] of pending) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/** On SIGINT/SIGTERM: remove half-written temporary files, then end as the signal would (128 + n). */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, n] of [['SIGINT', 2], ['SIGTERM', 15]] as const) {
    process.once(signal, () => {
      removePending();
      process.exit(128 + n);
    });
  }
  process.once('exit', removePending);
}

async function writeAll(fd: number, body: Uint8Array): Promise<void> {
  let off = 0;
  while (off < body.length) {
    const { bytesWritten } = await writeP(fd, body, off, Math.min(body.length - off, 1 << 20));
    off += bytesWritten;
  }
}

/**
 * Lines joined into pieces of about a megabyte: large writes, and never the whole text at once.
 * Pieces already in bytes (ledgerCsvChunks) pass as they are, in order.
 */
export function* chunked(lines: Iterable<string | Uint8Array>, size = 1 << 20): Generator<string | Uint8Array> {
  let parts: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (typeof line !== 'string') {
      if (parts.length) yield parts.join('');
      parts = [];
      length = 0;
      yield line;
      continue;
    }
    parts.push(line);
    length += line.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/**
 * Writes to a temporary file beside the target, flushes it to disk (fsync), then renames: a
 * reader never sees half a file, and a crash after the rename cannot leave an empty one. The
 * temporary file is created synchronously and registered at once, so an interruption (SIGINT,
 * SIGTERM) at any later point removes it.
 */
export async function writeAtomic(path: string, data: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  installHandlers();
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now()}`);
  const fd = openSync(tmp, 'wx');
  pending.set(tmp, fd);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await writeAll(fd, Buffer.from(data));
    else for (const chunk of chunked(data)) await writeAll(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    await fsyncP(fd);
    closeSync(fd);
    pending.delete(tmp);
    renameSync(tmp, path);
    syncDir(dirname(path));
  } catch (e) {
    if (pending.delete(tmp)) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // not there
    }
    throw e;
  }
}

/** Flushes the folder entry of the rename where the platform allows it (not on Windows). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems refuse to fsync a directory: the rename itself is still atomic
  }
}
