import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Option, type Command } from '../commander.js';
import type { ClaimResult } from '../../claims/types.js';
import type { Ledger } from '../../ledger/build-ledger.js';
import type { ClaimsReport } from '../../reporters/claims.js';
import { configFrom, configOption, langOption, mappingOption, optionsFrom, UsageError, type CliContext } from '../context.js';

interface ClaimsOptions {
  against?: string[];
  prior?: string[];
  format: 'text' | 'json' | 'sarif' | 'github';
  lang?: string;
  config?: string;
  mapping?: string;
}

/** Text files named, and the .txt/.md/.docx files inside folders named. */
async function textFiles(paths: string[]): Promise<string[]> {
  const { PROSE_EXTENSIONS } = await import('../../read/read-prose.js');
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${p}`, `không có tệp hay thư mục: ${p}`);
    if (info.isFile()) out.push(p);
    else if (info.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && PROSE_EXTENSIONS.includes(extname(e.name).toLowerCase())).map((e) => join(e.parentPath, e.name));
      out.push(...names.sort());
    }
  }
  return out;
}

async function mustExist(paths: string[] | undefined, what: string): Promise<void> {
  for (const p of paths ?? []) if (!(await stat(p).catch(() => undefined))) throw new UsageError(`${what}: no such file or folder: ${p}`, `${what}: không có tệp hay thư mục: ${p}`);
}

/** The reports the text is checked against, as one ledger; undefined when none is given. */
async function dataLedger(opts: ClaimsOptions, ctx: CliContext, lang: string): Promise<Ledger | undefined> {
  if (!opts.against?.length && !opts.prior?.length) return undefined;
  const cfg = await configFrom(opts);
  const { reconcile } = await import('../../index.js');
  const result = await reconcile(opts.against ?? [], cfg, await optionsFrom(opts));
  for (const f of result.report.files.filter((x) => x.status === 'unreadable')) ctx.io.stderr.write(`budget-recon: ${lang === 'vi' ? 'không đọc được' : 'cannot read'} ${f.file}\n`);
  return result.ledger;
}

async function readText(file: string): Promise<string> {
  const { ProseError, readProse } = await import('../../read/read-prose.js');
  try {
    return await readProse(file);
  } catch (e) {
    if (e instanceof ProseError) throw new UsageError(e.message, e.vi);
    throw e;
  }
}

/** `budget-recon claims`: the figures quoted in articles and narrative reports, checked against the reports. */
export function registerClaims(program: Command, ctx: CliContext): void {
  program
    .command('claims')
    .description('check the figures quoted in prose (.txt, .md, .docx) against the reports')
    .argument('<texts...>', 'articles or narrative reports: .txt, .md, .docx, or folders of them')
    .option('--against <paths...>', 'the reports the text summarises (files or folders, as for check)')
    .option('--prior <paths...>', "last year's reports, for growth and same-period comparisons")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addHelpText('after', `
Every amount (triệu/tỷ đồng), count (đề án, lao động, mô hình…) and percentage (đạt X% kế hoạch,
bằng X% so với cùng kỳ, tăng/giảm X% so với …) in the text is reported verified, contradicted
(with the computed value and the cells) or unverifiable (with what was missing). With no
--against, percentages and "trong đó" breakdowns are checked against the text's own figures.

Examples:
  $ budget-recon claims fixtures/claims/articles/000-phia-bac-2018.txt --against fixtures/claims/data/phia-bac
  $ budget-recon claims article.docx --against reports/2024 --prior reports/2023 --format json

Exit codes: 0 no claim contradicted; 1 at least one is; 2 the tool could not run.`)
    .action(async (texts: string[], opts: ClaimsOptions) => {
      const cfg = await configFrom(opts);
      await mustExist(opts.against, '--against');
      await mustExist(opts.prior, '--prior');
      const files = await textFiles(texts);
      const ledger = await dataLedger(opts, ctx, cfg.lang);
      const [{ checkText, summariseClaims }, { renderClaimsGithub, renderClaimsJson, renderClaimsSarif, renderClaimsText }] = await Promise.all([import('../../claims/check-text.js'), import('../../reporters/claims.js')]);
      const results: ClaimResult[] = [];
      for (const file of files) results.push(...checkText(await readText(file), file, ledger));
      const report: ClaimsReport = { results, files, lang: cfg.lang };
      const out = { json: () => renderClaimsJson(report), sarif: () => renderClaimsSarif(report, ctx.version), github: () => renderClaimsGithub(report), text: () => renderClaimsText(report) }[opts.format];
      ctx.io.stdout.write(out());
      ctx.setExit(summariseClaims(results).contradicted > 0 ? 1 : 0);
    });
}
