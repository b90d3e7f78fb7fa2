import type { Io } from './context.js';

/** What a command gives the pipeline while it reads, and ends when the pipeline is done. */
export interface Progress {
  /** Absent when nothing is shown: the pipeline then does not even count rows. */
  onProgress?: (file: string, rows: number) => void;
  stop(): void;
}

export interface ProgressOptions {
  lang: 'en' | 'vi';
  /** -q/--quiet: nothing but results. */
  quiet?: boolean;
  /** Shown only once the run has taken this long (ms): short runs print no bar at all. */
  afterMs?: number;
  now?: () => number;
}

const WORDS = {
  en: { reading: 'Reading', rows: 'rows', perSecond: 'rows/s', sep: ',' },
  vi: { reading: 'Đang đọc', rows: 'dòng', perSecond: 'dòng/giây', sep: '.' },
} as const;

/** 1234567 → "1,234,567" (en) or "1.234.567" (vi). */
function grouped(n: number, sep: string): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** The end of a long path, so that the line fits the terminal. */
function shortName(file: string, max: number): string {
  return file.length <= max ? file : `…${file.slice(file.length - max + 1)}`;
}

/**
 * Progress of a long read on standard error: the file being read, rows so far (all files) and
 * the rate. Only on a terminal (never when stderr is redirected or piped), never with --quiet,
 * and only for runs longer than about a second. Drawn by cli-progress, which is loaded only then.
 */
export async function startProgress(io: Io, o: ProgressOptions): Promise<Progress> {
  if (o.quiet || !io.stderr.isTTY) return { stop() {} };
  const { SingleBar } = (await import('cli-progress')).default;
  const w = WORDS[o.lang];
  const now = o.now ?? Date.now;
  const start = now();
  const afterMs = o.afterMs ?? io.progressAfterMs ?? 1000;
  const width = Math.max(20, (io.stderr.columns ?? 80) - 45);
  const bar = new SingleBar({
    stream: io.stderr,
    format: `${w.reading} {file}: {rows} ${w.rows}, {rate} ${w.perSecond}`,
    clearOnComplete: true,
    hideCursor: true,
    linewrap: false,
    fps: 5,
  });
  const done = new Map<string, number>();
  let total = 0;
  let shown = false;
  let stopped = false;
  return {
    onProgress(file, rows) {
      if (stopped) return;
      total += rows - (done.get(file) ?? 0);
      done.set(file, rows);
      const elapsed = now() - start;
      if (elapsed < afterMs) return;
      const payload = { file: shortName(file, width), rows: grouped(total, w.sep), rate: grouped(elapsed > 0 ? (total * 1000) / elapsed : 0, w.sep) };
      if (!shown) {
        shown = true;
        bar.start(1, 0, payload);
      } else bar.update(0, payload);
    },
    stop() {
      stopped = true;
      if (shown) bar.stop();
    },
  };
}

/** Runs the pipeline with progress shown as startProgress decides, and always ends the display. */
export async function withProgress<T>(io: Io, o: ProgressOptions, run: (onProgress?: (file: string, rows: number) => void) => Promise<T>): Promise<T> {
  const p = await startProgress(io, o);
  try {
    return await run(p.onProgress);
  } finally {
    p.stop();
  }
}
