import path from 'node:path';
import type { Report } from '../findings/build-report.js';
import { CATALOG, type CatalogEntry } from '../findings/catalog.js';
import type { Location } from '../findings/types.js';

/** Physical line and column (from 1) of a place in a text file, where known. */
export type PositionOf = (l: Location) => { line: number; column: number; lineText?: string } | undefined;

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const isText = (file: string) => /\.(csv|tsv|txt)$/i.test(file);

export interface SarifOptions {
  version: string;
  /** The folder relative paths are relative to (absolute): SARIF's SRCROOT. */
  root: string;
  platform?: NodeJS.Platform;
  /** Physical line and column of a place in a text file. */
  positions?: PositionOf;
  /** Where a rule's help lives (absolute URI, the README's finding codes). */
  helpUri?: string;
}

/** Percent-encodes each segment of a path: spaces, diacritics, "#" and "%" cannot break the URI. */
function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}

/** An absolute path as a file: URI, for POSIX and Windows paths (drive letters, UNC shares). */
export function fileUri(abs: string, platform: NodeJS.Platform = process.platform): string {
  if (platform !== 'win32') return `file://${encodeSegments(abs.split('/')).replace(/^(?!\/)/, '/')}`;
  const p = abs.replace(/\\/g, '/');
  const unc = /^\/\/([^/]+)\/(.*)$/.exec(p);
  if (unc) return `file://${unc[1]}/${encodeSegments(unc[2]!.split('/'))}`;
  const drive = /^([A-Za-z]):\/?(.*)$/.exec(p);
  if (drive) return `file:///${drive[1]!.toUpperCase()}:/${encodeSegments(drive[2]!.split('/'))}`;
  return `file:///${encodeSegments(p.replace(/^\//, '').split('/'))}`;
}

/**
 * A file as a SARIF artifact location: a percent-encoded URI relative to SRCROOT (the folder
 * the run started in) when the file is under it, else an absolute file: URI.
 */
export function artifactLocation(file: string, root: string, platform: NodeJS.Platform = process.platform): { uri: string; uriBaseId?: string } {
  const api = platform === 'win32' ? path.win32 : path.posix;
  const abs = api.resolve(root, file);
  const rel = api.relative(root, abs);
  if (rel && !rel.startsWith('..') && !api.isAbsolute(rel)) return { uri: encodeSegments(rel.split(/[\\/]/)), uriBaseId: 'SRCROOT' };
  return { uri: fileUri(abs, platform) };
}

function sarifLocation(l: Location, o: SarifOptions, message?: string) {
  const physical: Record<string, unknown> = { artifactLocation: artifactLocation(l.file, o.root, o.platform) };
  // In a text file a place is a physical line and column; in a workbook a sheet and a cell.
  if (isText(l.file) && l.row) {
    const p = o.positions?.(l);
    physical.region = p ? { startLine: p.line, startColumn: p.column } : { startLine: l.row };
  }
  const loc: Record<string, unknown> = { physicalLocation: physical };
  if (l.sheet) loc.logicalLocations = [{ name: l.cell ?? l.sheet, fullyQualifiedName: l.cell ? `${l.sheet}!${l.cell}` : l.sheet, kind: 'element' }];
  if (message) loc.message = { text: message };
  return loc;
}

function ruleOf(id: string, report: Report, o: SarifOptions) {
  const e = (CATALOG as Record<string, CatalogEntry>)[id]!;
  const lang = report.lang;
  const explain = lang === 'vi' ? `Xem thêm: budget-recon explain ${id} --lang vi` : `More: budget-recon explain ${id}`;
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: e.title[lang] },
    fullDescription: { text: e.description[lang] },
    ...(o.helpUri ? { helpUri: `${o.helpUri}` } : {}),
    help: { text: `${e.description[lang]}\n\n${explain}`, markdown: `**${e.title[lang]}**\n\n${e.description[lang]}\n\n\`budget-recon explain ${id}${lang === 'vi' ? ' --lang vi' : ''}\`` },
    defaultConfiguration: { level: LEVEL[e.severity] },
    properties: { emittedBy: e.emittedBy },
  };
}

/**
 * SARIF 2.1.0: one run, rules from the catalog (with help), a result per finding with its
 * place — percent-encoded URIs relative to SRCROOT (originalUriBaseIds), physical line and
 * column for text files, sheet!cell as logical location — and its related cells.
 */
export function renderSarif(report: Report, o: SarifOptions): string {
  const codes = Object.keys(CATALOG);
  const rules = codes.map((id) => ruleOf(id, report, o));
  const results = report.findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [sarifLocation(f.location, o)],
    ...(f.related.length ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...sarifLocation(r, o, r.sheet && r.cell ? `${r.sheet}!${r.cell}` : r.file) })) } : {}),
    ...(f.expected !== undefined || f.reported !== undefined ? { properties: { ...(f.expected !== undefined ? { expected: f.expected } : {}), ...(f.reported !== undefined ? { reported: f.reported } : {}) } } : {}),
  }));
  const root = fileUri(o.root, o.platform);
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'budget-recon', version: o.version, semanticVersion: o.version, ...(o.helpUri ? { informationUri: o.helpUri.replace(/#.*$/, '') } : {}), rules } },
      originalUriBaseIds: { SRCROOT: { uri: root.endsWith('/') ? root : `${root}/` } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
