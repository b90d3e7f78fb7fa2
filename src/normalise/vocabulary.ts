import { foldText } from '../reference/fold-text.js';
import { interpretHeader, isTotalLabel } from '../layout/interpret-header.js';
import { MeasureSchema, type Measure } from '../ledger/schema.js';

/** Reads a programme cell: KCQG, KCĐP, or '' for both / a total over programmes. */
export function parseProgram(text: string): 'KCQG' | 'KCDP' | '' | undefined {
  const t = foldText(text).replace(/[.\s]+$/, '');
  if (!t) return '';
  if (/^(kcqg|khuyen cong quoc gia|quoc gia|national|trung uong|ngan sach trung uong|nstw)$/.test(t)) return 'KCQG';
  if (/^(kcdp|khuyen cong dia phuong|dia phuong|local|ngan sach dia phuong|nsdp|tinh)$/.test(t)) return 'KCDP';
  if (/^(cong|tong|tong cong|tong so|all|both|total|kcqg ?\+ ?kcdp|ca hai|chung)$/.test(t) || isTotalLabel(text)) return '';
  return undefined;
}

/** Reads a measure cell: the ledger's own names, or any header wording ("Kế hoạch", "Tỷ lệ (%)"). */
export function parseMeasure(text: string): { measure: Measure; yearOffset?: number } | undefined {
  const own = MeasureSchema.safeParse(text.trim().toLowerCase());
  if (own.success) return { measure: own.data };
  const m = interpretHeader(text);
  if (m.kind === 'amount') return m.yearOffset ? { measure: m.measure, yearOffset: m.yearOffset } : { measure: m.measure };
  if (m.kind === 'ratio') return { measure: m.measure };
  return undefined;
}

/** Reads a level cell. */
export function parseLevel(text: string): 'item' | 'subtotal' | 'total' | undefined {
  const t = foldText(text);
  if (/^(item|line|chi tiet|dong|muc|khoan)$/.test(t)) return 'item';
  if (/^(subtotal|sub-total|cong|tong nhom|tong muc|nhom)$/.test(t)) return 'subtotal';
  if (/^(total|tong|tong cong|tong so|grand total)$/.test(t)) return 'total';
  return undefined;
}

/** Rows after the table: signatures, notes, dates. Reading stops there so they never read as data. */
export function isFooterText(text: string): boolean {
  const t = foldText(text);
  return /^(nguoi lap bieu|nguoi lap|lap bieu|giam doc|pho giam doc|thu truong|ke toan truong|noi nhan|ghi chu|kt\. ?giam doc|tm\. ?ubnd|prepared by|approved by|notes?:)/.test(t)
    || /^.{0,40}, ngay \.{0,}\s*\d{0,2}\s*thang/.test(t);
}
