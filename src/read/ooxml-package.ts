import { generatorOf } from './generator-mark.js';
import type { Merge } from './grid.js';
import type { ZipParts } from './zip-parts.js';
import { damaged, DETAIL_MARKERS } from './zip-guard.js';

/**
 * What exceljs's streaming reader does not say about an .xlsx package: where the parts are
 * (relationships, not hard-coded paths), each sheet's kind and visibility, merged ranges, and
 * the 1904 date system as LibreOffice writes it (date1904="true").
 */
export interface PackageSheet {
  name: string;
  sheetId: number;
  state: 'visible' | 'hidden' | 'veryHidden';
  kind: 'worksheet' | 'chartsheet' | 'other';
  path: string;
}

/** What a worksheet part says beyond its cells. */
export interface SheetDetails {
  merges: Merge[];
  /**
   * Saved results of formula cells, by address: exceljs's streaming reader turns a saved error
   * into NaN and can lose a saved 0; the package says what the cell shows.
   */
  formulaValues: Map<string, { type: string; value: string }>;
  /** Rows and columns (1-based) the sheet hides. */
  hiddenRows: number[];
  hiddenCols: number[];
}

export interface PackageInfo {
  date1904: boolean;
  /** date1904 written as "true" (LibreOffice), which exceljs does not recognise; "1" it does. */
  date1904AsTrue: boolean;
  sheets: PackageSheet[];
  workbookXml: string;
  /** Shared strings and styles parts, where the workbook's relationships put them. */
  sharedStringsPath?: string;
  stylesPath?: string;
  /** The text of a part, inflated from the package once (undefined when absent). */
  part: (path: string) => string | undefined;
  /** A part's bytes (UTF-8 XML), for the parsers that take them in pieces. */
  partBytes: (path: string) => Buffer | undefined;
  /** A part too large to be held inflated: its deflated bytes, inflated again as it is parsed. */
  deferredPart: (path: string) => Buffer | undefined;
  /** A deferred part the zip guard saw hold no detail (sheetDetails would find nothing in it). */
  plainPart: (path: string) => boolean;
  /** Set when budget-recon wrote this workbook (its custom document property): it is an output, not a report. */
  generatedBy?: string;
}

export class PackageError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** Elements by local name, whatever namespace prefix the producer used (<x:sheet>, <sheet>). */
function elements(xml: string, local: string): Array<Record<string, string>> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*?)/?>`, 'g');
  return [...xml.matchAll(re)].map((m) => attrs(m[1]!));
}

/** The attribute whose local name is `local` (r:id, x:id …), ignoring unprefixed look-alikes such as sheetId. */
function prefixed(a: Record<string, string>, local: string): string | undefined {
  const key = Object.keys(a).find((k) => k.includes(':') && k.split(':')[1] === local);
  return key ? a[key] : undefined;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function decodeRef(ref: string): Merge | undefined {
  const m = ref.match(/^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i);
  if (!m) return undefined;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]!), bottom: Number(m[4]), right: col(m[3]!) };
}

/** A part's bytes by its path, or by the same path in other case (producers disagree on case). */
function bytesOf(zip: ZipParts, path: string): Buffer | undefined {
  const exact = zip.parts.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  const name = zip.names.find((k) => k.toLowerCase() === lower) ?? path;
  const found = zip.parts.get(name);
  if (!found && zip.names.includes(name) && !zip.deferred?.has(name)) throw damaged(`entry ${name} is encrypted or compressed by a method no reader supports`);
  return found;
}

function text(zip: ZipParts, path: string): string | undefined {
  return bytesOf(zip, path)?.toString('utf8');
}

const TRUE = new Set(['1', 'true']);

/** Rows and columns marked hidden="1" in a worksheet part. */
function hiddenOf(xml: string): { hiddenRows: number[]; hiddenCols: number[] } {
  // Only row tags that name a "hidden" attribute are parsed (most sheets have none).
  const hiddenRows = [...xml.matchAll(/<(?:[\w.-]+:)?row\b([^>]*?\bhidden\s*=[^>]*?)\/?>/g)].map((m) => attrs(m[1]!)).filter((r) => TRUE.has(r.hidden ?? '') && r.r).map((r) => Number(r.r));
  const hiddenCols: number[] = [];
  for (const c of elements(xml, 'col')) {
    if (!TRUE.has(c.hidden ?? '')) continue;
    const max = Math.min(Number(c.max ?? c.min), Number(c.min) + 16384);
    for (let i = Number(c.min); i <= max; i++) hiddenCols.push(i);
  }
  return { hiddenRows, hiddenCols };
}

/**
 * sheetDetails of a part's bytes: a worksheet with no merged range, no formula and nothing hidden
 * (a plain export of any size) is settled by byte searches, never decoded as a whole.
 */
export function sheetDetailsOf(bytes: Buffer): SheetDetails {
  return MARKERS.some((m) => bytes.includes(m)) ? sheetDetails(bytes.toString('utf8')) : NO_DETAILS();
}

const MARKERS = DETAIL_MARKERS;
/** The details of a sheet that has none. */
export const NO_DETAILS = (): SheetDetails => ({ merges: [], formulaValues: new Map(), hiddenRows: [], hiddenCols: [] });

/** sheetDetailsOf a deferred part, searched piece by piece; decoded whole only when a marker is there. */
export async function sheetDetailsOfPieces(pieces: AsyncIterable<Buffer>, whole: () => Buffer): Promise<SheetDetails> {
  let tail = Buffer.alloc(0);
  for await (const piece of pieces) {
    const window = Buffer.concat([tail, piece]);
    if (MARKERS.some((m) => window.includes(m))) return sheetDetails(whole().toString('utf8'));
    tail = Buffer.from(window.subarray(Math.max(0, window.length - 16)));
  }
  return NO_DETAILS();
}

/** Merges, saved formula results and hidden rows and columns of a worksheet part. */
export function sheetDetails(xml: string): SheetDetails {
  const merges = elements(xml, 'mergeCell').map((m) => decodeRef(m.ref ?? '')).filter((m): m is Merge => !!m);
  const formulaValues = new Map<string, { type: string; value: string }>();
  // A sheet without a formula needs no look at its cells.
  const formulas = /<(?:[\w.-]+:)?f\b/.test(xml);
  for (const m of formulas ? xml.matchAll(/<(?:[\w.-]+:)?c\b((?:[^>/]|\/(?!>))*)>((?:(?!<\/(?:[\w.-]+:)?c>)[\s\S])*?<(?:[\w.-]+:)?f\b[\s\S]*?)<\/(?:[\w.-]+:)?c>/g) : []) {
    const a = attrs(m[1]!);
    const v = m[2]!.match(/<(?:[\w.-]+:)?v>([^<]*)</);
    if (a.r && v) formulaValues.set(a.r.toUpperCase(), { type: a.t ?? 'n', value: unescapeXml(v[1]!) });
  }
  return { merges, formulaValues, ...hiddenOf(xml) };
}

/** What the package says of itself, from its inflated parts (the package is unzipped once: zip-guard.ts, zip-parts.ts). */
export function inspectPackage(zip: ZipParts): PackageInfo {
  const has = (path: string) => zip.names.includes(path);
  const rootRels = text(zip, '_rels/.rels');
  const custom = text(zip, 'docProps/custom.xml');
  const generatedBy = custom ? generatorOf(custom) : undefined;
  if (generatedBy) return { date1904: false, date1904AsTrue: false, sheets: [], workbookXml: '', part: () => undefined, partBytes: () => undefined, deferredPart: () => undefined, plainPart: () => false, generatedBy };
  const office = rootRels ? elements(rootRels, 'Relationship').find((r) => /\/officeDocument$/.test(r.Type ?? '')) : undefined;
  const workbookPath = office?.Target ? resolvePath('', office.Target) : has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
  const workbookXml = workbookPath ? text(zip, workbookPath) : undefined;
  if (!workbookPath || !workbookXml) throw new PackageError('not a spreadsheet package: it has no workbook part');
  const wbPr = elements(workbookXml, 'workbookPr')[0] ?? {};
  const date1904 = wbPr.date1904 === '1' || wbPr.date1904 === 'true';
  const rels = new Map<string, { target: string; type: string }>();
  const wbRels = text(zip, relsPath(workbookPath));
  for (const r of wbRels ? elements(wbRels, 'Relationship') : []) {
    if (r.Id && r.Target) rels.set(r.Id, { target: resolvePath(workbookPath, r.Target), type: r.Type ?? '' });
  }
  const byType = (t: RegExp) => [...rels.values()].find((r) => t.test(r.type))?.target;
  const sheets: PackageSheet[] = [];
  for (const s of elements(workbookXml, 'sheet')) {
    const rel = rels.get(prefixed(s, 'id') ?? '');
    const kind = !rel ? 'other' : /\/worksheet$/.test(rel.type) ? 'worksheet' : /\/chartsheet$/.test(rel.type) ? 'chartsheet' : 'other';
    const state = s.state === 'hidden' || s.state === 'veryHidden' ? s.state : 'visible';
    sheets.push({ name: s.name ?? '', sheetId: Number(s.sheetId ?? 0), state, kind, path: rel?.target ?? '' });
  }
  const info: PackageInfo = { date1904, date1904AsTrue: wbPr.date1904 === 'true', sheets, workbookXml, part: (path) => text(zip, path), partBytes: (path) => bytesOf(zip, path), deferredPart: (path) => zip.deferred?.get(path), plainPart: (path) => zip.plainDeferred?.has(path) ?? false };
  const shared = byType(/\/sharedStrings$/) ?? (has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);
  const styles = byType(/\/styles$/) ?? (has('xl/styles.xml') ? 'xl/styles.xml' : undefined);
  if (shared) info.sharedStringsPath = shared;
  if (styles) info.stylesPath = styles;
  return info;
}
