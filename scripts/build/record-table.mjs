// Writes the record table of a build (see scripts/build-patterns.mjs and src/record/record-table.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Derives the record definition's run-time values through TypeBox, from the
 * built `DIST/record/derive-record-table.js`, and writes them as plain data
 * over `DIST/record/record-table.js`: at run time the empty record and the
 * columns come from there and TypeBox is never loaded. Returns the path
 * written.
 */
export async function writeRecordTable(dist) {
  const { deriveRecordTable } = await import(pathToFileURL(join(dist, "record", "derive-record-table.js")).href);
  const json = JSON.stringify(deriveRecordTable());
  const path = join(dist, "record", "record-table.js");
  writeFileSync(
    path,
    "// Written by scripts/build/record-table.mjs at build time: the record definition's run-time values (see src/record/record-table.ts).\n" +
      `export const RECORD_TABLE = JSON.parse(${JSON.stringify(json)});\n`,
  );
  return path;
}
