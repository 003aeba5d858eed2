import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { parseShard } from "../../src/cli/extract-command.js";
import { shardPaths } from "../../src/input/shard-paths.js";
import { ARCHIVES, memoryIo, tempDir } from "./batch-helpers.js";

/**
 * `extract --shard K/N`: each top-level path goes whole to one shard, by a
 * stable hash of the path as given, so N runs with the same arguments (on N
 * machines) read every input exactly once between them.
 */

/** Files, folders and archives as a feed job would name them. */
const INPUTS = [
  ...readdirSync("fixtures/samples")
    .sort()
    .map((n) => join("fixtures/samples", n)),
  "fixtures/excerpts",
  "fixtures/constructed/layout",
  "fixtures/constructed/marks",
  "fixtures/constructed/types",
  "fixtures/batch/real",
  join(ARCHIVES, "feed.tar.gz"),
  join(ARCHIVES, "feed.zip"),
  join(ARCHIVES, "igene-nt10k-1998.txt.gz"),
];

/** One extract run in this process: its JSON Lines records and its errors file's lines. */
async function extract(args: string[]): Promise<{ code: number; records: string[]; errors: string[] }> {
  const io = memoryIo();
  const errors = join(tempDir(), "errors.jsonl");
  const code = await cli(["extract", "--jobs", "1", "--format", "jsonl", "--errors", errors, ...args], io);
  const lines = (text: string): string[] => text.split("\n").filter((l) => l.length > 0);
  return { code, records: lines(io.out()), errors: lines(readFileSync(errors, "utf8")) };
}

describe("--shard", () => {
  it("four shards together write exactly the records and errors of one unsharded run", async () => {
    const whole = await extract(INPUTS);
    expect(whole.records.length).toBeGreaterThan(50);
    const shards = [];
    for (let k = 1; k <= 4; k++) shards.push(await extract([...INPUTS, "--shard", `${k}/4`]));
    // Every shard has a share of this many inputs, and each share keeps input order.
    for (const shard of shards) {
      expect(shard.code).toBe(whole.code);
      expect(shard.records.length).toBeGreaterThan(0);
      expect(whole.records.filter((r) => shard.records.includes(r))).toEqual(shard.records);
    }
    const sorted = (lines: string[]): string[] => [...lines].sort();
    expect(sorted(shards.flatMap((s) => s.records))).toEqual(sorted(whole.records));
    expect(sorted(shards.flatMap((s) => s.errors))).toEqual(sorted(whole.errors));
  });

  it("gives each path to one shard, whole, by its text alone", () => {
    const paths = Array.from({ length: 1000 }, (_, i) => `feed/${2000 + (i % 25)}/QTR${(i % 4) + 1}/${i}.nc.tar.gz`);
    const shares = [1, 2, 3, 4, 5, 6, 7].map((index) => shardPaths(paths, { index, count: 7 }));
    expect(shares.flat().sort()).toEqual([...paths].sort());
    // The split is even enough to spread a feed over machines.
    for (const share of shares) expect(share.length).toBeGreaterThan(1000 / 7 / 2);
    // Stable across runs and machines: a fixed path always lands in the same shard.
    const fixed = ["feed/2024/QTR1/20240102.nc.tar.gz", "feed/2024/QTR2/20240401.nc.tar.gz", "a.txt"];
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((index) => shardPaths(fixed, { index, count: 8 }))).toEqual([[], [fixed[1]], [], [fixed[0]], [], [], [fixed[2]], []]);
    expect(shardPaths(paths, { index: 3, count: 7 })).toEqual(shares[2]);
  });

  it("takes K/N with 1 ≤ K ≤ N and refuses anything else (exit 2)", async () => {
    expect(parseShard("3/8")).toEqual({ index: 3, count: 8 });
    expect(parseShard(" 1/1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "1/0", "1", "a/b", "1/4/2", "-1/4", "1.5/4"]) expect(parseShard(bad)).toBeNull();
    const io = memoryIo();
    expect(await cli(["extract", "fixtures/samples", "--shard", "5/4"], io)).toBe(2);
    expect(io.err()).toContain("--shard");
  });

  it("a shard that gets no path writes an empty output and succeeds", async () => {
    const one = ["fixtures/samples/igene-nt10k-1998.txt"];
    const empty = [1, 2].find((k) => shardPaths(one, { index: k, count: 2 }).length === 0) as number;
    const run = await extract([...one, "--shard", `${empty}/2`]);
    expect(run).toEqual({ code: 0, records: [], errors: [] });
  });
});
