import { Option, type Command } from 'commander';
import { reconcile } from '../../index.js';
import { configFrom, configOption, langOption, mappingOption, optionsFrom, writeOut, type CliContext } from '../context.js';

/** Codes met while reading that make a ledger incomplete: `ledger` exits 1 on them. */
const READ_ERRORS = new Set(['file-unreadable', 'file-unsupported', 'layout-unrecognised', 'number-unparseable', 'number-ambiguous', 'number-style-conflict', 'unit-missing', 'unit-unknown', 'period-missing', 'period-unknown', 'year-missing', 'province-unknown', 'value-unknown', 'internal-error']);

interface LedgerOpts { format: 'csv' | 'jsonl'; out?: string; lang?: string; config?: string; mapping?: string }

export function registerLedger(program: Command, { io, setExit }: CliContext): void {
  program
    .command('ledger')
    .description('print the normalised ledger: one line per reported figure')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .option('--out <file>', 'write to a file instead of standard output')
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
    .action(async (paths: string[], opts: LedgerOpts) => {
      const cfg = await configFrom(opts);
      const { report, ledger } = await reconcile(paths, cfg, await optionsFrom(opts));
      const { renderLedgerCsv, renderLedgerJsonl } = await import('../../reporters/ledger-export.js');
      const lines = opts.format === 'csv' ? renderLedgerCsv(ledger) : renderLedgerJsonl(ledger);
      if (opts.out) await writeOut(opts.out, lines);
      else for (const l of lines) io.stdout.write(l);
      const readErrors = report.findings.filter((f) => f.severity === 'error' && READ_ERRORS.has(f.code));
      for (const f of readErrors) io.stderr.write(`${f.location.file}${f.location.sheet ? `:${f.location.sheet}` : ''}${f.location.cell ? `!${f.location.cell}` : ''}: ${f.severity}: ${f.message} [${f.code}]\n`);
      setExit(readErrors.length > 0 ? 1 : 0);
    });
}
