/*
 * The language of a run, known before anything loads: the Vietnamese help and messages
 * (help-vi.ts) load only when it is Vietnamese.
 */

/** The language of the run as its arguments or environment state it, before any parsing. */
export function langOfArgs(argv: string[], env: NodeJS.ProcessEnv): 'en' | 'vi' {
  const i = argv.lastIndexOf('--lang');
  const given = i >= 0 ? argv[i + 1] : [...argv].reverse().find((a) => a.startsWith('--lang='))?.slice(7);
  const lang = given ?? env.BUDGET_RECON_LANG;
  return lang === 'vi' ? 'vi' : 'en';
}
