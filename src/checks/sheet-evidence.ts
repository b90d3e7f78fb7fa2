import type { RawFinding } from '../findings/types.js';
import { doubtIn, SHEET_DOUBTS } from '../ledger/doubt.js';
import type { LedgerEntry } from '../ledger/schema.js';
import { doubtReasons, type Withheld } from './withheld.js';

const sheetOf = (e: LedgerEntry) => `${e.source.file}\u0000${e.source.sheet}`;

/** One relation a check tested: the figures it rests on, and its error if it missed. */
export interface Tested {
  entries: LedgerEntry[];
  finding?: RawFinding | undefined;
}

/**
 * Relations resting on a sheet's uncertain decisions (header band, period, year, unit, a column
 * read against its cells: those in `mask`, the ones that matter to the check), weighed by the figures. Where most of a sheet's
 * relations hold, the figures confirm its reading, and a miss among them is a fault reported
 * with confidence; where most miss (or the one tested misses), the error is withheld into the
 * sheet's one `reading-uncertain`, naming the decision and restating it in the fragment.
 */
export function weighSheetDoubts(tested: Tested[], mask: number, errors: ReadonlySet<string>): { findings: RawFinding[]; withheld: Withheld[]; held: RawFinding[] } {
  const evidence = new SheetEvidence(mask);
  for (const t of tested) evidence.add(t.entries, t.finding);
  return evidence.weigh(errors);
}

/**
 * `weighSheetDoubts` as an accumulator: each relation is counted as it is tested, and only the
 * misses are kept (a relation that holds is a count of its sheet's, or nothing where none of
 * its figures is in doubt). A long export's hundreds of thousands of relations that hold are
 * not held until the end. Misses are weighed in the order they were added.
 */
export class SheetEvidence {
  private readonly tally = new Map<string, { holds: number; fails: number }>();
  private readonly missed: Array<{ entries: LedgerEntry[]; finding: RawFinding }> = [];

  constructor(private readonly mask: number) {}

  /** A figure the mapping file confirms as read is in no doubt. */
  private doubts(e: LedgerEntry): number {
    return e.confirmed ? 0 : doubtIn(e.doubt, this.mask);
  }

  /** One relation tested: the figures it rests on, and its error if it missed. */
  add(entries: LedgerEntry[], finding?: RawFinding): void {
    // The sheets of its figures in doubt, each counted once (mostly none, or one).
    let first: string | undefined;
    let more: Set<string> | undefined;
    for (const e of entries) {
      if (!this.doubts(e)) continue;
      const k = sheetOf(e);
      if (first === undefined) first = k;
      else if (k !== first) (more ??= new Set([first])).add(k);
    }
    if (first !== undefined) for (const k of more ?? [first]) this.count(k, !!finding);
    if (finding) this.missed.push({ entries, finding });
  }

  private count(sheet: string, fails: boolean): void {
    let c = this.tally.get(sheet);
    if (!c) this.tally.set(sheet, (c = { holds: 0, fails: 0 }));
    if (fails) c.fails++;
    else c.holds++;
  }

  /** The misses: reported, or withheld where they rest on a doubt their sheet's figures do not confirm. */
  weigh(errors: ReadonlySet<string>): { findings: RawFinding[]; withheld: Withheld[]; held: RawFinding[] } {
    const confirmed = (e: LedgerEntry) => {
      const c = this.tally.get(sheetOf(e));
      return c !== undefined && c.holds > c.fails;
    };
    const findings: RawFinding[] = [];
    const withheld: Withheld[] = [];
    const held: RawFinding[] = [];
    for (const t of this.missed) {
      // Only errors are held back: a warning or a hint says no more than it can.
      const doubted = errors.has(t.finding.code) ? t.entries.find((e) => this.doubts(e) && !confirmed(e)) : undefined;
      if (!doubted) {
        findings.push(t.finding);
        continue;
      }
      const bits = this.doubts(doubted);
      withheld.push({ code: t.finding.code, reason: doubtReasons(bits)[0]!, total: doubted, columns: [doubted.source.column], sheetDoubts: bits & SHEET_DOUBTS });
      held.push(t.finding);
    }
    return { findings, withheld, held };
  }
}
