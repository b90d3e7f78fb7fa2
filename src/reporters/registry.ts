import type { Report } from '../findings/build-report.js';
import { renderJson } from './json.js';
import { renderText, type TextOptions } from './text.js';

/** Report formats for `check`: each a pure renderer of the same Report. */
export const REPORTERS = {
  text: (r: Report, o: TextOptions) => renderText(r, o),
  json: (r: Report, _o: TextOptions) => renderJson(r),
} as const;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
