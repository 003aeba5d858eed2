import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { collectInput, tooLarge } from "./collect-input.js";
import { errorReason, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";
import type { DiskPath } from "./walk-folder.js";

/**
 * One plain file (not an archive) as one input: skipped unread when larger
 * than `--max-bytes`, screened by its head, else loaded whole.
 */
export async function readPlainFile(file: DiskPath, shown: string, ctx: SourceContext): Promise<SourceItem> {
  if (ctx.claim()) return { kind: "done", path: shown };
  const { options } = ctx;
  // Synchronous calls: a notice is a few KB, and one open/stat/read/close in
  // this thread costs far less than four trips through libuv's thread pool
  // (they were a quarter of a text-only batch's time).
  let fd: number | undefined;
  try {
    // Non-blocking: should the file have become a named pipe since it was
    // listed, opening it must not wait for a writer (reading it then fails).
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    options.onBytes?.(stat.size);
    if (stat.size > options.maxBytes) return { kind: "skip", path: shown, ...tooLarge(stat.size, options.maxBytes) };
    // A pipe or a device reports size 0: read it no further than the limit.
    const bytes = stat.isFile() ? readFileSync(fd) : readBounded(fd, options.maxBytes);
    if (bytes === null) return { kind: "skip", path: shown, ...tooLarge(null, options.maxBytes) };
    const collected = await collectInput(once(bytes), null, options);
    return "skip" in collected
      ? { kind: "skip", path: shown, ...collected.skip }
      : { kind: "filing", path: shown, bytes: collected.bytes };
  } catch (error) {
    return { kind: "failure", path: shown, ruleId: "source-unreadable", reason: errorReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a stream-like file to its end, or null once it holds more than `maxBytes`. */
function readBounded(fd: number, maxBytes: number): Uint8Array | null {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 16, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) return null;
  }
}

/** A single chunk as an async iterable. */
async function* once(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  yield chunk;
}
