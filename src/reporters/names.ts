/**
 * The names of `check`'s report formats, in the order help lists them. Apart from registry.ts
 * (which holds the renderers and is checked against this list) so that the CLI can show them in
 * --help without loading any renderer.
 */
export const REPORTER_NAMES = ['text', 'json', 'junit', 'sarif', 'github'] as const satisfies readonly string[];
export type ReporterName = (typeof REPORTER_NAMES)[number];
