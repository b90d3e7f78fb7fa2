import { Option, type Command } from '../commander.js';
import type { Report } from '../../findings/build-report.js';
import { collectInputs, READ_EXTENSIONS } from '../../read/collect-inputs.js';
import { REPORTER_NAMES, type ReporterName } from '../../reporters/names.js';
import { configFrom, configOption, langOption, jobsOption, mappingOption, optionsFrom, UsageError, useColor, writeOut, type CliContext } from '../context.js';
import { baselineFileKey, expandGlobs, outputOverInput, pathsFor } from '../paths.js';
import { unitOption, validateOutputs, writeConferenceOutputs } from '../conference.js';
import { withProgress } from '../progress.js';
import { parseShard, shardOf, shardOption } from '../shard.js';
import type { MoneyUnit } from '../../reporters/conference-words.js';

/** The finding codes' documentation: the README that ships with the package. */
const HELP_URI = new URL('../../../README.md#finding-codes', import.meta.url).href;

interface CheckOpts {
  format: string; out?: string; html?: string; unit?: MoneyUnit; outputFile?: string; quiet?: boolean; lang?: string; config?: string; failOn?: string; mapping?: string; baseline?: string; prior?: string[]; shard?: string; jobs?: number | 'auto';
}

/** The file extension of each format, for naming the outputs of several formats in one run. */
export const FORMAT_EXTENSIONS: Record<ReporterName, string> = { text: '.txt', json: '.json', junit: '.junit.xml', sarif: '.sarif', github: '.github.txt' };

/** `--format json,sarif`: the formats asked for, each known, none twice. */
export function parseFormats(value: string): ReporterName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(REPORTER_NAMES as readonly string[]).includes(n));
  if (bad.length || names.length === 0) throw new UsageError(`--format: unknown format "${bad[0] ?? value}" (one or more of ${REPORTER_NAMES.join(', ')}, separated by commas)`, `--format: không có định dạng "${bad[0] ?? value}" (một hoặc nhiều trong ${REPORTER_NAMES.join(', ')}, cách nhau bằng dấu phẩy)`);
  return [...new Set(names)] as ReporterName[];
}

/**
 * Where each format goes. One format: -o FILE as given, else standard output. Several: -o
 * names them all, each with its format's extension in place of FILE's own (-o out/recon →
 * out/recon.json, out/recon.sarif; -o recon.json → recon.json, recon.sarif).
 */
export function outputPaths(formats: ReporterName[], file: string | undefined, platform: NodeJS.Platform = process.platform): Map<ReporterName, string | undefined> {
  if (formats.length === 1) return new Map([[formats[0]!, file]]);
  if (!file) throw new UsageError(`several formats (${formats.join(', ')}) need -o/--output-file to name their files`, `nhiều định dạng (${formats.join(', ')}) cần -o/--output-file để đặt tên tệp`);
  const api = pathsFor(platform);
  const ext = api.extname(file);
  const known = Object.values(FORMAT_EXTENSIONS).find((e) => file.toLowerCase().endsWith(e));
  const stem = known ? file.slice(0, -known.length) : ext ? file.slice(0, -ext.length) : file;
  return new Map(formats.map((f) => [f, stem + FORMAT_EXTENSIONS[f]]));
}

function failingCount(report: Report, failOn: string): number {
  const s = report.summary;
  return failOn === 'never' ? 0 : failOn === 'warning' ? s.errors + s.warnings : s.errors;
}

/** Files the run read (not those it skipped as its own earlier outputs): no output may replace one. */
function inputsRead(report: Report, args: string[]): string[] {
  const skipped = new Set(report.findings.filter((f) => f.code === 'file-generated-skipped').map((f) => f.location.file));
  return [...args, ...report.files.map((f) => f.file).filter((f) => !skipped.has(f))];
}

export function registerCheck(program: Command, { io, setExit, version }: CliContext): void {
  program
    .command('check')
    .description('read reports, run every check, print the findings')
    .argument('<paths...>', `files, folders or globs (folders are read recursively: ${READ_EXTENSIONS.join(', ')})`)
    .addOption(new Option('--format <formats>', `output format, or several separated by commas (${REPORTER_NAMES.join(', ')})`).default('text'))
    .option('-o, --output-file <file>', 'write the findings to this file (UTF-8) instead of standard output; with several formats, the name of each with its extension')
    .option('--out <file.xlsx>', 'also write the summary workbook (conference tables)')
    .option('--html <file.html>', 'also write the HTML report (self-contained, with charts)')
    .addOption(unitOption())
    .option('-q, --quiet', 'text: errors only, and the total; no progress on the terminal')
    .addOption(langOption())
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(jobsOption())
    .addOption(new Option('--fail-on <level>', 'exit 1 on findings of this severity or worse').choices(['error', 'warning', 'never']))
    .option('--baseline <file>', 'accept the findings listed in this baseline file (see `budget-recon baseline`)')
    .option('--prior <paths...>', "last year's reports: read for agreement with this year's \"cùng kỳ\" figures only")
    .addOption(shardOption())
    .addHelpText('after', `
Examples:
  $ budget-recon check fixtures/samples
  $ budget-recon check reports/ --format json -o findings.json
  $ budget-recon check reports/ --format json,sarif -o out/budget-recon
  $ budget-recon check reports/ --out summary.xlsx --lang vi
  $ budget-recon check reports/ --fail-on warning --config budget-recon.json

--shard i/n checks one share of the files (for CI jobs side by side); checks across reports
(agreement with a regional summary, completeness) then see only the reports of that share.

Several formats in one run: -o names them, each with its own extension (.txt, .json,
.junit.xml, .sarif, .github.txt) in place of the one given.

Exit codes: 0 no finding at or above --fail-on (default error); 1 there is one
(an unreadable input counts); 2 the tool could not run (bad arguments or config).`)
    .action(async (args: string[], opts: CheckOpts) => {
      const shard = opts.shard ? parseShard(opts.shard) : undefined;
      const paths = await expandGlobs(args);
      const started = process.hrtime.bigint();
      const cfg = await configFrom(opts);
      const formats = parseFormats(opts.format);
      const targets = outputPaths(formats, opts.outputFile);
      validateOutputs(opts);
      const outputs = [...targets.values(), opts.out, opts.html].filter((p): p is string => !!p);
      const named = [...paths, ...(opts.prior ?? []), opts.config, opts.mapping, opts.baseline].filter((p): p is string => !!p);
      const clash = outputOverInput(outputs, named);
      if (clash) throw new UsageError(`the output ${clash.output} is an input; choose another file name`, `tệp ghi ra ${clash.output} là một tệp đầu vào; hãy chọn tên khác`);
      // The pipeline loads here, not at startup: --help and --version stay fast.
      const [{ reconcile }, { REPORTERS }] = await Promise.all([import('../../index.js'), import('../../reporters/registry.js')]);
      const baseline = opts.baseline ? await (await import('../../config/baseline.js')).loadBaseline(opts.baseline) : undefined;
      const result = await withProgress(io, { lang: cfg.lang, quiet: !!opts.quiet }, async (onProgress) => reconcile(shard ? shardOf(await collectInputs(paths), shard) : paths, cfg, await optionsFrom(opts, onProgress)));
      const report = baseline ? (await import('../../config/apply-baseline.js')).applyBaseline(result.report, baseline, baselineFileKey(opts.baseline!)) : result.report;
      const read = outputOverInput(outputs, inputsRead(report, named));
      if (read) throw new UsageError(`the output ${read.output} is one of the files read; choose another file name`, `tệp ghi ra ${read.output} là một trong các tệp được đọc; hãy chọn tên khác`);
      const positions = formats.some((f) => f === 'sarif' || f === 'github' || f === 'text')
        ? await (await import('../text-positions.js')).textPositions(report.findings.flatMap((f) => [f.location, ...f.related]))
        : undefined;
      const rows = formats.includes('text') ? await (await import('../workbook-rows.js')).workbookRows(report.findings.map((f) => f.location), cfg.limits) : undefined;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const colour = formats.includes('text') && !targets.get('text') && useColor(io);
      if (colour) await (await import('../../reporters/text-style.js')).loadColour();
      for (const [format, target] of targets) {
        const text = REPORTERS[format](report, {
          color: format === 'text' && colour, version, failOn: cfg.failOn, seconds,
          quiet: !!opts.quiet, table: format === 'text' && !target && !!io.stdout.isTTY,
          root: process.cwd(), helpUri: HELP_URI, ...(positions ? { positions } : {}), ...(rows ? { rows } : {}),
        });
        if (target) {
          await writeOut(target, text);
          io.stderr.write(`${cfg.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${target}\n`);
        } else io.stdout.write(text);
      }
      if (opts.out || opts.html) await writeConferenceOutputs(report, result.ledger, opts, io, version, !formats.includes('text'));
      setExit(failingCount(report, cfg.failOn) > 0 ? 1 : 0);
    });
}
