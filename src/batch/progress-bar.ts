import type { CliOutput } from "../cli/cli-io.js";
import type { InputsSize } from "../input/measure-inputs.js";
import { count } from "./batch-stats.js";

/** The progress line of a batch on a terminal; a no-op elsewhere. */
export interface Progress {
  /** Inputs completed so far (this run and resumed ones). */
  update(done: number): void;
  /** The archive or file now being read. */
  source(path: string): void;
  /** Input bytes read from disk since the last call. */
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

/** How a progress line is drawn. */
export interface ProgressOptions {
  /** What the run will read, when known beforehand (for the total and the time left). */
  total: InputsSize | null;
  /** Inputs already done when the run starts (a resumed run). */
  startDone: number;
  /** Draw at all (a terminal, and not `--quiet`). */
  draw: boolean;
}

/**
 * A progress line on `out` when `draw` is set: inputs done (of how many,
 * when the inputs were counted beforehand), rate, a bar and the estimated
 * time left (when the total size is known), and the current archive or
 * folder. Otherwise it draws nothing and `log` writes plain lines.
 */
export function createProgress(out: CliOutput, options: ProgressOptions): Progress {
  if (!options.draw) {
    return { update() {}, source() {}, bytes() {}, log: (line) => out.write(line + "\n"), finish() {} };
  }
  const { total, startDone } = options;
  const started = Date.now();
  let drawnAt = 0;
  let done = startDone;
  let read = 0;
  let current = "";
  let drawn = false;
  const draw = (): void => {
    const now = Date.now();
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? (done - startDone) / seconds : 0;
    const fraction = progressFraction(total, read, done);
    const ofTotal = total?.inputs != null ? `/${count(total.inputs)}` : "";
    const parts = [`${count(done)}${ofTotal} inputs`];
    if (rate >= 1) parts.push(`${count(Math.round(rate))}/s`);
    let bar = "";
    if (fraction !== null) {
      const filled = Math.round(fraction * BAR_WIDTH);
      bar = `[${"=".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0)}% `;
      if (fraction > 0.001 && fraction < 1) parts.push(`ETA ${clock((seconds * (1 - fraction)) / fraction)}`);
    }
    if (current) parts.push(current);
    const width = (out.columns !== undefined && out.columns >= 40 ? out.columns : 100) - 1;
    const line = (bar + parts.join("  ")).slice(0, width);
    out.write(`\r${line}\x1b[K`);
    drawn = true;
    drawnAt = now;
  };
  const maybeDraw = (): void => {
    if (Date.now() - drawnAt >= REDRAW_MS) draw();
  };
  const clear = (): void => {
    if (drawn) out.write("\r\x1b[K");
    drawn = false;
  };
  return {
    update(n) {
      done = n;
      maybeDraw();
    },
    source(path) {
      current = path;
      maybeDraw();
    },
    bytes(n) {
      read += n;
    },
    log(line) {
      clear();
      out.write(line + "\n");
      draw();
    },
    finish: clear,
  };
}

/**
 * How far the run is, 0 to 1: by inputs done when they were counted
 * beforehand (files and folders), else by bytes read (an archive's entries
 * are not counted beforehand); null when neither is known.
 */
function progressFraction(total: InputsSize | null, read: number, done: number): number | null {
  if (total === null) return null;
  if (total.inputs !== null && total.inputs > 0) return Math.min(1, done / total.inputs);
  return total.bytes > 0 ? Math.min(1, read / total.bytes) : null;
}

/** Seconds as `h:mm:ss` or `m:ss`. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
