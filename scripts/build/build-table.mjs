// Writes one table of a build (see src/core/build-table.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Writes `entries` (text → kept text) as `DIST/core/NAME.json` and, over
 * the module tsc built from the sources' empty table, `DIST/core/NAME.js`
 * exporting `exported`, a table that reads the JSON file on its first
 * lookup. Returns the JSON file's path.
 */
export async function writeBuildTable(dist, name, exported, entries, what) {
  const { tableFile } = await import(pathToFileURL(join(dist, "core", "build-table.js")).href);
  const path = join(dist, "core", `${name}.json`);
  writeFileSync(path, tableFile(entries));
  writeFileSync(
    join(dist, "core", `${name}.js`),
    `// Written by scripts/build/build-table.mjs at build time: ${what}.\n` +
      'import { readBuildTable } from "./build-table.js";\n' +
      `export const ${exported} = readBuildTable(new URL("./${name}.json", import.meta.url));\n`,
  );
  return path;
}
