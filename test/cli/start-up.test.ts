import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { packageVersion } from "../../src/cli/cli.js";

/**
 * Start-up: each command loads only what it needs. Read from the static
 * imports of the sources (`import … from`, not `import type` nor the
 * `import()` a command makes when it runs): what loading `src/cli/cli.ts`
 * loads for `--help` and `--version`, and what a command's own imports
 * bring in.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^"';]*?\s+from\s+)?"([^"]+)"/gm;

/** Every module a module loads through static imports: project files as `src/…`, packages by name. */
function staticClosure(...starts: string[]): Set<string> {
  return closure(starts);
}

/** Modules the build writes over with plain data (their imports are build-time only). */
const BUILD_TABLES = new Set(["src/record/record-table.ts"]);

function closure(starts: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...starts];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith("src/") || BUILD_TABLES.has(file)) continue;
    const text = readFileSync(join(ROOT, file), "utf8");
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[1] as string;
      if (spec.startsWith("node:")) continue;
      if (!spec.startsWith(".")) {
        todo.push(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string));
        continue;
      }
      // A list of types only (`import { type A, type B } from`) loads nothing.
      const names = /^import\s+\{([^}]*)\}/.exec(m[0])?.[1];
      if (names !== undefined && names.split(",").every((n) => n.trim() === "" || n.trim().startsWith("type "))) continue;
      todo.push(relative(ROOT, join(ROOT, dirname(file), spec)).replace(/\.js$/, ".ts"));
    }
  }
  return seen;
}

const HEAVY = ["xregexp", "cheerio", "piscina", "exceljs", "@duckdb/node-api", "unified", "@sinclair/typebox"];

describe("start-up", () => {
  it("--help and --version load the command definitions only: no parser, batch, fetch, link or heavy package", () => {
    const loaded = [...staticClosure("src/cli/cli.ts")];
    expect(loaded.filter((m) => HEAVY.includes(m))).toEqual([]);
    expect(
      loaded.filter((m) => /^src\/(?:batch\/(?!output-lock|output-write-error)|render\/|form\/|fields\/|reasons\/|envelope\/(?!nt-types)|output\/|link\/|edgar-index\/|parse-filing)/.test(m)),
    ).toEqual([]);
    expect(loaded).not.toContain("src/fetch/run-fetch.ts");
  });

  it("inspect loads the parser and its page, not the batch code, the record schema library or the archive readers", () => {
    const source = readFileSync(join(ROOT, "src/cli/inspect-command.ts"), "utf8");
    const lazy = [...source.matchAll(/import\(\s*"([^"]+)"\s*\)/g)].map((m) => relative(ROOT, join(ROOT, "src/cli", m[1] as string)).replace(/\.js$/, ".ts"));
    expect(lazy).toContain("src/parse-filing.ts");
    const loaded = [...staticClosure(...lazy)];
    expect(loaded.filter((m) => m.startsWith("src/batch/") || m.startsWith("src/link/") || ["piscina", "@sinclair/typebox", "tar-stream", "yauzl"].includes(m))).toEqual([]);
  });

  it("the main thread of a batch does not load the parser (the workers do; --jobs 1 imports it when it starts)", () => {
    const loaded = [...staticClosure("src/batch/run-batch.ts")];
    expect(loaded.filter((m) => m === "src/parse-filing.ts" || /^src\/(?:render|form|fields|reasons)\//.test(m) || m === "cheerio")).toEqual([]);
  });

  it("XRegExp is never imported statically: patterns come from the build's table", () => {
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
      );
    const importing = files("src").filter((f) => [...readFileSync(join(ROOT, f), "utf8").matchAll(STATIC_IMPORT)].some((m) => m[1] === "xregexp"));
    expect(importing).toEqual([]);
  });

  it("the build bundles the command line, each module keeping its own file's URL in dist/ (what it finds beside itself)", () => {
    const bundle = join(process.env["EDGAR_NT_BUILD"] as string, "dist", "bundle");
    expect(existsSync(join(bundle, "cli.js"))).toBe(true);
    for (const file of readdirSync(bundle).filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(join(bundle, file), "utf8")
        // packages are found from the bundle's folder as from dist/'s: the same node_modules
        .replace(/(?:createRequire|__bundleRequire)\(import\.meta\.url\)/g, "")
        .replace(/new URL\("\.\.\/[\w/-]+\.js", import\.meta\.url\)\.href/g, "");
      expect(text, file).not.toContain("import.meta.url");
    }
  });

  it("the entry point answers --version alone without loading the command line, as cli() would", () => {
    const bin = readFileSync(join(ROOT, "bin/edgar-nt.js"), "utf8");
    expect(bin).not.toMatch(/^import[^\n]*dist\//m);
    for (const flag of ["--version", "-V"]) {
      const run = spawnSync(process.execPath, [join(ROOT, "bin/edgar-nt.js"), flag], { encoding: "utf8" });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${packageVersion()}\n`);
    }
  });
});
