/*
 * Standard error is for people: inputs that are simply not notices are
 * counted in the summary, not listed; --verbose lists them, --quiet leaves
 * only failures, --errors and --summary keep everything in files. The
 * summary's wording (one input, a rate never 0) and the progress line over
 * folders (a total and the time left).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch, type BatchOptions } from "../../src/batch/run-batch.js";
import { formatSummary } from "../../src/batch/batch-stats.js";
import { createProgress } from "../../src/batch/progress-bar.js";
import { cli } from "../../src/cli/cli.js";
import { measureInputs } from "../../src/input/measure-inputs.js";
import { REAL, jsonLines, memoryIo, recordingParser, tempDir } from "../batch/batch-helpers.js";

/** A folder with the real files, one file over the size limit, and a path that does not exist. */
function mixedInputs(): string[] {
  const dir = tempDir();
  writeFileSync(join(dir, "huge.txt"), "x".repeat(600_000));
  return [REAL, join(dir, "huge.txt"), join(dir, "missing.txt")];
}

async function run(extra: Partial<BatchOptions>, tty = false) {
  const io = memoryIo("", tty);
  const result = await runBatch(
    {
      paths: mixedInputs(),
      format: "jsonl",
      out: null,
      errors: null,
      jobs: 1,
      forms: null,
      resume: false,
      maxBytes: 500_000,
      parser: recordingParser(),
      ...extra,
    },
    io,
  );
  return { io, result, lines: io.err().split("\n").filter((l) => l.length > 0) };
}

describe("quiet by default", () => {
  it("counts other forms in the summary by reason instead of naming each; names other skips and failures", async () => {
    const { lines, io } = await run({});
    expect(io.err()).not.toContain("skipped (not-12b25)");
    expect(lines.filter((l) => l.includes(": skipped (source-too-large)"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(": failed (source-unreadable)"))).toHaveLength(1);
    expect(io.err()).toContain("  skips: not-12b25 3, source-too-large 1");
    expect(io.err()).toContain("  failures: source-unreadable 1");
  });

  it("names every skip with --verbose", async () => {
    const { io } = await run({ verbosity: "verbose" });
    expect(io.err()).toContain(`${REAL}/0001127602-25-001055.txt: skipped (not-12b25)`);
    expect(io.err().match(/skipped \(not-12b25\)/g)).toHaveLength(3);
  });

  it("prints nothing but failures with --quiet", async () => {
    const { lines } = await run({ verbosity: "quiet" }, true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/missing\.txt: failed \(source-unreadable\)/);
  });

  it("still lists every skip and failure in --errors, whatever the verbosity", async () => {
    const errors = join(tempDir(), "errors.jsonl");
    const { io } = await run({ errors, verbosity: "quiet" });
    const listed = jsonLines<{ ruleId: string; kind: string }>(readFileSync(errors, "utf8"));
    expect(listed.map((e) => e.ruleId).sort()).toEqual(["not-12b25", "not-12b25", "not-12b25", "source-too-large", "source-unreadable"]);
    expect(io.err()).not.toContain("skipped");
  });

  it("writes the summary as JSON with --summary", async () => {
    const summary = join(tempDir(), "summary.json");
    const { result } = await run({ summary, verbosity: "quiet" });
    const written = JSON.parse(readFileSync(summary, "utf8")) as Record<string, unknown>;
    expect(written).toMatchObject({
      inputs: 10,
      records: 5,
      skipped: 4,
      failed: 1,
      skips: { "not-12b25": 3, "source-too-large": 1 },
      failures: { "source-unreadable": 1 },
      warnings: { "field-missing": 5 },
      exitCode: result.exitCode,
    });
    expect(typeof written["seconds"]).toBe("number");
    expect(written["inputsPerSecond"] === null || typeof written["inputsPerSecond"] === "number").toBe(true);
  });

  it("takes -v, -q and --summary on the command line, and refuses -v with -q", async () => {
    const dir = tempDir();
    copyFileSync(join(REAL, "0001127602-25-001055.txt"), join(dir, "form4.txt"));
    const verbose = memoryIo();
    expect(await cli(["extract", "--jobs", "1", "-v", dir], verbose)).toBe(0);
    expect(verbose.err()).toContain("form4.txt: skipped (not-12b25)");
    const quiet = memoryIo();
    const summary = join(tempDir(), "summary.json");
    expect(await cli(["extract", "--jobs", "1", "-q", "--summary", summary, dir], quiet)).toBe(0);
    expect(quiet.err()).toBe("");
    expect(JSON.parse(readFileSync(summary, "utf8"))).toMatchObject({ inputs: 1, skips: { "not-12b25": 1 } });
    expect(await cli(["extract", "-v", "-q", dir], memoryIo())).toBe(2);
  });

  it("refuses a --summary file inside an input folder", async () => {
    const dir = tempDir();
    copyFileSync(join(REAL, "igene-nt10k-1998.txt"), join(dir, "igene.txt"));
    const world = memoryIo();
    expect(await cli(["extract", "--jobs", "1", "--summary", join(dir, "s.json"), dir], world)).toBe(2);
  });
});

describe("the summary's wording", () => {
  it("says 1 input and 1 record, and never a rate of 0", () => {
    const one = formatSummary({ inputs: 1, records: 1, skips: {}, failures: {}, warnings: {} }, { seconds: 0.01, inputsThisRun: 1, resumedAt: 0 });
    expect(one).toContain("1 input seen, 1 record, 0 skipped, 0 failed");
    const slow = formatSummary({ inputs: 2, records: 0, skips: { "not-12b25": 2 }, failures: {}, warnings: {} }, { seconds: 9, inputsThisRun: 2, resumedAt: 0 });
    expect(slow).toContain("2 inputs seen, 0 records");
    expect(slow).toContain("(0.2 inputs/s)");
    const none = formatSummary({ inputs: 5, records: 5, skips: {}, failures: {}, warnings: {} }, { seconds: 0, inputsThisRun: 0, resumedAt: 5 });
    expect(none).not.toMatch(/\(0 /);
    expect(none).not.toContain("/s");
  });
});

describe("progress over folders", () => {
  it("counts a folder's files beforehand", async () => {
    expect(await measureInputs([REAL], process.cwd())).toMatchObject({ inputs: 8 });
    expect(await measureInputs(["-"], process.cwd())).toBeNull();
  });

  it("shows the total and the time left", () => {
    let err = "";
    const progress = createProgress({ write: (s: string) => (err += s), isTTY: true }, { total: { bytes: 1000, inputs: 8 }, startDone: 0, draw: true });
    progress.update(2);
    expect(err).toContain("2/8 inputs");
    expect(err).toContain("25%");
    expect(err).toMatch(/ETA \d+:\d\d/);
    progress.finish();
  });

  it("draws the total on a terminal for a folder given to extract", async () => {
    const { io } = await run({ paths: [REAL] }, true);
    expect(io.err()).toContain("/8 inputs");
  });
});
