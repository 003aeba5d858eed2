import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * No dead exports: every value a module of src/ exports is imported by
 * another module (of src/, test/ or scripts/) or is part of the library's
 * API (src/index.ts). Patterns too: the pattern-timing suite reads them by
 * folder, not by name, so an unused pattern shows here.
 */
const ROOT = join(import.meta.dirname, "..");

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : files(rel);
    return /\.(ts|mts|mjs|js)$/.test(e.name) ? [rel] : [];
  });
}

/** Exported values; types are left out (an exported type names the shape of an exported value's parameters or result). */
const EXPORT = /^export (?:declare )?(?:async )?(?:function\*?|const|let|class|enum) ([A-Za-z0-9_$]+)/gm;
const IMPORT = /(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*"([^"]+)"/g;

describe("exports", () => {
  it("every export of src/ is used elsewhere or is library API", () => {
    const all = [...files("src"), ...files("test"), ...files("scripts"), "bin/edgar-nt.js"];
    const sources = new Map(all.map((f) => [f, readFileSync(join(ROOT, f), "utf8")]));
    /** Names imported by each file from each module, keyed by `module#name`. */
    const used = new Set<string>();
    for (const [file, text] of sources) {
      for (const m of text.matchAll(IMPORT)) {
        if (!m[2]?.startsWith(".")) continue;
        // bin/ loads the build: dist/x.js stands for src/x.ts.
        const target = relative(ROOT, join(ROOT, file, "..", m[2])).replace(/^dist\//, "src/").replace(/\.js$/, ".ts");
        for (const part of (m[1] ?? "").split(",")) {
          const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0];
          if (name) used.add(`${target}#${name}`);
        }
      }
      // Dynamic imports of a module use all its exports (the worker, the parser loaded on demand).
      for (const m of text.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) {
        if (m[1]?.startsWith(".")) used.add(`${relative(ROOT, join(ROOT, file, "..", m[1])).replace(/^dist\//, "src/").replace(/\.js$/, ".ts")}#*`);
      }
    }
    const dead: string[] = [];
    for (const [file, text] of sources) {
      if (!file.startsWith("src/") || file.endsWith(".test.ts") || file === "src/index.ts") continue;
      if (used.has(`${file}#*`)) continue;
      for (const m of text.matchAll(EXPORT)) {
        const name = m[1] as string;
        if (!used.has(`${file}#${name}`) && file !== "src/batch/parse-worker.ts") dead.push(`${file}: ${name}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
