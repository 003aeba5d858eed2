// Writes one table of a build (see src/core/build-table.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes `entries` (text → kept text) as `DIST/core/NAME.json`, the file
 * the module of the same name reads on its first lookup: `[[text, kept], …]`
 * in the order given. Returns the file's path.
 */
export function writeBuildTable(dist, name, entries) {
  const path = join(dist, "core", `${name}.json`);
  writeFileSync(path, `${JSON.stringify([...entries])}\n`);
  return path;
}
