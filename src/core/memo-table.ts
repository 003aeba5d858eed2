/**
 * Texts worked out from the sources alone, kept in the build (see
 * `build-memo.ts`): kind and key → text.
 *
 * Empty in the sources: `npm run build` loads every built module (as for
 * the pattern table, src/core/pattern-table.ts), collects each text they
 * work out while loading and writes the filled table over this module in
 * `dist/` (scripts/build/memo-table.mjs). A text missing from it (code run
 * from the sources, a build made by `tsc` alone) is worked out when first
 * needed, with the same result.
 */
export const MEMO_TEXTS: ReadonlyMap<string, string> = new Map();
