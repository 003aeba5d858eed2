import { isUtf8 } from "node:buffer";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { TRAILING_SLASHES } from "./source-patterns.js";
import { errorReason } from "./source-context.js";

/**
 * A path on disk: a string, or the raw bytes of a path whose names are not
 * UTF-8 (a 1990s archive's Latin-1 `é`), which only open as they are.
 */
export type DiskPath = string | Buffer;

/** A file found in a folder, or a part of the tree that was not walked. */
export type WalkStep =
  | { kind: "file"; file: DiskPath; shown: string }
  | { kind: "skip"; shown: string; ruleId: "source-folder-repeated" | "source-not-file" | "source-edgar-index"; reason: string }
  | { kind: "failure"; shown: string; ruleId: "source-unreadable" | "source-symlink-loop"; reason: string };

/**
 * The files under a folder, recursively, names sorted by their bytes at
 * every level so that every run enumerates them in the same order. Symbolic
 * links are followed, but each folder is walked once: a link back into one of
 * its own ancestors is reported as `source-symlink-loop`, a folder reached
 * again through another link is skipped as `source-folder-repeated` (without
 * this, a lattice of links makes 2^depth copies of one file). Names that are
 * not UTF-8 are shown with U+FFFD and opened by their bytes. The index
 * folder `edgar-nt fetch` keeps beside the notices (see
 * {@link isFetchIndexFolder}) is one `source-edgar-index` skip, not entered.
 */
export async function* walkFolder(folder: string, shown: string): AsyncGenerator<WalkStep> {
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    yield { kind: "failure", shown, ruleId: "source-unreadable", reason: errorReason(error) };
    return;
  }
  const id = identity(info);
  const trimmed = shown.replace(TRAILING_SLASHES, "");
  if (await isFetchIndexFolder(folder, basename(folder))) {
    yield fetchIndexSkip(trimmed);
    return;
  }
  yield* walk(folder, trimmed, [id], new Set([id]));
}

/** The folder names `edgar-nt fetch` writes under its `DIR/index/`. */
const FETCH_INDEX_PARTS: ReadonlySet<string> = new Set(["daily-index", "full-index", "submissions"]);

/**
 * Whether a folder is the `DIR/index/` of `edgar-nt fetch`: it is named
 * `index` and holds nothing but the folders fetch writes there
 * (`daily-index/`, `full-index/`, `submissions/`; at least one). It holds
 * EDGAR's index files and companies' submissions JSON for `link`, never a
 * filing, and a full quarter's `form.idx` is larger than `--max-bytes`.
 */
async function isFetchIndexFolder(folder: DiskPath, name: string): Promise<boolean> {
  if (name !== "index") return false;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, encoding: "buffer" });
  } catch {
    return false;
  }
  return entries.length > 0 && entries.every((e) => e.isDirectory() && FETCH_INDEX_PARTS.has(e.name.toString("latin1")));
}

/** The skip of a fetch index folder. */
function fetchIndexSkip(shown: string): WalkStep {
  const reason = "EDGAR index files and submissions JSON kept by edgar-nt fetch (for link), not filings; not read";
  return { kind: "skip", shown, ruleId: "source-edgar-index", reason };
}

async function* walk(folder: DiskPath, shown: string, ancestors: string[], walked: Set<string>): AsyncGenerator<WalkStep> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    yield { kind: "failure", shown, ruleId: "source-unreadable", reason: errorReason(error) };
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const file = childPath(folder, entry.name);
    const childShown = `${shown}/${entry.name.toString("utf8")}`;
    if (entry.isFile()) {
      yield { kind: "file", file, shown: childShown };
      continue;
    }
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      const loop = error instanceof Error && "code" in error && error.code === "ELOOP";
      yield {
        kind: "failure",
        shown: childShown,
        ruleId: loop ? "source-symlink-loop" : "source-unreadable",
        reason: errorReason(error),
      };
      continue;
    }
    if (info.isFile()) {
      yield { kind: "file", file, shown: childShown };
    } else if (info.isDirectory()) {
      const id = identity(info);
      if (ancestors.includes(id)) {
        const reason = "symbolic link to a folder that contains it; not entered";
        yield { kind: "failure", shown: childShown, ruleId: "source-symlink-loop", reason };
      } else if (walked.has(id)) {
        const reason = "a folder already read through another path; its files are read once";
        yield { kind: "skip", shown: childShown, ruleId: "source-folder-repeated", reason };
      } else if (await isFetchIndexFolder(file, entry.name.toString("latin1"))) {
        yield fetchIndexSkip(childShown);
      } else {
        walked.add(id);
        yield* walk(file, childShown, [...ancestors, id], walked);
      }
    } else {
      // Named pipes, sockets and devices are not filings: opening a pipe
      // would wait for a writer, reading a device may never end.
      yield { kind: "skip", shown: childShown, ruleId: "source-not-file", reason: `${specialKind(info)}, not a regular file; not read` };
    }
  }
}

/** What a file that is neither a regular file nor a folder is, in words. */
export function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "a special file";
}

/** A child's path: a string when its name is UTF-8, else the bytes. */
function childPath(folder: DiskPath, name: Buffer): DiskPath {
  if (typeof folder === "string" && isUtf8(name)) return join(folder, name.toString("utf8"));
  const parent = typeof folder === "string" ? Buffer.from(folder) : folder;
  return Buffer.concat([parent, Buffer.from("/"), name]);
}

/** A folder's identity on disk, whatever path reached it. */
function identity(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}
