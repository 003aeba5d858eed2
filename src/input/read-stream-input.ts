import { closeSync, constants, openSync, readSync } from "node:fs";
import { Socket } from "node:net";
import type { Readable } from "node:stream";
import { collectInput } from "./collect-input.js";
import { errorReason, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";

/**
 * One input read from a stream of unknown length (standard output of another
 * program as `-`, a named pipe given as a path): no further than
 * `--max-bytes`, screened like a file.
 */
export async function readStreamInput(
  stream: AsyncIterable<Uint8Array>,
  shown: string,
  ctx: SourceContext,
  abandon?: () => void,
): Promise<SourceItem> {
  if (ctx.claim()) return { kind: "done", path: shown };
  try {
    const collected = await collectInput(stream, null, ctx.options, abandon);
    return "skip" in collected
      ? { kind: "skip", path: shown, ...collected.skip }
      : { kind: "filing", path: shown, bytes: collected.bytes };
  } catch (error) {
    return { kind: "failure", path: shown, ruleId: "source-unreadable", reason: errorReason(error) };
  }
}

/** A readable stream as chunks of bytes. */
export function streamChunks(stream: Readable): AsyncIterable<Uint8Array> {
  return stream as AsyncIterable<Uint8Array>;
}

/** How long a named pipe with no writer is watched for one before it is taken as empty. */
const WRITER_GRACE_MS = 200;

/** Bytes read at a time from a named pipe before it is handed to the event loop. */
const PIPE_CHUNK = 64 * 1024;

/**
 * A named pipe (FIFO) given as a path, read without ever blocking the run:
 * it is opened non-blocking (a plain open waits until some program opens it
 * for writing, for ever if none does), then read at once while it has data.
 * A pipe that reports its end there (no writer, or one that has finished) is
 * read whole; one whose writer is still at work is read as a stream as the
 * data comes (the kernel signals nothing on a pipe no writer ever opened, so
 * that case cannot wait for a signal). What the writer sends up to its end
 * is the input; a pipe with no writer reads as empty.
 */
export async function readNamedPipe(file: string, shown: string, ctx: SourceContext): Promise<SourceItem> {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (ctx.claim()) return { kind: "done", path: shown };
    return { kind: "failure", path: shown, ruleId: "source-unreadable", reason: errorReason(error) };
  }
  const head: Uint8Array[] = [];
  let ended = false;
  let read = 0;
  let waited = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(PIPE_CHUNK);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) {
        // No writer yet: one blocked in opening the pipe is let through by
        // this open, but needs a moment to run. Past that, the pipe is empty.
        if (read === 0 && waited < WRITER_GRACE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          waited += 10;
          continue;
        }
        ended = true;
        break;
      }
      head.push(chunk.subarray(0, n));
      read += n;
      if (read > ctx.options.maxBytes) break;
    }
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EAGAIN")) {
      closeSync(fd);
      if (ctx.claim()) return { kind: "done", path: shown };
      return { kind: "failure", path: shown, ruleId: "source-unreadable", reason: errorReason(error) };
    }
  }
  if (ended || read > ctx.options.maxBytes) {
    closeSync(fd);
    return readStreamInput(chunksOf(head, null), shown, ctx);
  }
  const socket = new Socket({ fd, readable: true, writable: false });
  try {
    return await readStreamInput(chunksOf(head, streamChunks(socket)), shown, ctx, () => socket.destroy());
  } finally {
    socket.destroy();
  }
}

/** Chunks already read, then the rest of a stream. */
async function* chunksOf(head: Uint8Array[], rest: AsyncIterable<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  yield* head;
  if (rest) yield* rest;
}
