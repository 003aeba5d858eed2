import { EMPTY_TABLE, type BuildTable } from "./build-table.js";

/**
 * The native RegExp source of every pattern of the project, looked up by
 * its free-spacing source as written in the `*-patterns.ts` files: what
 * `pattern()` would get from XRegExp, computed once at build time so that
 * XRegExp (and the core-js it pulls in) is never loaded at run time.
 *
 * Empty in the sources: `npm run build` compiles, then
 * scripts/build-patterns.mjs loads every built module, collects each
 * pattern they compile and writes the filled table as
 * `dist/core/pattern-table.json` (see `build-table.ts`), with this module
 * in `dist/` written over to read it. A pattern missing from it (code run
 * from the sources, a build made by `tsc` alone) is compiled through
 * XRegExp when first needed, with the same result.
 */
export const NATIVE_SOURCES: BuildTable = EMPTY_TABLE;
