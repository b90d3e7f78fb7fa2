import type { Report } from '../findings/build-report.js';
import { safeReport } from './safe-text.js';
import type { PositionOf } from './sarif.js';

const CMD = { error: 'error', warning: 'warning', info: 'notice' } as const;
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one per finding: `::error file=…,line=…,col=…,title=…::message`.
 * The title names the code and the cell; text files also get the physical line and column
 * (a CSV record with a quoted line break spans lines), so the annotation lands on it.
 */
export function renderGithub(input: Report, positions?: PositionOf): string {
  const report = safeReport(input);
  const lines = report.findings.map((f) => {
    const l = f.location;
    const props = [`file=${prop(l.file.replace(/\\/g, '/'))}`];
    if (/\.(csv|tsv|txt)$/i.test(l.file) && l.row) {
      const p = positions?.(input.findings[report.findings.indexOf(f)]!.location);
      props.push(p ? `line=${p.line},col=${p.column}` : `line=${l.row}`);
    }
    props.push(`title=${prop(`${f.code}${l.sheet && l.cell ? ` (${l.sheet}!${l.cell})` : ''}`)}`);
    return `::${CMD[f.severity]} ${props.join(',')}::${data(f.message)}`;
  });
  const s = report.summary;
  lines.push(`budget-recon: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info in ${s.files} file(s)`);
  return `${lines.join('\n')}\n`;
}
