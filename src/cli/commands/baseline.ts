import type { Command } from 'commander';
import { configFrom, configOption, langOption, jobsOption, mappingOption, optionsFrom, writeOut, type CliContext } from '../context.js';
import { baselineFileKey, expandGlobs } from '../paths.js';
import { withProgress } from '../progress.js';

interface BaselineOpts { jobs?: number | 'auto'; out: string; reason: string; lang?: string; config?: string; mapping?: string; prior?: string[] }

export function registerBaseline(program: Command, { io, setExit }: CliContext): void {
  program
    .command('baseline')
    .description('write a baseline file accepting the current errors and warnings, so that only new findings fail')
    .argument('<paths...>', 'files or folders')
    .option('--out <file>', 'where to write it', 'budget-recon.baseline.json')
    .option('--reason <text>', 'why these findings are accepted (kept with each entry)', 'accepted when budget-recon was adopted')
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(jobsOption())
    .option('--prior <paths...>', "last year's reports, as for check")
    .addHelpText('after', `
Each entry names a code and a place (file, sheet, cell) with the reason; edit the reasons, commit
the file, and run "check --baseline budget-recon.baseline.json": accepted findings are left out
(and counted as baselined), any other still fails.

Examples:
  $ budget-recon baseline reports/ --reason "2023 data, accepted by the accountant"
  $ budget-recon check reports/ --baseline budget-recon.baseline.json`)
    .action(async (args: string[], opts: BaselineOpts) => {
      const paths = await expandGlobs(args);
      const cfg = await configFrom(opts);
      const [{ reconcile }, { makeBaseline }] = await Promise.all([import('../../index.js'), import('../../config/apply-baseline.js')]);
      const { report } = await withProgress(io, { lang: cfg.lang }, async (onProgress) => reconcile(paths, cfg, await optionsFrom(opts, onProgress)));
      const baseline = makeBaseline(report, opts.reason, baselineFileKey(opts.out));
      await writeOut(opts.out, `${JSON.stringify(baseline, null, 2)}\n`);
      io.stderr.write(`${cfg.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${opts.out}: ${baseline.entries.length} ${cfg.lang === 'vi' ? 'phát hiện được chấp nhận' : 'accepted finding(s)'}\n`);
      setExit(0);
    });
}
