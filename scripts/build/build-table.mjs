// Writes one table of a build (see src/core/build-table.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Writes `entries` (text → kept text) as `DIST/core/NAME.json`, the file
 * the module of the same name reads on its first lookup: `[[key, kept], …]`
 * in the order given, each key the `tableKey()` of its text. Refuses two
 * texts with one key. Returns the file's path.
 */
export async function writeBuildTable(dist, name, entries) {
  const { tableKey } = await import(pathToFileURL(join(dist, "core", "build-table.js")).href);
  const keyed = new Map();
  const from = new Map();
  for (const [text, kept] of entries) {
    const key = tableKey(text);
    if (from.has(key) && from.get(key) !== text) throw new Error(`${name}: two texts share the key ${key}`);
    from.set(key, text);
    keyed.set(key, kept);
  }
  const path = join(dist, "core", `${name}.json`);
  writeFileSync(path, `${JSON.stringify([...keyed])}\n`);
  return path;
}
