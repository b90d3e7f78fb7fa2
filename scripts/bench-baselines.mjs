// The bare passes `npm run bench` compares budget-recon with, run as child processes like it:
//   csv FILE   csv-parse over the file as a stream (the options src/read/read-text-table.ts uses)
//   xlsx FILE  exceljs's streaming WorkbookReader over every row of every worksheet
// Prints the number of rows read.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

const [mode, file] = process.argv.slice(2);
let rows = 0;
if (mode === 'csv') {
  const parser = createReadStream(file).pipe(parse({ delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false }));
  for await (const record of parser) if (record.length) rows++;
} else if (mode === 'xlsx') {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const ws of reader) for await (const row of ws) if (row.cellCount) rows++;
} else {
  throw new Error('usage: node scripts/bench-baselines.mjs csv|xlsx FILE');
}
console.log(rows);
