import type { Style } from './render.js';

/** Every value of every axis (render.ts). */
export const AXES = {
  format: ['xlsx', 'csv', 'csv-bom', 'csv-semicolon', 'tsv', 'utf16', 'cp1258', 'xlsx-tcvn3', 'csv-vni', 'vni-bytes'],
  province: ['letterhead', 'letterhead-multiline', 'title-dash', 'sheet', 'file', 'file-camel'],
  period: ['title', 'subtitle', 'file', 'headers', 'luy-ke'],
  header: ['two-row', 'one-row', 'three-row', 'numbered'],
  unit: ['dvt-line', 'tr-dong', 'thousand', 'english', 'so-tien', 'in-header', 'dong'],
  pctHeader: ['Tỷ lệ TH/KH năm (%)', 'Tỷ lệ (%)', 'TH/KH (%)', 'Đạt (%)', 'Lũy kế/KH năm (%)', 'So với KH năm (%)'],
  pctCell: ['dec1', 'sign', 'whole'],
  stt: ['roman', 'letter', 'decimal', 'dash', 'none'],
  programmes: ['rows', 'columns', 'rows', 'total-first', 'one-row'],
  counts: [true, false],
  numbers: ['vi', 'plain'],
  noise: [false, true],
  annex: [false, true, false],
} as const satisfies { [K in keyof Style]: ReadonlyArray<Style[K]> };

const RENDERINGS = 48;

/**
 * The matrix: rendering i takes value (i × stride) of each axis, with strides prime to the axis
 * lengths, so that every value of every axis appears and pairs with many values of the others.
 * One rule keeps the inputs honest: text with Vietnamese grouping ("1.234") and whole-number
 * percentages has no figure that tells the number style, so such a file is ambiguous by nature
 * (the tool rightly refuses to guess): those renderings write plain digits.
 */
export function matrix(): Array<{ id: string; style: Style }> {
  const strides: Record<keyof Style, number> = { format: 1, province: 5, period: 3, header: 1, unit: 3, pctHeader: 5, pctCell: 2, stt: 3, programmes: 2, counts: 1, numbers: 1, noise: 1, annex: 2 };
  const out: Array<{ id: string; style: Style }> = [];
  for (let i = 0; i < RENDERINGS; i++) {
    const pick = <K extends keyof Style>(k: K): Style[K] => {
      const values = AXES[k] as unknown as ReadonlyArray<Style[K]>;
      return values[(i * strides[k] + Math.floor(i / values.length)) % values.length]!;
    };
    const style = Object.fromEntries((Object.keys(AXES) as Array<keyof Style>).map((k) => [k, pick(k)])) as unknown as Style;
    if (style.pctCell === 'whole' && style.unit !== 'thousand' && style.unit !== 'dong') style.numbers = 'plain';
    const id = `${String(i).padStart(2, '0')}-${style.format}-${style.province}-${style.period}-${style.header}-${style.unit}-${style.stt}${style.programmes === 'rows' ? '' : `-prog-${style.programmes}`}${style.counts ? '-counts' : ''}${style.annex ? '-annex' : ''}`;
    out.push({ id, style });
  }
  return out;
}
