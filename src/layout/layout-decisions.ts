import { decided, type Certainty, type Decision, type Evidence } from '../ledger/doubt.js';
import type { Period } from '../reference/periods.js';
import type { Province } from '../reference/provinces.js';
import type { Unit } from '../reference/units.js';
import type { ColumnMeaning } from './interpret-header.js';
import type { TitleFact, TitleFacts } from './title-facts.js';

export type LayoutKind = 'long' | 'form' | 'summary';

/**
 * The layout-level decisions of a sheet, each with its certainty and evidence: the header band,
 * the kind of table, and the facts that apply to every row unless a column or row says
 * otherwise. (Each column's meaning is decided on its ColumnSpec, each row's role by
 * normalise's placement, each column's number style by normalise's style decision.)
 */
export interface LayoutDecisions {
  band: Decision<number[]>;
  kind: Decision<LayoutKind>;
  year: Decision<number | undefined>;
  period: Decision<Period | undefined>;
  unit: Decision<Unit | undefined>;
  program: Decision<'KCQG' | 'KCDP' | '' | undefined>;
  province: Decision<Province | undefined>;
}

/** What the table itself showed when its kind was decided. */
export interface KindEvidence {
  kind: LayoutKind;
  certainty: Certainty;
  evidence: Evidence;
}

interface Input {
  band: { rows: number[]; certainty: Certainty; evidence: Evidence };
  kind: KindEvidence;
  title: TitleFacts;
  columns: Array<{ meaning: ColumnMeaning }>;
}

const dimIn = (columns: Input['columns'], dim: string) => columns.some((c) => c.meaning.kind === 'dimension' && c.meaning.dim === dim);
const figures = (columns: Input['columns']) => columns.flatMap((c) => (c.meaning.kind === 'amount' || c.meaning.kind === 'ratio' ? [c.meaning] : []));

/** A title fact as decided where it was read, else what the columns say, else stated nowhere. */
function titleDecision<T>(title: TitleFacts, fact: TitleFact, value: T, fallback: () => Decision<T>): Decision<T> {
  const d = title.decided?.[fact];
  return d && value !== undefined ? { value, ...d } : fallback();
}

export function layoutDecisions(x: Input): LayoutDecisions {
  const { title, columns } = x;
  const fromRows = <T>(dim: string, value: T, other: () => Decision<T>): Decision<T> => (dimIn(columns, dim) ? decided(value, 'certain', 'from-row-column') : other());
  const notStated = <T>(value: T): Decision<T> => decided(value, 'weak', 'not-stated');
  const money = figures(columns).filter((m) => m.kind === 'amount');
  return {
    band: { value: x.band.rows, certainty: x.band.certainty, evidence: x.band.evidence },
    kind: { value: x.kind.kind, certainty: x.kind.certainty, evidence: x.kind.evidence },
    year: titleDecision(title, 'year', title.year, () => fromRows('year', title.year, () => notStated(title.year))),
    period: titleDecision(title, 'period', title.period, () => fromRows('period', title.period, () =>
      figures(columns).length > 0 && figures(columns).every((m) => m.period || m.periodRel) ? decided(title.period, 'certain', 'from-columns') : notStated(title.period))),
    unit: titleDecision(title, 'unit', title.unit, () => fromRows('unit', title.unit, () =>
      money.length > 0 && money.every((m) => m.kind === 'amount' && m.unit) ? decided(title.unit, 'certain', 'unit-columns') : notStated(title.unit))),
    program: titleDecision(title, 'program', title.program, () => fromRows('program', title.program, () =>
      figures(columns).some((m) => m.program !== undefined && m.program !== '') ? decided(title.program, 'certain', 'program-columns') : decided(title.program, 'certain', x.kind.kind === 'long' ? 'program-none' : 'program-rows'))),
    province: title.national ? decided(title.province, 'certain', 'province-national') : titleDecision(title, 'province', title.province, () =>
      x.kind.kind === 'summary' || dimIn(columns, 'province') || dimIn(columns, 'province_code') ? decided(title.province, 'certain', 'province-rows') : notStated(title.province)),
  };
}
