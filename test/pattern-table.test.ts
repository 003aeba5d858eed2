import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { collectPatternSources } from "../scripts/build/pattern-sources.mjs";
import type { BuildTable } from "../src/core/build-table.js";
import { compiledPatterns } from "../src/core/pattern.js";
import { parseFiling } from "../src/parse-filing.js";
import { FIXTURES, fixtureInputs } from "./helpers/fixture-inputs.js";

/**
 * The build's pattern table (scripts/build-patterns.mjs): patterns are
 * composed with XRegExp at build time, by loading every module, and looked
 * up at run time. It is complete only if every pattern is made when its
 * module loads (none on demand while parsing), and it must hold what
 * XRegExp makes of the current sources.
 */
const ROOT = join(import.meta.dirname, "..");

describe("pattern table", () => {
  it("loading the modules compiles every pattern; parsing every fixture compiles none more", async () => {
    const loaded = await collectPatternSources(join(ROOT, "src"), ".ts");
    expect(loaded.size).toBeGreaterThan(200);
    expect(compiledPatterns().size).toBeGreaterThanOrEqual(loaded.size);
    for (const rel of fixtureInputs()) parseFiling(readFileSync(join(FIXTURES, rel)), { path: rel });
    expect([...compiledPatterns().keys()].filter((source) => !loaded.has(source))).toEqual([]);
  });

  it("the build's table holds every pattern of the sources, as XRegExp compiles it", async () => {
    const loaded = await collectPatternSources(join(ROOT, "src"), ".ts");
    const build = process.env["EDGAR_NT_BUILD"];
    expect(build).toBeDefined();
    const table = (await import(pathToFileURL(join(build as string, "dist/core/pattern-table.js")).href)) as { NATIVE_SOURCES: BuildTable };
    for (const [source, native] of loaded) expect(table.NATIVE_SOURCES.get(source)).toBe(native);
    const file = JSON.parse(readFileSync(join(build as string, "dist/core/pattern-table.json"), "utf8")) as unknown;
    expect(file).toEqual([...loaded]);
  });
});
