import { open } from "node:fs/promises";
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
  let handle;
  try {
    handle = await open(file, "r");
    const { size } = await handle.stat();
    options.onBytes?.(size);
    if (size > options.maxBytes) return { kind: "skip", path: shown, ...tooLarge(size, options.maxBytes) };
    const bytes = await handle.readFile();
    const collected = await collectInput(once(bytes), null, options);
    return "skip" in collected
      ? { kind: "skip", path: shown, ...collected.skip }
      : { kind: "filing", path: shown, bytes: collected.bytes };
  } catch (error) {
    return { kind: "failure", path: shown, ruleId: "source-unreadable", reason: errorReason(error) };
  } finally {
    await handle?.close();
  }
}

/** A single chunk as an async iterable. */
async function* once(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  yield chunk;
}
