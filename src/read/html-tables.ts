/**
 * Prepares an HTML document of tables (a web system's ".xls" export, or a Word report through
 * mammoth) for SheetJS: each top-level table gets the text lines just before it (title, unit
 * line) as its first rows, and paragraphs inside a cell are kept apart by line breaks.
 */
const MAX_TITLE_LINES = 8;

/** The document's text from its bytes: BOM, else the declared charset, else UTF-8. */
export function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  try {
    if (declared && !/^utf-?8$/i.test(declared)) return new TextDecoder(declared).decode(bytes);
  } catch {
    /* an unknown charset: read as UTF-8 */
  }
  return bytes.toString('utf8');
}

/** Visible text lines of an HTML fragment (paragraphs, headings, line breaks), tags removed. */
function textLines(fragment: string): string[] {
  return fragment
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1>/gi, '')
    .split(/<br\s*\/?>|<\/(?:p|h[1-6]|div|li|tr)>/i)
    .map((s) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s && s !== '&nbsp;');
}

/** Start and end offsets of the top-level tables (a table inside a cell stays in its cell). */
function topLevelTables(html: string): Array<{ start: number; bodyStart: number; end: number }> {
  const out: Array<{ start: number; bodyStart: number; end: number }> = [];
  let depth = 0;
  let start = 0;
  let bodyStart = 0;
  for (const m of html.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    if (!m[1]) {
      if (depth++ === 0) {
        start = m.index;
        bodyStart = m.index + m[0].length;
      }
    } else if (depth > 0 && --depth === 0) out.push({ start, bodyStart, end: m.index + m[0].length });
  }
  return out;
}

export function tablesWithTitles(html: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const t of topLevelTables(html)) {
    const titles = textLines(html.slice(last, t.start)).slice(-MAX_TITLE_LINES);
    const rows = titles.map((line) => `<tr><td>${line}</td></tr>`).join('');
    const body = html.slice(t.bodyStart, t.end).replace(/<\/p>\s*<p\b[^>]*>/gi, '<br/>');
    parts.push(`<table>${rows}${body}`);
    last = t.end;
  }
  return `<html><body>${parts.join('\n')}</body></html>`;
}

/** How many top-level tables the document has. */
export function tableCount(html: string): number {
  return topLevelTables(html).length;
}
