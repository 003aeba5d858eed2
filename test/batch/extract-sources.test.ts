import { copyFileSync, readFileSync, symlinkSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch, type BatchOptions } from "../../src/batch/run-batch.js";
import { cli } from "../../src/cli/cli.js";
import {
  ARCHIVES,
  PARSED_NAMES,
  REAL,
  REAL_NAMES,
  jsonLines,
  memoryIo,
  recordingParser,
  sha256,
  tempDir,
} from "./batch-helpers.js";

/** Runs a batch with the stand-in parser; returns the output, errors file lines and what was parsed. */
async function run(paths: string[], extra: Partial<BatchOptions> = {}, stdin = "") {
  const parser = recordingParser();
  const io = memoryIo(stdin);
  const errors = join(tempDir(), "errors.jsonl");
  const result = await runBatch(
    { paths, format: "jsonl", out: null, errors, jobs: 1, forms: null, resume: false, maxBytes: 8 << 20, parser, ...extra },
    io,
  );
  const errorLines = jsonLines<{ path: string; reason: string; ruleId: string; kind: string }>(readFileSync(errors, "utf8"));
  return { result, io, parser, records: jsonLines<{ source: { path: string; sha256: string } }>(io.out()), errorLines };
}

const realBytes = (name: string): Buffer => readFileSync(join(REAL, name));

describe("sources", () => {
  it("walks a folder in name order and skips other forms unparsed", async () => {
    const { result, records, parser, errorLines } = await run([REAL]);
    expect(result.exitCode).toBe(0);
    expect(records.map((r) => r.source.path)).toEqual(PARSED_NAMES.map((n) => `${REAL}/${n}`));
    expect(parser.seen.map((t) => t.path)).toEqual(PARSED_NAMES.map((n) => `${REAL}/${n}`));
    expect(errorLines.map((e) => [e.path, e.ruleId, e.kind])).toEqual([
      [`${REAL}/0000950129-95-001652.txt`, "not-12b25", "skip"],
      [`${REAL}/0001127602-25-001055.txt`, "not-12b25", "skip"],
      [`${REAL}/0002002260-24-000001.nc`, "not-12b25", "skip"],
    ]);
    for (const task of parser.seen) {
      expect(sha256(task.bytes)).toBe(sha256(realBytes(task.path.slice(REAL.length + 1))));
    }
  });

  it.each(["feed.tar", "feed.tar.gz", "feed.zip"])("reads %s entry by entry, bytes intact, paths archive!entry", async (name) => {
    const { result, records, parser, errorLines } = await run([`${ARCHIVES}/${name}`]);
    expect(result.exitCode).toBe(0);
    expect(records.map((r) => r.source.path)).toEqual(PARSED_NAMES.map((n) => `${ARCHIVES}/${name}!feed/${n}`));
    expect(errorLines).toHaveLength(3);
    for (const task of parser.seen) {
      expect(sha256(task.bytes)).toBe(sha256(realBytes(task.path.slice(task.path.lastIndexOf("/") + 1))));
    }
  });

  it("reads a .tgz as a tar.gz and a single .gz as one filing", async () => {
    const dir = tempDir();
    copyFileSync(`${ARCHIVES}/feed.tar.gz`, join(dir, "feed.tgz"));
    const tgz = await run([join(dir, "feed.tgz")]);
    expect(tgz.records).toHaveLength(PARSED_NAMES.length);
    const gz = await run([`${ARCHIVES}/igene-nt10k-1998.txt.gz`]);
    expect(gz.records.map((r) => r.source.path)).toEqual([`${ARCHIVES}/igene-nt10k-1998.txt.gz`]);
    expect(gz.records[0]?.source.sha256).toBe(sha256(realBytes("igene-nt10k-1998.txt")));
  });

  it("reads a list of paths from standard input with --paths-from -", async () => {
    const list = `${REAL}/igene-nt10k-1998.txt\r\n\n${ARCHIVES}/feed.zip\n`;
    const io = memoryIo(list);
    expect(await cli(["extract", "--jobs", "1", `${REAL}/0001213900-26-083374.htm`, "--paths-from", "-"], io)).toBe(0);
    const records = jsonLines<{ source: { path: string } }>(io.out());
    expect(records.map((r) => r.source.path)).toEqual([
      `${REAL}/0001213900-26-083374.htm`,
      `${REAL}/igene-nt10k-1998.txt`,
      ...PARSED_NAMES.map((n) => `${ARCHIVES}/feed.zip!feed/${n}`),
    ]);
  });

  it("skips inputs over --max-bytes without loading them, in files and archives", async () => {
    const { records, parser, errorLines } = await run([REAL, `${ARCHIVES}/feed.tar.gz`, `${ARCHIVES}/igene-nt10k-1998.txt.gz`], {
      maxBytes: 6000,
    });
    expect(records).toHaveLength(0);
    expect(parser.seen).toHaveLength(0);
    const tooLarge = errorLines.filter((e) => e.ruleId === "source-too-large");
    // Every input is over 6,000 bytes. Where the size is known up front (files, tar and zip
    // entries) nothing is read; the single .gz stops decompressing once it passes the limit.
    expect(tooLarge.map((e) => e.path)).toContain(`${REAL}/igene-nt10k-1998.txt`);
    expect(tooLarge.map((e) => e.path)).toContain(`${ARCHIVES}/feed.tar.gz!feed/Luke-Bradford_domo_nt10q.htm`);
    expect(tooLarge.map((e) => e.path)).toContain(`${ARCHIVES}/igene-nt10k-1998.txt.gz`);
    expect(errorLines.every((e) => e.kind === "skip")).toBe(true);
  });

  it("selects submission types with --forms", async () => {
    const { records, errorLines } = await run([REAL], { forms: ["nt 10-q"] });
    expect(records.map((r) => r.source.path)).toEqual([
      `${REAL}/0001213900-26-090471.htm`,
      `${REAL}/Luke-Bradford_domo_nt10q.htm`,
      `${REAL}/igene-nt10k-1998.txt`, // no type visible: the parser decides
    ]);
    expect(errorLines.filter((e) => e.ruleId === "form-not-selected").map((e) => e.path)).toEqual([
      `${REAL}/0001213900-26-083374.htm`,
      `${REAL}/Luke-Bradford_quantum_nt10k.htm`,
    ]);
  });
});

describe("failures", () => {
  it("lists damaged archives, goes on, and exits 1", async () => {
    const dir = tempDir();
    const tgz = readFileSync(`${ARCHIVES}/feed.tar.gz`);
    writeFileSync(join(dir, "a-truncated.tar.gz"), tgz.subarray(0, 12000));
    writeFileSync(join(dir, "b-truncated.zip"), readFileSync(`${ARCHIVES}/feed.zip`).subarray(0, 20000));
    const zip = Buffer.from(readFileSync(`${ARCHIVES}/feed.zip`));
    zip.fill(0x78, 3000, 3100); // inside the first entry's compressed data
    writeFileSync(join(dir, "c-damaged.zip"), zip);
    writeFileSync(join(dir, "d-not-gzip.tar.gz"), "plain text, not gzip\n");
    copyFileSync(`${REAL}/igene-nt10k-1998.txt`, join(dir, "e-good.txt"));
    const { result, records, errorLines, io } = await run([dir]);
    expect(result.exitCode).toBe(1);
    const failures = errorLines.filter((e) => e.kind === "failure");
    expect(failures.map((e) => [e.path.slice(dir.length + 1), e.ruleId])).toEqual([
      ["a-truncated.tar.gz!feed/0002002260-24-000001.nc", "archive-corrupt"],
      ["b-truncated.zip", "archive-corrupt"],
      ["c-damaged.zip!feed/0000950129-95-001652.txt", "archive-corrupt"],
      ["d-not-gzip.tar.gz", "archive-corrupt"],
    ]);
    expect(failures.every((f) => f.reason.length > 0)).toBe(true);
    // Entries before the damage, the rest of the damaged zip, and later inputs are all read.
    const paths = records.map((r) => r.source.path.slice(dir.length + 1));
    expect(paths).toContain("a-truncated.tar.gz!feed/0001213900-26-090471.htm");
    expect(paths).toContain("c-damaged.zip!feed/igene-nt10k-1998.txt");
    expect(paths[paths.length - 1]).toBe("e-good.txt");
    // Failures are named on standard error too.
    expect(io.err()).toContain("b-truncated.zip");
  });

  it("reports symlink loops and missing paths, and goes on", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    copyFileSync(`${REAL}/igene-nt10k-1998.txt`, join(dir, "a", "filing.txt"));
    symlinkSync("..", join(dir, "a", "up")); // back to an ancestor
    symlinkSync("self", join(dir, "self")); // a link to itself (ELOOP)
    symlinkSync("nowhere", join(dir, "dangling"));
    const { result, records, errorLines } = await run([dir, join(dir, "missing.txt")]);
    expect(result.exitCode).toBe(1);
    expect(records.map((r) => r.source.path)).toEqual([`${dir}/a/filing.txt`]);
    expect(errorLines.map((e) => [e.path.slice(dir.length + 1), e.ruleId, e.kind])).toEqual([
      ["a/up", "source-symlink-loop", "failure"],
      ["dangling", "source-unreadable", "failure"],
      ["self", "source-symlink-loop", "failure"],
      ["missing.txt", "source-unreadable", "failure"],
    ]);
  });
});

describe("output", () => {
  it("writes valid JSON and CSV, and counts earlier notices of a CIK", async () => {
    const json = await runBatchText([REAL, REAL], "json");
    const parsed = JSON.parse(json) as { filing: { cik: string | null }; history: { priorNotices: number | null; firstTime: boolean | null } }[];
    expect(parsed).toHaveLength(PARSED_NAMES.length * 2);
    // The stand-in gives both 0001213900-26-* filings the CIK 0001213900, the others none.
    const sameCik = parsed.filter((r) => r.filing.cik === "0001213900").map((r) => r.history);
    expect(sameCik).toEqual([
      { priorNotices: 0, firstTime: true, priorNotices12m: null },
      { priorNotices: 1, firstTime: false, priorNotices12m: null },
      { priorNotices: 2, firstTime: false, priorNotices12m: null },
      { priorNotices: 3, firstTime: false, priorNotices12m: null },
    ]);
    const noCik = parsed.filter((r) => r.filing.cik === null).map((r) => r.history);
    expect(noCik.every((h) => h.priorNotices === null && h.firstTime === null)).toBe(true);
    const csv = await runBatchText([REAL], "csv");
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]?.startsWith("schema_version,source_path,")).toBe(true);
    expect(lines).toHaveLength(1 + PARSED_NAMES.length);
  });

  it("prints a summary, and no progress bar when stderr is not a terminal", async () => {
    const { io } = await run([REAL]);
    expect(io.err()).not.toContain("\r");
    expect(io.err()).toContain("8 inputs seen, 5 records, 3 skipped, 0 failed");
    expect(io.err()).toContain("not-12b25 3");
    expect(io.err()).toContain("field-missing 5");
  });

  it("draws progress when stderr is a terminal", async () => {
    const io = memoryIo("", true);
    await runBatch(
      { paths: [REAL], format: "jsonl", out: null, errors: null, jobs: 1, forms: null, resume: false, maxBytes: 8 << 20, parser: recordingParser() },
      io,
    );
    expect(io.err()).toContain("\r");
  });
});

describe("command line", () => {
  it.each([
    [["extract", "--resume", REAL]],
    [["extract", "--jobs", "0", REAL]],
    [["extract", "--max-bytes", "lots", REAL]],
    [["extract", "--format", "xml", REAL]],
    [["extract"]],
  ])("exits 2 on a usage error: %j", async (argv) => {
    const io = memoryIo();
    expect(await cli(argv, io)).toBe(2);
  });

  it("exits 0 when every input was processed, skips included, and 1 on a failure", async () => {
    const dir = tempDir();
    expect(await cli(["extract", "--jobs", "1", "--errors", join(dir, "e.jsonl"), REAL], memoryIo())).toBe(0);
    expect(await cli(["extract", "--jobs", "1", join(dir, "missing")], memoryIo())).toBe(1);
  });
});

async function runBatchText(paths: string[], format: "json" | "csv"): Promise<string> {
  const io = memoryIo();
  await runBatch(
    { paths, format, out: null, errors: null, jobs: 1, forms: null, resume: false, maxBytes: 8 << 20, parser: recordingParser() },
    io,
  );
  return io.out();
}

describe("standard error", () => {
  it("names skips there with --verbose when no errors file is given", async () => {
    const io = memoryIo();
    await runBatch(
      { paths: [REAL], format: "jsonl", out: null, errors: null, jobs: 1, forms: null, resume: false, maxBytes: 8 << 20, parser: recordingParser(), verbosity: "verbose" },
      io,
    );
    expect(io.err()).toContain(`${REAL}/0001127602-25-001055.txt: skipped (not-12b25)`);
  });
});

describe("tar entries", () => {
  it("reads regular files only: folders and links inside a tar are not inputs", async () => {
    const { pack } = await import("tar-stream");
    const { createWriteStream } = await import("node:fs");
    const { pipeline } = await import("node:stream/promises");
    const dir = tempDir();
    const tar = pack();
    const written = pipeline(tar, createWriteStream(join(dir, "mixed.tar")));
    tar.entry({ name: "feed/", type: "directory" });
    tar.entry({ name: "feed/link.txt", type: "symlink", linkname: "igene.txt" });
    tar.entry({ name: "feed/igene.txt" }, realBytes("igene-nt10k-1998.txt"));
    tar.entry({ name: "feed/empty.txt" }, Buffer.alloc(0));
    tar.finalize();
    await written;
    const { records, errorLines } = await run([join(dir, "mixed.tar")]);
    expect(records.map((r) => r.source.path)).toEqual([`${dir}/mixed.tar!feed/igene.txt`, `${dir}/mixed.tar!feed/empty.txt`]);
    expect(errorLines).toEqual([]);
  });
});

describe("folder walks", () => {
  it("reads a folder reached through two links once, and names it as a skip", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "real"));
    copyFileSync(`${REAL}/igene-nt10k-1998.txt`, join(dir, "real", "filing.txt"));
    symlinkSync("real", join(dir, "a-link"));
    symlinkSync("real", join(dir, "b-link"));
    const { result, records, errorLines } = await run([dir]);
    expect(result.exitCode).toBe(0);
    expect(records.map((r) => r.source.path)).toEqual([`${dir}/a-link/filing.txt`]);
    expect(errorLines.map((e) => [e.path.slice(dir.length + 1), e.ruleId, e.kind])).toEqual([
      ["b-link", "source-folder-repeated", "skip"],
      ["real", "source-folder-repeated", "skip"],
    ]);
  });

  it("opens a file whose name is not UTF-8 by its bytes", async () => {
    const dir = tempDir();
    const name = Buffer.concat([Buffer.from(`${dir}/d`), Buffer.from([0xe9]), Buffer.from("p\u00f4t.txt")]);
    writeFileSync(name, realBytes("igene-nt10k-1998.txt"));
    const { result, records } = await run([dir]);
    expect(result.exitCode).toBe(0);
    expect(records.map((r) => r.source.path)).toEqual([`${dir}/d\ufffdp\u00f4t.txt`]);
    expect(records[0]?.source.sha256).toBe(sha256(realBytes("igene-nt10k-1998.txt")));
  });
});
