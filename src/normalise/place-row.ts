import type { Row } from '../read/grid.js';
import { foldText } from '../reference/fold-text.js';
import { programmeCell, programmeInWording } from '../reference/vocabulary/programmes.js';
import { isTotalLabel } from '../layout/interpret-header.js';
import { classifyRow, RowHierarchy, type PlacedRow } from '../layout/row-roles.js';
import { evidence, type Certainty, type Evidence } from '../ledger/doubt.js';
import { indentOf, textOf, type ColumnIndex } from './column-index.js';
import { matchHistoricalProvince, matchProvince } from '../reference/provinces.js';

/** The programme a section row names: "I. KHUYẾN CÔNG QUỐC GIA" → KCQG. */
export function sectionProgram(label: string): 'KCQG' | 'KCDP' | undefined {
  // Khuyến công wording only (the programmes table's strong terms): a budget table's "ngân sách
  // trung ương" is no programme, nor is a long line that mentions one.
  if (foldText(label).split(' ').length > 9) return undefined;
  const p = programmeInWording(label);
  return p === '' ? undefined : p;
}

/** A label that is a province's name, in either list or as it was before a merger (Hà Tây until 2008). */
function namesProvince(label: string, year: number | undefined): boolean {
  return !!label && (!!matchProvince(label, '63') || matchHistoricalProvince(label, year) !== undefined);
}

/** Step 4: a form or summary row placed in the table's hierarchy. */
export interface RowPlacement {
  stt: string;
  label: string;
  placed: PlacedRow;
  /** The section a programme column opened at this row (it has no row of its own): its words and programme. */
  opened?: { label: string; program: 'KCQG' | 'KCDP' };
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
  /** How sure the role and place are, and from what. */
  certainty: Certainty;
  evidence: Evidence;
}

/**
 * Places a banded row (form or summary) in the hierarchy the table marks by STT, sections and
 * totals. Undefined for a row with neither label nor STT (it belongs to no place).
 */
export function placeRow(row: Row, rowKey: string, index: ColumnIndex, hierarchy: RowHierarchy): RowPlacement | undefined {
  let label = textOf(row, index.labelCol);
  let stt = textOf(row, index.dims.stt);
  // "TỔNG CỘNG" written in the STT or programme column, the label cell empty: the row's label
  // (a text export loses the merge that spread it over the label).
  if (!label) {
    const lead = [stt, index.layout.kind === 'form' ? textOf(row, index.dims.program) : ''].find((t) => t && isTotalLabel(t));
    if (lead) [label, stt] = [lead, ''];
  }
  if (!label && !stt) return undefined;
  let role = classifyRow(stt, label);
  // A form that states each row's programme in a column of its own ("Chương trình", often merged
  // down over the group's lines): each run of one programme is a section of its own.
  const stated = index.layout.kind === 'form' && role.kind !== 'total' ? programmeCell(textOf(row, index.dims.program)) || undefined : undefined;
  const opened = stated && role.kind !== 'section' && hierarchy.group(rowKey, stated, textOf(row, index.dims.program)) ? { label: textOf(row, index.dims.program), program: stated } : undefined;
  // "1. KHUYẾN CÔNG QUỐC GIA" over "1.1, 1.2": a numbered row that names a programme heads its
  // section whatever the numbering scheme (I/1, A/1, 1/1.1).
  const program = role.kind === 'total' ? undefined : sectionProgram(label);
  // Unnumbered ("KHUYẾN CÔNG QUỐC GIA" in a form without STT), it is a section by its words.
  if (program !== undefined && role.kind !== 'section' && !role.ofWhich) role = { ...role, kind: 'section', ...(stt ? {} : { level: 1 }), by: evidence('row-programme') };
  const province = role.kind === 'line' && namesProvince(label, index.layout.title.year);
  const placed = hierarchy.place(rowKey, role, role.kind === 'section' ? program ?? stated : stated, label || stt, stt.replace(/[.)]+$/, ''), indentOf(row, index.labelCol), province);
  return { stt, label, placed, ...(opened ? { opened } : {}) };
}

/** The section a programme column opened, as `inspect` shows it, above the row that opened it. */
export function openedRecord(rowNo: number, opened: NonNullable<RowPlacement['opened']>): RoleRecord {
  return { row: rowNo, stt: '', label: opened.label, kind: 'section', level: 1, depth: 0, ofWhich: false, program: opened.program, certainty: 'certain', evidence: evidence('row-programme-column') };
}

export function roleRecord(rowNo: number, p: RowPlacement): RoleRecord {
  const { placed } = p;
  return { row: rowNo, stt: p.stt, label: p.label, kind: placed.role.kind, level: placed.role.level, depth: placed.path.length, ofWhich: placed.ofWhich, program: placed.program ?? '', certainty: placed.certainty, evidence: placed.evidence };
}
