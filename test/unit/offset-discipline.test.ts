import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Every source file of src/ but the unit tests, as [path relative to src/, text]. */
function sources(dir = SRC): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): [string, string][] => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    if (!e.name.endsWith(".ts") || e.name.endsWith(".test.ts")) return [];
    return [[relative(SRC, path), readFileSync(path, "utf8")]];
  });
}

/** The files of src/ where `re` occurs. */
function filesWith(re: RegExp): string[] {
  return sources()
    .filter(([, text]) => re.test(text))
    .map(([path]) => path)
    .sort();
}

describe("coordinate spaces (src/core/offset-space.ts)", () => {
  it("gives a number a space only in that space's constructor module", () => {
    for (const space of ["Input", "Body", "Derived", "LongText"]) {
      const module = `core/${space.replace(/(?<=.)([A-Z])/g, "-$1").toLowerCase()}-offset.ts`;
      expect(filesWith(new RegExp(`\\bas\\s+${space}Offset\\b`)), space).toEqual([module]);
    }
    expect(filesWith(/\bas\s+Offset\s*</)).toEqual([]);
  });

  it("moves an offset from one space to another only through core/offset-maps.ts", () => {
    expect(filesWith(/\.toSource\s*\(/)).toEqual(["core/offset-maps.ts"]);
  });
});
