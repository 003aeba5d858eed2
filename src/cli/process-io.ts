import { EXIT_OK, EXIT_OUTPUT, type CliIo } from "./cli-io.js";
import { guardOutput, isClosedPipe } from "./guarded-output.js";
import { describeWriteError } from "../batch/output-write-error.js";

/** The real process's streams, their write errors caught (see {@link guardOutput}). */
export function processIo(): CliIo {
  return {
    stdout: guardOutput(process.stdout),
    stderr: guardOutput(process.stderr),
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * The exit status once a command is done, given how standard output fared:
 * a reader that went away ends the command quietly with 0, as a filter in a
 * pipeline does (`edgar-nt inspect … | head`); any other write error (a full
 * disk behind a redirection) is named and gives {@link EXIT_OUTPUT}.
 * A write error is reported by an event a turn after the write: call it
 * once that turn has passed.
 */
export function outputStatus(io: CliIo, code: number): number {
  const failure = io.stdout.failure?.() ?? null;
  if (failure === null || code === EXIT_OUTPUT) return code;
  if (isClosedPipe(failure)) return EXIT_OK;
  io.stderr.write(`edgar-nt: cannot write standard output: ${describeWriteError(failure)}\n`);
  return EXIT_OUTPUT;
}
