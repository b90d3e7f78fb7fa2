import type { Command } from 'commander';
import { unitOption, validateOutputs, writeConferenceOutputs, type ConferenceOutputs } from '../conference.js';
import { configFrom, configOption, langOption, jobsOption, mappingOption, optionsFrom, UsageError, type CliContext } from '../context.js';
import { outputOverInput } from '../paths.js';
import { withProgress } from '../progress.js';

interface ReportOpts extends ConferenceOutputs { jobs?: number | 'auto'; prior?: string[]; lang?: string; config?: string; mapping?: string }

export function registerReport(program: Command, { io, setExit, version }: CliContext): void {
  program
    .command('report')
    .description('write the conference material in one run: workbook, HTML page and paragraph')
    .argument('<paths...>', 'files or folders')
    .option('--out <file.xlsx>', 'the workbook', 'budget-recon.xlsx')
    .option('--html <file.html>', 'the page', 'budget-recon.html')
    .option('--text <file.txt>', 'the paragraph (it is also printed)')
    .option('--prior <paths...>', "last year's reports")
    .addOption(langOption())
    .addOption(unitOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(jobsOption())
    .addHelpText('after', `
Examples:
  $ budget-recon report reports/2024 --prior reports/2023 --lang vi
  $ budget-recon report reports/2024 --out hoi-nghi.xlsx --html hoi-nghi.html --unit ty

Exit codes: 0 written (the findings are inside the workbook and the page); 2 the tool could not run.`)
    .action(async (paths: string[], opts: ReportOpts) => {
      validateOutputs(opts);
      const cfg = await configFrom(opts);
      const outputs = [opts.out, opts.html, opts.text].filter((p): p is string => !!p);
      const clash = outputOverInput(outputs, [...paths, ...(opts.prior ?? []), opts.config, opts.mapping].filter((p): p is string => !!p));
      if (clash) throw new UsageError(`the output ${clash.output} is an input; choose another file name`, `tệp ghi ra ${clash.output} là một tệp đầu vào; hãy chọn tên khác`);
      const { reconcile } = await import('../../index.js');
      const { report, ledger } = await withProgress(io, { lang: cfg.lang }, async (onProgress) => reconcile(paths, cfg, await optionsFrom(opts, onProgress)));
      const read = outputOverInput(outputs, report.files.map((f) => f.file));
      if (read) throw new UsageError(`the output ${read.output} is one of the files read; choose another file name`, `tệp ghi ra ${read.output} là một trong các tệp được đọc; hãy chọn tên khác`);
      const text = await writeConferenceOutputs(report, ledger, opts, io, version);
      if (text) io.stdout.write(`${text}\n`);
      setExit(0);
    });
}
