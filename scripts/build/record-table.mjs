// Writes the record table of a build (see scripts/build-patterns.mjs and src/record/record-table.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Derives the record definition's run-time values through TypeBox, from the
 * built `DIST/record/derive-record-table.js`, and writes them as plain data
 * over `DIST/record/record-table.js`: at run time the empty record and the
 * columns come from there and TypeBox is never loaded. The empty record is
 * written as one object literal in a function (`RECORD_TABLE.emptyRecord`):
 * V8 makes each new record from the literal's boilerplate, far cheaper than
 * copying the empty values per notice. Returns the path written.
 */
export async function writeRecordTable(dist) {
  const { deriveRecordTable } = await import(pathToFileURL(join(dist, "record", "derive-record-table.js")).href);
  const table = deriveRecordTable();
  const json = JSON.stringify(table);
  // JSON is a JavaScript expression: the empty values' entries spliced into the record's literal.
  const readFields = JSON.stringify(table.readFields).slice(1, -1);
  const path = join(dist, "record", "record-table.js");
  writeFileSync(
    path,
    "// Written by scripts/build/record-table.mjs at build time: the record definition's run-time values (see src/record/record-table.ts).\n" +
      `export const RECORD_TABLE = {\n  ...JSON.parse(${JSON.stringify(json)}),\n` +
      `  emptyRecord: (path, sha256, format) => ({ schemaVersion: 1, source: { path, sha256, format }, ${readFields} }),\n};\n`,
  );
  return path;
}
