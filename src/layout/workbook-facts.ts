import type { Province } from '../reference/provinces.js';
import { decideFact } from './title-facts.js';
import type { Layout } from './detect-layout.js';

/**
 * What the sheets of one workbook state that its other sheets may lean on. A province's report
 * names the province once, in the letterhead of its first sheet; the annexes after it ("Phụ lục
 * 2017", a list of projects) name none, yet they are the same province's.
 */
export interface WorkbookFacts {
  /** The provinces the forms read so far name, each with the first sheet that names it. */
  provinces: Map<string, { province: Province; sheet: string }>;
}

export function workbookFacts(): WorkbookFacts {
  return { provinces: new Map() };
}

/**
 * A form that names no province takes the one the workbook's earlier forms name, when they all
 * name the same one (several provinces, one per sheet: nothing is taken). Then it remembers what
 * this sheet names, for the sheets after it.
 */
export function leanOnWorkbook(facts: WorkbookFacts, layout: Layout, sheet: string): void {
  if (layout.kind !== 'form') return;
  const title = layout.title;
  if (!title.province && !title.national && facts.provinces.size === 1) {
    const [{ province, sheet: from }] = [...facts.provinces.values()] as [{ province: Province; sheet: string }];
    title.province = province;
    (title.sources ??= {}).province = 'workbook';
    decideFact(title, 'province', 'certain', 'from-other-sheet', { sheet: from });
    layout.decisions.province = { value: province, ...title.decided!.province! };
    return;
  }
  if (title.province && !facts.provinces.has(title.province.code)) facts.provinces.set(title.province.code, { province: title.province, sheet });
}
