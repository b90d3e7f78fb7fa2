import type { Row } from '../read/grid.js';
import { foldText } from '../reference/fold-text.js';
import { classifyRow, RowHierarchy, type PlacedRow } from '../layout/row-roles.js';
import { textOf, type ColumnIndex } from './column-index.js';

/** The programme a section row names: "I. KHUYẾN CÔNG QUỐC GIA" → KCQG. */
export function sectionProgram(label: string): 'KCQG' | 'KCDP' | undefined {
  const t = foldText(label);
  // Khuyến công wording only: a budget table's "ngân sách trung ương" is no programme.
  if (t.split(' ').length > 9) return undefined;
  if (/\bkcqg\b|khuyen cong quoc gia|chuong trinh khuyen cong quoc gia/.test(t)) return 'KCQG';
  if (/\bkcdp\b|khuyen cong dia phuong|chuong trinh khuyen cong dia phuong/.test(t)) return 'KCDP';
  return undefined;
}

/** Step 4: a form or summary row placed in the table's hierarchy. */
export interface RowPlacement {
  stt: string;
  label: string;
  placed: PlacedRow;
}

/** A row's role as placed, as `inspect` shows it. */
export interface RoleRecord {
  row: number;
  stt: string;
  label: string;
  kind: string;
  level: number;
  depth: number;
  ofWhich: boolean;
  program: string;
}

/**
 * Places a banded row (form or summary) in the hierarchy the table marks by STT, sections and
 * totals. Undefined for a row with neither label nor STT (it belongs to no place).
 */
export function placeRow(row: Row, rowKey: string, index: ColumnIndex, hierarchy: RowHierarchy): RowPlacement | undefined {
  const label = textOf(row, index.labelCol);
  const stt = textOf(row, index.dims.stt);
  if (!label && !stt) return undefined;
  const role = classifyRow(stt, label);
  const placed = hierarchy.place(rowKey, role, role.kind === 'section' ? sectionProgram(label) : undefined, label || stt, stt.replace(/[.)]+$/, ''));
  return { stt, label, placed };
}

export function roleRecord(rowNo: number, p: RowPlacement): RoleRecord {
  const { placed } = p;
  return { row: rowNo, stt: p.stt, label: p.label, kind: placed.role.kind, level: placed.role.level, depth: placed.path.length, ofWhich: placed.ofWhich, program: placed.program ?? '' };
}
