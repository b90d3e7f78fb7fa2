import type { Command } from 'commander';
import { langOption, UsageError, type CliContext } from '../context.js';

export function registerExplain(program: Command, { io }: CliContext): void {
  program
    .command('explain')
    .description('describe a finding code, with an example message; with no code, list the codes')
    .argument('[code]', 'a finding code, e.g. percent-of-plan-mismatch')
    .addOption(langOption())
    .addHelpText('after', `
Examples:
  $ budget-recon explain sum-mismatch
  $ budget-recon explain percent-of-plan-mismatch --lang vi
  $ budget-recon explain`)
    .action(async (code: string | undefined, opts: { lang?: 'en' | 'vi' }) => {
      const { CATALOG } = await import('../../findings/catalog.js');
      const { explainCode, nearestCodes } = await import('../../findings/explain.js');
      const { SEVERITY_WORDS } = await import('../../findings/phrases.js');
      const lang = opts.lang ?? 'en';
      if (!code) {
        for (const [c, e] of Object.entries(CATALOG)) io.stdout.write(`${c.padEnd(28)} ${SEVERITY_WORDS[e.severity][lang].padEnd(10)} ${e.title[lang]}\n`);
        return;
      }
      const text = explainCode(code, lang);
      if (!text) {
        const near = nearestCodes(code);
        throw new UsageError(`unknown finding code "${code}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (budget-recon explain lists them)`);
      }
      io.stdout.write(text);
    });
}
