import { createRequire } from 'node:module';

/*
 * exceljs's parsers for the parts of an .xlsx package, without its package reader: the parts come
 * inflated from the zip guard (one unzip per package), so neither exceljs's own unzipping
 * (unzipper, with some 300 modules) nor the rest of the library (writers, CSV, charts) loads —
 * about 60 modules instead of 660. Pinned to exceljs 4.4.0's internal modules, as the reader was
 * (read-workbook.ts); the shared-strings loop below is its WorkbookReader's, for the text only.
 */

type Events = AsyncIterable<Array<{ eventType: string; value: unknown }>>;
type Pieces = Iterable<Buffer> | AsyncIterable<Buffer>;
interface Xform { parseStream(s: Pieces): Promise<unknown>; model: unknown; map: Record<string, { model?: unknown }> }
interface Parsers {
  parseSax: (s: Pieces) => Events;
  StyleManager: new () => Xform & { init(): void };
  WorkbookXform: new () => Xform;
}
type WorksheetReader = new (o: { workbook: Book; id: string; iterator: Pieces; options: object }) => AsyncIterable<unknown>;

let parsers: Parsers | undefined;
function load(): Parsers {
  if (parsers) return parsers;
  const req = createRequire(import.meta.url);
  parsers = {
    parseSax: req('exceljs/lib/utils/parse-sax.js') as Parsers['parseSax'],
    StyleManager: req('exceljs/lib/xlsx/xform/style/styles-xform.js') as Parsers['StyleManager'],
    WorkbookXform: req('exceljs/lib/xlsx/xform/book/workbook-xform.js') as Parsers['WorkbookXform'],
  };
  return parsers;
}

/** exceljs's worksheet reader (some 30 modules of its own): loaded only for a part the lean reader hands over, or when the tests ask for it. */
let worksheetReader: WorksheetReader | undefined;
function loadWorksheetReader(): WorksheetReader {
  return (worksheetReader ??= createRequire(import.meta.url)('exceljs/lib/stream/xlsx/worksheet-reader.js') as WorksheetReader);
}

/** What exceljs's WorksheetReader reads of its workbook: the date system, the styles, the shared strings. */
export interface Book {
  properties: unknown;
  model: unknown;
  styles: unknown;
  sharedStrings?: unknown[];
}

/** A workbook primed as exceljs's WorkbookReader primes itself: workbook part, then styles, then shared strings. */
export async function primeBook(workbook: Pieces, styles: Pieces | undefined, shared: Pieces | undefined): Promise<Book> {
  const { StyleManager, WorkbookXform } = load();
  const wb = new WorkbookXform();
  await wb.parseStream(workbook);
  const book: Book = { properties: wb.map.workbookPr, model: wb.model, styles: undefined };
  const manager = new StyleManager();
  if (styles) await manager.parseStream(styles);
  else manager.init();
  book.styles = manager;
  if (shared) book.sharedStrings = await sharedStrings(shared);
  return book;
}

/** The shared strings: plain text, or rich text as runs (exceljs's shapes; run fonts are not kept). */
async function sharedStrings(part: Pieces): Promise<unknown[]> {
  const out: unknown[] = [];
  let text: string | null = null;
  let richText: Array<{ font: null; text: string | null }> = [];
  for await (const events of load().parseSax(part)) {
    for (const { eventType, value } of events) {
      const name = (value as { name?: string }).name;
      if (eventType === 'opentag' && (name === 'si' || name === 't')) {
        if (name === 'si') richText = [];
        text = null;
      } else if (eventType === 'text') text = text ? text + (value as string) : (value as string);
      else if (eventType === 'closetag' && name === 'r') {
        richText.push({ font: null, text });
        text = null;
      } else if (eventType === 'closetag' && name === 'si') {
        out.push(richText.length ? { richText } : text);
        richText = [];
        text = null;
      }
    }
  }
  return out;
}

/** A worksheet part's rows as exceljs's streaming WorksheetReader parses them. */
export function worksheetRows<R>(book: Book, id: string, part: Pieces): AsyncIterable<R> {
  const WorksheetReader = loadWorksheetReader();
  return new WorksheetReader({ workbook: book, id, iterator: part, options: { worksheets: 'emit', hyperlinks: 'ignore', sharedStrings: 'cache', styles: 'cache', entries: 'ignore' } }) as AsyncIterable<R>;
}
