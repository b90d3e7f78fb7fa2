import { CATALOG, renderTemplate, type CatalogEntry, type Lang } from './catalog.js';

/** Illustrative values for message placeholders, so that every code can show an example. */
const SAMPLE: Record<string, string | number> = {
  reason: 'password-protected (encrypted) workbook', ext: '.xls', encoding: 'Windows-1258', rows: 30, header: 'Ghi chú', text: '1.234',
  vi: '1234', en: '1.234', style: 'Vietnamese (1.234,5)', unit: 'kg', detail: '', name: 'Lào Cai', other: 'bao-cao-9-thang.xlsx!D12',
  list: 34, period: '01-09', what: 'Nghệ An, Đào tạo nghề, actual 01-09/2024', reported: '53.4', computed: '35.4002', of: '46,022,000,000 VND',
  base: '130,005,000,000 VND', low: '53.35', high: '53.45', decimals: 1, diff: '-17.9998', expected: '35.4002', count: 3, rule: 'compared exactly',
  first: 'E12', same: '; the values differ', check: 'sums', formula: 'SUM(C10:C12)', error: '#REF!', cells: 'A1, B6, C6', province: 'Quảng Trị',
  source: 'a row of tong-hop-bac-trung-bo.xlsx', year: 2024, factor: '1000×', fit: 'triệu đồng', end: 9, row: 85,
};

export function explainCode(code: string, lang: Lang): string | undefined {
  const e = (CATALOG as Record<string, CatalogEntry>)[code];
  if (!e) return undefined;
  const label = lang === 'vi'
    ? { severity: 'Mức độ mặc định', by: 'Do', example: 'Ví dụ' }
    : { severity: 'Default severity', by: 'Emitted by', example: 'Example' };
  const lines = [
    `${code} — ${e.title[lang]}`,
    '',
    e.description[lang],
    '',
    `${label.severity}: ${e.severity}`,
    `${label.by}: ${e.emittedBy}`,
    '',
    `${label.example}: ${renderTemplate(e.template[lang], SAMPLE)}`,
  ];
  if (e.example) lines.push(`         ${e.example}`);
  return `${lines.join('\n')}\n`;
}

/** The codes nearest to a mistyped one, for a helpful error. */
export function nearestCodes(code: string): string[] {
  const words = code.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
  const close = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  return Object.keys(CATALOG).filter((c) => words.some((w) => c.split('-').some((cw) => cw.length > 2 && close(w, cw)))).slice(0, 5);
}
