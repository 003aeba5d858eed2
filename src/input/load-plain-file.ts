import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import type { Skip } from "../core/message.js";
import { collectLoaded, tooLarge } from "./collect-input.js";
import { errorReason } from "./source-context.js";
import type { SourceOptions } from "./source-item.js";
import type { DiskPath } from "./walk-folder.js";

/** One plain file as read: its bytes, the skip, or why it could not be read; `size` as the file system reported it. */
export type LoadedFile = { bytes: Uint8Array; size: number } | { skip: Skip; size: number } | { failure: string; size: number };

/**
 * Reads one plain file (not an archive), synchronously: skipped unread when
 * larger than `--max-bytes`, screened by its head, else loaded whole. Used
 * by the sources on the main thread and by the parse workers, which read
 * the plain files of a folder themselves.
 */
export function loadPlainFile(file: DiskPath, options: Pick<SourceOptions, "maxBytes" | "screen">): LoadedFile {
  // Synchronous calls: a notice is a few KB, and one open/stat/read/close
  // costs far less than four trips through libuv's thread pool.
  let fd: number | undefined;
  let size = 0;
  try {
    // Non-blocking: should the file have become a named pipe since it was
    // listed, opening it must not wait for a writer (reading it then fails).
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    size = stat.size;
    if (stat.size > options.maxBytes) return { skip: tooLarge(stat.size, options.maxBytes), size };
    // A pipe or a device reports size 0: read it no further than the limit.
    const bytes = stat.isFile() ? readFileSync(fd) : readBounded(fd, options.maxBytes);
    if (bytes === null) return { skip: tooLarge(null, options.maxBytes), size };
    const collected = collectLoaded(bytes, options);
    return "skip" in collected ? { skip: collected.skip, size } : { bytes: collected.bytes, size };
  } catch (error) {
    return { failure: errorReason(error), size };
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
