import { Option, type Command } from '../commander.js';
import type { Ledger } from '../../ledger/build-ledger.js';
import type { CompactLedger } from '../../ledger/compact.js';
import { configFrom, configOption, langOption, jobsOption, mappingOption, optionsFrom, UsageError, writeOut, type CliContext } from '../context.js';
import { expandGlobs, outputOverInput } from '../paths.js';
import { chunked } from '../write-atomic.js';
import { withProgress } from '../progress.js';
import { parseShard, shardOf, shardOption } from '../shard.js';
import { collectInputs } from '../../read/collect-inputs.js';

/** Codes met while reading that make a ledger incomplete: `ledger` exits 1 on them. */
const READ_ERRORS = new Set(['file-unreadable', 'file-unsupported', 'layout-unrecognised', 'number-unparseable', 'number-ambiguous', 'number-style-conflict', 'unit-missing', 'unit-unknown', 'period-missing', 'period-unknown', 'year-missing', 'province-unknown', 'value-unknown', 'internal-error']);

interface LedgerOpts { jobs?: number | 'auto'; format: 'csv' | 'jsonl' | 'parquet'; out?: string; shard?: string; bom: boolean; quiet?: boolean; lang?: string; config?: string; mapping?: string }

/** The export in the format asked for: lines of text, or the bytes of a Parquet file. */
async function render(ledger: Ledger | CompactLedger, opts: LedgerOpts, version: string): Promise<Iterable<string | Uint8Array> | Uint8Array> {
  const { ledgerCsvChunks, renderLedgerJsonl, ledgerRecords } = await import('../../reporters/ledger-export.js');
  if (opts.format === 'csv') return ledgerCsvChunks(ledger, { bom: opts.bom });
  if (opts.format === 'jsonl') return renderLedgerJsonl(ledger);
  const { renderLedgerParquet, ParquetValueError } = await import('../../reporters/ledger-parquet.js');
  try {
    return renderLedgerParquet(ledgerRecords(ledger), `budget-recon ${version}`);
  } catch (e) {
    if (e instanceof ParquetValueError) throw new UsageError(`--format parquet: ${e.message}; --format csv writes it as it is`, `--format parquet: ${e.vi}; --format csv ghi được giá trị này đúng như nó là`);
    throw e;
  }
}

export function registerLedger(program: Command, { io, setExit, version: ctxVersion }: CliContext): void {
  program
    .command('ledger')
    .description('print the normalised ledger: one line per reported figure')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'csv, jsonl or parquet').choices(['csv', 'jsonl', 'parquet']).default('csv'))
    .option('-o, --out <file>', 'write to a file (UTF-8) instead of standard output')
    .option('--bom', 'start the CSV with a UTF-8 byte order mark, so that Excel shows Vietnamese right (default on Windows)', process.platform === 'win32')
    .option('--no-bom', 'no byte order mark')
    .option('-q, --quiet', 'no progress on the terminal')
    .addOption(shardOption())
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(jobsOption())
    .addHelpText('after', `
Columns: province_code, province, year, year_to (a span's last year, else empty), period,
program, activity, measure, value, unit, level, label, file, sheet, cell, period_start,
period_end. Values are exact decimals in base units (đồng for money). Parquet: the same
columns, year and year_to as INT32 (year_to NULL for one year) and value as exact
DECIMAL(38, 18) (needs -o, or standard output that is not a terminal). Problems met while reading go to standard error;
exit 1 if any is an error.

Examples:
  $ budget-recon ledger fixtures/long --out ledger.csv
  $ budget-recon ledger report.xlsx --format jsonl | jq .value
  $ budget-recon ledger reports/2024 --format parquet -o ledgers/2024.parquet
  $ budget-recon ledger reports/ --shard 2/4 --format parquet -o ledgers/part-2.parquet`)
    .action(async (args: string[], opts: LedgerOpts) => {
      const shard = opts.shard ? parseShard(opts.shard) : undefined;
      if (opts.format === 'parquet' && !opts.out && (io.stdout as { isTTY?: boolean }).isTTY) throw new UsageError('--format parquet writes binary data: name a file with -o/--out, or redirect standard output', '--format parquet ghi dữ liệu nhị phân: hãy đặt tên tệp bằng -o/--out, hoặc chuyển hướng đầu ra');
      const paths = await expandGlobs(args);
      const cfg = await configFrom(opts);
      const named = [...paths, opts.config, opts.mapping].filter((p): p is string => !!p);
      const clash = opts.out ? outputOverInput([opts.out], named) : undefined;
      if (clash) throw new UsageError(`the output ${clash.output} is an input; choose another file name`, `tệp ghi ra ${clash.output} là một tệp đầu vào; hãy chọn tên khác`);
      // Only reading: the ledger needs no check, and entries packed (ledger/compact.ts).
      const [{ readInputs }, { resolveConfig }, { renderFindings }, { createCompactBuilder }] = await Promise.all([
        import('../../index.js'), import('../../config/schema.js'), import('../../findings/build-report.js'), import('../../ledger/compact.js'),
      ]);
      const config = resolveConfig(cfg);
      const inputs = shard ? shardOf(await collectInputs(paths), shard) : paths;
      const { raw, infos, ledger, reported } = await withProgress(io, { lang: cfg.lang, quiet: !!opts.quiet }, async (onProgress) => readInputs(inputs, config, await optionsFrom(opts, onProgress), createCompactBuilder()));
      const read = opts.out ? outputOverInput([opts.out], infos.map((f) => f.file)) : undefined;
      if (read) throw new UsageError(`the output ${read.output} is one of the files read; choose another file name`, `tệp ghi ra ${read.output} là một trong các tệp được đọc; hãy chọn tên khác`);
      const data = await render(ledger, opts, ctxVersion);
      if (opts.out) await writeOut(opts.out, data);
      else if (data instanceof Uint8Array) io.stdout.write(data);
      else for (const chunk of chunked(data)) if (!io.stdout.write(chunk)) await new Promise((res) => io.stdout.once('drain', res));
      const readErrors = renderFindings(raw.filter((f) => READ_ERRORS.has(f.code) && reported(f)), config).filter((f) => f.severity === 'error');
      for (const f of readErrors) io.stderr.write(`${f.location.file}${f.location.sheet ? `:${f.location.sheet}` : ''}${f.location.cell ? `!${f.location.cell}` : ''}: ${f.severity}: ${f.message} [${f.code}]\n`);
      setExit(readErrors.length > 0 ? 1 : 0);
    });
}
