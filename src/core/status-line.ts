/**
 * One status line redrawn in place on a terminal (`\r` … erase to end of
 * line), shared by the batch and fetch progress bars: throttled redraws,
 * lines printed above it, a bar and a clock.
 */

/** Where a status line is drawn: a terminal's standard error, or anything with `write`. */
export interface StatusOutput {
  write(chunk: string): unknown;
  /** The terminal's width in columns. */
  columns?: number;
}

/** A line redrawn in place; `text` builds it at each redraw. */
export interface StatusLine {
  /** Redraws now. */
  draw(): void;
  /** Redraws when the last redraw is older than the throttle (or `force`). */
  maybeDraw(force?: boolean): void;
  /** Prints a line above the status line. */
  log(line: string): void;
  /** Clears the status line. */
  finish(): void;
}

/** How often a status line is redrawn at most. */
const REDRAW_MS = 200;
/** Width of a bar itself, in characters. */
const BAR_WIDTH = 24;

/** A status line on `out` whose text `text()` gives; the clock `now` is injectable for tests. */
export function createStatusLine(out: StatusOutput, text: () => string, now: () => number = Date.now): StatusLine {
  let drawnAt = 0;
  let drawn = false;
  const draw = (): void => {
    const width = (out.columns !== undefined && out.columns >= 40 ? out.columns : 100) - 1;
    out.write(`\r${text().slice(0, width)}\x1b[K`);
    drawn = true;
    drawnAt = now();
  };
  const finish = (): void => {
    if (drawn) out.write("\r\x1b[K");
    drawn = false;
  };
  return {
    draw,
    maybeDraw(force = false) {
      if (force || now() - drawnAt >= REDRAW_MS) draw();
    },
    log(line) {
      finish();
      out.write(line + "\n");
      draw();
    },
    finish,
  };
}

/** A bar of `[===   ] ` for a fraction from 0 to 1. */
export function statusBar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `[${"=".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] `;
}

/** Seconds as `h:mm:ss` or `m:ss`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
