import { termMatcher, tokenise, type TermTable } from '../match-terms.js';

export type Programme = 'KCQG' | 'KCDP' | '';

/**
 * Programme wordings. `strong`: khuyến công wording, read wherever it stands (titles, section
 * rows, headers, cells); `header`: read inside a column header or a programme cell, where
 * "Quốc gia" can only be the programme; `cell`: only as the whole value of a programme column
 * ("Ngân sách trung ương" in a budget table is no programme elsewhere). '' is both programmes.
 */
export const PROGRAMME_TERMS: TermTable<{ program: Programme; where: 'strong' | 'header' | 'cell' }> = [
  ['kcqg', { program: 'KCQG', where: 'strong' }],
  ['kc qg', { program: 'KCQG', where: 'strong' }],
  ['khuyen cong quoc gia', { program: 'KCQG', where: 'strong' }],
  ['kinh phi khuyen cong quoc gia', { program: 'KCQG', where: 'strong' }],
  ['kcdp', { program: 'KCDP', where: 'strong' }],
  ['kc dp', { program: 'KCDP', where: 'strong' }],
  ['khuyen cong dia phuong', { program: 'KCDP', where: 'strong' }],
  ['kinh phi khuyen cong dia phuong', { program: 'KCDP', where: 'strong' }],
  ['national industrial promotion', { program: 'KCQG', where: 'strong' }],
  ['national (industry|industrial) extension', { program: 'KCQG', where: 'strong' }],
  ['local industrial promotion', { program: 'KCDP', where: 'strong' }],
  ['(local|provincial) (industry|industrial) extension', { program: 'KCDP', where: 'strong' }],
  ['provincial industrial promotion', { program: 'KCDP', where: 'strong' }],
  ['kcqg kcdp', { program: '', where: 'strong' }],
  ['kcqg va kcdp', { program: '', where: 'strong' }],
  ['khuyen cong quoc gia va [khuyen cong] dia phuong', { program: '', where: 'strong' }],
  ['khuyen cong dia phuong va [khuyen cong] quoc gia', { program: '', where: 'strong' }],
  ['quoc gia', { program: 'KCQG', where: 'header' }],
  ['national', { program: 'KCQG', where: 'header' }],
  ['dia phuong', { program: 'KCDP', where: 'header' }],
  ['local', { program: 'KCDP', where: 'header' }],
  ['trung uong', { program: 'KCQG', where: 'cell' }],
  ['ngan sach trung uong', { program: 'KCQG', where: 'cell' }],
  ['nstw', { program: 'KCQG', where: 'cell' }],
  ['ngan sach dia phuong', { program: 'KCDP', where: 'cell' }],
  ['nsdp', { program: 'KCDP', where: 'cell' }],
  ['tinh', { program: 'KCDP', where: 'cell' }],
  ['cong', { program: '', where: 'cell' }],
  ['tong', { program: '', where: 'cell' }],
  ['tong cong', { program: '', where: 'cell' }],
  ['tong so', { program: '', where: 'cell' }],
  ['all', { program: '', where: 'cell' }],
  ['both', { program: '', where: 'cell' }],
  ['total', { program: '', where: 'cell' }],
  ['ca hai', { program: '', where: 'cell' }],
  ['chung', { program: '', where: 'cell' }],
];

const STRONG = termMatcher(PROGRAMME_TERMS.filter(([, v]) => v.where === 'strong'));
const HEADER = termMatcher(PROGRAMME_TERMS.filter(([, v]) => v.where !== 'cell'));
const CELL = termMatcher(PROGRAMME_TERMS);
/** What opens a programme's column group: a programme, or "Tổng số" over both. */
const GROUP_OPENING = termMatcher(PROGRAMME_TERMS.filter(([p, v]) => v.where === 'strong' || ['tong so', 'tong cong', 'total'].includes(p)));

/** The programme a column header names ("KCQG", "Quốc gia", "KC địa phương"). */
export function programmeInHeader(text: string): Programme | undefined {
  return HEADER.find(text)?.value.program;
}

/** The programme a section row or title names in khuyến công wording ("I. KHUYẾN CÔNG QUỐC GIA"). */
export function programmeInWording(text: string): Programme | undefined {
  return STRONG.find(text)?.value.program;
}

/**
 * A header without the programme (or "Tổng số") that opens it: "Khuyến công quốc gia Kế hoạch năm 2024 Số
 * lượng" (a programme's column group over its periods and measures) → "ke hoach nam 2024 so luong",
 * as tokenised text.
 */
export function withoutProgrammeOpening(text: string): string {
  const t = tokenise(text);
  const hit = GROUP_OPENING.starts(t);
  return hit ? t.slice(hit.length).trim() : t;
}

/** The value of a programme cell: KCQG, KCĐP, '' for both; undefined when not a programme. */
export function programmeCell(text: string): Programme | undefined {
  return CELL.whole(text)?.value.program;
}

/**
 * The one programme a whole report covers, from its title ("BÁO CÁO … KHUYẾN CÔNG ĐỊA
 * PHƯƠNG …"): undefined when the title names none, or both.
 */
export function programmeOfTitle(text: string): 'KCQG' | 'KCDP' | undefined {
  const found = new Set(STRONG.all(text).map((h) => h.value.program));
  if (found.size !== 1) return undefined;
  const [p] = [...found];
  return p === '' ? undefined : p;
}
