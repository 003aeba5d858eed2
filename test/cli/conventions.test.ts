/* The conventions of command-line tools: version, usage, - as data, lists of paths, patterns, byte counts. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { parseByteCount } from "../../src/cli/extract-command.js";
import { ROOT, jsonLines, tempDir } from "../batch/batch-helpers.js";
import { IGENE, io } from "./cli-helpers.js";

type Rec = { source: { path: string } };
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("conventions", () => {
  it.each([["--version"], ["-V"]])("%s prints the version", async (flag) => {
    const world = io(ROOT);
    expect(await cli([flag], world)).toBe(0);
    expect(world.out()).toBe(`${pkg.version}\n`);
  });

  it("prints the usage to standard error and exits 2 without arguments", async () => {
    const world = io(ROOT);
    expect(await cli([], world)).toBe(2);
    expect(world.out()).toBe("");
    expect(world.err()).toContain("Usage: edgar-nt");
  });

  it("takes -o - as standard output, not a file named -", async () => {
    const dir = tempDir();
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "-o", "-", IGENE], world)).toBe(0);
    expect(jsonLines(world.out())).toHaveLength(1);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("reads one filing's bytes from standard input for extract -", async () => {
    const world = io(ROOT, readFileSync(IGENE));
    expect(await cli(["extract", "--jobs", "1", "-"], world), world.err()).toBe(0);
    const records = jsonLines<Rec & { registrant: { name: string } }>(world.out());
    expect(records.map((r) => r.source.path)).toEqual(["-"]);
    expect(records[0]?.registrant.name).toMatch(/IGENE/);
    expect(world.err()).not.toContain("ENOENT");
  });

  it("reads a list of paths with --paths-from FILE, after the arguments", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "list.txt"), `${IGENE}\r\n\n${join(ROOT, "fixtures/samples/Luke-Bradford_domo_nt10q.htm")}\n`);
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "--paths-from", "list.txt"], world), world.err()).toBe(0);
    expect(jsonLines<Rec>(world.out()).map((r) => r.source.path)).toEqual([IGENE, join(ROOT, "fixtures/samples/Luke-Bradford_domo_nt10q.htm")]);
  });

  it("refuses standard input as both a filing and the list of paths", async () => {
    const world = io(ROOT);
    expect(await cli(["extract", "-", "--paths-from", "-"], world)).toBe(2);
  });

  it("expands glob patterns itself, in name order", async () => {
    const world = io(ROOT);
    expect(await cli(["extract", "--jobs", "1", "fixtures/samples/*.htm"], world), world.err()).toBe(0);
    expect(jsonLines<Rec>(world.out()).map((r) => r.source.path)).toEqual([
      "fixtures/samples/0001213900-26-083374.htm",
      "fixtures/samples/0001213900-26-090471.htm",
      "fixtures/samples/Luke-Bradford_domo_nt10q.htm",
      "fixtures/samples/Luke-Bradford_quantum_nt10k.htm",
    ]);
  });

  it("takes decimals in --max-bytes", async () => {
    expect(parseByteCount("1.5M")).toBe(1.5 * 1024 * 1024);
    expect(parseByteCount("0.5k")).toBe(512);
    expect(parseByteCount("0")).toBeNull();
    const world = io(ROOT);
    expect(await cli(["extract", "--jobs", "1", "--max-bytes", "1.5M", IGENE], world), world.err()).toBe(0);
  });
});
