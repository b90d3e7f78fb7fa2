import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { looksLikeProse } from '../claims/detect-prose.js';
import { decodeBytes, sniffEncoding } from './decode-text.js';

/** Texts larger than this are not prose anyone quotes figures in; they are refused. */
export const MAX_PROSE_BYTES = 20 * 1024 * 1024;

export const PROSE_EXTENSIONS = ['.txt', '.md', '.docx'];

export class ProseError extends Error {
  constructor(message: string, readonly vi?: string) {
    super(message);
  }
}

function decode(bytes: Uint8Array): string {
  const { encoding, bomLength } = sniffEncoding(bytes.subarray(0, 64 * 1024));
  const body = bytes.subarray(bomLength);
  const text = decodeBytes(body, encoding);
  return text.normalize('NFC');
}

/**
 * The text of an article or narrative report: .txt and .md decoded as for tables (UTF-8,
 * UTF-16, Windows-1258, TCVN3); .docx through mammoth's raw text, one paragraph per line.
 */
export async function readProse(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new ProseError(`not a file: ${path}`, `không phải tệp: ${path}`);
  if (info.size > MAX_PROSE_BYTES) throw new ProseError(`larger than ${MAX_PROSE_BYTES} bytes: ${path}`, `lớn hơn ${MAX_PROSE_BYTES} byte: ${path}`);
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.extractRawText({ path });
      // mammoth ends every paragraph with a blank line: one paragraph per line.
      return value.normalize('NFC').replace(/\n\n/g, '\n').replace(/\n$/, '');
    } catch (e) {
      throw new ProseError(`cannot read ${path} as .docx: ${e instanceof Error ? e.message : String(e)}`, `không đọc được ${path} như tệp .docx: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return decode(await readFile(path));
}

/** True when a .txt/.md file holds prose rather than a table export (its first 64 kB decide). */
export async function isProseFile(path: string): Promise<boolean> {
  if (!/\.(txt|md)$/i.test(path)) return false;
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return looksLikeProse(decode(buf.subarray(0, bytesRead)));
  } finally {
    await fh.close();
  }
}
