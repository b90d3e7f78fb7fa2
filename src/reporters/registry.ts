import type { Report } from '../findings/build-report.js';
import type { ReporterName } from './names.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit, type FailOn } from './junit.js';
import { renderSarif, type PositionOf } from './sarif.js';
import { renderText, type TextOptions } from './text.js';

export interface ReporterOptions extends TextOptions {
  version: string;
  /** --fail-on: JUnit fails the cases the exit code fails on. */
  failOn: FailOn;
  /** Seconds the run took (JUnit's time). */
  seconds?: number;
  /** The folder SARIF's relative URIs start from (absolute; the working folder). */
  root?: string;
  /** Physical line and column of places in text inputs (SARIF, GitHub annotations). */
  positions?: PositionOf;
  /** A rule's help page (SARIF helpUri). */
  helpUri?: string;
}

/** Report formats for `check`: each a pure renderer of the same Report; one for each name of names.ts, and no other (checked when compiling). */
export const REPORTERS = {
  text: (r: Report, o: ReporterOptions) => renderText(r, o),
  json: (r: Report, _o: ReporterOptions) => renderJson(r),
  junit: (r: Report, o: ReporterOptions) => renderJunit(r, { failOn: o.failOn, ...(o.seconds !== undefined ? { seconds: o.seconds } : {}) }),
  sarif: (r: Report, o: ReporterOptions) => renderSarif(r, { version: o.version, root: o.root ?? process.cwd(), ...(o.positions ? { positions: o.positions } : {}), ...(o.helpUri ? { helpUri: o.helpUri } : {}) }),
  github: (r: Report, o: ReporterOptions) => renderGithub(r, o.positions),
} as const satisfies Record<ReporterName, unknown>;

export type { ReporterName } from './names.js';
export { REPORTER_NAMES } from './names.js';

