import type { SourceOptions } from "./source-item.js";
import type { Skip } from "../core/message.js";

/**
 * How many leading bytes are screened before an input's body is read: enough
 * for the `.nc` `<SUBMISSION>` header's `<TYPE>` line, the SEC-HEADER's
 * `CONFORMED SUBMISSION TYPE:` even behind a 1990s PRIVACY-ENHANCED MESSAGE
 * wrapper (fixtures/batch/real/0000950129-95-001652.txt has it at byte 700).
 */
export const SCREEN_BYTES = 4096;

/** Bytes read from disk at a time from an archive or a `.gz` file. */
export const READ_CHUNK = 256 * 1024;

/**
 * Bytes decompressed at a time: larger than zlib's 16 KB default, so that a
 * feed archive costs fewer round trips between the decompressor and the tar
 * reader (the floor of `npm run bench` drops by a fifth).
 */
export const GUNZIP_CHUNK = 128 * 1024;

/** The outcome of reading one input: its bytes, or the reason it was skipped unread. */
export type Collected = { bytes: Uint8Array } | { skip: Skip };

/**
 * Reads one input's chunks: screens its head (first {@link SCREEN_BYTES})
 * and, unless the screen or the size limit says skip, collects the rest into
 * one buffer of its own. A skipped input is drained (or `abandon`ed, when the
 * source can stop reading early) without being kept. `size` is the size
 * announced by the container, when known: an input over `maxBytes` is then
 * skipped without reading a byte of it.
 */
export async function collectInput(
  chunks: AsyncIterable<Uint8Array>,
  size: number | null,
  options: Pick<SourceOptions, "maxBytes" | "screen">,
  abandon?: () => void,
): Promise<Collected> {
  if (size !== null && size > options.maxBytes) {
    await stopReading(chunks[Symbol.asyncIterator](), abandon);
    return { skip: tooLarge(size, options.maxBytes) };
  }
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let total = 0;
  let screened = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    total += next.value.byteLength;
    if (total > options.maxBytes) {
      await stopReading(iterator, abandon);
      return { skip: tooLarge(null, options.maxBytes) };
    }
    if (!screened && total >= SCREEN_BYTES) {
      screened = true;
      const skip = options.screen(screenText(parts, false));
      if (skip) {
        await stopReading(iterator, abandon);
        return { skip };
      }
    }
  }
  if (!screened) {
    const skip = options.screen(screenText(parts, true));
    if (skip) return { skip };
  }
  return { bytes: concat(parts, total) };
}

/**
 * {@link collectInput} of an input already loaded whole: over the limit,
 * screened out by its head, or its bytes (as they are, not copied).
 */
export function collectLoaded(bytes: Uint8Array, options: Pick<SourceOptions, "maxBytes" | "screen">): Collected {
  if (bytes.byteLength > options.maxBytes) return { skip: tooLarge(null, options.maxBytes) };
  const skip = options.screen(screenText([bytes], bytes.byteLength < SCREEN_BYTES));
  return skip ? { skip } : { bytes };
}

/** Reads and discards what is left of an input (or lets the source stop early). */
async function stopReading(iterator: AsyncIterator<unknown>, abandon?: () => void): Promise<void> {
  if (abandon) {
    abandon();
    await iterator.return?.();
    return;
  }
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
  }
}

/**
 * The head of an input as Latin-1 text (header tags are ASCII), cut after the
 * last complete line unless the input ended: a `<TYPE>` line split at the cut
 * must not be read as a shorter type.
 */
function screenText(parts: Uint8Array[], ended: boolean): string {
  let text = "";
  for (const part of parts) {
    text += Buffer.from(part.buffer, part.byteOffset, Math.min(part.byteLength, SCREEN_BYTES - text.length)).toString(
      "latin1",
    );
    if (text.length >= SCREEN_BYTES) break;
  }
  if (ended) return text;
  const cut = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  return cut < 0 ? "" : text.slice(0, cut + 1);
}

/** Copies the chunks into one new buffer that owns its memory (transferable). */
function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** The skip of an input over the size limit. */
export function tooLarge(size: number | null, maxBytes: number): Skip {
  return {
    ruleId: "source-too-large",
    reason:
      size === null
        ? `larger than --max-bytes ${maxBytes}; not loaded`
        : `${size} bytes, larger than --max-bytes ${maxBytes}; not loaded`,
  };
}
