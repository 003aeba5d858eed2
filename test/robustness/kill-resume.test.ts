/**
 * A batch killed again and again at random moments (SIGKILL, SIGTERM,
 * SIGINT; while parsing, while writing, while a resume is cutting its files
 * back) and resumed each time ends with exactly what an uninterrupted run
 * writes: every filing once, none lost, none doubled, no broken line, for
 * JSON Lines and CSV.
 *
 * The inputs are 400 generated filings, each notice with a registrant
 * name of its own (so a lost or doubled record shows by content, not only
 * by path), plain text and HTML, mixed with real non-notices and junk,
 * spread over a .tar.gz, a .zip and a folder. Kill moments come from a
 * fixed seed, spread over the time a whole run takes on this machine.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/output/flatten-record.js";
import { builtCli } from "../helpers/test-build.js";
import { jsonLines } from "../batch/batch-helpers.js";
import { tempFolders } from "../helpers/fuzz-temp.js";
import { writeTar, zipArchive } from "../helpers/fuzz-archives.js";
import { HTML_SAMPLE, realSeeds, sampleText, TEXT_SAMPLE } from "../helpers/fuzz-seeds.js";

/** Temporary folders, removed after this file's tests. */
const tempDir = tempFolders();

const ROOT = process.cwd();
const KILLS = Number(process.env["KILL_RUNS"] ?? 4);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20_240_111);

/** The text sample's registrant, replaced in each generated copy. */
const TEXT_NAME = "IGENE Biotechnology, Inc.";
/** The HTML sample's registrant. */
const HTML_NAME = "Marwynn Holdings, Inc.";

interface Generated {
  paths: string[];
  /** Registrant names of the generated notices, each once. */
  names: string[];
  inputs: number;
}

/** A unique registrant name. */
function nameOf(i: number): string {
  return `Acme ${String(i).padStart(5, "0")} Holdings, Inc.`;
}

/** How many inputs, and how many of them go in the .tar.gz and the .zip (the rest in a folder). */
const TOTAL = 400;
const IN_TAR = 260;
const IN_ZIP = 70;

/** {@link TOTAL} inputs in a .tar.gz, a .zip and a folder. */
async function generate(dir: string): Promise<Generated> {
  const text = sampleText(TEXT_SAMPLE);
  const html = sampleText(HTML_SAMPLE);
  const others = realSeeds().filter((s) => !s.notice);
  const names: string[] = [];
  const files: { name: string; bytes: Buffer }[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const kind = i % 10;
    if (kind < 6) {
      names.push(nameOf(i));
      files.push({ name: `${String(i).padStart(5, "0")}-notice.txt`, bytes: Buffer.from(text.replaceAll(TEXT_NAME, nameOf(i))) });
    } else if (kind < 8) {
      names.push(nameOf(i));
      files.push({ name: `${String(i).padStart(5, "0")}-notice.htm`, bytes: Buffer.from(html.replaceAll(HTML_NAME, nameOf(i))) });
    } else if (kind === 8) {
      const other = others[i % others.length];
      files.push({ name: `${String(i).padStart(5, "0")}-other.txt`, bytes: other?.bytes ?? Buffer.alloc(0) });
    } else {
      files.push({ name: `${String(i).padStart(5, "0")}-junk.bin`, bytes: Buffer.from(Array.from({ length: 3000 }, (_, k) => (k * 31 + i) % 256)) });
    }
  }
  const tgz = join(dir, "a-feed.tar.gz");
  await writeTar(tgz, files.slice(0, IN_TAR).map((f) => ({ header: { name: `feed/${f.name}` }, data: f.bytes })), true);
  const zip = join(dir, "b-feed.zip");
  writeFileSync(zip, zipArchive(files.slice(IN_TAR, IN_TAR + IN_ZIP).map((f) => ({ name: `feed/${f.name}`, data: f.bytes, deflate: true }))));
  const folder = join(dir, "c-folder");
  mkdirSync(folder);
  for (const f of files.slice(IN_TAR + IN_ZIP)) writeFileSync(join(folder, f.name), f.bytes);
  return { paths: [tgz, zip, folder], names, inputs: files.length };
}

/** Runs the built CLI; sends `signal` after `killAfter` ms when given. */
function child(args: string[], killAfter: number | null, signal: NodeJS.Signals = "SIGKILL"): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; stderr: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const proc = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    proc.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = killAfter === null ? null : setTimeout(() => proc.kill(signal), killAfter);
    proc.on("close", (code, sig) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal: sig, ms: Date.now() - started, stderr });
    });
  });
}

/** A deterministic pseudo-random sequence (Park–Miller). */
function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** The registrant names in an output, in order. */
function registrantNames(text: string, format: "jsonl" | "csv"): string[] {
  if (format === "jsonl") return jsonLines<{ registrant: { name: string | null } }>(text).map((r) => r.registrant.name ?? "");
  const rows = parse(text) as string[][];
  const column = CSV_COLUMNS.indexOf("registrant_name");
  return rows.slice(1).map((row) => row[column] ?? "");
}

/** The CLI of a private build of the current sources (test/helpers/test-build.ts). */
let BIN = "";

beforeAll(() => {
  BIN = builtCli();
}, 200_000);

describe("extract killed at random moments and resumed", () => {
  // KILL_RUNS sets the number of kills per format (default 4).
  it.each(["jsonl", "csv"] as const)("%s: every filing once, none lost, no broken line, byte for byte an uninterrupted run", async (format) => {
    const dir = tempDir();
    const generated = await generate(dir);
    const args = (out: string, errors: string): string[] => [
      "extract",
      ...generated.paths,
      "--format",
      format,
      "--jobs",
      "2",
      "--out",
      out,
      "--errors",
      errors,
      "--checkpoint-ms",
      "20",
    ];

    const clean = await child(args(join(dir, "clean"), join(dir, "clean-errors")), null);
    expect(clean.code).toBe(0);
    const cleanOut = readFileSync(join(dir, "clean"), "utf8");
    const cleanErrors = readFileSync(join(dir, "clean-errors"), "utf8");
    // The uninterrupted run itself: each generated notice once, in input order.
    expect(registrantNames(cleanOut, format)).toEqual(generated.names);

    const out = join(dir, "out");
    const errors = join(dir, "errors");
    const next = random(SEED + (format === "csv" ? 1 : 0));
    const signals: NodeJS.Signals[] = ["SIGKILL", "SIGTERM", "SIGKILL", "SIGINT", "SIGKILL", "SIGKILL"];
    const history: string[] = [];
    let interrupted = 0;
    for (let attempt = 0; attempt < KILLS; attempt++) {
      // Anywhere from the first few ms (a resume cutting its files back) to late in a run.
      const delay = Math.floor(20 + next() * clean.ms * 0.9);
      const signal = signals[attempt % signals.length] as NodeJS.Signals;
      const run = await child([...args(out, errors), ...(attempt === 0 ? [] : ["--resume"])], delay, signal);
      history.push(`${signal}@${delay}ms→${run.signal ?? run.code}${run.code === 2 ? ` (${run.stderr.trim().split("\n").slice(-2).join(" ")})` : ""}`);
      if (run.signal !== null || run.code !== 0) interrupted++;
    }
    const last = await child([...args(out, errors), "--resume"], null);
    const story = history.join(", ");
    // Most kills land in a run (a few may come after it ended on a fast machine).
    expect(interrupted, story).toBeGreaterThanOrEqual(Math.ceil(KILLS / 2));
    expect(last.code, `${story}; last: ${last.stderr}`).toBe(0);
    expect(existsSync(`${out}.progress`), story).toBe(false);

    const got = readFileSync(out, "utf8");
    const gotErrors = readFileSync(errors, "utf8");
    // No broken line: every line is whole, the files end with a line end.
    expect(got.endsWith("\n"), story).toBe(true);
    expect(gotErrors === "" || gotErrors.endsWith("\n"), story).toBe(true);
    expect(() => jsonLines(gotErrors), story).not.toThrow();
    if (format === "jsonl") expect(() => jsonLines(got), story).not.toThrow();
    else for (const row of parse(got) as string[][]) expect(row, story).toHaveLength(CSV_COLUMNS.length);
    // Every filing once: none lost, none doubled.
    expect(registrantNames(got, format), story).toEqual(generated.names);
    const listed = jsonLines<{ path: string }>(gotErrors).map((e) => e.path);
    expect(new Set(listed).size, story).toBe(listed.length);
    expect(generated.names.length + listed.length, story).toBe(generated.inputs);
    // And byte for byte what the uninterrupted run wrote.
    expect(got === cleanOut, story).toBe(true);
    expect(gotErrors === cleanErrors, story).toBe(true);
  }, 120_000);
});
