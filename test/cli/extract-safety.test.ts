/*
 * Inputs are never written, outputs never corrupted: the checks made before
 * a run writes anything, the lock on --out, and the inputs that are not
 * files (named pipes, devices, links inside a zip). The same through real
 * processes (pipes, disk full, two runs at once) is in process-faults.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { lockOutput, lockPath } from "../../src/batch/output-lock.js";
import { zipArchive } from "../helpers/fuzz-archives.js";
import { jsonLines, tempDir } from "../batch/batch-helpers.js";
import { IGENE, bytesOf, io, samplesCopy } from "./cli-helpers.js";

type Listed = { path: string; ruleId: string; kind: string };

describe("inputs are never written", () => {
  it("refuses --out naming an input file, and leaves the input as it was", async () => {
    const { dir, input } = samplesCopy();
    const notice = join(input, "igene-nt10k-1998.txt");
    const before = bytesOf(notice);
    const world = io(dir);
    expect(await cli(["extract", "-f", "csv", "-o", "in/igene-nt10k-1998.txt", "in/igene-nt10k-1998.txt"], world)).toBe(2);
    expect(bytesOf(notice).equals(before)).toBe(true);
    expect(world.err()).toContain("in/igene-nt10k-1998.txt");
    expect(world.err()).toMatch(/--out in\/igene-nt10k-1998\.txt is the input in\/igene-nt10k-1998\.txt/);
    expect(existsSync(`${notice}.progress`)).toBe(false);
  });

  it("refuses --out through a link to an input, and a hard link to one", async () => {
    const { dir, input } = samplesCopy();
    symlinkSync(join(input, "igene-nt10k-1998.txt"), join(dir, "link.txt"));
    spawnSync("ln", [join(input, "igene-nt10k-1998.txt"), join(dir, "hard.txt")]);
    const before = bytesOf(join(input, "igene-nt10k-1998.txt"));
    for (const out of ["link.txt", "hard.txt"]) {
      const world = io(dir);
      expect(await cli(["extract", "-o", out, "in/igene-nt10k-1998.txt"], world), out).toBe(2);
    }
    expect(bytesOf(join(input, "igene-nt10k-1998.txt")).equals(before)).toBe(true);
  });

  it("refuses --out, --errors or their progress files inside an input folder", async () => {
    const { dir } = samplesCopy();
    for (const args of [
      ["-o", "in/out.jsonl"],
      ["-o", "in/sub/../out.jsonl"],
      ["--errors", "in/errors.jsonl"],
      ["-o", "./in/x.csv"],
    ]) {
      const world = io(dir);
      expect(await cli(["extract", ...args, "in"], world), args.join(" ")).toBe(2);
      expect(world.err()).toMatch(/lies inside the input folder in/);
    }
    expect(existsSync(join(dir, "in/out.jsonl"))).toBe(false);
    expect(existsSync(join(dir, "in/errors.jsonl"))).toBe(false);
  });

  it("names the output as given when its folder is missing, and exits 2", async () => {
    const dir = tempDir();
    const world = io(dir);
    expect(await cli(["extract", "-o", "missing-dir/x.csv", IGENE], world)).toBe(2);
    expect(world.err()).toContain("missing-dir/x.csv");
    expect(world.err()).toContain("the folder missing-dir does not exist");
    expect(world.err()).not.toContain(".tmp");
  });
});

describe("the lock on --out", () => {
  it("refuses a second run on an output another run holds, with exit status 3", async () => {
    const dir = tempDir();
    const out = join(dir, "out.jsonl");
    const held = await lockOutput(out);
    try {
      const world = io(dir);
      expect(await cli(["extract", "--jobs", "1", "-o", "out.jsonl", IGENE], world)).toBe(3);
      expect(world.err()).toMatch(/out\.jsonl is being written by another run \(process \d+/);
      expect(world.err()).toContain("out.jsonl.lock");
      expect(existsSync(out)).toBe(false);
    } finally {
      await held.release();
    }
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "-o", "out.jsonl", IGENE], world)).toBe(0);
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it("takes over the lock of a run that was killed", async () => {
    const dir = tempDir();
    const out = join(dir, "out.jsonl");
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const { hostname } = await import("node:os");
    writeFileSync(lockPath(out), JSON.stringify({ pid: Number(gone.stdout.trim()), host: hostname(), started: "earlier" }) + "\n");
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "-o", "out.jsonl", IGENE], world), world.err()).toBe(0);
    expect(jsonLines(readFileSync(out, "utf8"))).toHaveLength(1);
  });
});

describe("inputs that are not files", () => {
  it("lists a named pipe inside a folder as skipped (source-not-file)", async () => {
    const dir = tempDir();
    const input = join(dir, "in");
    mkdirSync(input);
    writeFileSync(join(input, "a.txt"), readFileSync(IGENE));
    expect(spawnSync("mkfifo", [join(input, "b-pipe")]).status).toBe(0);
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "--errors", "errors.jsonl", "in"], world)).toBe(0);
    expect(jsonLines<Listed>(readFileSync(join(dir, "errors.jsonl"), "utf8"))).toEqual([
      { path: "in/b-pipe", ruleId: "source-not-file", kind: "skip", reason: "a named pipe, not a regular file; not read" },
    ]);
  });

  it("refuses a device given as a path instead of reading it", async () => {
    const world = io(tempDir());
    expect(await cli(["extract", "--jobs", "1", "/dev/zero"], world)).toBe(1);
    expect(world.err()).toContain("/dev/zero: failed (source-not-file)");
  });

  it("reads a named pipe with no writer as empty, without waiting", async () => {
    const dir = tempDir();
    expect(spawnSync("mkfifo", [join(dir, "pipe")]).status).toBe(0);
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "--errors", "errors.jsonl", "pipe"], world)).toBe(0);
    expect(jsonLines<Listed>(readFileSync(join(dir, "errors.jsonl"), "utf8")).map((e) => e.ruleId)).toEqual(["empty-input"]);
  });

  it("skips symbolic-link entries of a zip: a link's body is its target path, not a filing", async () => {
    const dir = tempDir();
    const notice = readFileSync(IGENE);
    writeFileSync(
      join(dir, "links.zip"),
      zipArchive([
        { name: "feed/1.txt", data: notice, unixMode: 0o100644 },
        { name: "feed/passwd", data: Buffer.from("/etc/passwd"), unixMode: 0o120777 },
        { name: "feed/notice-link.txt", data: Buffer.from("1.txt"), unixMode: 0o120777 },
        { name: "feed/2.txt", data: notice },
      ]),
    );
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "--errors", "errors.jsonl", "links.zip"], world)).toBe(0);
    const records = jsonLines<{ source: { path: string } }>(world.out());
    expect(records.map((r) => r.source.path)).toEqual(["links.zip!feed/1.txt", "links.zip!feed/2.txt"]);
    expect(readFileSync(join(dir, "errors.jsonl"), "utf8")).toBe("");
  });
});
