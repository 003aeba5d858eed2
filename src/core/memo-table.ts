import { EMPTY_TABLE, type BuildTable } from "./build-table.js";

/**
 * Texts worked out from the sources alone, kept in the build (see
 * `build-memo.ts`): looked up by kind and key.
 *
 * Empty in the sources: `npm run build` loads every built module (as for
 * the pattern table, src/core/pattern-table.ts), collects each text they
 * work out while loading and writes the filled table as
 * `dist/core/memo-table.json` (see `build-table.ts`), with this module in
 * `dist/` written over to read it (scripts/build/memo-table.mjs). A text
 * missing from it (code run from the sources, a build made by `tsc` alone)
 * is worked out when first needed, with the same result.
 */
export const MEMO_TEXTS: BuildTable = EMPTY_TABLE;
