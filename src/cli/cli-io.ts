import type { Readable } from "node:stream";

/** A stream the CLI writes to. */
export interface CliOutput {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (progress bars are drawn only then). */
  isTTY?: boolean;
}

/** Everything the CLI touches of the outside world, so tests can supply their own. */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: Readable;
  cwd: string;
}

/** Exit codes: 0 every input processed (skips included), 1 some input failed, 2 usage error. */
export const EXIT_OK = 0;
/** Some input could not be processed. */
export const EXIT_FAILURES = 1;
/** The command line was wrong. */
export const EXIT_USAGE = 2;

/**
 * An error in what the user asked for, found only while working (a progress
 * file of another command given to `--resume`): exit code 2, like a usage
 * error, not 1.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
