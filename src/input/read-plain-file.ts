import { loadPlainFile } from "./load-plain-file.js";
import type { SourceContext } from "./source-context.js";
import type { SourceItem } from "./source-item.js";
import type { DiskPath } from "./walk-folder.js";

/**
 * One plain file (not an archive) as one input: skipped unread when larger
 * than `--max-bytes`, screened by its head, else loaded whole; with
 * `deferPlainFiles`, left unread for the parse workers.
 */
export async function readPlainFile(file: DiskPath, shown: string, ctx: SourceContext): Promise<SourceItem> {
  if (ctx.claim()) return { kind: "done", path: shown };
  const { options } = ctx;
  if (options.deferPlainFiles) return { kind: "unread", path: shown, file };
  const loaded = loadPlainFile(file, options);
  options.onBytes?.(loaded.size);
  if ("failure" in loaded) return { kind: "failure", path: shown, ruleId: "source-unreadable", reason: loaded.failure };
  return "skip" in loaded ? { kind: "skip", path: shown, ...loaded.skip } : { kind: "filing", path: shown, bytes: loaded.bytes };
}
