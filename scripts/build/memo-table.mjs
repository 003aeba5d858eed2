// Writes the memo table of a build (see scripts/build-patterns.mjs and src/core/build-memo.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Writes every text the build's modules worked out through `memoText()`
 * while they loaded (call it once every module is loaded) over
 * `DIST/core/memo-table.js`, in key order: at run time `memoText()` looks
 * them up there. Returns the number of texts and the path written.
 */
export async function writeMemoTable(dist) {
  const { memoizedTexts } = await import(pathToFileURL(join(dist, "core", "build-memo.js")).href);
  const texts = [...memoizedTexts()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const path = join(dist, "core", "memo-table.js");
  writeFileSync(
    path,
    "// Written by scripts/build/memo-table.mjs at build time: texts worked out from the sources (see src/core/memo-table.ts).\n" +
      `export const MEMO_TEXTS = new Map(JSON.parse(${JSON.stringify(JSON.stringify(texts))}));\n`,
  );
  return { count: texts.length, path };
}
