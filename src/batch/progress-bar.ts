import type { CliOutput } from "../cli/cli-io.js";
import type { InputsSize } from "../input/measure-inputs.js";
import { clock, createStatusLine, statusBar } from "../core/status-line.js";
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
  let done = startDone;
  let read = 0;
  let current = "";
  const line = createStatusLine(out, () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? (done - startDone) / seconds : 0;
    const fraction = progressFraction(total, read, done);
    const ofTotal = total?.inputs != null ? `/${count(total.inputs)}` : "";
    const parts = [`${count(done)}${ofTotal} inputs`];
    if (rate >= 1) parts.push(`${count(Math.round(rate))}/s`);
    let bar = "";
    if (fraction !== null) {
      bar = `${statusBar(fraction)}${(fraction * 100).toFixed(0)}% `;
      if (fraction > 0.001 && fraction < 1) parts.push(`ETA ${clock((seconds * (1 - fraction)) / fraction)}`);
    }
    if (current) parts.push(current);
    return bar + parts.join("  ");
  });
  return {
    update(n) {
      done = n;
      line.maybeDraw();
    },
    source(path) {
      current = path;
      line.maybeDraw();
    },
    bytes(n) {
      read += n;
    },
    log: line.log,
    finish: line.finish,
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

