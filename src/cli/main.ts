import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { reconcile, type ReconcileOptions } from '../index.js';
import { loadMapping } from '../config/mapping.js';
import { loadBaseline } from '../config/baseline.js';
import { applyBaseline, makeBaseline } from '../findings/apply-baseline.js';
import { REPORTER_NAMES, REPORTERS, type ReporterName } from '../reporters/registry.js';
import { writeAtomic } from './write-atomic.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Exit code 2: the tool could not run. Its message is one line. */
class UsageError extends Error {}

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

function useColor(io: Io): boolean {
  if ('NO_COLOR' in io.env && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !!io.stdout.isTTY;
}

async function configFrom(opts: { config?: string; lang?: string; failOn?: string }): Promise<Config> {
  return loadConfig(opts.config, { lang: opts.lang, failOn: opts.failOn });
}

async function optionsFrom(opts: { mapping?: string; prior?: string[] }): Promise<ReconcileOptions> {
  const o: ReconcileOptions = {};
  if (opts.mapping) o.mapping = await loadMapping(opts.mapping);
  if (opts.prior?.length) o.prior = opts.prior;
  return o;
}

async function writeOut(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  try {
    await writeAtomic(path, data);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('budget-recon')
    .description('Reconcile Vietnamese provincial khuyến công budget reports: percent of plan, year over year, totals.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  const lang = () => new Option('--lang <lang>', 'language of messages').choices(['en', 'vi']);
  const config = () => new Option('--config <file>', 'JSON config file (severities, number style…)');
  const mapping = () => new Option('--mapping <file>', 'JSON mapping file overriding layout detection for odd sheets');

  program
    .command('check')
    .description('read reports, run every check, print the findings')
    .argument('<paths...>', 'files or folders (folders are read recursively: .xlsx, .csv, .tsv, .txt)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORTER_NAMES).default('text'))
    .option('--out <file.xlsx>', 'also write the summary workbook')
    .addOption(lang())
    .addOption(config())
    .addOption(mapping())
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
    .action(async (paths: string[], opts: { format: ReporterName; out?: string; lang?: string; config?: string; failOn?: string; mapping?: string; baseline?: string; prior?: string[] }) => {
      const cfg = await configFrom(opts);
      if (opts.out && !/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out must name an .xlsx file: ${opts.out}`);
      const baseline = opts.baseline ? await loadBaseline(opts.baseline) : undefined;
      const result = await reconcile(paths, cfg, await optionsFrom(opts));
      const report = baseline ? applyBaseline(result.report, baseline) : result.report;
      const text = REPORTERS[opts.format](report, { color: opts.format === 'text' && useColor(io), version: pkg.version });
      io.stdout.write(text);
      if (opts.out) {
        const { renderXlsx } = await import('../reporters/xlsx.js');
        await writeOut(opts.out, await renderXlsx(report));
        if (opts.format === 'text') io.stderr.write(`${cfg.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${opts.out}\n`);
      }
      const s = report.summary;
      const failing = cfg.failOn === 'never' ? 0 : cfg.failOn === 'warning' ? s.errors + s.warnings : s.errors;
      setExit(failing > 0 ? 1 : 0);
    });

  program
    .command('ledger')
    .description('print the normalised ledger: one line per reported figure')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'csv or jsonl').choices(['csv', 'jsonl']).default('csv'))
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(lang())
    .addOption(config())
    .addOption(mapping())
    .addHelpText('after', `
Columns: province_code, province, year, period, program, activity, measure, value, unit,
level, label, file, sheet, cell. Values are exact decimals in base units (đồng for money).
Problems met while reading go to standard error; exit 1 if any is an error.

Examples:
  $ budget-recon ledger fixtures/long --out ledger.csv
  $ budget-recon ledger report.xlsx --format jsonl | jq .value`)
    .action(async (paths: string[], opts: { format: 'csv' | 'jsonl'; out?: string; lang?: string; config?: string; mapping?: string }) => {
      const cfg = await configFrom(opts);
      const { report, ledger } = await reconcile(paths, cfg, await optionsFrom(opts));
      const { renderLedgerCsv, renderLedgerJsonl } = await import('../reporters/ledger-export.js');
      const lines = opts.format === 'csv' ? renderLedgerCsv(ledger) : renderLedgerJsonl(ledger);
      if (opts.out) await writeOut(opts.out, lines);
      else for (const l of lines) io.stdout.write(l);
      const readErrors = report.findings.filter((f) => f.severity === 'error' && ['file-unreadable', 'file-unsupported', 'layout-unrecognised', 'number-unparseable', 'number-ambiguous', 'number-style-conflict', 'unit-missing', 'unit-unknown', 'period-missing', 'period-unknown', 'year-missing', 'province-unknown', 'value-unknown', 'internal-error'].includes(f.code));
      for (const f of readErrors) io.stderr.write(`${f.location.file}${f.location.sheet ? `:${f.location.sheet}` : ''}${f.location.cell ? `!${f.location.cell}` : ''}: ${f.severity}: ${f.message} [${f.code}]\n`);
      setExit(readErrors.length > 0 ? 1 : 0);
    });

  program
    .command('baseline')
    .description('write a baseline file accepting the current errors and warnings, so that only new findings fail')
    .argument('<paths...>', 'files or folders')
    .option('--out <file>', 'where to write it', 'budget-recon.baseline.json')
    .option('--reason <text>', 'why these findings are accepted (kept with each entry)', 'accepted when budget-recon was adopted')
    .addOption(lang())
    .addOption(config())
    .addOption(mapping())
    .option('--prior <paths...>', "last year's reports, as for check")
    .addHelpText('after', `
Each entry names a code and a place (file, sheet, cell) with the reason; edit the reasons, commit
the file, and run "check --baseline budget-recon.baseline.json": accepted findings are left out
(and counted as baselined), any other still fails.

Examples:
  $ budget-recon baseline reports/ --reason "2023 data, accepted by the accountant"
  $ budget-recon check reports/ --baseline budget-recon.baseline.json`)
    .action(async (paths: string[], opts: { out: string; reason: string; lang?: string; config?: string; mapping?: string; prior?: string[] }) => {
      const cfg = await configFrom(opts);
      const { report } = await reconcile(paths, cfg, await optionsFrom(opts));
      const baseline = makeBaseline(report, opts.reason);
      await writeOut(opts.out, `${JSON.stringify(baseline, null, 2)}\n`);
      io.stderr.write(`${cfg.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${opts.out}: ${baseline.entries.length} ${cfg.lang === 'vi' ? 'phát hiện được chấp nhận' : 'accepted finding(s)'}\n`);
      setExit(0);
    });

  program
    .command('explain')
    .description('describe a finding code, with an example message; with no code, list the codes')
    .argument('[code]', 'a finding code, e.g. percent-of-plan-mismatch')
    .addOption(lang())
    .addHelpText('after', `
Examples:
  $ budget-recon explain sum-mismatch
  $ budget-recon explain percent-of-plan-mismatch --lang vi
  $ budget-recon explain`)
    .action(async (code: string | undefined, opts: { lang?: 'en' | 'vi' }) => {
      const { CATALOG } = await import('../findings/catalog.js');
      const { explainCode, nearestCodes } = await import('../findings/explain.js');
      const lang = opts.lang ?? 'en';
      if (!code) {
        for (const [c, e] of Object.entries(CATALOG)) io.stdout.write(`${c.padEnd(28)} ${e.severity.padEnd(8)} ${e.title[lang]}\n`);
        return;
      }
      const text = explainCode(code, lang);
      if (!text) {
        const near = nearestCodes(code);
        throw new UsageError(`unknown finding code "${code}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (budget-recon explain lists them)`);
      }
      io.stdout.write(text);
    });

  program
    .command('inspect')
    .description('show what was detected in each sheet: title facts, header rows, column meanings and units, number style, row roles')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(lang())
    .addOption(config())
    .addOption(mapping())
    .addHelpText('after', `
Use it to see why a value was read as it was, and to write a mapping file for a sheet whose
layout is not detected (see README, "Mapping file").

Examples:
  $ budget-recon inspect fixtures/forms/exceljs/nghe-an-2024-9thang.xlsx
  $ budget-recon inspect odd.xlsx --mapping odd.mapping.json --format json`)
    .action(async (paths: string[], opts: { format: 'text' | 'json'; lang?: string; config?: string; mapping?: string }) => {
      const cfg = await configFrom(opts);
      const { report, inspections } = await reconcile(paths, cfg, await optionsFrom(opts));
      const { renderInspectText, renderInspectJson } = await import('../reporters/inspect.js');
      io.stdout.write(opts.format === 'json' ? renderInspectJson(inspections) : renderInspectText(inspections, report.findings, cfg.lang));
      setExit(report.files.some((f) => f.status === 'unreadable') ? 1 : 0);
    });

  return program;
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it in-process. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr.write(`budget-recon: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`budget-recon: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
