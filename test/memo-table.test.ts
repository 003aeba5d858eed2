import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { collectPatternSources } from "../scripts/build/pattern-sources.mjs";
import { memoizedTexts } from "../src/core/build-memo.js";
import type { BuildTable } from "../src/core/build-table.js";
import { parseFiling } from "../src/parse-filing.js";
import { FIXTURES, fixtureInputs } from "./helpers/fixture-inputs.js";

/**
 * The build's memo table (scripts/build/memo-table.mjs): texts the modules
 * work out from the sources while they load, kept in the build and looked
 * up at run time. It is complete only if every such text is worked out when
 * its module loads (none while parsing), and it must hold what the current
 * sources work out.
 */
const ROOT = join(import.meta.dirname, "..");

describe("memo table", () => {
  it("loading the modules works out every text; parsing every fixture works out none more, and the build's table holds them all", async () => {
    await collectPatternSources(join(ROOT, "src"), ".ts");
    const loaded = new Map(memoizedTexts());
    expect(loaded.size).toBeGreaterThan(30);
    for (const rel of fixtureInputs()) parseFiling(readFileSync(join(FIXTURES, rel)), { path: rel });
    expect([...memoizedTexts().keys()].filter((id) => !loaded.has(id))).toEqual([]);
    const build = process.env["EDGAR_NT_BUILD"];
    expect(build).toBeDefined();
    const table = (await import(pathToFileURL(join(build ?? "", "dist/core/memo-table.js")).href)).MEMO_TEXTS as BuildTable;
    for (const [id, text] of loaded) expect(table.get(id)).toBe(text);
    const file = JSON.parse(readFileSync(join(build ?? "", "dist/core/memo-table.json"), "utf8")) as unknown;
    expect(file).toEqual([...loaded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
