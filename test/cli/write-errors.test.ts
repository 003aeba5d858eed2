/*
 * A write error on --out, simulated in this process (process-faults.test.ts
 * fills a real tmpfs where the machine allows mounting one): the run stops
 * with exit status 3 and a message, the progress file keeps the last
 * checkpoint, and --resume then ends with what an uninterrupted run writes.
 */
import { existsSync, fstatSync, readFileSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch, type BatchOptions } from "../../src/batch/run-batch.js";
import { buildFeed, memoryIo, recordingParser, tempDir } from "../batch/batch-helpers.js";

/** Makes writes to `file` fail with ENOSPC once it would grow past `budget` bytes; returns the undo. */
async function fillDiskAt(file: string, budget: number): Promise<() => void> {
  const probe = await open(join(tempDir(), "probe"), "w");
  const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
  await probe.close();
  const original = proto.write;
  proto.write = async function (this: { fd: number }, ...args: unknown[]) {
    if (existsSync(file) && fstatSync(this.fd).ino === statSync(file).ino) {
      const [buffer, offset, length, position] = args as [Buffer, number, number, number];
      if (position + length > budget) {
        const error = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
        throw error;
      }
      return original.call(this, buffer, offset, length, position);
    }
    return original.apply(this, args);
  };
  return () => {
    proto.write = original;
  };
}

describe("a write error on --out", () => {
  it("stops with status 3, keeps the progress file, and --resume finishes the job", async () => {
    const dir = tempDir();
    const [, folder] = await buildFeed(dir, 0, 6);
    const options = (out: string, resume = false): BatchOptions => ({
      paths: [folder as string],
      format: "jsonl",
      out,
      errors: null,
      jobs: 1,
      forms: null,
      resume,
      maxBytes: 8 << 20,
      checkpointMs: 1,
      parser: recordingParser(),
    });
    const clean = join(dir, "clean.jsonl");
    expect((await runBatch(options(clean), memoryIo())).exitCode).toBe(0);
    const expected = readFileSync(clean, "utf8");

    const out = join(dir, "out.jsonl");
    const undo = await fillDiskAt(out, Math.floor(expected.length / 2));
    const io = memoryIo();
    let code: number;
    try {
      code = (await runBatch(options(out), io)).exitCode;
    } finally {
      undo();
    }
    expect(code).toBe(3);
    expect(io.err()).toContain(`cannot write ${out}: no space left on device (ENOSPC)`);
    expect(io.err()).toContain("--resume");
    expect(existsSync(`${out}.progress`)).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);

    const resumed = memoryIo();
    expect((await runBatch(options(out, true), resumed)).exitCode, resumed.err()).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(expected);
    expect(existsSync(`${out}.progress`)).toBe(false);
  });
});

describe("saved progress", () => {
  it("is never discarded silently: a rerun without --resume is refused and told how to go on", async () => {
    const dir = tempDir();
    const [, folder] = await buildFeed(dir, 0, 2);
    const out = join(dir, "out.jsonl");
    const { writeFileSync } = await import("node:fs");
    const progress = `${out}.progress`;
    writeFileSync(progress, '{"journal":"edgar-nt extract","version":1,"key":"k"}\n');
    const io = memoryIo();
    const { cli } = await import("../../src/cli/cli.js");
    expect(await cli(["extract", "--jobs", "1", "-o", out, folder as string], io)).toBe(2);
    expect(io.err()).toContain(`${progress} holds the progress of an earlier run`);
    expect(io.err()).toContain("--resume");
    expect(io.err()).toContain(`delete ${progress}`);
    expect(readFileSync(progress, "utf8")).toContain('"key":"k"');
    expect(existsSync(out)).toBe(false);
  });
});
