import yauzl, { type Entry, type ZipFile } from "yauzl";
import { collectInput } from "./collect-input.js";
import { errorReason, failureRule, type SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";
import type { DiskPath } from "./walk-folder.js";

/**
 * The files of a `.zip` archive, one input each, in central-directory order.
 * The archive is read lazily from disk (its directory, then one entry at a
 * time), never loaded whole. A damaged entry is a failure of that entry and
 * reading goes on; a damaged directory ends the archive with one failure.
 */
export async function* readZip(file: DiskPath, shown: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const { options } = ctx;
  let zip: ZipFile;
  try {
    // Names are decoded here, not by yauzl, which refuses a whole archive at
    // the first entry named `../x` or `/x`. Nothing is written to disk, so
    // such a name is only a label (`archive.zip!../x`). A path given as bytes
    // (a name that is not UTF-8) goes to fs.open as it is.
    zip = await yauzl.openPromise(file as string, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      decodeStrings: false,
    });
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
      const name = entryName(entry);
      // Folders and links are not inputs (SECURITY.md): a link's body is only its target's path.
      if (name.endsWith("/") || !isRegularEntry(entry)) continue;
      const path = `${shown}!${name}`;
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

/** Unix file types in the high half of a zip entry's external attributes (`st_mode`). */
const UNIX_TYPE_MASK = 0o170000;
/** A regular file's type bits. */
const UNIX_REGULAR = 0o100000;
/** "Made by" a Unix system: the external attributes hold a Unix mode. */
const MADE_BY_UNIX = 3;

/**
 * Whether an entry is a regular file. A zip made on Unix keeps each entry's
 * mode: a symbolic link is stored as an entry whose body is the link's target
 * path, a FIFO or device as an empty one; only regular files (and entries
 * with no type bits, as some tools write) are inputs. Entries made elsewhere
 * carry no Unix type and are files.
 */
function isRegularEntry(entry: Pick<Entry, "versionMadeBy" | "externalFileAttributes">): boolean {
  if (entry.versionMadeBy >> 8 !== MADE_BY_UNIX) return true;
  const type = (entry.externalFileAttributes >>> 16) & UNIX_TYPE_MASK;
  return type === 0 || type === UNIX_REGULAR;
}

/** An entry's name: UTF-8 when flagged so (or given in a Unicode extra field), else CP437. */
function entryName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

/** The next entry of a lazily read zip (opened with `lazyEntries`), or null at the end. */
export function nextEntry(zip: ZipFile): Promise<Entry | null> {
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
