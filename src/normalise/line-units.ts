/** What identifies a line of a sheet for its unit: the row's province, programme, line and label. */
export interface LineOf {
  provinceCode: string;
  province: string;
  program: string;
  /** The row's line (activity code or folded label) and its folded label. */
  line: string;
  foldedLabel: string;
}

/**
 * The unit of the amounts last seen on each line of a sheet, so that a percentage row of a
 * one-row-per-fact export knows whether it is a percentage of money or of people. Held without
 * a key string per line: lines are grouped by province and programme (few), then keyed by the
 * line text the row already holds; only a line whose label folds to other words than the line
 * (an activity code) is keyed by both.
 */
export class LineUnits {
  private readonly places = new Map<string, Place>();
  /** The place last asked about: rows of one province and programme come together. */
  private last?: { provinceCode: string; province: string; program: string; place: Place | undefined };

  /** The lines of a line's province and programme; made when `create` and none is held yet. */
  private placeOf(l: LineOf, create: boolean): Place | undefined {
    const last = this.last;
    if (last && last.provinceCode === l.provinceCode && last.province === l.province && last.program === l.program && (last.place || !create)) return last.place;
    const key = placeKey(l);
    let place = this.places.get(key);
    if (!place && create) this.places.set(key, (place = { plain: new Map(), coded: new Map() }));
    this.last = { provinceCode: l.provinceCode, province: l.province, program: l.program, place };
    return place;
  }

  set(l: LineOf, unit: string): void {
    const place = this.placeOf(l, true)!;
    if (l.line === l.foldedLabel) place.plain.set(l.line, unit);
    else {
      let labels = place.coded.get(l.line);
      if (!labels) place.coded.set(l.line, (labels = new Map()));
      labels.set(l.foldedLabel, unit);
    }
  }

  get(l: LineOf): string | undefined {
    const place = this.placeOf(l, false);
    if (!place) return undefined;
    return l.line === l.foldedLabel ? place.plain.get(l.line) : place.coded.get(l.line)?.get(l.foldedLabel);
  }
}

interface Place {
  plain: Map<string, string>;
  coded: Map<string, Map<string, string>>;
}

function placeKey(l: LineOf): string {
  return `${l.provinceCode}|${l.province}|${l.program}`;
}
