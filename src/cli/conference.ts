import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Option } from './commander.js';
import type { Report } from '../findings/build-report.js';
import type { Ledger } from '../ledger/build-ledger.js';
import { MONEY_UNITS, type MoneyUnit } from '../reporters/conference-words.js';
import { UsageError, writeOut, type Io } from './context.js';

/** The conference outputs (workbook, page, paragraph file) shared by `check` and `report`. */
export interface ConferenceOutputs {
  out?: string;
  html?: string;
  text?: string;
  unit?: MoneyUnit;
}

export const unitOption = () => new Option('--unit <unit>', 'money unit of the workbook, page and paragraph: trieu (million đồng), ty (billion), dong').choices(MONEY_UNITS as string[]).default('trieu');

/** echarts' minified build, inlined into the page so that it opens with no network. */
function echartsSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
}

export function validateOutputs(o: ConferenceOutputs): void {
  if (o.out && !/\.xlsx$/i.test(o.out)) throw new UsageError(`--out must name an .xlsx file: ${o.out}`, `--out phải là tệp .xlsx: ${o.out}`);
  if (o.html && !/\.html?$/i.test(o.html)) throw new UsageError(`--html must name an .html file: ${o.html}`, `--html phải là tệp .html: ${o.html}`);
}

/** Writes the workbook (marked and made deterministic by stampWorkbook), the page and the paragraph file asked for (saying so on stderr unless quiet); returns the paragraph. */
export async function writeConferenceOutputs(report: Report, ledger: Ledger, o: ConferenceOutputs, io: Io, version: string, quiet = false): Promise<string | undefined> {
  const [{ buildConference }, { narrate }] = await Promise.all([import('../ledger/conference.js'), import('../narrate/narrate.js')]);
  const conference = buildConference(ledger);
  const unit = o.unit ?? 'trieu';
  const said = (p: string) => !quiet && io.stderr.write(`${report.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${p}\n`);
  const paragraph = conference ? narrate(conference, { lang: report.lang, unit }) : undefined;
  if (o.out) {
    const { renderXlsx } = await import('../reporters/xlsx.js');
    const { stampWorkbook } = await import('../reporters/stamp-workbook.js');
    await writeOut(o.out, await stampWorkbook(await renderXlsx(report, conference, { unit, linkBase: process.cwd() }), version));
    said(o.out);
  }
  if (o.html) {
    const { renderHtml } = await import('../reporters/html.js');
    await writeOut(o.html, renderHtml(report, conference, { unit, echarts: echartsSource(), ...(paragraph ? { paragraph: paragraph.text } : {}) }));
    said(o.html);
  }
  if (o.text && paragraph) {
    await writeOut(o.text, `${paragraph.text}\n`);
    said(o.text);
  }
  return paragraph?.text;
}
