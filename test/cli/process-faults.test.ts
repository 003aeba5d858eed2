/*
 * The built command line as a real process, under the faults a shell
 * produces: a reader that goes away (`| head`), a full disk (a small tmpfs
 * when this machine lets tests mount one, and /dev/full behind standard
 * output everywhere), two runs on one output, a named pipe with no writer,
 * a filing piped into `extract -`.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCli } from "../helpers/test-build.js";
import { buildFeed, jsonLines, tempDir } from "../batch/batch-helpers.js";
import { IGENE } from "./cli-helpers.js";

let BIN = "";
beforeAll(() => {
  BIN = builtCli();
}, 200_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `closeStdout` closes the read end of its standard output before it writes. */
function run(args: string[], options: { cwd?: string; input?: Buffer | string; closeStdout?: boolean; stdoutFile?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      stdio: ["pipe", options.stdoutFile ?? "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    if (options.closeStdout) child.stdout?.destroy();
    else child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(options.input ?? "");
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("a reader that goes away", () => {
  it("ends extract quietly with status 0 when its standard output is closed (| head)", async () => {
    const dir = tempDir();
    const paths = await buildFeed(dir, 12, 1);
    const result = await run(["extract", "--jobs", "1", ...paths], { closeStdout: true });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|Error:/);
    expect(result.code).toBe(0);
  }, 60_000);

  it("ends inspect and classify quietly with status 0 too", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "n.jsonl"), JSON.stringify({ id: 1, narrative: "The auditor needs more time." }) + "\n");
    for (const args of [["inspect", IGENE], ["classify", join(dir, "n.jsonl")]]) {
      const result = await run(args, { closeStdout: true });
      expect(result.stderr, args[0]).not.toMatch(/EPIPE|Unhandled|Error:/);
      expect(result.code, args[0]).toBe(0);
    }
  }, 60_000);
});

describe("a full disk", () => {
  it("behind standard output (/dev/full): a message, no stack trace, exit status 3", async () => {
    const full = openSync("/dev/full", "w");
    const result = await run(["extract", "--jobs", "1", IGENE], { stdoutFile: full });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("cannot write standard output: no space left on device (ENOSPC)");
    expect(result.stderr).not.toMatch(/Unhandled|    at /);
  }, 60_000);

  /** A tmpfs of `size` mounted on a fresh folder, or null where tests cannot mount. */
  const mounted: string[] = [];
  const mountTmpfs = (size: string): string | null => {
    const dir = join(tempDir(), "disk");
    mkdirSync(dir);
    if (spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]).status !== 0) return null;
    mounted.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of mounted) spawnSync("umount", [dir]);
  });

  it("through --out on a full tmpfs: exit 3, the progress kept, and --resume finishes once space is freed", async (context) => {
    const disk = mountTmpfs("512k");
    if (disk === null) {
      context.skip(); // the simulated write error of write-errors.test.ts stands in for it
      return;
    }
    const dir = tempDir();
    const paths = await buildFeed(dir, 40, 0, undefined, true);
    const clean = await run(["extract", "--jobs", "1", "--checkpoint-ms", "20", "-o", join(dir, "clean.jsonl"), ...paths]);
    expect(clean.code, clean.stderr).toBe(0);
    const size = readFileSync(join(dir, "clean.jsonl")).length;
    expect(size).toBeGreaterThan(512 * 1024);

    const out = join(disk, "out.jsonl");
    const args = ["extract", "--jobs", "1", "--checkpoint-ms", "20", "-o", out, ...paths];
    const full = await run(args);
    expect(full.code, full.stderr).toBe(3);
    expect(full.stderr).toContain(`cannot write ${out}: no space left on device (ENOSPC)`);
    expect(full.stderr).toContain("--resume");
    expect(full.stderr).not.toMatch(/    at /);
    expect(existsSync(`${out}.progress`)).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);

    expect(spawnSync("mount", ["-o", "remount,size=16m", disk]).status).toBe(0);
    const resumed = await run([...args, "--resume"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(dir, "clean.jsonl"), "utf8"));
    expect(existsSync(`${out}.progress`)).toBe(false);
  }, 120_000);
});

describe("two runs on one output", () => {
  it("the second refuses with a message and status 3; the first output is whole", async () => {
    const dir = tempDir();
    const paths = await buildFeed(dir, 40, 0, undefined, true);
    const out = join(dir, "out.jsonl");
    const first = run(["extract", "--jobs", "1", "-o", out, ...paths]);
    const deadline = Date.now() + 30_000;
    while (!existsSync(`${out}.lock`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const second = await run(["extract", "--jobs", "1", "-o", out, IGENE]);
    expect(second.code).toBe(3);
    expect(second.stderr).toContain("is being written by another run");
    expect((await first).code).toBe(0);
    const clean = await run(["extract", "--jobs", "1", ...paths]);
    expect(readFileSync(out, "utf8")).toBe(clean.stdout);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("pipes and standard input", () => {
  it("does not hang on a named pipe given as a path with no writer", async () => {
    const dir = tempDir();
    expect(spawnSync("mkfifo", [join(dir, "pipe")]).status).toBe(0);
    const started = Date.now();
    const result = await run(["extract", "--jobs", "1", join(dir, "pipe")]);
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it("reads one filing piped into extract - and inspect -", async () => {
    const bytes = readFileSync(IGENE);
    const extract = await run(["extract", "--jobs", "1", "-"], { input: bytes });
    expect(extract.code, extract.stderr).toBe(0);
    expect(jsonLines<{ source: { path: string } }>(extract.stdout).map((r) => r.source.path)).toEqual(["-"]);
    const inspect = await run(["inspect", "-"], { input: bytes });
    expect(inspect.code, inspect.stderr).toBe(0);
    expect(inspect.stdout).toContain("IGENE");
  }, 60_000);
});
