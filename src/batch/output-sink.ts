import { UsageError } from "../cli/cli-io.js";
import { open, type FileHandle } from "node:fs/promises";
import type { CliOutput } from "../cli/cli-io.js";
import { OutputWriteError, writingTo } from "./output-write-error.js";

/**
 * A buffered text destination that knows how many bytes it holds, so that a
 * checkpoint can name a length at which the output ends on a whole record.
 */
export interface OutputSink {
  /** Queues text; nothing reaches the destination before {@link flush}. */
  write(text: string): void;
  /** Queues text already encoded as UTF-8 (the chunks are kept, not copied, until {@link flush}). */
  writeBytes(chunks: readonly Uint8Array[]): void;
  /** Bytes queued and not yet flushed. */
  readonly pending: number;
  /** Bytes flushed so far (for a file: its length). */
  readonly flushed: number;
  /** Writes what is queued, waiting for a slow reader if need be. */
  flush(): Promise<void>;
  /** Makes flushed bytes durable (fsync), where the destination is a file. */
  sync(): Promise<void>;
  /** Flushes and releases the destination. */
  close(): Promise<void>;
  /** Releases the destination without writing what is queued (after a write error). */
  abandon(): Promise<void>;
  /** Throws the {@link OutputWriteError} of a destination already known to have failed. */
  check(): void;
}

/** Queued chunks as UTF-8 bytes, copied into one buffer at flush time. */
class Queue {
  private parts: Uint8Array[] = [];
  bytes = 0;
  push(text: string): void {
    if (text.length === 0) return;
    this.pushBytes(Buffer.from(text));
  }
  pushBytes(bytes: Uint8Array): void {
    if (bytes.byteLength === 0) return;
    this.parts.push(bytes);
    this.bytes += bytes.byteLength;
  }
  take(): Buffer | null {
    if (this.parts.length === 0) return null;
    const taken = Buffer.concat(this.parts, this.bytes);
    this.parts = [];
    this.bytes = 0;
    return taken;
  }
}

/**
 * A file, written from `keep` bytes on: 0 starts it anew; a resumed run keeps
 * the first `keep` bytes (the last checkpoint) and drops anything after them,
 * such as a line cut short when the earlier run was killed. Every failure to
 * write is an {@link OutputWriteError} naming `label` (the file as the user
 * gave it).
 */
export async function openFileSink(file: string, keep: number, label: string = file): Promise<OutputSink> {
  const handle: FileHandle = await writingTo(label, () => open(file, keep === 0 ? "w" : "r+"));
  if (keep > 0) {
    const { size } = await writingTo(label, () => handle.stat());
    if (size < keep) {
      await handle.close();
      throw new UsageError(`${label} is shorter (${size} bytes) than its progress file says (${keep}); run again without --resume`);
    }
    await writingTo(label, () => handle.truncate(keep));
  }
  const queue = new Queue();
  let flushed = keep;
  const flush = (): Promise<void> =>
    writingTo(label, async () => {
      const buffer = queue.take();
      if (!buffer) return;
      let at = 0;
      while (at < buffer.length) {
        const { bytesWritten } = await handle.write(buffer, at, buffer.length - at, flushed + at);
        at += bytesWritten;
      }
      flushed += buffer.length;
    });
  return {
    write: (text) => queue.push(text),
    writeBytes: (chunks) => {
      for (const chunk of chunks) queue.pushBytes(chunk);
    },
    get pending() {
      return queue.bytes;
    },
    get flushed() {
      return flushed;
    },
    flush,
    sync: () => writingTo(label, () => handle.sync()),
    close: async () => {
      await flush();
      await writingTo(label, () => handle.close());
    },
    abandon: () => handle.close().catch(() => undefined),
    check: () => {},
  };
}

/**
 * A stream such as standard output; a slow reader holds the run back instead
 * of filling memory. A failed stream (a closed pipe, a full disk behind a
 * redirection) makes the next flush throw an {@link OutputWriteError}.
 */
export function streamSink(out: CliOutput, label = "standard output"): OutputSink {
  const queue = new Queue();
  let flushed = 0;
  const check = (): void => {
    const failure = out.failure?.();
    if (failure) throw new OutputWriteError(label, failure);
  };
  const flush = async (): Promise<void> => {
    check();
    const taken = queue.take();
    if (!taken) return;
    flushed += taken.byteLength;
    if (out.write(taken.toString("utf8")) === false) await out.drained?.();
    check();
  };
  return {
    write: (text) => queue.push(text),
    writeBytes: (chunks) => {
      for (const chunk of chunks) queue.pushBytes(chunk);
    },
    get pending() {
      return queue.bytes;
    },
    get flushed() {
      return flushed;
    },
    flush,
    sync: async () => {},
    close: async () => {
      await flush();
      // A write error is reported a turn after the write.
      await new Promise((resolve) => setImmediate(resolve));
      check();
    },
    abandon: async () => {},
    check,
  };
}
