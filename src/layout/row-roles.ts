import { foldText, stripEnglishGloss, withoutEnglishTail } from '../reference/fold-text.js';
import { isRegionRowLabel } from '../reference/vocabulary/regions.js';
import { isMeasureTotalLabel, isOfWhichLabel, isTotalLabel } from './interpret-header.js';
import { evidence, type Certainty, type Evidence } from '../ledger/doubt.js';
import { totalOpening } from '../reference/vocabulary/labels.js';

/** Rows of provincial statistics that are in no region: offshore oil and gas, unallocated. */
export const NOT_A_PROVINCE = /^(oil and gas|dau khi|dau khi ngoai khoi|offshore oil|chua phan bo|khong phan bo|unallocated|not allocated)\b/;

/** A region, or a row that stands beside the regions (offshore oil and gas). */
export function isRegionLabel(label: string): boolean {
  const bare = (text: string) => foldText(text).replace(/^(vung|khu vuc|region)\s+/, '').replace(/[.:]+$/, '').trim();
  const t = bare(stripEnglishGloss(label));
  if (isRegionRowLabel(t) || NOT_A_PROVINCE.test(t)) return true;
  // "TÂY NGUYÊN HIGH LAND": the gloss's line break lost.
  const vietnamese = withoutEnglishTail(stripEnglishGloss(label));
  return vietnamese !== undefined && isRegionRowLabel(bare(vietnamese));
}

export type RowKind = 'total' | 'section' | 'line' | 'subline';

/** A grand total by its wording: unnumbered, in capitals, opening with "Tổng" ("TỔNG THU CÂN ĐỐI NSNN NĂM 2007"). */
function grandTotalWording(label: string): boolean {
  const l = label.trim();
  return /\p{Lu}/u.test(l) && l === l.toUpperCase() && totalOpening(l)?.word.startsWith('tong') === true;
}

const PART = String.raw`(?:[A-ZĐ]|[IVX]{1,4}|\d{1,2})`;
const NAMED_PARTS = new RegExp(`\\(?\\s*(${PART}(?:\\s*\\+\\s*${PART})+)\\s*\\)?\\s*$`);

/** The rows a label names as its parts, by their STT: "Tổng số (A+B+C)" → A, B, C; "Cộng (I+II)" → I, II. */
export function namedParts(label: string): string[] | undefined {
  const m = label.trim().match(NAMED_PARTS);
  if (!m) return undefined;
  return m[1]!.split('+').map((s) => s.trim());
}

/** What a row of a form is, from its STT and label. Level: 0 total, 1 section, 2 line, 3+ sub-lines. */
export interface RowRole {
  kind: RowKind;
  level: number;
  /** "Trong đó" (of which): a breakdown that is not a part of any sum. */
  ofWhich: boolean;
  /** A "Cộng"-style total that closes the current section rather than the whole table. */
  sectionTotal: boolean;
  /** What the role was read from: the STT, the label's words, a leading dash. */
  by: Evidence;
}

/**
 * Reads STT numbering: Roman numerals or capital letters open sections (I, II, A, B), Arabic
 * numbers are lines (1, 2), then sub-lines (1.1, a, b, -, +). Rows without STT take their
 * level from a leading dash or plus in the label, else they are lines.
 */
export function classifyRow(stt: string, label: string): RowRole {
  const s = stt.trim().replace(/[.)]+$/, '');
  const l = label.trim();
  const ofWhich = isOfWhichLabel(l);
  const bySTT = evidence('row-stt', { stt: s });
  if (!s && (isTotalLabel(l) || isMeasureTotalLabel(l))) {
    const t = foldText(l).replace(/[:.]+$/, '');
    const sectionTotal = /^cong( (i|ii|iii|iv|v|a|b|c|kcqg|kcdp))?$/.test(t);
    return { kind: 'total', level: 0, ofWhich: false, sectionTotal, by: evidence('row-total-label') };
  }
  // Capital letters head parts above Roman sections (A. THU, I. …); a lone I, V or X is Roman
  // unless the letters before it lead there (RowHierarchy settles that).
  if (/^[IVX]{1,5}$/.test(s)) return { kind: 'section', level: 1, ofWhich, sectionTotal: false, by: bySTT };
  if (!s && isRegionLabel(l)) return { kind: 'section', level: 1, ofWhich, sectionTotal: false, by: evidence('row-region') };
  if (/^[A-ZĐ]$/.test(s)) return { kind: 'section', level: 0.5, ofWhich, sectionTotal: false, by: bySTT };
  if (/^\d{1,3}$/.test(s)) return { kind: 'line', level: 2, ofWhich, sectionTotal: false, by: bySTT };
  const dots = s.match(/^\d{1,3}((?:\.\d{1,3})+)$/);
  if (dots) return { kind: 'subline', level: 2 + dots[1]!.split('.').length - 1, ofWhich, sectionTotal: false, by: bySTT };
  if (/^[a-zđ]$/.test(s)) return { kind: 'subline', level: 3, ofWhich, sectionTotal: false, by: bySTT };
  if (/^[-–—]$/.test(s)) return { kind: 'subline', level: 3, ofWhich, sectionTotal: false, by: bySTT };
  if (/^[+•]$/.test(s)) return { kind: 'subline', level: 4, ofWhich, sectionTotal: false, by: bySTT };
  if (/^\*$/.test(s)) return { kind: 'subline', level: 5, ofWhich, sectionTotal: false, by: bySTT };
  if (!s) {
    if (/^[-–—]\s*\S/.test(l)) return { kind: 'subline', level: 3, ofWhich, sectionTotal: false, by: evidence('row-dash', { mark: l[0]! }) };
    if (/^[+•]\s*\S/.test(l)) return { kind: 'subline', level: 4, ofWhich, sectionTotal: false, by: evidence('row-dash', { mark: l[0]! }) };
  }
  return { kind: 'line', level: 2, ofWhich, sectionTotal: false, by: s ? bySTT : evidence('row-label') };
}

interface Open {
  level: number;
  /** How far its label is indented (undefined: not known). */
  indent?: number;
  /** Placed by its indentation alone. */
  byIndent?: boolean;
  key: string;
  label: string;
  ofWhich: boolean;
  program?: 'KCQG' | 'KCDP' | '';
  /** A section row, whatever its level ("1. KHUYẾN CÔNG QUỐC GIA" over 1.1, 1.2 is one at line level). */
  section?: boolean;
  /** Its label names a province. */
  province?: boolean;
}

export interface PlacedRow {
  role: RowRole;
  /** Row keys of the open rows above this one, outermost first. */
  path: string[];
  /** Their labels, in the same order. */
  pathLabels: string[];
  ofWhich: boolean;
  /** The programme a section above says (I. KHUYẾN CÔNG QUỐC GIA). */
  program?: 'KCQG' | 'KCDP' | '';
  /** For a section total: the section it closes. */
  scope?: string;
  /** For a total whose label names its parts ("Tổng số (A+B+C)"): the row keys of those rows. */
  sumRows?: string[];
  /** The place was inferred, not marked (an unnumbered row taken as a part of the line above). */
  inferred?: boolean;
  /** How sure the row's role and place are, and what they rest on (for `inspect`). */
  certainty: Certainty;
  evidence: Evidence;
}

/** Places rows in the STT hierarchy as they stream by: each row's open ancestors, inherited "Trong đó" and programme. */
export class RowHierarchy {
  private stack: Open[] = [];
  private lastLetter = '';
  /** Level of the last numbered line (1, 2, 1.1 …) since the last section. */
  private lastNumbered: number | undefined;
  /** The last row seen with each STT, for labels that name their parts. */
  private readonly bySttKey = new Map<string, string>();

  /** The programme of the group a programme column opened last. */
  private groupProgram: 'KCQG' | 'KCDP' | undefined;

  /**
   * A row whose programme column names another programme than the rows before it: a new group,
   * a section without a row of its own (its figures are its lines'), which a "Cộng" under it closes.
   * True where it opens one.
   */
  group(rowKey: string, program: 'KCQG' | 'KCDP', label: string): boolean {
    if (program === this.groupProgram) return false;
    while (this.stack.length && this.stack[this.stack.length - 1]!.level >= 1) this.stack.pop();
    this.groupProgram = program;
    this.lastNumbered = undefined;
    this.stack.push({ level: 1, key: `${rowKey}:programme`, label, ofWhich: false, program });
    return true;
  }

  /** `unnumbered`: the table has no STT column, so every line's place is read from labels alone. */
  constructor(private readonly unnumbered = false) {}

  /**
   * The level indentation gives an unnumbered line: under a more indented line than the open one
   * above it, one level below it; back out to the open line indented as far, beside it.
   * Undefined where the indentation says nothing the numbering does not (same indent, or under a section).
   */
  private levelByIndent(indent: number | undefined, province: boolean): number | undefined {
    const top = this.stack[this.stack.length - 1];
    if (indent === undefined || top?.indent === undefined || top.level < 2) return undefined;
    // A province is never a part of another: a leading space before one name of a list of
    // provinces (MOF: " SÓC TRĂNG" among unindented names) is no indentation.
    if (province && top.province) return undefined;
    if (indent === top.indent) return top.byIndent ? top.level : undefined;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const o = this.stack[i]!;
      if (o.indent === undefined || o.level < 2) return undefined;
      if (o.indent < indent) return o.level + 1;
      if (o.indent === indent) return o.level;
    }
    return undefined;
  }

  /** `province`: the label names a province (its indentation never puts it under another province). */
  place(key: string, role: RowRole, program?: 'KCQG' | 'KCDP' | '', label = '', stt = '', indent?: number, province = false): PlacedRow {
    let inferred: 'row-inferred' | 'row-unnumbered' | 'row-no-stt' | 'row-indent' | undefined;
    const named = namedParts(label);
    if (named && (role.kind === 'total' || !stt)) {
      const keys = named.map((s) => this.bySttKey.get(s));
      // "Tổng số (A+B+C)": a running total of exactly the rows it names, wherever they sit.
      if (keys.every((k) => k !== undefined)) return { role: { ...role, kind: 'total' }, path: [], pathLabels: [], ofWhich: false, sumRows: keys as string[], certainty: 'certain', evidence: evidence('row-named-parts', { parts: named.join(' + ') }) };
    }
    if (stt) this.bySttKey.set(stt, key);
    if (role.kind === 'total') {
      const section = [...this.stack].reverse().find((o) => o.level <= 1 || o.section);
      if (role.sectionTotal && section) {
        const open = this.stack.slice(0, this.stack.indexOf(section) + 1);
        return { role, path: open.map((o) => o.key), pathLabels: open.map((o) => o.label), ofWhich: false, scope: section.key, ...(section.program !== undefined ? { program: section.program } : {}), certainty: 'certain', evidence: role.by };
      }
      return { role, path: [], pathLabels: [], ofWhich: false, certainty: 'certain', evidence: role.by };
    }
    // A lone I, V or X right after the letter before it (H, U, W) is a letter section.
    if (role.kind === 'section' && /^[IVX]$/.test(stt) && this.lastLetter && String.fromCharCode(this.lastLetter.charCodeAt(0) + 1) === stt) role = { ...role, level: 0.5 };
    if (role.kind === 'section' && role.level === 0.5) this.lastLetter = stt;
    const byIndent = !stt && role.kind === 'line' && !role.ofWhich ? this.levelByIndent(indent, province) : undefined;
    if (role.kind === 'section') this.lastNumbered = undefined;
    else if (stt && role.kind !== 'total') this.lastNumbered = role.level;
    // Labels indented under an unnumbered line are its parts; the indentation is the only mark.
    else if (byIndent !== undefined) {
      role = { ...role, kind: byIndent > 2 ? 'subline' : 'line', level: byIndent };
      inferred = 'row-indent';
    }
    // In a table that numbers its lines, an unnumbered row under a numbered line is part of it
    // (MOF: "1. Tổng số thu từ XNK" then "Thuế xuất khẩu…", "Thuế GTGT hàng nhập khẩu").
    else if (!stt && role.kind === 'line' && !role.ofWhich && this.lastNumbered !== undefined) {
      role = { ...role, kind: 'subline', level: this.lastNumbered + 1 };
      inferred = 'row-inferred';
    }
    // Closing a numbered table, "TỔNG THU CÂN ĐỐI NSNN NĂM 2007" is its grand total by its wording,
    // over the outermost rows, weakly: where they do not add up to it, the reading is withheld.
    else if (!stt && role.kind === 'line' && !role.ofWhich && this.bySttKey.size > 0 && !this.unnumbered && grandTotalWording(label)) {
      return { role: { ...role, kind: 'total', level: 0 }, path: [], pathLabels: [], ofWhich: false, inferred: true, certainty: 'weak', evidence: evidence('row-total-word') };
    }
    // An unnumbered "Trong đó" row breaks down the row above it: it sits half a level below it,
    // so that the numbered rows under it are its parts, and "of which" too.
    // In a table that numbers its rows, an unnumbered, unmarked line sits where it is only by guess.
    else if (!stt && role.kind === 'line' && !role.ofWhich && (this.bySttKey.size > 0 || this.unnumbered)) inferred = this.unnumbered ? 'row-no-stt' : 'row-unnumbered';
    if (role.ofWhich && role.kind === 'line' && this.stack.length) role = { ...role, level: this.stack[this.stack.length - 1]!.level + 0.5 };
    while (this.stack.length && this.stack[this.stack.length - 1]!.level >= role.level) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const inherited = [...this.stack].reverse().find((o) => o.program !== undefined)?.program;
    const ofWhich = role.ofWhich || !!parent?.ofWhich;
    const placed: PlacedRow = { role, path: this.stack.map((o) => o.key), pathLabels: this.stack.map((o) => o.label), ofWhich, certainty: inferred ? 'weak' : 'certain', evidence: inferred ? evidence(inferred) : role.by };
    if (inferred) placed.inferred = true;
    const prog = program ?? inherited;
    if (prog !== undefined) placed.program = prog;
    const open: Open = { level: role.level, key, label, ofWhich };
    if (indent !== undefined) open.indent = indent;
    if (province) open.province = true;
    if (inferred === 'row-indent') open.byIndent = true;
    if (program !== undefined) open.program = program;
    else if (inherited !== undefined) open.program = inherited;
    if (role.kind === 'section') open.section = true;
    this.stack.push(open);
    return placed;
  }
}
