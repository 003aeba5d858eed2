/**
 * The native RegExp source of every pattern of the project, keyed by its
 * free-spacing source as written in the `*-patterns.ts` files: what
 * `pattern()` would get from XRegExp, computed once at build time so that
 * XRegExp (and the core-js it pulls in) is never loaded at run time.
 *
 * Empty in the sources: `npm run build` compiles, then
 * scripts/build-patterns.mjs loads every built module, collects each
 * pattern they compile and writes the filled table over this module in
 * `dist/`. A pattern missing from it (code run from the sources, a build
 * made by `tsc` alone) is compiled through XRegExp when first needed, with
 * the same result.
 */
export const NATIVE_SOURCES: ReadonlyMap<string, string> = new Map();
