import { readBuildTable } from "./build-table.js";

/**
 * The native RegExp source of every pattern of the project, looked up by
 * its free-spacing source as written in the `*-patterns.ts` files: what
 * `pattern()` would get from XRegExp, computed once at build time so that
 * XRegExp (and the core-js it pulls in) is never loaded at run time.
 *
 * `npm run build` compiles, then scripts/build-patterns.mjs loads every
 * built module, collects each pattern they compile and writes the table as
 * `dist/core/pattern-table.json` beside this module (see `build-table.ts`).
 * Without it (code run from the sources, a build made by `tsc` alone) the
 * table is empty and each pattern is compiled through XRegExp when first
 * needed, with the same result.
 */
export const NATIVE_SOURCES = readBuildTable(new URL("./pattern-table.json", import.meta.url));
