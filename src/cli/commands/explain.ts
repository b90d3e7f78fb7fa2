import { Option, type Command } from '../commander.js';
import type { Cell } from '../../read/grid.js';
import type { WrittenCell } from '../../reporters/explain-figure.js';
import { expandGlobs } from '../paths.js';
import { configFrom, configOption, langOption, mappingOption, optionsFrom, UsageError, type CliContext } from '../context.js';

interface ExplainOpts { lang?: 'en' | 'vi'; format: 'text' | 'json'; config?: string; mapping?: string; prior?: string[]; with?: string[] }

async function explainCode(code: string | undefined, lang: 'en' | 'vi', io: CliContext['io']): Promise<void> {
  const { CATALOG } = await import('../../findings/catalog.js');
  const { explainCode, nearestCodes } = await import('../../findings/explain.js');
  const { SEVERITY_WORDS } = await import('../../findings/phrases.js');
  if (!code) {
    for (const [c, e] of Object.entries(CATALOG)) io.stdout.write(`${c.padEnd(28)} ${SEVERITY_WORDS[e.severity][lang].padEnd(10)} ${e.title[lang]}\n`);
    return;
  }
  const text = explainCode(code, lang);
  if (!text) {
    const near = nearestCodes(code);
    throw new UsageError(`unknown finding code "${code}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (budget-recon explain lists them)`, `không có mã phát hiện "${code}"${near.length ? `; có phải ý bạn là ${near.join(', ')}?` : ''} (budget-recon explain liệt kê các mã)`);
  }
  io.stdout.write(text);
}

/** "Sheet 1!D12", "'Báo cáo'!D12" or "D12" (a file of one sheet). */
export function splitCellRef(ref: string): { sheet?: string; cell: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { cell: ref };
  let sheet = ref.slice(0, bang);
  if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: ref.slice(bang + 1) };
}

function written(cell: Cell | null | undefined): WrittenCell | undefined {
  if (cell === undefined) return undefined;
  if (cell === null || (cell.value === null && !cell.text && !cell.error)) return { text: '', type: 'empty' };
  const type = cell.error ? 'error' : typeof cell.value === 'number' ? 'number' : typeof cell.value === 'boolean' ? 'boolean' : cell.value instanceof Date ? 'date' : 'text';
  return { text: cell.error ?? cell.text, type, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}), ...(cell.formula ? { formula: cell.formula } : {}) };
}

async function explainCell(path: string, ref: string, opts: ExplainOpts, { io, setExit }: CliContext): Promise<void> {
  const { reconcile } = await import('../../index.js');
  const { explainFigure, parseCell } = await import('../../explain-figure.js');
  const { renderFigureText, renderFigureJson } = await import('../../reporters/explain-figure.js');
  const { readRows } = await import('../../read/read-rows.js');
  const { collectInputs } = await import('../../read/collect-inputs.js');
  const target = splitCellRef(ref);
  const at = parseCell(target.cell);
  if (!at) throw new UsageError(`"${target.cell}" is not a cell address (write it as Excel does: D12, or 'Sheet name'!D12)`, `"${target.cell}" không phải địa chỉ ô (viết như Excel: D12, hoặc 'Tên trang'!D12)`);
  const cfg = await configFrom(opts);
  const [input] = await collectInputs([path]);
  if (!input || input.problem) throw new UsageError(`cannot read ${path}${input?.problem ? ` (${input.problem.code})` : ''}`, `không đọc được ${path}${input?.problem ? ` (${input.problem.code})` : ''}`);
  const others = opts.with?.length ? (await collectInputs(await expandGlobs(opts.with))).filter((f) => f.display !== input.display) : [];
  const result = await reconcile([input, ...others], cfg, await optionsFrom(opts));
  const x = explainFigure({ ledger: result.ledger, inspections: result.inspections, findings: result.report.findings }, { file: input.display, cell: target.cell, ...(target.sheet !== undefined ? { sheet: target.sheet } : {}) }, cfg);
  const rows = x.status === 'no-file' || x.status === 'no-sheet' ? undefined : await readRows(input.path, input.display, cfg.limits, new Map([[x.target.sheet, new Set([at.row])]]));
  const sheet = rows?.get(x.target.sheet);
  const w = sheet ? written(sheet.get(at.row)?.find((c) => c.col === at.col) ?? null) : undefined;
  io.stdout.write(opts.format === 'json' ? renderFigureJson(x, w) : renderFigureText(x, cfg.lang, w));
  setExit(x.status === 'no-file' || x.status === 'no-sheet' ? 1 : 0);
}

export function registerExplain(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description('describe a finding code; or, given a file and a cell, how that figure was read and what it takes part in')
    .argument('[code-or-file]', 'a finding code (e.g. percent-of-plan-mismatch), or a report file')
    .argument('[cell]', "with a file: the cell, as Excel writes it (D12, 'Báo cáo'!D12)")
    .addOption(langOption())
    .addOption(new Option('--format <format>', 'text or json (for a cell)').choices(['text', 'json']).default('text'))
    .addOption(configOption())
    .addOption(mappingOption())
    .addOption(new Option('--with <paths...>', 'other reports read with it (the regional summary, the other months), for the relations across reports'))
    .addOption(new Option('--prior <paths...>', "last year's reports, for the relations across years"))
    .addHelpText('after', `
For a cell: the header band and the column's meaning with its evidence, the unit and its
conversion, the number style, period, programme, province and row role, the ledger fact it
became, every relation it takes part in (holds or not), and the findings on it.

Examples:
  $ budget-recon explain sum-mismatch
  $ budget-recon explain percent-of-plan-mismatch --lang vi
  $ budget-recon explain
  $ budget-recon explain "fixtures/region/faulty-2024/40-Nghệ An-2024-9thang.xlsx" "'Bao cao'!D10" \\
      --with fixtures/region/faulty-2024 --prior fixtures/region/2023
  $ budget-recon explain fixtures/samples/dong-bac-2024-9m-loi.csv I4 --lang vi`)
    .action(async (first: string | undefined, cell: string | undefined, opts: ExplainOpts) => {
      const lang = opts.lang ?? 'en';
      if (cell === undefined) return explainCode(first, lang, ctx.io);
      return explainCell(first!, cell, { ...opts, lang }, ctx);
    });
}
