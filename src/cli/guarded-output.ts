import type { Writable } from "node:stream";
import type { CliOutput } from "./cli-io.js";

/** A Node stream as standard output or error are: a Writable that may be a terminal. */
export type ProcessStream = Writable & { isTTY?: boolean; columns?: number };

/**
 * Wraps standard output or error so that a write error never escapes as an
 * unhandled `error` event: a reader that went away (`| head`, EPIPE), a full
 * disk behind a redirection (ENOSPC, thrown at once by a file's synchronous
 * writes) or an I/O error is kept as {@link CliOutput.failure}, later writes
 * are dropped, and whoever waits for `drained` is let go. The commands look at
 * `failure()` to stop early and choose their exit status.
 */
export function guardOutput(stream: ProcessStream): CliOutput {
  let failed: NodeJS.ErrnoException | null = null;
  const waiting = new Set<() => void>();
  const fail = (error: NodeJS.ErrnoException): void => {
    failed ??= error;
    for (const resolve of waiting) resolve();
    waiting.clear();
  };
  stream.on("error", fail);
  return {
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
    write(chunk) {
      if (failed) return true;
      try {
        return stream.write(chunk);
      } catch (error) {
        fail(error as NodeJS.ErrnoException);
        return true;
      }
    },
    drained() {
      if (failed || !stream.writableNeedDrain) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = (): void => {
          waiting.delete(done);
          stream.off("drain", done);
          resolve();
        };
        waiting.add(done);
        stream.once("drain", done);
      });
    },
    failure: () => failed,
  };
}

/** Whether a write error means the reader went away (a closed pipe): then the run ends quietly. */
export function isClosedPipe(error: NodeJS.ErrnoException | null | undefined): boolean {
  return error?.code === "EPIPE" || error?.code === "ERR_STREAM_DESTROYED";
}

/** Writes a chunk and waits while the stream asks for it (a slow reader holds the writer back). */
export async function writeAndWait(out: CliOutput, chunk: string): Promise<void> {
  if (out.write(chunk) === false) await out.drained?.();
}
