import type { Readable } from "node:stream";
import { enumerateInputs } from "./enumerate-inputs.js";
import type { SourceItem } from "./source-item.js";

/** One filing as `inspect` reads it, or why there is none. */
export type OneInput =
  | Exclude<SourceItem, { kind: "done" | "unread" }>
  /** The path holds more than one input (a folder, an archive): `first` is the first of them. */
  | { kind: "several"; path: string; first: string };

/**
 * Reads the one input a path names, exactly as `extract` would read it: a
 * plain file, a `.gz`, a full submission or `.nc`, an `archive!entry` path as
 * records print it, or `-` for standard input. Nothing is screened out by
 * its type (the parser says what it is). A folder or a whole archive is
 * `several`, naming its first input so that the user can name one.
 */
export async function readOneInput(path: string, world: { cwd: string; stdin: Readable }, maxBytes: number): Promise<OneInput> {
  const items = enumerateInputs({ paths: [path], cwd: world.cwd, stdin: world.stdin }, { maxBytes, screen: () => null, alreadyDone: 0 });
  let found: Exclude<SourceItem, { kind: "done" | "unread" }> | null = null;
  for await (const item of items) {
    // Plain files are read here (never deferred): no item is unread.
    if (item.kind === "done" || item.kind === "unread") continue;
    if (found) return { kind: "several", path, first: found.path };
    found = item;
    // A plain file or an entry yields one item: no need to look further.
    if (found.path === path) break;
  }
  return found ?? { kind: "failure", path, ruleId: "source-unreadable", reason: "no input found there" };
}
