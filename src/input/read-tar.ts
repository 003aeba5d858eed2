import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { extract as tarExtract } from "tar-stream";
import { GUNZIP_CHUNK, READ_CHUNK, collectInput, stopReading } from "./collect-input.js";
import { errorReason, failureRule, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";
import type { DiskPath } from "./walk-folder.js";

/**
 * The regular files of a `.tar` or `.tar.gz` archive, one input each, in
 * archive order, streamed: neither the archive nor its entries touch the disk,
 * and at most one entry is held in memory. Entry paths are shown as
 * `archive!entry/name`. A truncated or damaged archive yields the entries
 * before the damage and then one `archive-corrupt` failure.
 */
export async function* readTar(
  file: DiskPath,
  shown: string,
  gzipped: boolean,
  ctx: SourceContext,
): AsyncGenerator<SourceItem> {
  const { options } = ctx;
  const raw = createReadStream(file, { highWaterMark: READ_CHUNK });
  raw.on("data", (chunk) => options.onBytes?.(chunk.length));
  const extract = tarExtract();
  // Errors of any stage (unreadable file, bad gzip data, bad tar header)
  // destroy the whole chain and surface from the entry iterator below.
  if (gzipped) pipeline(raw, createGunzip({ chunkSize: GUNZIP_CHUNK }), extract, () => {});
  else pipeline(raw, extract, () => {});
  const entries = extract[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next;
      try {
        next = await entries.next();
      } catch (error) {
        yield corrupt(shown, error, ctx);
        return;
      }
      if (next.done) return;
      const entry = next.value;
      const { header } = entry;
      if (header.type !== "file" && header.type !== "contiguous-file") {
        // Folders, links and the like are not inputs.
        try {
          await stopReading(entry[Symbol.asyncIterator]());
        } catch (error) {
          yield corrupt(shown, error, ctx);
          return;
        }
        continue;
      }
      // Entries are streamx Readables of Buffers.
      const body = entry as unknown as AsyncIterable<Uint8Array>;
      const path = `${shown}!${header.name}`;
      const done = ctx.claim();
      try {
        if (done) {
          await stopReading(body[Symbol.asyncIterator]());
          yield { kind: "done", path };
          continue;
        }
        const collected = await collectInput(body, header.size ?? null, options);
        yield "skip" in collected
          ? { kind: "skip", path, ...collected.skip }
          : { kind: "filing", path, bytes: collected.bytes };
      } catch (error) {
        // The damage is inside this entry: it stands for the entry, and
        // nothing after it can be read.
        yield done ? { kind: "done", path } : { kind: "failure", path, ruleId: failureRule(error), reason: errorReason(error) };
        return;
      }
    }
  } finally {
    extract.destroy();
    raw.destroy();
  }
}

/** The failure item of an archive that broke between entries. */
function corrupt(shown: string, error: unknown, ctx: SourceContext): SourceItem {
  return ctx.claim()
    ? { kind: "done", path: shown }
    : { kind: "failure", path: shown, ruleId: failureRule(error), reason: errorReason(error) };
}
