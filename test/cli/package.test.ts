/*
 * What a user gets: the quick start's extract prints only the data (no npm
 * banner in the CSV), and the npm package holds the documents the README
 * links to and the license package.json names.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { builtCli } from "../helpers/test-build.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";

let BIN = "";
beforeAll(() => {
  BIN = builtCli();
}, 200_000);

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("the package", () => {
  it("the quick start's extract command prints only the CSV on standard output", () => {
    const quickStart = /```sh\n(npm install[^\n]*)\n```/.exec(readme)?.[1] ?? "";
    const run = quickStart.split("&&")[1]?.trim() ?? "";
    expect(run).toBe("npm start --silent");
    // A clone whose bin/ and dist/ are the current build.
    const clone = tempDir();
    copyFileSync(join(ROOT, "package.json"), join(clone, "package.json"));
    symlinkSync(dirname(BIN), join(clone, "bin"));
    symlinkSync(join(ROOT, "fixtures"), join(clone, "fixtures"));
    const result = spawnSync("npm", run.split(" ").slice(1), { cwd: clone, encoding: "utf8", timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^schema_version,source_path,/);
    expect(result.stdout).not.toContain("> edgar-nt@");
    expect(parse(result.stdout, { columns: true })).toHaveLength(5);
  }, 150_000);

  it("ships the license and every local document the README links to", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(packed.status, packed.stderr).toBe(0);
    const files = new Set((JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path));
    expect(files.has("LICENSE")).toBe(true);
    const links = [...readme.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) {
      expect(existsSync(join(ROOT, link)), link).toBe(true);
      expect(files.has(link), `${link} is not in the package`).toBe(true);
    }
  }, 90_000);
});
