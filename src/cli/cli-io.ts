import type { Readable } from "node:stream";

/** A stream the CLI writes to. */
export interface CliOutput {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (progress bars are drawn only then). */
  isTTY?: boolean;
  /** The terminal's width in columns, when it is one. */
  columns?: number;
  /**
   * Resolves when the stream can take more after a `write` returned false;
   * resolves at once when it has failed (see {@link CliOutput.failure}).
   */
  drained?(): Promise<void>;
  /** The error that ended the stream (a closed pipe, a full disk), or null while it works. */
  failure?(): NodeJS.ErrnoException | null;
}

/** Everything the CLI touches of the outside world, so tests can supply their own. */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: Readable;
  cwd: string;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Exit status: every input processed (skips included). */
export const EXIT_OK = 0;
/** Exit status: some input could not be processed. */
export const EXIT_FAILURES = 1;
/** Exit status: the command line was wrong, or asks for what cannot be done (an input as the output). */
export const EXIT_USAGE = 2;
/**
 * Exit status: the output could not be written (a full disk, an I/O error),
 * or another run holds it. The inputs are untouched; with `--out`, the
 * progress file is kept so that `--resume` goes on once the cause is fixed.
 */
export const EXIT_OUTPUT = 3;

/**
 * An error in what the user asked for, found only while working (a progress
 * file of another command given to `--resume`): exit code 2, like a usage
 * error, not 1.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
