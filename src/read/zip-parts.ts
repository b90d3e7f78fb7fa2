import { inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS } from './limits.js';
import { damaged, readCentralDirectory } from './zip-guard.js';

/** The parts of an .xlsx package a reader parses: XML and relationships (not images, not binaries). */
export const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/** What the reader gets of a package: the inflated parts it parses, and every entry's name. */
export interface ZipParts {
  parts: Map<string, Buffer>;
  names: string[];
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
