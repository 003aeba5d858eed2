import yauzl, { type Entry, type ZipFile } from "yauzl";
import { collectInput } from "./collect-input.js";
import { errorReason, failureRule, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";

/**
 * The files of a `.zip` archive, one input each, in central-directory order.
 * The archive is read lazily from disk (its directory, then one entry at a
 * time), never loaded whole. A damaged entry is a failure of that entry and
 * reading goes on; a damaged directory ends the archive with one failure.
 */
export async function* readZip(file: string, shown: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const { options } = ctx;
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    yield failure(shown, error, ctx);
    return;
  }
  try {
    for (;;) {
      let entry: Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch (error) {
        yield failure(shown, error, ctx);
        return;
      }
      if (entry === null) return;
      if (entry.fileName.endsWith("/")) continue;
      const path = `${shown}!${entry.fileName}`;
      options.onBytes?.(entry.compressedSize);
      if (ctx.claim()) {
        yield { kind: "done", path };
        continue;
      }
      try {
        const size = entry.uncompressedSize;
        const stream = size > options.maxBytes ? null : await zip.openReadStreamPromise(entry);
        const collected = await collectInput(stream ?? empty(), size, options, () => stream?.destroy());
        yield "skip" in collected
          ? { kind: "skip", path, ...collected.skip }
          : { kind: "filing", path, bytes: collected.bytes };
      } catch (error) {
        yield { kind: "failure", path, ruleId: failureRule(error), reason: errorReason(error) };
      }
    }
  } finally {
    zip.close();
  }
}

/** The next entry of a lazily read zip, or null at the end. */
function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry): void => settle(() => resolve(entry));
    const onEnd = (): void => settle(() => resolve(null));
    const onError = (error: Error): void => settle(() => reject(error));
    const settle = (then: () => void): void => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
      then();
    };
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}

/** No chunks: the body of an entry that is skipped without opening it. */
async function* empty(): AsyncGenerator<Uint8Array> {}

/** The failure of the archive as a whole (unopenable, damaged directory). */
function failure(shown: string, error: unknown, ctx: SourceContext): SourceItem {
  return ctx.claim()
    ? { kind: "done", path: shown }
    : { kind: "failure", path: shown, ruleId: failureRule(error), reason: errorReason(error) };
}
