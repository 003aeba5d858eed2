import { readBuildTable } from "./build-table.js";

/**
 * Texts worked out from the sources alone, kept in the build (see
 * `build-memo.ts`): looked up by kind and key.
 *
 * `npm run build` loads every built module (as for the pattern table,
 * src/core/pattern-table.ts), collects each text they work out while
 * loading and writes the table as `dist/core/memo-table.json` beside this
 * module (scripts/build/memo-table.mjs, see `build-table.ts`). Without it
 * (code run from the sources, a build made by `tsc` alone) the table is
 * empty and each text is worked out when first needed, with the same
 * result.
 */
export const MEMO_TEXTS = readBuildTable(new URL("./memo-table.json", import.meta.url));
