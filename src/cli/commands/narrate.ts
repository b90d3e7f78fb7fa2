import type { Command } from 'commander';
import type { MoneyUnit } from '../../reporters/conference-words.js';
import { unitOption } from '../conference.js';
import { withProgress } from '../progress.js';
import { configFrom, configOption, langOption, jobsOption, mappingOption, optionsFrom, type CliContext } from '../context.js';

interface NarrateOpts { jobs?: number | 'auto'; prior?: string[]; lang?: string; unit: MoneyUnit; explain?: boolean; config?: string; mapping?: string }

export function registerNarrate(program: Command, { io, setExit }: CliContext): void {
  program
    .command('narrate')
    .description('write the conference paragraph: plan, actual, % of plan, last year, programmes, activities, counts')
    .argument('<paths...>', 'files or folders')
    .option('--prior <paths...>', "last year's reports (last year's plan and actuals)")
    .addOption(langOption())
    .addOption(unitOption())
    .option('--explain', 'list, for each number, the ledger facts and cells it comes from')
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(jobsOption())
    .addHelpText('after', `
Examples:
  $ budget-recon narrate reports/2024 --prior reports/2023 --lang vi
  $ budget-recon narrate reports/2024 --unit ty --explain

Exit codes: 0 written; 1 no province states a funding figure; 2 the tool could not run.`)
    .action(async (paths: string[], opts: NarrateOpts) => {
      const cfg = await configFrom(opts);
      const [{ reconcile }, { buildConference }, { narrate }] = await Promise.all([import('../../index.js'), import('../../ledger/conference.js'), import('../../narrate/narrate.js')]);
      const { ledger } = await withProgress(io, { lang: cfg.lang }, async (onProgress) => reconcile(paths, cfg, await optionsFrom(opts, onProgress)));
      const conference = buildConference(ledger);
      if (!conference) {
        io.stderr.write(cfg.lang === 'vi' ? 'Không có số liệu kinh phí của tỉnh nào để viết đoạn văn.\n' : 'No province states a funding figure: nothing to write.\n');
        setExit(1);
        return;
      }
      const n = narrate(conference, { lang: cfg.lang, unit: opts.unit });
      io.stdout.write(`${n.text}\n`);
      if (opts.explain) io.stdout.write(`\n${n.explain.join('\n')}\n`);
      setExit(0);
    });
}
