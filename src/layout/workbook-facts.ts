import type { Province } from '../reference/provinces.js';
import type { Unit } from '../reference/units.js';
import { decideFact } from './title-facts.js';
import type { Layout } from './detect-layout.js';

/**
 * What the sheets of one workbook state that its other sheets may lean on. A province's report
 * names the province and the unit once, above the table of its first sheet; the annexes after it
 * ("Phụ lục 2017", a list of projects) name neither, yet they are the same province's, and most
 * often in the same unit.
 */
export interface WorkbookFacts {
  /** The provinces the forms read so far name, each with the first sheet that names it. */
  provinces: Map<string, { province: Province; sheet: string }>;
  /** The units of money the forms read so far state above their tables, by scale. */
  units: Map<number, { unit: Unit; sheet: string }>;
}

export function workbookFacts(): WorkbookFacts {
  return { provinces: new Map(), units: new Map() };
}

/**
 * A form that names no province takes the one the workbook's earlier forms name, when they all
 * name the same one (several provinces, one per sheet: nothing is taken); certain. A form that
 * states no unit takes the one unit of money they state, weakly: its own sums still count, what
 * rests on the unit across reports is withheld until the unit is settled. Then it remembers
 * what this sheet states, for the sheets after it.
 */
export function leanOnWorkbook(facts: WorkbookFacts, layout: Layout, sheet: string): void {
  if (layout.kind !== 'form') return;
  const title = layout.title;
  const ownProvince = title.province;
  const ownUnit = title.unit;
  if (!ownProvince && !title.national && facts.provinces.size === 1) {
    const [{ province, sheet: from }] = [...facts.provinces.values()] as [{ province: Province; sheet: string }];
    title.province = province;
    (title.sources ??= {}).province = 'workbook';
    decideFact(title, 'province', 'certain', 'from-other-sheet', { sheet: from });
    layout.decisions.province = { value: province, ...title.decided!.province! };
  }
  if (!ownUnit && facts.units.size === 1) {
    const [{ unit, sheet: from }] = [...facts.units.values()] as [{ unit: Unit; sheet: string }];
    title.unit = unit;
    (title.sources ??= {}).unit = 'workbook';
    decideFact(title, 'unit', 'weak', 'from-other-sheet', { sheet: from });
    layout.decisions.unit = { value: unit, ...title.decided!.unit! };
  }
  if (ownProvince && !facts.provinces.has(ownProvince.code)) facts.provinces.set(ownProvince.code, { province: ownProvince, sheet });
  if (ownUnit?.kind === 'money' && !facts.units.has(ownUnit.exponent)) facts.units.set(ownUnit.exponent, { unit: ownUnit, sheet });
}
