import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS } from './limits.js';
import { damaged, readCentralDirectory } from './zip-guard.js';

/** The parts of an .xlsx package a reader parses: XML and relationships (not images, not binaries). */
export const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/** What the reader gets of a package: the inflated parts it parses, and every entry's name. */
export interface ZipParts {
  parts: Map<string, Buffer>;
  names: string[];
  /** Parts the zip guard checked but did not keep inflated (too large to hold): their deflated bytes. */
  deferred?: Map<string, Buffer>;
  /** Deferred parts the zip guard saw hold none of DETAIL_MARKERS (no merge, formula or hidden row). */
  plainDeferred?: Set<string>;
}

/**
 * A deferred part inflated as it is read, in pieces of about `size` bytes that each end on a
 * whole UTF-8 character (the parsers decode each piece by itself). The guard has checked it.
 */
export async function* inflatePieces(deflated: Buffer, size = 64 * 1024): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  const inflater = createInflateRaw({ chunkSize: size });
  inflater.end(deflated);
  for await (const chunk of inflater as AsyncIterable<Buffer>) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let end = buf.length;
    // Back to the first byte of the last character when it may be cut (a lead or continuation byte).
    let back = end - 1;
    while (back > 0 && back > end - 4 && (buf[back]! & 0xc0) === 0x80) back--;
    const lead = buf[back]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (end - back < need) end = back;
    carry = Buffer.from(buf.subarray(end));
    if (end > 0) yield buf.subarray(0, end);
  }
  if (carry.length) yield carry;
}

/**
 * Inflates the XML parts of a package read without the zip guard (a caller of readInput that
 * did not go through readInputBounded): each entry bounded by the default entry size all the
 * same. The guarded path hands over the parts the guard inflated (zip-guard.ts checkZip).
 */
export function inflateParts(buf: Buffer): ZipParts {
  const entries = readCentralDirectory(buf);
  const parts = new Map<string, Buffer>();
  for (const e of entries) {
    if (!isXmlPart(e.name) || e.flags & 1 || (e.method !== 0 && e.method !== 8)) continue;
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw damaged(`entry ${e.name} is missing`);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    try {
      parts.set(e.name, e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: DEFAULT_LIMITS.maxEntryBytes }));
    } catch {
      throw damaged(`entry ${e.name} does not inflate`);
    }
  }
  return { parts, names: entries.map((e) => e.name) };
}
