import { count } from "../batch/batch-stats.js";

/**
 * Where a fetch writes its progress bar, failures and summary: the CLI's
 * standard error (its `CliOutput` has this shape; fetch/ comes before cli/
 * and does not import it).
 */
export interface FetchOutput {
  write(chunk: string): unknown;
  /** True on a terminal: the bar is drawn only then. */
  isTTY?: boolean;
  /** The terminal's width in columns. */
  columns?: number;
}

/** The progress line of a fetch on a terminal; a no-op elsewhere. */
export interface FetchProgress {
  /** A new phase (`index files`, `notices`, `submissions JSON`) of `total` files, `done` of them already there. */
  phase(name: string, total: number, done: number): void;
  /** One more file of the phase is done (saved, already there, or failed). */
  done(): void;
  /** Bytes that came over the wire. */
  bytes(n: number): void;
  /** Prints a line above the bar. */
  log(line: string): void;
  /** Clears the bar. */
  finish(): void;
}

/** How often the bar is redrawn at most. */
const REDRAW_MS = 200;
/** Width of the bar itself, in characters. */
const BAR_WIDTH = 24;

/**
 * A progress bar on `out` when it is a terminal: the phase, files done of
 * all, bytes, files per second and the time left. Elsewhere it draws
 * nothing and `log` writes plain lines.
 */
export function createFetchProgress(out: FetchOutput, now: () => number): FetchProgress {
  if (!out.isTTY) {
    return { phase() {}, done() {}, bytes() {}, log: (line) => out.write(line + "\n"), finish() {} };
  }
  let name = "";
  let total = 0;
  let done = 0;
  let doneAtStart = 0;
  let started = now();
  let bytes = 0;
  let drawnAt = 0;
  let drawn = false;
  const draw = (): void => {
    const t = now();
    const seconds = (t - started) / 1000;
    const rate = seconds > 0 ? (done - doneAtStart) / seconds : 0;
    const fraction = total > 0 ? done / total : 1;
    const filled = Math.round(fraction * BAR_WIDTH);
    const parts = [`${name} ${count(done)}/${count(total)}`, megabytes(bytes), `${rate.toFixed(1)} files/s`];
    if (rate > 0 && done < total) parts.push(`ETA ${clock((total - done) / rate)}`);
    const width = (out.columns !== undefined && out.columns >= 40 ? out.columns : 100) - 1;
    out.write(`\r${(`[${"=".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ` + parts.join("  ")).slice(0, width)}\x1b[K`);
    drawn = true;
    drawnAt = t;
  };
  const clear = (): void => {
    if (drawn) out.write("\r\x1b[K");
    drawn = false;
  };
  return {
    phase(phaseName, phaseTotal, phaseDone) {
      name = phaseName;
      total = phaseTotal;
      done = phaseDone;
      doneAtStart = phaseDone;
      started = now();
      draw();
    },
    done() {
      done++;
      if (now() - drawnAt >= REDRAW_MS || done === total) draw();
    },
    bytes(n) {
      bytes += n;
    },
    log(line) {
      clear();
      out.write(line + "\n");
      draw();
    },
    finish: clear,
  };
}

/** Bytes as megabytes with one decimal. */
export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Seconds as `h:mm:ss` or `m:ss`. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
