import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';
import { loadTextWidth } from './text-width.js';

/** The styles the text report uses: chalk's when coloured, the text as it is otherwise (chalk not loaded). */
export interface TextStyles {
  red: { bold: (s: string) => string };
  yellow: (s: string) => string;
  cyan: (s: string) => string;
  green: (s: string) => string;
  dim: (s: string) => string;
  bold: { underline: (s: string) => string };
}

const same = (s: string) => s;
const PLAIN: TextStyles = { red: { bold: same }, yellow: same, cyan: same, green: same, dim: same, bold: { underline: same } };

let chalk: ChalkInstance | undefined;
type ChalkModule = { Chalk: new (o: { level: 1 }) => ChalkInstance };

/** Loads chalk and string-width ahead of a coloured rendering (a terminal): the rendering itself is synchronous. */
export async function loadColour(): Promise<void> {
  chalk ??= new ((await import('chalk')) as ChalkModule).Chalk({ level: 1 });
  await loadTextWidth();
}

export function textStyles(color: boolean): TextStyles {
  if (!color) return PLAIN;
  // Not loaded ahead (a library caller): required now (an ES module: Node ≥ 20.19).
  chalk ??= new (createRequire(import.meta.url)('chalk') as ChalkModule).Chalk({ level: 1 });
  return chalk;
}
