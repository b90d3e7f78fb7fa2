import { Option, type Command } from 'commander';
import { readInputs } from '../../index.js';
import { resolveConfig } from '../../config/schema.js';
import { renderFindings } from '../../findings/build-report.js';
import { createCompactBuilder } from '../../ledger/compact.js';
import { configFrom, configOption, langOption, mappingOption, optionsFrom, UsageError, writeOut, type CliContext } from '../context.js';
import { expandGlobs, outputOverInput } from '../paths.js';
import { chunked } from '../write-atomic.js';

/** Codes met while reading that make a ledger incomplete: `ledger` exits 1 on them. */
const READ_ERRORS = new Set(['file-unreadable', 'file-unsupported', 'layout-unrecognised', 'number-unparseable', 'number-ambiguous', 'number-style-conflict', 'unit-missing', 'unit-unknown', 'period-missing', 'period-unknown', 'year-missing', 'province-unknown', 'value-unknown', 'internal-error']);

interface LedgerOpts { format: 'csv' | 'jsonl'; out?: string; bom: boolean; lang?: string; config?: string; mapping?: string }

export function registerLedger(program: Command, { io, setExit }: CliContext): void {
  program
    .command('ledger')
    .description('print the normalised ledger: one line per reported figure')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .option('-o, --out <file>', 'write to a file (UTF-8) instead of standard output')
    .option('--bom', 'start the CSV with a UTF-8 byte order mark, so that Excel shows Vietnamese right (default on Windows)', process.platform === 'win32')
    .option('--no-bom', 'no byte order mark')
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addHelpText('after', `
Columns: province_code, province, year, period, program, activity, measure, value, unit,
level, label, file, sheet, cell. Values are exact decimals in base units (đồng for money).
Problems met while reading go to standard error; exit 1 if any is an error.

Examples:
  $ budget-recon ledger fixtures/long --out ledger.csv
  $ budget-recon ledger report.xlsx --format jsonl | jq .value`)
    .action(async (args: string[], opts: LedgerOpts) => {
      const paths = await expandGlobs(args);
      const cfg = await configFrom(opts);
      const named = [...paths, opts.config, opts.mapping].filter((p): p is string => !!p);
      const clash = opts.out ? outputOverInput([opts.out], named) : undefined;
      if (clash) throw new UsageError(`the output ${clash.output} is an input; choose another file name`, `tệp ghi ra ${clash.output} là một tệp đầu vào; hãy chọn tên khác`);
      // Only reading: the ledger needs no check, and entries packed (ledger/compact.ts).
      const config = resolveConfig(cfg);
      const { raw, infos, ledger, reported } = await readInputs(paths, config, await optionsFrom(opts), createCompactBuilder());
      const read = opts.out ? outputOverInput([opts.out], infos.map((f) => f.file)) : undefined;
      if (read) throw new UsageError(`the output ${read.output} is one of the files read; choose another file name`, `tệp ghi ra ${read.output} là một trong các tệp được đọc; hãy chọn tên khác`);
      const { renderLedgerCsv, renderLedgerJsonl } = await import('../../reporters/ledger-export.js');
      const lines = opts.format === 'csv' ? renderLedgerCsv(ledger, { bom: opts.bom }) : renderLedgerJsonl(ledger);
      if (opts.out) await writeOut(opts.out, lines);
      else for (const chunk of chunked(lines)) if (!io.stdout.write(chunk)) await new Promise((res) => io.stdout.once('drain', res));
      const readErrors = renderFindings(raw.filter((f) => READ_ERRORS.has(f.code) && reported(f)), config).filter((f) => f.severity === 'error');
      for (const f of readErrors) io.stderr.write(`${f.location.file}${f.location.sheet ? `:${f.location.sheet}` : ''}${f.location.cell ? `!${f.location.cell}` : ''}: ${f.severity}: ${f.message} [${f.code}]\n`);
      setExit(readErrors.length > 0 ? 1 : 0);
    });
}
