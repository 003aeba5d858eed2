// Writes the memo table of a build (see scripts/build-patterns.mjs and src/core/build-memo.ts).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeBuildTable } from "./build-table.mjs";

/**
 * Writes every text the build's modules worked out through `memoText()`
 * while they loaded (call it once every module is loaded) into
 * `DIST/core/memo-table.json`, in key order: at run time `memoText()` looks
 * them up there. Returns
 * the number of texts and the path written.
 */
export async function writeMemoTable(dist) {
  const { memoizedTexts } = await import(pathToFileURL(join(dist, "core", "build-memo.js")).href);
  const texts = [...memoizedTexts()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const path = writeBuildTable(dist, "memo-table", texts);
  return { count: texts.length, path };
}
