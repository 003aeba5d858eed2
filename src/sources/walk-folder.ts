import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { TRAILING_SLASHES } from "../patterns/source-patterns.js";
import { errorReason } from "./source-context.js";

/** A file found in a folder, or a part of the tree that could not be walked. */
export type WalkStep =
  | { kind: "file"; file: string; shown: string }
  | { kind: "failure"; shown: string; ruleId: "source-unreadable" | "source-symlink-loop"; reason: string };

/**
 * The files under a folder, recursively, names sorted by code unit at every
 * level so that every run enumerates them in the same order. Symbolic links
 * are followed; a link back into one of its own ancestors is reported once as
 * `source-symlink-loop` and not entered.
 */
export async function* walkFolder(folder: string, shown: string): AsyncGenerator<WalkStep> {
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    yield { kind: "failure", shown, ruleId: "source-unreadable", reason: errorReason(error) };
    return;
  }
  yield* walk(folder, shown.replace(TRAILING_SLASHES, ""), [identity(info)]);
}

async function* walk(folder: string, shown: string, ancestors: string[]): AsyncGenerator<WalkStep> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: "failure", shown, ruleId: "source-unreadable", reason: errorReason(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = join(folder, entry.name);
    const childShown = `${shown}/${entry.name}`;
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
        yield {
          kind: "failure",
          shown: childShown,
          ruleId: "source-symlink-loop",
          reason: "symbolic link to a folder that contains it; not entered",
        };
        continue;
      }
      yield* walk(file, childShown, [...ancestors, id]);
    }
    // Sockets, FIFOs and devices are not inputs.
  }
}

/** A folder's identity on disk, whatever path reached it. */
function identity(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}
