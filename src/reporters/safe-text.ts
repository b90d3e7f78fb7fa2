import type { Report } from '../findings/build-report.js';
import type { Location } from '../findings/types.js';

/**
 * Text from the inputs (labels, file names, sheet names, messages quoting them) made safe for
 * where it goes: a terminal or a CI log must not receive control sequences (a label could
 * clear the screen and print a fake "0 error(s)"); XML 1.0 forbids most control characters.
 */

// ESC/CSI sequences first (so their parameters go too), then C0 controls but tab and line
// feed, DEL, and C1 controls (U+0080–U+009F, 0x9B is a one-byte CSI); bidi overrides that can
// reorder what a reader sees (Trojan Source) as well.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Drops terminal control sequences and characters; a carriage return becomes a space. */
export function stripControls(s: string): string {
  return s.replace(ANSI, '').replace(/\r\n?/g, ' ').replace(CONTROLS, '');
}

/** Characters XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (no lone surrogates). */
const XML_FORBIDDEN = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlSafe(s: string): string {
  return s.replace(XML_FORBIDDEN, '');
}

/** XML attribute or text content: forbidden characters dropped, markup escaped. */
export function xmlEscape(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeLocation(l: Location): Location {
  const out: Location = { ...l, file: stripControls(l.file) };
  if (l.sheet !== undefined) out.sheet = stripControls(l.sheet);
  return out;
}

/** The report with every text that came from the inputs stripped of control characters. */
export function safeReport(report: Report): Report {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, message: stripControls(f.message), location: safeLocation(f.location), related: f.related.map(safeLocation) })),
    files: report.files.map((f) => ({ ...f, file: stripControls(f.file) })),
  };
}
