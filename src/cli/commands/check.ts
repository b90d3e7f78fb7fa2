import { Option, type Command } from 'commander';
import { loadBaseline } from '../../config/baseline.js';
import { applyBaseline } from '../../findings/apply-baseline.js';
import { reconcile } from '../../index.js';
import { REPORTER_NAMES, REPORTERS, type ReporterName } from '../../reporters/registry.js';
import { configFrom, configOption, langOption, mappingOption, optionsFrom, UsageError, useColor, writeOut, type CliContext } from '../context.js';

interface CheckOpts { format: ReporterName; out?: string; lang?: string; config?: string; failOn?: string; mapping?: string; baseline?: string; prior?: string[] }

export function registerCheck(program: Command, { io, setExit, version }: CliContext): void {
  program
    .command('check')
    .description('read reports, run every check, print the findings')
    .argument('<paths...>', 'files or folders (folders are read recursively: .xlsx, .csv, .tsv, .txt)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORTER_NAMES).default('text'))
    .option('--out <file.xlsx>', 'also write the summary workbook')
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(new Option('--fail-on <level>', 'exit 1 on findings of this severity or worse').choices(['error', 'warning', 'never']))
    .option('--baseline <file>', 'accept the findings listed in this baseline file (see `budget-recon baseline`)')
    .option('--prior <paths...>', "last year's reports: read for agreement with this year's \"cùng kỳ\" figures only")
    .addHelpText('after', `
Examples:
  $ budget-recon check fixtures/samples
  $ budget-recon check reports/ --format json > findings.json
  $ budget-recon check reports/ --out summary.xlsx --lang vi
  $ budget-recon check reports/ --fail-on warning --config budget-recon.json

Exit codes: 0 no finding at or above --fail-on (default error); 1 there is one
(an unreadable input counts); 2 the tool could not run (bad arguments or config).`)
    .action(async (paths: string[], opts: CheckOpts) => {
      const cfg = await configFrom(opts);
      if (opts.out && !/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out must name an .xlsx file: ${opts.out}`);
      const baseline = opts.baseline ? await loadBaseline(opts.baseline) : undefined;
      const result = await reconcile(paths, cfg, await optionsFrom(opts));
      const report = baseline ? applyBaseline(result.report, baseline) : result.report;
      const text = REPORTERS[opts.format](report, { color: opts.format === 'text' && useColor(io), version });
      io.stdout.write(text);
      if (opts.out) {
        const { renderXlsx } = await import('../../reporters/xlsx.js');
        await writeOut(opts.out, await renderXlsx(report));
        if (opts.format === 'text') io.stderr.write(`${cfg.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${opts.out}\n`);
      }
      const s = report.summary;
      const failing = cfg.failOn === 'never' ? 0 : cfg.failOn === 'warning' ? s.errors + s.warnings : s.errors;
      setExit(failing > 0 ? 1 : 0);
    });
}
