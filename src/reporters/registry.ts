import type { Report } from '../findings/build-report.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit, type FailOn } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderText, type TextOptions } from './text.js';

export interface ReporterOptions extends TextOptions {
  version: string;
  /** --fail-on: JUnit fails the cases the exit code fails on. */
  failOn: FailOn;
  /** Seconds the run took (JUnit's time). */
  seconds?: number;
}

/** Report formats for `check`: each a pure renderer of the same Report. */
export const REPORTERS = {
  text: (r: Report, o: ReporterOptions) => renderText(r, o),
  json: (r: Report, _o: ReporterOptions) => renderJson(r),
  junit: (r: Report, o: ReporterOptions) => renderJunit(r, { failOn: o.failOn, ...(o.seconds !== undefined ? { seconds: o.seconds } : {}) }),
  sarif: (r: Report, o: ReporterOptions) => renderSarif(r, o.version),
  github: (r: Report, _o: ReporterOptions) => renderGithub(r),
} as const;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
