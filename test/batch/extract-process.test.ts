import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { builtCli } from "../helpers/test-build.js";
import { ROOT, SKIPPED_NAMES, buildFeed, jsonLines, tempDir } from "./batch-helpers.js";

/* These tests run the compiled CLI of the tests' one build. */
let BIN = "";
beforeAll(() => {
  BIN = builtCli();
}, 200_000);

describe("worker pool", () => {
  it.each(["jsonl", "csv"])("gives byte-identical %s output with --jobs 1 and --jobs 2", async (format) => {
    const dir = tempDir();
    const paths = await buildFeed(dir, 6, 2);
    const outputs: string[] = [];
    for (const jobs of ["1", "2"]) {
      const out = join(dir, `out-${jobs}`);
      const errors = join(dir, `errors-${jobs}`);
      const run = await child([BIN, "extract", ...paths, "--format", format, "--jobs", jobs, "--out", out, "--errors", errors], null);
      expect(run.code, run.stderr).toBe(0);
      outputs.push(readFileSync(out, "utf8") + "\n--\n" + readFileSync(errors, "utf8"));
    }
    expect(outputs[1]).toBe(outputs[0]);
    // Every input is accounted for once.
    const [records = "", listed = ""] = outputs[0]?.split("\n--\n") ?? [];
    expect(jsonLines(listed).length + countRecords(records, format)).toBe(8 * 8);
  }, 120_000);
});

describe("--resume", () => {
  // (The JSON array format is resumed at chosen moments in resume-journal.test.ts.)
  it.each(["jsonl", "csv"])("finishes a %s job killed at random moments: every input once, no broken line", async (format) => {
    const dir = tempDir();
    // Mostly inputs screened out by their header, so the run is quick but checkpoints often.
    // As .nc submissions with CIKs, so `history` must survive the restarts too.
    const paths = await buildFeed(dir, 100, 5, [...SKIPPED_NAMES, "igene-nt10k-1998.txt"], true);
    const args = (out: string, errors: string): string[] =>
      [BIN, "extract", ...paths, "--format", format, "--jobs", "2", "--out", out, "--errors", errors, "--checkpoint-ms", "15"];

    const started = Date.now();
    const clean = await child(args(join(dir, "clean"), join(dir, "clean-errors")), null);
    expect(clean.code).toBe(0);
    // Kill moments spread over the time a whole run takes on this machine.
    const runMs = Date.now() - started;

    const out = join(dir, "out");
    const errors = join(dir, "errors");
    let seed = Date.now() % 100_000;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const kills: number[] = [];
    let interrupted = 0;
    // Two random moments, then the middle of a run and later, until a kill has
    // landed after a checkpoint: a quick run on a loaded machine may spend its
    // first few hundred milliseconds starting up.
    for (let attempt = 0; attempt < 3 || (interrupted === 0 && attempt < 6); attempt++) {
      const delay = attempt < 2 ? 150 + Math.floor(random() * Math.max(100, runMs - 150)) : Math.floor((runMs * (attempt + 3)) / 10);
      kills.push(delay);
      const extra = attempt === 0 ? [] : ["--resume"];
      await child([...args(out, errors), ...extra], delay);
      if (existsSync(`${out}.progress`) && readFileSync(`${out}.progress`, "utf8").split("\n").length > 2) interrupted++;
    }
    expect(interrupted, `killed after ${kills.join(", ")} ms`).toBeGreaterThan(0);
    const last = await child([...args(out, errors), "--resume"], null);
    expect(last.code, `killed after ${kills.join(", ")} ms`).toBe(0);
    expect(existsSync(`${out}.progress`)).toBe(false);
    const got = readFileSync(out, "utf8");
    const gotErrors = readFileSync(errors, "utf8");
    expect(got.endsWith("\n") || got === "").toBe(true);
    expect(() => jsonLines(gotErrors)).not.toThrow();
    expect(got, `killed after ${kills.join(", ")} ms`).toBe(readFileSync(join(dir, "clean"), "utf8"));
    expect(gotErrors, `killed after ${kills.join(", ")} ms`).toBe(readFileSync(join(dir, "clean-errors"), "utf8"));
    expect(new Set(jsonLines<{ path: string }>(gotErrors).map((e) => e.path)).size).toBe(jsonLines(gotErrors).length);
    if (format === "jsonl") {
      const records = jsonLines<{ source: { path: string }; history: { priorNotices: number | null } }>(got);
      expect(new Set(records.map((r) => r.source.path)).size).toBe(records.length);
      expect(records.length + jsonLines(gotErrors).length).toBe(100 * 4 + 5 * 4);
    }
  }, 180_000);
});

function countRecords(text: string, format: string): number {
  if (format === "jsonl") return jsonLines(text).length;
  return Math.max(0, (parse(text) as unknown[]).length - 1);
}

/** Runs the CLI in a child process; SIGKILLs it after `killAfter` ms when given. */
function child(args: string[], killAfter: number | null): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    proc.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = killAfter === null ? null : setTimeout(() => proc.kill("SIGKILL"), killAfter);
    proc.on("close", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
