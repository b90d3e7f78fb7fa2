import JSZip from 'jszip';

import { GENERATOR_PROPERTY } from '../read/generator-mark.js';

/** Zip entry times and document dates of every workbook written: 1980-01-01, the zip format's first day. */
const FIXED_ISO = '1980-01-01T00:00:00Z';

const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

function customXml(version: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${GENERATOR_PROPERTY}"><vt:lpwstr>budget-recon ${version.replace(/[<&"]/g, '')}</vt:lpwstr></property>`
    + '</Properties>';
}

function withCustomPart(contentTypes: string, rels: string): { contentTypes: string; rels: string } {
  const ct = contentTypes.includes('/docProps/custom.xml') ? contentTypes
    : contentTypes.replace('</Types>', `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`);
  const r = rels.includes('docProps/custom.xml') ? rels
    : rels.replace('</Relationships>', `<Relationship Id="rIdBudgetRecon" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`);
  return { contentTypes: ct, rels: r };
}

/** Fixed creation and modification dates in docProps/core.xml. */
function fixedCore(core: string): string {
  return core
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED_ISO}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED_ISO}$2`);
}

/**
 * Marks an .xlsx as written by budget-recon (a custom document property, GENERATOR_PROPERTY)
 * and makes it byte-identical for identical content: fixed core dates, fixed zip entry times,
 * entries in a fixed order. Every workbook budget-recon writes goes through here (the summary
 * workbook's renderer calls it on its bytes).
 */
export async function stampWorkbook(xlsx: Uint8Array, version: string): Promise<Buffer> {
  const src = await JSZip.loadAsync(xlsx);
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir).sort();
  const texts = new Map<string, string>();
  for (const n of ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml']) {
    const f = src.file(n);
    if (f) texts.set(n, await f.async('string'));
  }
  const { contentTypes, rels } = withCustomPart(texts.get('[Content_Types].xml') ?? '', texts.get('_rels/.rels') ?? '');
  if (texts.has('[Content_Types].xml')) texts.set('[Content_Types].xml', contentTypes);
  if (texts.has('_rels/.rels')) texts.set('_rels/.rels', rels);
  if (texts.has('docProps/core.xml')) texts.set('docProps/core.xml', fixedCore(texts.get('docProps/core.xml')!));
  texts.set('docProps/custom.xml', customXml(version));
  // Local-time fields: JSZip writes DOS times from the local clock's fields, so this is the same everywhere.
  const date = new Date(1980, 0, 1, 0, 0, 0);
  const out = new JSZip();
  const all = [...new Set([...names, 'docProps/custom.xml'])];
  // [Content_Types].xml first, as Office writes it; the rest in name order.
  all.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const n of all) {
    const data = texts.get(n) ?? (await src.file(n)!.async('uint8array'));
    out.file(n, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
