import type { Report } from '../findings/build-report.js';
import { CATALOG, type CatalogEntry } from '../findings/catalog.js';
import type { Location } from '../findings/types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const isText = (file: string) => /\.(csv|tsv|txt)$/i.test(file);

function sarifLocation(l: Location, message?: string) {
  const physical: Record<string, unknown> = { artifactLocation: { uri: l.file.split('\\').join('/') } };
  // In a text file a sheet row is a line; in a workbook the place is a sheet and a cell.
  if (isText(l.file) && l.row) physical.region = { startLine: l.row, ...(l.column ? { startColumn: 1 } : {}) };
  const loc: Record<string, unknown> = { physicalLocation: physical };
  if (l.sheet) loc.logicalLocations = [{ name: l.cell ?? l.sheet, fullyQualifiedName: l.cell ? `${l.sheet}!${l.cell}` : l.sheet, kind: 'element' }];
  if (message) loc.message = { text: message };
  return loc;
}

/** SARIF 2.1.0: one run, rules from the catalog, a result per finding with its cell and related cells. */
export function renderSarif(report: Report, version: string): string {
  const codes = Object.keys(CATALOG);
  const rules = codes.map((id) => {
    const e = (CATALOG as Record<string, CatalogEntry>)[id]!;
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: e.title[report.lang] },
      fullDescription: { text: e.description[report.lang] },
      defaultConfiguration: { level: LEVEL[e.severity] },
      properties: { emittedBy: e.emittedBy },
    };
  });
  const results = report.findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [sarifLocation(f.location)],
    ...(f.related.length ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...sarifLocation(r, r.sheet && r.cell ? `${r.sheet}!${r.cell}` : r.file) })) } : {}),
    ...(f.expected !== undefined || f.reported !== undefined ? { properties: { ...(f.expected !== undefined ? { expected: f.expected } : {}), ...(f.reported !== undefined ? { reported: f.reported } : {}) } } : {}),
  }));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'budget-recon', version, rules } }, results }],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
