import { Option, type Command } from '../commander.js';
import { configFrom, configOption, langOption, mappingOption, optionsFrom, type CliContext } from '../context.js';
import { expandGlobs } from '../paths.js';

interface InspectOpts { format: 'text' | 'json'; lang?: string; config?: string; mapping?: string }

export function registerInspect(program: Command, { io, setExit }: CliContext): void {
  program
    .command('inspect')
    .description('show what was detected in each sheet: title facts, header rows, column meanings and units, number style, row roles')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addHelpText('after', `
Use it to see why a value was read as it was, and to write a mapping file for a sheet whose
layout is not detected (see README, "Mapping file").

Examples:
  $ budget-recon inspect fixtures/forms/exceljs/nghe-an-2024-9thang.xlsx
  $ budget-recon inspect odd-layout.csv --mapping odd-layout.mapping.json --format json`)
    .action(async (args: string[], opts: InspectOpts) => {
      const paths = await expandGlobs(args);
      const cfg = await configFrom(opts);
      const { reconcile } = await import('../../index.js');
      const { report, inspections } = await reconcile(paths, cfg, await optionsFrom(opts));
      const { renderInspectText, renderInspectJson } = await import('../../reporters/inspect.js');
      io.stdout.write(opts.format === 'json' ? renderInspectJson(inspections) : renderInspectText(inspections, report.findings, cfg.lang));
      setExit(report.files.some((f) => f.status === 'unreadable') ? 1 : 0);
    });
}
