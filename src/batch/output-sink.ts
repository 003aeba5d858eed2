import { UsageError } from "../cli/cli-io.js";
import { open, type FileHandle } from "node:fs/promises";
import type { CliOutput } from "../cli/cli-io.js";

/**
 * A buffered text destination that knows how many bytes it holds, so that a
 * checkpoint can name a length at which the output ends on a whole record.
 */
export interface OutputSink {
  /** Queues text; nothing reaches the destination before {@link flush}. */
  write(text: string): void;
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
}

/** Queued chunks, joined at flush time. */
class Queue {
  private parts: string[] = [];
  bytes = 0;
  push(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text);
  }
  take(): { text: string; bytes: number } | null {
    if (this.parts.length === 0) return null;
    const taken = { text: this.parts.join(""), bytes: this.bytes };
    this.parts = [];
    this.bytes = 0;
    return taken;
  }
}

/**
 * A file, written from `keep` bytes on: 0 starts it anew; a resumed run keeps
 * the first `keep` bytes (the last checkpoint) and drops anything after them,
 * such as a line cut short when the earlier run was killed.
 */
export async function openFileSink(file: string, keep: number): Promise<OutputSink> {
  let handle: FileHandle;
  if (keep === 0) {
    handle = await open(file, "w");
  } else {
    handle = await open(file, "r+");
    const { size } = await handle.stat();
    if (size < keep) {
      await handle.close();
      throw new UsageError(`${file} is shorter (${size} bytes) than its progress file says (${keep}); run again without --resume`);
    }
    await handle.truncate(keep);
  }
  const queue = new Queue();
  let flushed = keep;
  const flush = async (): Promise<void> => {
    const taken = queue.take();
    if (!taken) return;
    const buffer = Buffer.from(taken.text);
    let at = 0;
    while (at < buffer.length) {
      const { bytesWritten } = await handle.write(buffer, at, buffer.length - at, flushed + at);
      at += bytesWritten;
    }
    flushed += buffer.length;
  };
  return {
    write: (text) => queue.push(text),
    get pending() {
      return queue.bytes;
    },
    get flushed() {
      return flushed;
    },
    flush,
    sync: () => handle.sync(),
    close: async () => {
      await flush();
      await handle.close();
    },
  };
}

/** A stream such as standard output; a slow reader holds the run back instead of filling memory. */
export function streamSink(out: CliOutput): OutputSink {
  const queue = new Queue();
  let flushed = 0;
  const flush = async (): Promise<void> => {
    const taken = queue.take();
    if (!taken) return;
    flushed += taken.bytes;
    const ready = out.write(taken.text);
    const emitter = out as CliOutput & { once?: (event: string, listener: () => void) => unknown };
    if (ready === false && typeof emitter.once === "function") {
      await new Promise<void>((resolve) => emitter.once?.("drain", resolve));
    }
  };
  return {
    write: (text) => queue.push(text),
    get pending() {
      return queue.bytes;
    },
    get flushed() {
      return flushed;
    },
    flush,
    sync: async () => {},
    close: flush,
  };
}
