import type { CliOutput } from "../cli/cli-io.js";
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

/**
 * A progress line on `out` when it is a terminal: inputs done, rate, ETA
 * (when the total input size is known: every path given is a file or an
 * archive), and the current archive. When `out` is not a terminal it draws
 * nothing and `log` writes plain lines.
 */
export function createProgress(out: CliOutput, totalBytes: number | null, startDone: number): Progress {
  if (!out.isTTY) {
    return { update() {}, source() {}, bytes() {}, log: (line) => out.write(line + "\n"), finish() {} };
  }
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
    const fraction = totalBytes && totalBytes > 0 ? Math.min(1, read / totalBytes) : null;
    const parts = [`${count(done)} inputs`, `${count(Math.round(rate))}/s`];
    let bar = "";
    if (fraction !== null) {
      const filled = Math.round(fraction * BAR_WIDTH);
      bar = `[${"=".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0)}% `;
      if (fraction > 0.001) parts.push(`ETA ${clock((seconds * (1 - fraction)) / fraction)}`);
    }
    if (current) parts.push(current);
    const columns = (out as CliOutput & { columns?: number }).columns;
    const width = (columns !== undefined && columns >= 40 ? columns : 100) - 1;
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

/** Seconds as `h:mm:ss` or `m:ss`. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
