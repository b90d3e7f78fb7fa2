import type { Lang } from '../findings/catalog.js';
import type { Prog } from '../ledger/conference.js';

/** Words shared by the conference outputs (workbook, page, paragraph), in both languages. */

export type MoneyUnit = 'trieu' | 'ty' | 'dong';
export const MONEY_UNITS: readonly MoneyUnit[] = ['trieu', 'ty', 'dong'];
/** Power of ten of each unit, in đồng. */
export const UNIT_EXP: Record<MoneyUnit, number> = { trieu: 6, ty: 9, dong: 0 };
export const UNIT_NAME: Record<Lang, Record<MoneyUnit, string>> = {
  vi: { trieu: 'triệu đồng', ty: 'tỷ đồng', dong: 'đồng' },
  en: { trieu: 'million VND', ty: 'billion VND', dong: 'VND' },
};
/** Decimals a written amount shows in each unit (tỷ đồng to 3 places, as regional summaries do). */
export const UNIT_DECIMALS: Record<MoneyUnit, number> = { trieu: 0, ty: 3, dong: 0 };

export const PROG_NAME: Record<Prog, string> = { KCQG: 'KCQG', KCDP: 'KCĐP', '': 'Cộng' };
export const PROG_NAME_EN: Record<Prog, string> = { KCQG: 'KCQG', KCDP: 'KCĐP', '': 'Total' };
export const progName = (p: Prog, lang: Lang) => (lang === 'vi' ? PROG_NAME : PROG_NAME_EN)[p];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const roman = (i: number) => ROMAN[i] ?? String(i + 1);
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period in words: "9 tháng năm 2024", "6 tháng đầu năm 2018", "Năm 2017", "Quý III năm 2024". */
export function periodWords(period: string, year: number, lang: Lang): string {
  const [a = 1, b = 12] = period.split('-').map(Number);
  const vi = lang === 'vi';
  if (a === 1 && b === 12) return vi ? `Năm ${year}` : `Year ${year}`;
  if (a === 1 && b === 6) return vi ? `6 tháng đầu năm ${year}` : `First 6 months of ${year}`;
  if (a === 1) return vi ? `${b} tháng năm ${year}` : `${b} months of ${year}`;
  if (a === b) return vi ? `Tháng ${a} năm ${year}` : `${MONTHS_EN[a - 1]} ${year}`;
  if (b - a === 2 && (a - 1) % 3 === 0) return vi ? `Quý ${roman((a - 1) / 3)} năm ${year}` : `Q${(a + 2) / 3} ${year}`;
  return vi ? `Tháng ${a} đến tháng ${b} năm ${year}` : `${MONTHS_EN[a - 1]} to ${MONTHS_EN[b - 1]} ${year}`;
}

/** Lower-cased first letter, for a period inside a sentence: "năm 2017", "9 tháng năm 2024". */
export const inSentence = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const SEVERITY_WORD: Record<Lang, Record<string, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};
export const STATUS_WORD: Record<Lang, Record<string, string>> = {
  vi: { ok: 'Đạt', error: 'Có lỗi', unreadable: 'Không đọc được' },
  en: { ok: 'OK', error: 'Errors', unreadable: 'Unreadable' },
};
export const LAYOUT_WORD: Record<Lang, Record<string, string>> = {
  vi: { form: 'Biểu mẫu tỉnh', summary: 'Biểu tổng hợp vùng', long: 'Bảng dữ liệu dọc', none: 'Không nhận dạng được' },
  en: { form: 'Province form', summary: 'Regional summary', long: 'Long export', none: 'Not recognised' },
};

/** The title line of a conference table: "Khu vực phía Bắc" where an input names the region, "Vùng …" where it is inferred. */
export function scopeName(region: string, lang: Lang, read = false): string {
  if (region) return lang === 'vi' ? `${read ? 'Khu vực' : 'Vùng'} ${region}` : `Region: ${region}`;
  return lang === 'vi' ? 'Toàn quốc' : 'Whole country';
}

/** A region's row label in a conference table: "Khu vực phía Bắc" where an input names it, the region's name otherwise. */
export function regionLabel(g: { name: string; read?: boolean }, lang: Lang): string {
  if (!g.name) return '—';
  const text = g.read && lang === 'vi' ? `Khu vực ${g.name}` : g.name;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
