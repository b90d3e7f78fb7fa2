import { Command, CommanderError } from './commander.js';
import { ConfigError } from '../config/errors.js';
import { COMMANDS } from './commands.js';
import { pkg, UsageError, type CliContext, type Io } from './context.js';
import { langOfArgs } from './lang.js';

type HelpVi = typeof import('./help-vi.js');

export type { Io } from './context.js';

function buildProgram(io: Io, setExit: (code: number) => void, lang: 'en' | 'vi', vi: HelpVi | undefined): Command {
  const program = new Command();
  program
    .name('budget-recon')
    .description('Reconcile Vietnamese provincial khuyến công budget reports: percent of plan, year over year, totals.')
    .version(pkg.version, '-V, --version', langOfArgs(process.argv, {}) === 'vi' ? 'in số phiên bản' : 'output the version number')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(vi ? vi.translateCommanderError(s, lang) : s) })
    .exitOverride();
  const ctx: CliContext = { io, setExit, version: pkg.version };
  for (const register of COMMANDS) register(program, ctx);
  vi?.localiseProgram(program, lang);
  return program;
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it in-process. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  let code = 0;
  const lang = langOfArgs(argv, io.env);
  // The Vietnamese help and messages load only for a Vietnamese run.
  const vi = lang === 'vi' ? await import('./help-vi.js') : undefined;
  const program = buildProgram(io, (c) => (code = c), lang, vi);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr.write(`budget-recon: ${(lang === 'vi' && e.vi) || e.message}\n`);
      return 2;
    }
    io.stderr.write(`budget-recon: ${lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
