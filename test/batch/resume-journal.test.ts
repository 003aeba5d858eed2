import { appendFileSync, copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FilingParser } from "../../src/batch/parse-pool.js";
import { readJournal } from "../../src/batch/resume-journal.js";
import { runBatch, type BatchOptions } from "../../src/batch/run-batch.js";
import { cli } from "../../src/cli/cli.js";
import { ARCHIVES, REAL, fakeRecord, memoryIo, recordingParser, tempDir } from "./batch-helpers.js";

const INPUTS = [REAL, `${ARCHIVES}/feed.tar.gz`, `${ARCHIVES}/feed.zip`, REAL];

function options(dir: string, format: BatchOptions["format"], parser: FilingParser, resume = false): BatchOptions {
  return {
    paths: INPUTS,
    format,
    out: join(dir, "out"),
    errors: join(dir, "errors"),
    jobs: 1,
    forms: null,
    resume,
    maxBytes: 8 << 20,
    checkpointMs: 0, // a checkpoint after every input
    parser,
  };
}

/**
 * A stand-in parser that, when asked for its `at`-th filing, copies the
 * output, errors and progress files as they are at that moment: the state a
 * kill at that moment leaves behind.
 */
function snapshottingParser(dir: string, snapshot: string, at: number): FilingParser {
  let calls = 0;
  return {
    parse: async (task) => {
      if (++calls === at) {
        for (const name of ["out", "errors", "out.progress"]) {
          if (existsSync(join(dir, name))) copyFileSync(join(dir, name), join(snapshot, name));
        }
      }
      return { kind: "record", record: fakeRecord(task.path, task.bytes) };
    },
    close: async () => {},
  };
}

/** Puts the files of a snapshot back, as a kill would have left them. */
function restore(snapshot: string, dir: string): void {
  for (const name of ["out", "errors", "out.progress"]) {
    if (existsSync(join(snapshot, name))) copyFileSync(join(snapshot, name), join(dir, name));
  }
}

describe("--resume from a given moment", () => {
  it.each(["jsonl", "csv", "json"] as const)("rebuilds the %s output of an uninterrupted run, whatever the moment", async (format) => {
    const whole = tempDir();
    await runBatch(options(whole, format, recordingParser()), memoryIo());
    const expected = readFileSync(join(whole, "out"), "utf8");
    const expectedErrors = readFileSync(join(whole, "errors"), "utf8");
    expect(existsSync(join(whole, "out.progress"))).toBe(false);

    for (const at of [1, 2, 7, 12, 19]) {
      const running = tempDir();
      const snapshot = tempDir();
      await runBatch(options(running, format, snapshottingParser(running, snapshot, at)), memoryIo());
      restore(snapshot, running);
      // A record cut short by the kill, after the last checkpoint.
      appendFileSync(join(running, "out"), '{"schemaVersion":1,"source":{"pa');
      const io = memoryIo();
      const result = await runBatch(options(running, format, recordingParser(), true), io);
      expect(result.exitCode).toBe(0);
      expect(readFileSync(join(running, "out"), "utf8"), `resumed at filing ${at}`).toBe(expected);
      expect(readFileSync(join(running, "errors"), "utf8"), `resumed at filing ${at}`).toBe(expectedErrors);
      // Early on, nothing was written yet (results wait in the window of inputs in flight).
      if (at >= 7) expect(io.err()).toContain("resumed after input");
    }
  });

  it("ignores a progress line cut short", async () => {
    const dir = tempDir();
    const snapshot = tempDir();
    await runBatch(options(dir, "jsonl", snapshottingParser(dir, snapshot, 10)), memoryIo());
    restore(snapshot, dir);
    const file = join(dir, "out.progress");
    const whole = readFileSync(file, "utf8");
    const key = (JSON.parse(whole.split("\n")[0] ?? "") as { key: string }).key;
    const before = await readJournal(file, key);
    appendFileSync(file, '{"inputs":999,"out":');
    const after = await readJournal(file, key);
    expect(after?.checkpoint.inputs).toBe(before?.checkpoint.inputs);
    await expect(readJournal(file, "another-key")).rejects.toThrow(/other inputs or options/);
  });

  it("refuses to resume another command's output, and says when the output is complete", async () => {
    const dir = tempDir();
    const snapshot = tempDir();
    await runBatch(options(dir, "jsonl", snapshottingParser(dir, snapshot, 10)), memoryIo());
    restore(snapshot, dir);
    const out = join(dir, "out");
    const io = memoryIo();
    expect(await cli(["extract", "--jobs", "1", "--resume", "--out", out, REAL], io)).toBe(2);
    expect(io.err()).toContain("other inputs or options");

    // Killed after its last checkpoint, before deleting the progress file: nothing is left to do.
    const file = join(dir, "out.progress");
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const last = JSON.parse(lines[lines.length - 1] ?? "") as Record<string, unknown>;
    appendFileSync(file, JSON.stringify({ ...last, notices: [], done: true }) + "\n");
    const before = readFileSync(out, "utf8");
    const finished = memoryIo();
    expect((await runBatch(options(dir, "jsonl", recordingParser(), true), finished)).exitCode).toBe(0);
    expect(finished.err()).toContain("already complete");
    expect(readFileSync(out, "utf8")).toBe(before);
    expect(existsSync(file)).toBe(false);
    // With no progress file left, --resume runs the job again from the start.
    const again = memoryIo();
    await runBatch(options(dir, "jsonl", recordingParser(), true), again);
    expect(again.err()).not.toContain("resumed after");
  });
});
