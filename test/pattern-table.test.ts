import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { collectPatternSources } from "../scripts/build/pattern-sources.mjs";
import { compiledPatterns } from "../src/core/pattern.js";
import { parseFiling } from "../src/parse-filing.js";

/**
 * The build's pattern table (scripts/build-patterns.mjs): patterns are
 * composed with XRegExp at build time, by loading every module, and looked
 * up at run time. It is complete only if every pattern is made when its
 * module loads (none on demand while parsing), and it must hold what
 * XRegExp makes of the current sources.
 */
const ROOT = join(import.meta.dirname, "..");

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? fixtureFiles(join(dir, e.name)) : /\.(?:txt|htm|html|nc)$/i.test(e.name) ? [join(dir, e.name)] : []));
}

describe("pattern table", () => {
  it("loading the modules compiles every pattern; parsing every fixture compiles none more", async () => {
    const loaded = await collectPatternSources(join(ROOT, "src"), ".ts");
    expect(loaded.size).toBeGreaterThan(200);
    expect(compiledPatterns().size).toBeGreaterThanOrEqual(loaded.size);
    for (const file of fixtureFiles(join(ROOT, "fixtures"))) parseFiling(readFileSync(file), { path: file });
    expect([...compiledPatterns().keys()].filter((source) => !loaded.has(source))).toEqual([]);
  });

  it("the build's table holds every pattern of the sources, as XRegExp compiles it", async () => {
    const loaded = await collectPatternSources(join(ROOT, "src"), ".ts");
    const build = process.env["EDGAR_NT_BUILD"];
    expect(build).toBeDefined();
    const table = (await import(pathToFileURL(join(build as string, "dist/core/pattern-table.js")).href)) as { NATIVE_SOURCES: Map<string, string> };
    expect(table.NATIVE_SOURCES).toEqual(loaded);
  });
});
