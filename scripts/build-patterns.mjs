#!/usr/bin/env node
// The second step of `npm run build`: the patterns, composed with XRegExp
// at build time and shipped as native RegExp sources.
//
//   node scripts/build-patterns.mjs [DIST]     (default: dist)
//
// Loads every module of the build (each pattern is a module constant,
// compiled through XRegExp when its module loads, as `pattern()` does when
// no table is there), then writes DIST/core/pattern-table.json: every
// free-spacing source with its native source, in source order
// (src/core/build-table.ts), which DIST/core/pattern-table.js reads. At run
// time `pattern()` looks a source up there, and XRegExp and core-js are
// never loaded. test/pattern-table.test.ts checks that loading the modules
// compiles every pattern parsing ever needs.
//
// It writes two more tables: the texts the modules worked out from the
// sources while loading (`memoText()`, scripts/build/memo-table.mjs: the
// reason coder's reading of its patterns) in DIST/core/memo-table.json, and
// the record table (scripts/build/record-table.mjs): the empty record and
// the columns as plain data in DIST/record/record-table.js, so that TypeBox
// is not loaded at run time either.
//
// Last, the reason coder's keyword prefilter (src/reasons/row-filter.ts):
// its scanner's and requirements' tables as typed arrays in
// DIST/reasons/row-filter.bin, read when the coder first runs instead of
// being worked out from the phrases.
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { collectPatternSources } from "./build/pattern-sources.mjs";
import { writeBuildTable } from "./build/build-table.mjs";
import { writeMemoTable } from "./build/memo-table.mjs";
import { writeRecordTable } from "./build/record-table.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const dist = resolve(ROOT, process.argv[2] ?? "dist");
// A table left by an earlier run is not read while the modules load.
for (const name of ["pattern-table", "memo-table"]) rmSync(join(dist, "core", `${name}.json`), { force: true });
const rowFilter = join(dist, "reasons", "row-filter.bin");
rmSync(rowFilter, { force: true });
const sources = await collectPatternSources(dist);
const table = writeBuildTable(dist, "pattern-table", sources);
process.stdout.write(`build-patterns: ${sources.size} patterns → ${table}\n`);
const memo = await writeMemoTable(dist);
process.stdout.write(`build-patterns: ${memo.count} memoized texts → ${memo.path}\n`);
process.stdout.write(`build-patterns: record table → ${await writeRecordTable(dist)}\n`);
const { rowFilterImage } = await import(pathToFileURL(join(dist, "reasons", "row-filter.js")).href);
const image = rowFilterImage();
writeFileSync(rowFilter, image);
process.stdout.write(`build-patterns: reason prefilter (${Math.round(image.byteLength / 1024)} KB) → ${rowFilter}\n`);
