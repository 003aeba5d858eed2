/**
 * `edgar-nt extract` facing hostile inputs: unreadable files, symbolic link
 * loops, truncated and corrupt archives, entries far larger than any notice,
 * zips that lie about their sizes, archive entries named to escape, a FIFO.
 * The run goes on, each bad input is listed in the errors file (a failure,
 * or a skip for what is merely too large or empty), every good notice still
 * gives its record, the exit code is 1 when something failed or was left
 * unread for its size, and nothing is ever written outside the output files.
 *
 * Most runs call `cli(argv, io)` in this process with `--jobs 1`; the others
 * run the CLI of a private build (test/helpers/test-build.ts) as a child
 * process, one of them with worker threads (`--jobs 2`).
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { rules } from "../../src/core/rules/index.js";
import { builtCli } from "../helpers/test-build.js";
import { jsonLines, memoryIo } from "../batch/batch-helpers.js";
import { tempFolders } from "../helpers/fuzz-temp.js";
import { writeTar, zipArchive } from "../helpers/fuzz-archives.js";
import { realSeeds } from "../helpers/fuzz-seeds.js";

/** Temporary folders, removed after this file's tests. */
const tempDir = tempFolders();

const ROOT = process.cwd();
const IS_ROOT = process.getuid?.() === 0;

interface ErrorLine {
  path: string;
  reason: string;
  ruleId: string;
  kind: "skip" | "failure";
}

interface RecordLine {
  source: { path: string };
}

const seeds = realSeeds();
const notices = seeds.filter((s) => s.notice);
const others = seeds.filter((s) => !s.notice);
const NOTICE = (notices.find((s) => s.name.endsWith("igene-nt10k-1998.txt")) ?? notices[0])?.bytes ?? Buffer.alloc(0);

const schema = JSON.parse(readFileSync(join(ROOT, "schema", "record.schema.json"), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Runs `extract` in this process; the output and errors files are read back. */
async function extract(paths: string[], extra: string[] = []): Promise<{ code: number; records: RecordLine[]; errors: ErrorLine[]; stderr: string; out: string }> {
  const dir = tempDir();
  const out = join(dir, "out.jsonl");
  const errorsFile = join(dir, "errors.jsonl");
  const io = memoryIo();
  const code = await cli(["extract", ...paths, "--jobs", "1", "--out", out, "--errors", errorsFile, ...extra], io);
  const text = existsSync(out) ? readFileSync(out, "utf8") : "";
  return { code, records: jsonLines<RecordLine>(text), errors: jsonLines<ErrorLine>(existsSync(errorsFile) ? readFileSync(errorsFile, "utf8") : ""), stderr: io.err(), out: text };
}

/** What every run must show, whatever its inputs: well-formed output, catalogued reasons, each input once. */
function expectWellFormed(run: { code: number; records: RecordLine[]; errors: ErrorLine[]; stderr: string; out: string }): void {
  expect([0, 1]).toContain(run.code);
  expect(run.out === "" || run.out.endsWith("\n")).toBe(true);
  for (const r of run.records) expect(validate(r) ? [] : validate.errors).toEqual([]);
  for (const e of run.errors) {
    expect(Object.keys(rules), JSON.stringify(e)).toContain(e.ruleId);
    expect(["skip", "failure"]).toContain(e.kind);
    expect(e.reason.length).toBeGreaterThan(0);
  }
  const paths = [...run.records.map((r) => r.source.path), ...run.errors.map((e) => e.path)];
  expect(new Set(paths).size, "an input listed twice").toBe(paths.length);
  // docs/batch.md: 1 when an input failed or was skipped unread for its size (it may be a notice never read).
  const unread = run.errors.some((e) => e.kind === "failure" || e.ruleId === "source-too-large");
  expect(run.code, run.stderr).toBe(unread ? 1 : 0);
  // A crash of the whole run shows as "edgar-nt: <message>" and no summary.
  expect(run.stderr).toMatch(/ inputs? seen/);
}

/** A deterministic pseudo-random sequence (Park–Miller). */
function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A tar (gzipped or not) of every real seed under `feed/`, numbered. */
async function seedTar(file: string, gzip: boolean): Promise<void> {
  await writeTar(
    file,
    seeds.map((s, i) => ({ header: { name: `feed/${String(i).padStart(3, "0")}-${s.name.replace("/", "-")}` }, data: s.bytes })),
    gzip,
  );
}

/** A zip of every real seed under `feed/`, deflated. */
function seedZip(): Buffer {
  return zipArchive(seeds.map((s, i) => ({ name: `feed/${String(i).padStart(3, "0")}-${s.name.replace("/", "-")}`, data: s.bytes, deflate: true })));
}

/** The CLI of a private build of the current sources (test/helpers/test-build.ts). */
let BIN = "";

beforeAll(() => {
  BIN = builtCli();
}, 200_000);

describe("a folder of hostile inputs", () => {
  /** The folder; the good notices are `a-good.txt`, `m-folder.zip/inside.txt` and `z-good.txt`. */
  async function hostileFolder(): Promise<string> {
    const dir = join(tempDir(), "in");
    mkdirSync(dir);
    writeFileSync(join(dir, "a-good.txt"), NOTICE);
    // An input that cannot be read even by root: the kernel answers EIO.
    symlinkSync("/proc/self/mem", join(dir, "b-io-error.txt"));
    symlinkSync("c-self", join(dir, "c-self")); // ELOOP
    symlinkSync("c-cycle-2", join(dir, "c-cycle-1"));
    symlinkSync("c-cycle-1", join(dir, "c-cycle-2"));
    mkdirSync(join(dir, "d-sub"));
    symlinkSync("..", join(dir, "d-sub", "up")); // back to an ancestor
    symlinkSync("nowhere", join(dir, "e-dangling"));
    const tgz = join(dir, "f-truncated.tar.gz");
    await seedTar(tgz, true);
    writeFileSync(tgz, readFileSync(tgz).subarray(0, Math.floor(readFileSync(tgz).length * 0.6)));
    const zip = seedZip();
    zip.fill(0x55, 2000, 2600);
    writeFileSync(join(dir, "g-corrupt.zip"), zip);
    writeFileSync(join(dir, "h-not-gzip.gz"), "not gzip at all\n");
    writeFileSync(join(dir, "i-huge.txt"), Buffer.alloc(3 * 1024 * 1024, 0x41));
    writeFileSync(join(dir, "j-bomb.txt.gz"), gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }));
    writeFileSync(
      join(dir, "k-lying.zip"),
      zipArchive([
        { name: "k/1.txt", data: NOTICE, deflate: true },
        { name: "k/2-says-6k.txt", data: Buffer.alloc(8 * 1024 * 1024, 0x41), deflate: true, declaredSize: 6315 },
        { name: "k/3-says-4g.txt", data: NOTICE, deflate: true, declaredSize: 0xfffffff0 },
        { name: "k/4.txt", data: NOTICE, deflate: true },
      ]),
    );
    writeFileSync(join(dir, "l-empty.txt"), "");
    mkdirSync(join(dir, "m-folder.zip"));
    writeFileSync(join(dir, "m-folder.zip", "inside.txt"), NOTICE);
    // Root reads a chmod 000 file anyway: there the EIO link above is the unreadable input.
    if (!IS_ROOT) {
      writeFileSync(join(dir, "n-no-permission.txt"), NOTICE);
      chmodSync(join(dir, "n-no-permission.txt"), 0o000);
    }
    writeFileSync(join(dir, "z-good.txt"), NOTICE);
    return dir;
  }

  function expectHostileFolderOutcome(dir: string, run: Awaited<ReturnType<typeof extract>>): void {
    expectWellFormed(run);
    expect(run.code).toBe(1);
    const rel = (p: string): string => p.slice(dir.length + 1);
    const recordPaths = run.records.map((r) => rel(r.source.path));
    expect(recordPaths[0]).toBe("a-good.txt");
    expect(recordPaths).toContain("m-folder.zip/inside.txt");
    expect(recordPaths).toContain("k-lying.zip!k/1.txt");
    expect(recordPaths).toContain("k-lying.zip!k/4.txt");
    expect(recordPaths[recordPaths.length - 1]).toBe("z-good.txt");
    // Entries before the damage of the truncated tar.gz are read.
    expect(recordPaths.some((p) => p.startsWith("f-truncated.tar.gz!feed/000-"))).toBe(true);
    const listed = new Map(run.errors.map((e) => [rel(e.path), `${e.kind} ${e.ruleId}`]));
    expect(listed.get("b-io-error.txt")).toBe("failure source-unreadable");
    expect(listed.get("c-self")).toBe("failure source-symlink-loop");
    expect(listed.get("c-cycle-1")).toBe("failure source-symlink-loop");
    expect(listed.get("c-cycle-2")).toBe("failure source-symlink-loop");
    expect(listed.get("d-sub/up")).toBe("failure source-symlink-loop");
    expect(listed.get("e-dangling")).toBe("failure source-unreadable");
    expect([...listed].filter(([p, v]) => p.startsWith("f-truncated.tar.gz") && v === "failure archive-corrupt")).toHaveLength(1);
    expect([...listed].filter(([p, v]) => p.startsWith("g-corrupt.zip") && v === "failure archive-corrupt").length).toBeGreaterThanOrEqual(1);
    expect(listed.get("h-not-gzip.gz")).toBe("failure archive-corrupt");
    expect(listed.get("i-huge.txt")).toBe("skip source-too-large");
    expect(listed.get("j-bomb.txt.gz")).toBe("skip source-too-large");
    expect(listed.get("k-lying.zip!k/2-says-6k.txt")).toBe("failure archive-corrupt");
    expect(listed.get("k-lying.zip!k/3-says-4g.txt")).toBe("skip source-too-large");
    expect(listed.get("l-empty.txt")).toBe("skip empty-input");
    if (!IS_ROOT) expect(listed.get("n-no-permission.txt")).toBe("failure source-unreadable");
    // Failures are named on standard error as well.
    expect(run.stderr).toContain("b-io-error.txt");
  }

  it("goes on past every bad input, lists each, and exits 1 (in process, --jobs 1)", async () => {
    const dir = await hostileFolder();
    expectHostileFolderOutcome(dir, await extract([dir], ["--max-bytes", "1M"]));
  }, 60_000);

  it("does the same in the built CLI with worker threads (--jobs 2)", async () => {
    const dir = await hostileFolder();
    const work = tempDir();
    const out = join(work, "out.jsonl");
    const errorsFile = join(work, "errors.jsonl");
    const child = spawnSync(process.execPath, [BIN, "extract", dir, "--jobs", "2", "--max-bytes", "1M", "--out", out, "--errors", errorsFile], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(existsSync(out), `no output written (status ${child.status}, signal ${child.signal}): ${child.stderr}`).toBe(true);
    const text = readFileSync(out, "utf8");
    expectHostileFolderOutcome(dir, {
      code: child.status ?? -1,
      records: jsonLines<RecordLine>(text),
      errors: jsonLines<ErrorLine>(readFileSync(errorsFile, "utf8")),
      stderr: child.stderr,
      out: text,
    });
  }, 60_000);
});

describe("randomly damaged archives", () => {
  /*
   * Cut, overwritten and bit-flipped copies of a tar, tar.gz, zip and gz of
   * the real inputs, each followed by a good notice: whatever the damage, the
   * run ends with well-formed output and errors, and the notice after the
   * archive has its record.
   */
  it.each([
    ["feed.tar.gz", 101],
    ["feed.tar", 202],
    ["feed.zip", 303],
    ["one.txt.gz", 404],
  ])("%s: the run always finishes and reads the next input (seed %i)", async (name, seed) => {
    const next = random(seed);
    const dir = tempDir();
    const pristine = join(dir, "pristine");
    mkdirSync(pristine);
    const source = join(pristine, name);
    if (name === "feed.zip") writeFileSync(source, seedZip());
    else if (name === "one.txt.gz") writeFileSync(source, gzipSync(NOTICE));
    else await seedTar(source, name.endsWith(".gz"));
    const bytes = readFileSync(source);
    for (let variant = 0; variant < 6; variant++) {
      const damaged = Buffer.from(bytes);
      const how = variant % 3;
      let data: Buffer = damaged;
      if (how === 0) data = damaged.subarray(0, Math.floor(next() * damaged.length));
      else if (how === 1) {
        const at = Math.floor(next() * damaged.length);
        damaged.fill(Math.floor(next() * 256), at, at + 1 + Math.floor(next() * 512));
      } else {
        for (let k = 0; k < 8; k++) {
          const i = Math.floor(next() * damaged.length);
          damaged[i] = (damaged[i] ?? 0) ^ (1 << Math.floor(next() * 8));
        }
      }
      const folder = join(dir, `v${variant}`);
      mkdirSync(folder);
      writeFileSync(join(folder, `a-${name}`), data);
      writeFileSync(join(folder, "z-after.txt"), NOTICE);
      const run = await extract([folder]);
      expectWellFormed(run);
      expect(run.records.map((r) => r.source.path).at(-1), `variant ${variant}`).toBe(join(folder, "z-after.txt"));
    }
  }, 60_000);
});

describe("archive entries named to escape", () => {
  it("are labels only: nothing is written where a tar entry's name points", async () => {
    const dir = tempDir();
    const marker = `edgar-nt-escape-${process.pid}-${Date.now()}`;
    const tgz = join(dir, "hostile.tar.gz");
    await writeTar(
      tgz,
      [
        { header: { name: `../../${marker}-up.txt` }, data: NOTICE },
        { header: { name: `/tmp/${marker}-abs.txt` }, data: NOTICE },
        { header: { name: "feed/link-to-passwd.txt", type: "symlink", linkname: "/etc/passwd" } },
        { header: { name: "feed/hard-link.txt", type: "link", linkname: `/tmp/${marker}-abs.txt` } },
        { header: { name: "feed/fifo", type: "fifo" } },
        { header: { name: "feed/ok.txt" }, data: NOTICE },
      ],
      true,
    );
    const before = readdirSync(dir).sort();
    const run = await extract([tgz]);
    expectWellFormed(run);
    expect(run.records.map((r) => r.source.path)).toEqual([`${tgz}!../../${marker}-up.txt`, `${tgz}!/tmp/${marker}-abs.txt`, `${tgz}!feed/ok.txt`]);
    expect(existsSync(`/tmp/${marker}-abs.txt`)).toBe(false);
    expect(existsSync(join(dir, "..", "..", `${marker}-up.txt`))).toBe(false);
    expect(existsSync(join(ROOT, "..", "..", `${marker}-up.txt`))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
    // Links are never followed: no record or message carries the linked file.
    expect(run.out).not.toContain("root:x:0:0");
  }, 30_000);

  /*
   * yauzl refuses an entry name with ".." or a leading "/" while reading the
   * zip's directory; src/input/read-zip.ts decodes names itself, so such an
   * entry is only a label and the valid entries after it are read. Nothing is
   * written to disk either way.
   */
  it("a zip entry named '../x' or '/x' does not stop the entries after it", async () => {
    const dir = tempDir();
    const zip = join(dir, "hostile.zip");
    writeFileSync(
      zip,
      zipArchive([
        { name: "feed/1.txt", data: NOTICE },
        { name: "../../escape.txt", data: NOTICE },
        { name: "/tmp/absolute.txt", data: NOTICE },
        { name: "feed/2.txt", data: NOTICE },
      ]),
    );
    const run = await extract([zip]);
    expectWellFormed(run);
    expect(run.records.map((r) => r.source.path)).toContain(`${zip}!feed/2.txt`);
  }, 30_000);
});

describe("odd files", () => {
  it("a FIFO in a folder does not hang the run", async () => {
    const dir = join(tempDir(), "in");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), NOTICE);
    const made = spawnSync("mkfifo", [join(dir, "b-fifo")]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    writeFileSync(join(dir, "c.txt"), NOTICE);
    const run = await extract([dir]);
    expectWellFormed(run);
    expect(run.records.map((r) => r.source.path)).toEqual([join(dir, "a.txt"), join(dir, "c.txt")]);
  }, 30_000);

  /*
   * A pipe or a device given as a path reports size 0, so the size check
   * alone never applies (for /dev/zero the read would never end):
   * src/input/read-plain-file.ts reads such a file no further than
   * --max-bytes. Here a FIFO gets 2 MB and stays open for 120 s; with
   * --max-bytes 1M the run stops reading at the limit and finishes long
   * before the writer closes (30 s allowed, for a loaded machine).
   */
  it("a pipe given as a path is read no further than --max-bytes", async () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe.txt");
    if (spawnSync("mkfifo", [fifo]).status !== 0) throw new Error("no mkfifo here");
    const writer = spawn("sh", ["-c", `exec 3> '${fifo}'; head -c 2000000 /dev/zero >&3; sleep 120`], { stdio: "ignore", detached: true });
    const writerDone = new Promise<void>((resolve) => writer.on("exit", () => resolve()));
    try {
      const work = tempDir();
      const child = spawnSync(process.execPath, [BIN, "extract", fifo, "--jobs", "1", "--max-bytes", "1M", "--errors", join(work, "errors.jsonl")], {
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(child.signal, "still reading after 30 s").toBeNull();
      expect(existsSync(join(work, "errors.jsonl")), `no error list (status ${child.status}): ${child.stderr}`).toBe(true);
      expect(jsonLines<ErrorLine>(readFileSync(join(work, "errors.jsonl"), "utf8")).map((e) => e.ruleId)).toEqual(["source-too-large"]);
    } finally {
      if (writer.pid !== undefined) process.kill(-writer.pid, "SIGKILL");
      await writerDone;
    }
  }, 60_000);

  it("non-notices and notices mixed with junk files keep their order", async () => {
    const dir = join(tempDir(), "in");
    mkdirSync(dir);
    others.forEach((s, i) => writeFileSync(join(dir, `${i}-other.txt`), s.bytes));
    writeFileSync(join(dir, "5-binary.bin"), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, "6-notice.txt"), NOTICE);
    const run = await extract([dir]);
    expectWellFormed(run);
    expect(run.code).toBe(0);
    expect(run.records.map((r) => r.source.path)).toEqual([join(dir, "6-notice.txt")]);
  }, 30_000);

  /*
   * A name with a byte that is not UTF-8 (a Latin-1 "é" from a 1990s
   * archive) is opened by its bytes (src/input/walk-folder.ts).
   */
  it("a file whose name is not UTF-8 is read", async () => {
    const dir = join(tempDir(), "in");
    mkdirSync(dir);
    const name = Buffer.concat([Buffer.from(join(dir, "lat")), Buffer.from([0xe9]), Buffer.from("n.txt")]);
    writeFileSync(name, NOTICE);
    const run = await extract([dir]);
    expectWellFormed(run);
    expect(run.records).toHaveLength(1);
  }, 30_000);

  /*
   * Links are followed but each folder is walked once per folder given
   * (src/input/walk-folder.ts): without that, a lattice of links (each
   * level two links to the next) made 2^depth inputs of one file (15 levels,
   * a few KB of links, gave 32,768 records of the same notice in 52 s).
   */
  it("a lattice of folder links does not multiply one file", async () => {
    const dir = join(tempDir(), "lattice");
    mkdirSync(dir);
    const depth = 8;
    for (let i = 0; i <= depth; i++) mkdirSync(join(dir, `d${i}`));
    writeFileSync(join(dir, `d${depth}`, "notice.txt"), NOTICE);
    for (let i = 0; i < depth; i++) {
      symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, "a"));
      symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, "b"));
    }
    const run = await extract([join(dir, "d0")]);
    expectWellFormed(run);
    expect(run.records.length).toBeLessThanOrEqual(1);
  }, 60_000);
});

describe("a copy of every real input", () => {
  it("gives a record or a listed skip for each, in a folder, a tar.gz and a zip", async () => {
    const dir = join(tempDir(), "in");
    mkdirSync(dir);
    seeds.forEach((s, i) => writeFileSync(join(dir, `${String(i).padStart(3, "0")}-${s.name.replace("/", "-")}`), s.bytes));
    await seedTar(join(dir, "zz-feed.tar.gz"), true);
    writeFileSync(join(dir, "zz-feed.zip"), seedZip());
    const run = await extract([dir]);
    expectWellFormed(run);
    expect(run.code).toBe(0);
    expect(run.records.length + run.errors.length).toBe(seeds.length * 3);
    expect(run.records).toHaveLength(notices.length * 3);
  }, 60_000);
});
