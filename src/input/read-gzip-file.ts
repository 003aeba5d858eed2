import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { GUNZIP_CHUNK, READ_CHUNK, collectInput } from "./collect-input.js";
import { errorReason, failureRule, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";
import type { DiskPath } from "./walk-folder.js";

/**
 * A single gzip-compressed filing (`name.nc.gz`, not a tar) as one input,
 * shown by its own path. `--max-bytes` applies to the decompressed size, which
 * is only known while reading: decompression stops as soon as it is passed.
 */
export async function readGzipFile(file: DiskPath, shown: string, ctx: SourceContext): Promise<SourceItem> {
  if (ctx.claim()) return { kind: "done", path: shown };
  const { options } = ctx;
  const raw = createReadStream(file, { highWaterMark: READ_CHUNK });
  raw.on("data", (chunk) => options.onBytes?.(chunk.length));
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  pipeline(raw, gunzip, () => {});
  try {
    const collected = await collectInput(gunzip, null, options, () => gunzip.destroy());
    return "skip" in collected
      ? { kind: "skip", path: shown, ...collected.skip }
      : { kind: "filing", path: shown, bytes: collected.bytes };
  } catch (error) {
    return { kind: "failure", path: shown, ruleId: failureRule(error), reason: errorReason(error) };
  } finally {
    raw.destroy();
  }
}
