import zlib, { createInflateRaw, inflateRawSync } from 'node:zlib';
import { ReadError } from './grid.js';
import type { LimitKey, Limits } from './limits.js';

/**
 * Checks a zip package (.xlsx, .xlsm, .xlsb, .ods, .docx) against the limits BEFORE any parser
 * inflates it: first the sizes its central directory declares, then the bytes each entry really
 * inflates to, counted while inflating and thrown away (a declared size can lie). XML parts are
 * scanned on the way for what would cost a parser dear: a DTD (entity expansion), a text run
 * longer than any cell may hold, and worksheets' cells and merges.
 */
export interface ZipEntry {
  name: string;
  crc: number;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const MIB = 1024 * 1024;

export function limitError(key: LimitKey, value: number | string, limits: Limits, at?: string, where: { sheet?: string; cell?: string } = {}): ReadError {
  return new ReadError('input-limit-exceeded', { key, value, limit: limits[key], at: at ? ` (${at})` : '' }, where);
}

export function damaged(reason: string): ReadError {
  return new ReadError('file-unreadable', { reason: `damaged zip package: ${reason}` });
}

/** Values of the zip64 extra field (id 1) that replace 0xFFFFFFFF fields, in their order. */
function zip64Extra(buf: Buffer, start: number, end: number, wanted: Array<'size' | 'compressedSize' | 'offset'>): Partial<Record<'size' | 'compressedSize' | 'offset', number>> {
  for (let p = start; p + 4 <= end; ) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === 1) {
      const out: Partial<Record<'size' | 'compressedSize' | 'offset', number>> = {};
      let q = p + 4;
      for (const w of wanted) {
        if (q + 8 > p + 4 + len) break;
        out[w] = Number(buf.readBigUInt64LE(q));
        q += 8;
      }
      return out;
    }
    p += 4 + len;
  }
  return {};
}

/** The central directory's entries; throws file-unreadable when there is none to read. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let p = buf.length - 22; p >= from; p--) {
    if (buf.readUInt32LE(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw damaged('no central directory (the file is truncated or not a zip)');
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) {
    const rec = Number(buf.readBigUInt64LE(eocd - 12));
    if (rec + 56 <= buf.length && buf.readUInt32LE(rec) === 0x06064b50) {
      count = Number(buf.readBigUInt64LE(rec + 32));
      cdOffset = Number(buf.readBigUInt64LE(rec + 48));
    }
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw damaged('its central directory is cut short or corrupt');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const e: ZipEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, Math.min(buf.length, p + 46 + nameLen)),
    };
    const wanted = (['size', 'compressedSize', 'offset'] as const).filter((k) => e[k] === 0xffffffff);
    if (wanted.length) Object.assign(e, zip64Extra(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, wanted));
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** What the XML scan of one part found. */
interface XmlScan {
  /** Longest run of bytes without "<" (a text node or a tag). */
  longestRun: number;
  /** Cells holding a value (<v>, <is>) and merged ranges (<mergeCell>), for worksheet parts. */
  values: number;
  merges: number;
  dtd: boolean;
  /** Whether one of DETAIL_MARKERS is in the part. */
  markers: boolean;
}

/**
 * What a worksheet holds when it has merges, formulas or hidden rows or columns (sheetDetails in
 * ooxml-package.ts); a sheet with none of them (a plain export of any size) needs no details.
 */
export const DETAIL_MARKERS = ['mergeCell', 'hidden', '<f', ':f'];
const LONGEST_MARKER = Math.max(...DETAIL_MARKERS.map((m) => m.length));

/** Whether `chunk`, or the join of the previous chunk's `tail` and it, holds a marker. */
export function hasMarker(chunk: Buffer, tail: Buffer | undefined): boolean {
  if (DETAIL_MARKERS.some((m) => chunk.includes(m))) return true;
  if (!tail) return false;
  const joint = Buffer.concat([tail, chunk.subarray(0, LONGEST_MARKER - 1)]);
  return DETAIL_MARKERS.some((m) => joint.includes(m));
}

/**
 * Where the "prefix:" of a tag name starting at `n` ends (its colon), looking no further than
 * 12 bytes and stopping at a space, ">" or "/"; -1 when the name has no prefix.
 */
function prefixEnd(buf: Buffer, n: number): number {
  const end = Math.min(buf.length, n + 12);
  for (let i = n; i < end; i++) {
    const b = buf[i];
    if (b === 0x3a) return i;
    if (b === 0x20 || b === 0x3e || b === 0x2f) return -1;
  }
  return -1;
}

/** The DTD (in the part's first bytes) and the detail markers (across chunk ends), as both scanners look for them. */
function dtdAndMarkers(result: XmlScan): (chunk: Buffer) => void {
  let first = true;
  /** The last bytes of the previous chunk, where a marker may begin. */
  let tail: Buffer | undefined;
  return (chunk) => {
    if (first) {
      if (/<!DOCTYPE|<!ENTITY/i.test(chunk.subarray(0, 4096).toString('latin1'))) result.dtd = true;
      first = false;
    }
    if (!result.markers) {
      result.markers = hasMarker(chunk, tail);
      tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (LONGEST_MARKER - 1))));
    }
  };
}

/** Counts "<v", "<is", "<mergeCell" (any namespace prefix) and the longest run between "<"s, across chunks. */
function xmlScanner(): { push(chunk: Buffer): void; result: XmlScan } {
  const result: XmlScan = { longestRun: 0, values: 0, merges: 0, dtd: false, markers: false };
  let run = 0;
  const prelude = dtdAndMarkers(result);
  /** A tag cut by the chunk's end ("<merg"): looked at again with the next chunk. */
  let pending: Buffer | undefined;
  const delim = (b: number | undefined) => b === undefined || b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
  const classify = (buf: Buffer, lt: number) => {
    // The local name after an optional "prefix:".
    let n = lt + 1;
    const colon = prefixEnd(buf, n);
    if (colon > n) n = colon + 1;
    if (buf[n] === 0x76 && delim(buf[n + 1])) result.values++;
    else if (buf[n] === 0x69 && buf[n + 1] === 0x73 && delim(buf[n + 2])) result.values++;
    // "m" first: a string made of every other tag's name cost a 70 MB sheet 1.5 s.
    else if (buf[n] === 0x6d && buf.toString('latin1', n, n + 9) === 'mergeCell' && delim(buf[n + 9])) result.merges++;
  };
  return {
    result,
    push(chunk) {
      prelude(chunk);
      const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = undefined;
      let pos = 0;
      for (;;) {
        const lt = buf.indexOf(0x3c, pos);
        if (lt < 0) {
          run += buf.length - pos;
          break;
        }
        run += lt - pos;
        if (run > result.longestRun) result.longestRun = run;
        run = 0;
        if (buf.length - lt < 32) {
          pending = Buffer.from(buf.subarray(lt));
          return;
        }
        classify(buf, lt);
        pos = lt + 1;
      }
      if (run > result.longestRun) result.longestRun = run;
    },
  };
}

/**
 * The scan of a part settled by byte searches (native, no look at each tag) wherever they settle
 * it, as on every part of a real package: the DTD and the markers as xmlScanner finds them; no
 * run between "<"s past the cell limit where no aligned window of half that length is free of
 * "<" (a longer run holds one); cells and merges within their limits where the part is too short
 * to hold more ("<v>" takes 3 bytes, "<mergeCell>" 11, and merges only where a marker is).
 * `exact()` says when they do not settle it: xmlScanner then scans the part itself, as before.
 */
export function quickScanner(limits: Limits, worksheet: boolean): { push(chunk: Buffer): void; result: XmlScan; exact(): boolean } {
  const result: XmlScan = { longestRun: 0, values: 0, merges: 0, dtd: false, markers: false };
  const longest = 10 * limits.maxCellChars;
  const window = Math.floor(longest / 2);
  const prelude = dtdAndMarkers(result);
  let run = 0;
  let bytes = 0;
  let longRun = window < 1;
  const runs = (chunk: Buffer) => {
    const lt = chunk.indexOf(0x3c);
    if (lt < 0) {
      run += chunk.length;
      longRun = run > longest;
      return;
    }
    if (run + lt > longest) longRun = true;
    const last = chunk.lastIndexOf(0x3c);
    for (let p = lt + 1; p < last && !longRun; p += window) if (chunk.indexOf(0x3c, p) - p >= window) longRun = true;
    run = chunk.length - last - 1;
    if (run > longest) longRun = true;
  };
  return {
    result,
    push(chunk) {
      prelude(chunk);
      bytes += chunk.length;
      if (!longRun) runs(chunk);
    },
    exact: () => longRun || (worksheet && (bytes / 3 > limits.maxCellsPerSheet || (result.markers && bytes / 11 > limits.maxMerges))),
  };
}

/** xmlScanner over a part the quick scan did not settle: its bytes, or inflated once more (the limits on its size passed). */
async function exactScan(e: ZipEntry, data: Buffer, inflated: Buffer | undefined, quick: XmlScan): Promise<XmlScan> {
  const scan = xmlScanner();
  if (inflated || e.method === 0) scan.push(inflated ?? data);
  else {
    const inflater = createInflateRaw();
    inflater.end(data);
    for await (const chunk of inflater as AsyncIterable<Buffer>) scan.push(chunk);
  }
  return { ...scan.result, dtd: quick.dtd, markers: quick.markers };
}

/**
 * Inflates one entry, counting bytes; throws at the first limit passed. The inflated bytes are
 * given back when `keep` (the parts a reader will parse: the package is inflated once), else
 * thrown away as they come.
 */
async function inflateCounting(data: Buffer, e: ZipEntry, limits: Limits, total: { bytes: number }, scan?: { push(chunk: Buffer): void }, keep = false, largest = KEEP_MAX): Promise<Buffer | undefined> {
  // Only a worksheet is handed over deflated when large (its reader streams it); other parts are kept whole.
  const keepMax = isWorksheet(e.name) ? largest : Infinity;
  // zlib.crc32 is there from Node 20.15; without it the parsers' own checks remain.
  const crc32 = (zlib as { crc32?: (b: Buffer, prev?: number) => number }).crc32;
  let crc = 0;
  const badCrc = () => crc32 !== undefined && crc >>> 0 !== e.crc >>> 0;
  if (e.method === 0) {
    total.bytes += data.length;
    scan?.push(data);
    if (crc32) crc = crc32(data);
    if (badCrc()) throw damaged(`entry ${e.name} does not match its checksum`);
    return keep ? data : undefined;
  }
  const whole = inflateWithin(data, e, limits, total);
  if (whole) {
    total.bytes += whole.length;
    scan?.push(whole);
    if (crc32) crc = crc32(whole);
    if (badCrc()) throw damaged(`entry ${e.name} does not match its checksum`);
    return keep && whole.length <= keepMax ? whole : undefined;
  }
  const kept: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    const inflater = createInflateRaw();
    let bytes = 0;
    const stop = (err: ReadError) => {
      inflater.removeAllListeners('data');
      inflater.destroy();
      reject(err);
    };
    inflater.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      total.bytes += chunk.length;
      if (bytes > limits.maxEntryBytes) return stop(limitError('maxEntryBytes', `> ${bytes}`, limits, e.name));
      if (total.bytes > limits.maxTotalBytes) return stop(limitError('maxTotalBytes', `> ${total.bytes}`, limits, e.name));
      if (bytes > MIB && bytes / Math.max(1, data.length) > limits.maxCompressionRatio) return stop(limitError('maxCompressionRatio', `> ${Math.floor(bytes / Math.max(1, data.length))}`, limits, e.name));
      scan?.push(chunk);
      if (crc32) crc = crc32(chunk, crc);
      if (keep) kept.push(chunk);
      // A part this large is not held inflated: its reader inflates it again as it parses.
      if (keep && bytes > keepMax) {
        keep = false;
        kept.length = 0;
      }
    });
    inflater.on('error', () => reject(damaged(`entry ${e.name} does not inflate`)));
    inflater.on('end', () => (badCrc() ? reject(damaged(`entry ${e.name} does not match its checksum`)) : resolve()));
    inflater.end(data);
  });
  return keep ? Buffer.concat(kept) : undefined;
}

/** Worksheets inflating past this are not kept for the reader (checkZip's `deferred`): memory, not time. */
export const KEEP_MAX = 16 * 1024 * 1024;

/** Entries this small (compressed) are inflated in one call: a stream costs more than the inflating. */
const AT_ONCE = 256 * 1024;

/**
 * A small entry inflated in one call, its output capped where the streaming inflation would
 * stop (entry size, total size, compression ratio past 1 MiB); undefined when it is not small, or
 * when it reaches the cap: the streaming inflation then stops it with the limit it passes.
 */
function inflateWithin(data: Buffer, e: ZipEntry, limits: Limits, total: { bytes: number }): Buffer | undefined {
  if (data.length > AT_ONCE) return undefined;
  const cap = Math.floor(Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total.bytes, Math.max(MIB, limits.maxCompressionRatio * Math.max(1, data.length))));
  if (cap < 1) return undefined;
  try {
    const out = inflateRawSync(data, { maxOutputLength: cap });
    // Exactly the cap: more may have been cut off; the stream decides.
    return out.length < cap ? out : undefined;
  } catch {
    return undefined; // past the cap, or damaged: the stream says which
  }
}

const isWorksheet = (name: string) => /(^|\/)worksheets\/[^/]+\.xml$/i.test(name);

/**
 * Checks declared sizes, then real ones; resolves when the package is within every limit, with
 * every entry's name and the inflated bytes of the entries `keep` names, for the reader to
 * parse without inflating them again — but for a part past KEEP_MAX (a sheet of a large export),
 * whose deflated bytes are `deferred`: checked, and inflated again as it is parsed.
 */
export async function checkZip(buf: Buffer, limits: Limits, keep?: (name: string) => boolean, keepMax = KEEP_MAX): Promise<{ parts: Map<string, Buffer>; names: string[]; deferred: Map<string, Buffer>; plainDeferred: Set<string> }> {
  const parts = new Map<string, Buffer>();
  const deferred = new Map<string, Buffer>();
  const plainDeferred = new Set<string>();
  const entries = readCentralDirectory(buf);
  if (entries.length > limits.maxZipEntries) throw limitError('maxZipEntries', entries.length, limits);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > limits.maxEntryBytes) throw limitError('maxEntryBytes', e.size, limits, e.name);
    if (declared > limits.maxTotalBytes) throw limitError('maxTotalBytes', declared, limits, e.name);
    if (e.size > MIB && e.size / Math.max(1, e.compressedSize) > limits.maxCompressionRatio) throw limitError('maxCompressionRatio', Math.floor(e.size / Math.max(1, e.compressedSize)), limits, e.name);
  }
  const sheets = entries.filter((e) => isWorksheet(e.name)).length;
  if (sheets > limits.maxSheets) throw limitError('maxSheets', sheets, limits);
  const total = { bytes: 0 };
  for (const e of entries) {
    if (e.flags & 1) continue; // encrypted entry: the parser will say so
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw damaged(`entry ${e.name} is missing`);
    const nameLen = buf.readUInt16LE(e.offset + 26);
    // Streaming parsers go by the local headers, the others by the directory: both must say the same.
    if (buf.toString('utf8', e.offset + 30, e.offset + 30 + nameLen) !== e.name) throw damaged(`entry ${e.name} is named differently in its local header`);
    const start = e.offset + 30 + nameLen + buf.readUInt16LE(e.offset + 28);
    if (start + e.compressedSize > buf.length) throw damaged(`entry ${e.name} is cut short`);
    if (e.method !== 0 && e.method !== 8) continue; // a method the parsers do not inflate either
    const xml = /\.(xml|rels|vml)$/i.test(e.name) ? quickScanner(limits, isWorksheet(e.name)) : undefined;
    const data = buf.subarray(start, start + e.compressedSize);
    const kept = keep?.(e.name) ?? false;
    const inflated = await inflateCounting(data, e, limits, total, xml, kept, keepMax);
    if (inflated) parts.set(e.name, inflated);
    else if (kept) deferred.set(e.name, data);
    if (!xml) continue;
    const r = xml.exact() ? await exactScan(e, data, inflated, xml.result) : xml.result;
    // The reader need not inflate this part once more to look for details: it has none.
    if (!inflated && kept && !r.markers) plainDeferred.add(e.name);
    if (r.dtd) throw new ReadError('file-unreadable', { reason: `XML part ${e.name} declares a DTD or entities, which Office packages never do (entity expansion); not read` });
    // No character takes more than 10 bytes of XML ("&#x10FFFF;"): a longer run holds more characters than any cell may.
    if (r.longestRun > 10 * limits.maxCellChars) throw limitError('maxCellChars', `≥ ${Math.floor(r.longestRun / 10)}`, limits, e.name);
    if (isWorksheet(e.name) && r.values > limits.maxCellsPerSheet) throw limitError('maxCellsPerSheet', r.values, limits, e.name);
    if (isWorksheet(e.name) && r.merges > limits.maxMerges) throw limitError('maxMerges', r.merges, limits, e.name);
  }
  return { parts, names: entries.map((e) => e.name), deferred, plainDeferred };
}
