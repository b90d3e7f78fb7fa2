import type { FileInspection } from '../index.js';
import type { Lang } from '../findings/catalog.js';
import type { Finding } from '../findings/types.js';
import type { ColumnMeaning } from '../layout/interpret-header.js';
import type { TitleFacts } from '../layout/detect-layout.js';
import { columnLetter } from '../read/grid.js';
import { formatPeriod, type Period } from '../reference/periods.js';
import { CERTAINTY_WORDS, DIMENSION_WORDS, EVIDENCE_WORDS, INSPECT_WORDS, MEASURE_WORDS, ROW_WORDS, SEVERITY_WORDS } from '../findings/phrases.js';
import { renderTemplate } from '../findings/catalog.js';
import type { Certainty, Evidence } from '../ledger/doubt.js';
import { renderPeriod } from '../findings/render-params.js';
import type { Unit } from '../reference/units.js';

const W = {
  en: {
    sheet: 'sheet', kind: { long: 'long export', form: 'report form', summary: 'regional summary' }, none: 'no table recognised',
    header: 'header rows', numbering: 'numbering row', title: 'title', year: 'year', period: 'period', unit: 'unit', province: 'province', region: 'region named', program: 'programme', kindOf: 'table',
    measure: 'figures are', columns: 'columns', rows: 'rows', style: 'number style', undecided: 'undecided', weak: 'reading weak', conflicting: 'reading conflicting',
    vi: 'Vietnamese (1.234,5)', en: 'English (1,234.5)', ignored: 'ignored', figures: 'figures read', converted: 'converted from',
    legacy: 'legacy text converted', mapped: 'layout from the mapping file', merges: 'merged ranges', findings: 'findings', more: 'more rows',
    ofWhich: 'of which', unknownUnit: 'unit from the title or a ĐVT column', difference: 'difference, no fact', pairByFigures: 'of the two columns its figures bear out', rowsFirst: (n: number, first: number) => `${n} ${n === 1 ? 'row' : 'rows'}, first at row ${first}`,
  },
  vi: {
    sheet: 'trang', kind: { long: 'bảng dữ liệu dọc', form: 'biểu báo cáo', summary: 'biểu tổng hợp' }, none: 'không nhận ra bảng',
    header: 'dòng tiêu đề', numbering: 'dòng đánh số cột', title: 'tiêu đề', year: 'năm', period: 'kỳ', unit: 'đơn vị', province: 'tỉnh', region: 'khu vực ghi trong tiêu đề', program: 'chương trình', kindOf: 'loại bảng',
    measure: 'loại số liệu', columns: 'các cột', rows: 'các dòng', style: 'kiểu số', undecided: 'chưa xác định', weak: 'đọc chưa chắc', conflicting: 'đọc mâu thuẫn',
    vi: 'Việt Nam (1.234,5)', en: 'Anh (1,234.5)', ignored: 'bỏ qua', figures: 'số liệu đã đọc', converted: 'chuyển đổi từ',
    legacy: 'đã chuyển mã chữ cũ', mapped: 'mẫu biểu theo tệp ánh xạ', merges: 'vùng gộp ô', findings: 'phát hiện', more: 'dòng nữa',
    ofWhich: 'trong đó', unknownUnit: 'đơn vị theo tiêu đề hoặc cột ĐVT', difference: 'hiệu số, không phải số liệu riêng', pairByFigures: 'của hai cột mà số liệu khớp', rowsFirst: (n: number, first: number) => `${n} dòng, đầu tiên ở dòng ${first}`,
  },
};

/** A decision's certainty and evidence in the reader's language: "(certain: stated in the title: "…")". */
export function decisionText(d: { certainty: Certainty; evidence: Evidence }, lang: Lang): string {
  return `(${CERTAINTY_WORDS[d.certainty][lang]}: ${renderTemplate(EVIDENCE_WORDS[d.evidence.key][lang], d.evidence.values ?? {})})`;
}

function unitText(u: Unit | undefined): string {
  return u ? u.written : '';
}

/** A year, or a span of years "2016–2020". */
export const yearText = (year: number, yearTo?: number) => (yearTo === undefined ? String(year) : `${year}–${yearTo}`);

export const programText = (p: string) => (p === 'KCDP' ? 'KCĐP' : p || 'KCQG+KCĐP');
export const periodWords = (p: Period, lang: Lang) => renderPeriod({ kind: 'period', period: formatPeriod(p) }, lang);

/** A column's meaning in words: measure, year, period, programme, unit. */
export function describeColumn(m: ColumnMeaning, title: TitleFacts, lang: Lang): string {
  const w = W[lang];
  switch (m.kind) {
    case 'dimension':
      return DIMENSION_WORDS[m.dim]?.[lang] ?? m.dim;
    case 'value':
      return `${INSPECT_WORDS.value[lang]}${m.unit ? ` (${unitText(m.unit)})` : ''}`;
    case 'amount': {
      const parts: string[] = [MEASURE_WORDS[m.measure][lang]];
      if (m.year !== undefined) parts.push(yearText(m.year, m.yearTo));
      else if (m.yearOffset) parts.push(INSPECT_WORDS.yearOffset[lang].replace('{n}', String(m.yearOffset)));
      if (m.period) parts.push(periodWords(m.period, lang));
      if (m.program !== undefined) parts.push(programText(m.program));
      parts.push(unitText(m.unit ?? title.unit) || w.unknownUnit);
      if (m.line) parts.push(INSPECT_WORDS.line[lang].replace('{line}', m.line));
      return parts.join(', ');
    }
    case 'ratio':
      return [MEASURE_WORDS[m.measure][lang], m.year !== undefined ? yearText(m.year, m.yearTo) : '', m.period ? periodWords(m.period, lang) : '', m.program !== undefined ? programText(m.program) : ''].filter(Boolean).join(', ');
    default:
      return w.ignored;
  }
}

const ROWS_SHOWN = 40;

/**
 * Each row's role with its evidence: a form's rows one by one (the first 40, then every row whose
 * role is not certain, so that no doubt is left out), a long export's rows counted by level and
 * by what the level was read from.
 */
function roleLines(stats: FileInspection['sheets'][number]['stats'], lang: Lang): string[] {
  const w = W[lang];
  const out: string[] = [];
  const roles = stats?.roles ?? [];
  if (roles.length) {
    out.push(`    ${w.rows}:`);
    const shown = roles.filter((r, i) => i < ROWS_SHOWN || r.certainty !== 'certain');
    for (const r of shown) {
      const tag = `${ROW_WORDS[r.kind]?.[lang] ?? r.kind}${r.ofWhich ? ` (${w.ofWhich})` : ''}${r.program ? ` [${programText(r.program)}]` : ''}`;
      out.push(`      ${String(r.row).padStart(4)} ${'  '.repeat(r.depth)}${(r.stt || '·').padEnd(4)} ${r.label.slice(0, 60).padEnd(60)} ${tag}  ${decisionText(r, lang)}`);
    }
    if (roles.length > shown.length) out.push(`      … ${roles.length - shown.length} ${w.more}`);
  }
  for (const t of stats?.levels ?? []) {
    if (t === stats!.levels![0]) out.push(`    ${w.rows}:`);
    out.push(`      ${(ROW_WORDS[t.level]?.[lang] ?? t.level).padEnd(10)} ${w.rowsFirst(t.rows, t.first).padEnd(32)} ${decisionText(t, lang)}`);
  }
  return out;
}

/** What was detected in each sheet, so that a user can see why each value was read as it was. */
export function renderInspectText(files: FileInspection[], findings: Finding[], lang: Lang): string {
  const w = W[lang];
  const out: string[] = [];
  for (const f of files) {
    out.push(f.file);
    for (const s of f.sheets) {
      const l = s.layout;
      out.push(`  ${w.sheet} "${s.sheet}": ${l ? w.kind[l.kind] : w.none}${s.mapped ? ` (${w.mapped})` : ''}${s.convertedFrom ? `; ${w.converted} ${s.convertedFrom}` : ''}`);
      if (s.legacy) out.push(`    ${w.legacy}: ${s.legacy.encoding.toUpperCase()}, ${s.legacy.cells.length} (${s.legacy.cells.slice(0, 8).join(', ')}${s.legacy.cells.length > 8 ? ', …' : ''})`);
      if (!l) continue;
      const t = l.title;
      const d = l.decisions;
      out.push(`    ${w.kindOf}: ${w.kind[l.kind]}  ${decisionText(d.kind, lang)}`);
      out.push(`    ${w.header}: ${l.headerRows.join(', ')}${l.skipRows.length ? `; ${w.numbering}: ${l.skipRows.join(', ')}` : ''}; ${w.merges}: ${s.merges}  ${decisionText(d.band, lang)}`);
      out.push(`    ${w.year}: ${t.year === undefined ? '?' : yearText(t.year, t.yearTo)}  ${decisionText(d.year, lang)}`);
      out.push(`    ${w.period}: ${t.period ? periodWords(t.period, lang) : '?'}  ${decisionText(d.period, lang)}`);
      out.push(`    ${w.unit}: ${unitText(t.unit) || '?'}  ${decisionText(d.unit, lang)}`);
      const byColumn = [...new Set(l.columns.flatMap((c) => ((c.meaning.kind === 'amount' || c.meaning.kind === 'ratio') && c.meaning.program ? [programText(c.meaning.program)] : [])))];
      out.push(`    ${w.program}: ${t.program ? programText(t.program) : byColumn.join(', ') || '—'}  ${decisionText(d.program, lang)}`);
      out.push(`    ${w.province}: ${t.province ? `${t.province.code} ${t.province.name}` : '—'}  ${decisionText(d.province, lang)}`);
      if (t.region && l.kind === 'summary') out.push(`    ${w.region}: ${t.region.name}`);
      if (t.measure) out.push(`    ${w.measure}: ${MEASURE_WORDS[t.measure][lang]}`);
      out.push(`    ${w.columns}:`);
      const columnLines: Array<[number, string]> = [];
      for (const c of l.columns) {
        const style = s.stats?.styles[c.address];
        const styleText = style === undefined ? '' : `  [${w.style}${style.value === 'numeric' ? '' : `: ${style.value === 'undecided' ? w.undecided : w[style.value]}`} ${decisionText(style, lang)}]`;
        const sum = c.sumOf ? `  = ${c.sumOf.map((x) => columnLetter(x)).join(' + ')}` : c.sumColumn !== undefined ? `  = Σ → ${columnLetter(c.sumColumn)}` : c.partOf !== undefined ? `  ≤ ${columnLetter(c.partOf)} (${w.ofWhich})` : c.ratioOf ? `  = ${columnLetter(c.ratioOf.of)} / ${columnLetter(c.ratioOf.base)}` : '';
        columnLines.push([c.col, `      ${columnLetter(c.col).padEnd(3)} ${JSON.stringify(c.header).padEnd(40)} → ${describeColumn(c.meaning, t, lang)}${sum}${styleText}  ${decisionText(c, lang)}`]);
      }
      // Columns worked out from two others: the pair they are checked against.
      for (const d of l.differences ?? []) {
        const pair = d.of !== undefined && d.minus !== undefined ? `= ${columnLetter(d.of)} − ${columnLetter(d.minus)}` : w.pairByFigures;
        columnLines.push([d.col, `      ${columnLetter(d.col).padEnd(3)} ${JSON.stringify(d.header).padEnd(40)} → ${w.difference} ${pair}  ${decisionText(d, lang)}`]);
      }
      out.push(...columnLines.sort((a, b) => a[0] - b[0]).map(([, line]) => line));
      out.push(...roleLines(s.stats, lang));
      out.push(`    ${w.figures}: ${s.stats?.entries ?? 0}`);
      const mine = findings.filter((x) => x.location.file === f.file && x.location.sheet === s.sheet);
      if (mine.length) out.push(`    ${w.findings}: ${mine.length} (${[...new Set(mine.map((x) => x.code))].join(', ')})`);
    }
    const fileLevel = findings.filter((x) => x.location.file === f.file && !x.location.sheet);
    for (const x of fileLevel) out.push(`  ${SEVERITY_WORDS[x.severity][lang]}: ${x.message} [${x.code}]`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** The same as data: layouts, statistics and row roles per sheet. */
export function renderInspectJson(files: FileInspection[]): string {
  return `${JSON.stringify({ files }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
