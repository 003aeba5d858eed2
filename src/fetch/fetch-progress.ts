import { count } from "../batch/batch-stats.js";
import { clock, createStatusLine, statusBar } from "../core/status-line.js";

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
  const line = createStatusLine(
    out,
    () => {
      const seconds = (now() - started) / 1000;
      const rate = seconds > 0 ? (done - doneAtStart) / seconds : 0;
      const parts = [`${name} ${count(done)}/${count(total)}`, megabytes(bytes), `${rate.toFixed(1)} files/s`];
      if (rate > 0 && done < total) parts.push(`ETA ${clock((total - done) / rate)}`);
      return statusBar(total > 0 ? done / total : 1) + parts.join("  ");
    },
    now,
  );
  return {
    phase(phaseName, phaseTotal, phaseDone) {
      name = phaseName;
      total = phaseTotal;
      done = phaseDone;
      doneAtStart = phaseDone;
      started = now();
      line.draw();
    },
    done() {
      done++;
      line.maybeDraw(done === total);
    },
    bytes(n) {
      bytes += n;
    },
    log: line.log,
    finish: line.finish,
  };
}

/** Bytes as megabytes with one decimal. */
export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

