/* `edgar-nt fetch` against a local EDGAR stand-in: what is downloaded, where, how politely, and what extract and link make of it. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { readIndexFile } from "../../src/edgar-index/read-index-file.js";
import { io } from "../cli/cli-helpers.js";
import { DAILY_INDEX, DAY, NOTICES, SUBMISSIONS_CIK, edgarTree, noticePath, wrapped } from "./edgar-tree.js";
import { busiestWindow, startStandIn, type StandIn } from "./edgar-stand-in.js";

const UA = "Test Researcher test@example.org";

let server: StandIn;
let dir: string;
beforeEach(async () => {
  server = await startStandIn(edgarTree());
  dir = mkdtempSync(join(tmpdir(), "edgar-nt-fetch-"));
});
afterEach(async () => {
  await server.close();
});

/** Every file under `root`, relative, sorted. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(root, join(d, e.name)));
    }
  };
  walk(root);
  return out.sort();
}

async function fetch(args: string[], env: Record<string, string> = {}) {
  const world = io(dir, "", { env });
  const code = await cli(["fetch", "--base-url", server.url, "--data-url", server.url, "--out", "out", "--backoff-ms", "50", ...args], world);
  return { code, out: world.out(), err: world.err() };
}

const OUT_NOTICES = NOTICES.map((n) => `${n.cik}/${n.accession}.txt`).sort();

describe("edgar-nt fetch", () => {
  it("downloads exactly the NT submissions of a day's daily index, with the User-Agent, to DIR/<CIK>/<accession>.txt", async () => {
    // The NT rows of the real form.20200318.idx, read here without the project's index reader:
    // each row whose form type begins "NT " (24F-2NT is another form), its last column the file name.
    const raw = gunzipSync(readFileSync(join(import.meta.dirname, "..", "..", "fixtures/edgar-index/real/form.20200318.idx.gz"))).toString("latin1");
    const listed = raw
      .split("\n")
      .filter((line) => line.startsWith("NT "))
      .map((line) => line.trim().split(/\s+/).at(-1) ?? "");
    expect(listed).toHaveLength(4);
    const run = await fetch(["--from", DAY, "--to", DAY, "--user-agent", UA]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe("");
    const saved = filesUnder(join(dir, "out")).filter((f) => !f.startsWith("index/"));
    expect(saved).toEqual(listed.map((name) => name.replace(/^edgar\/data\//, "")).sort());
    const noticeRequests = server.requests.map((r) => r.path).filter((p) => p !== DAILY_INDEX);
    expect(noticeRequests.sort()).toEqual(listed.map((name) => `/Archives/${name}`).sort());
    expect(filesUnder(join(dir, "out"))).toEqual([...OUT_NOTICES, "index/daily-index/2020/QTR1/form.20200318.idx"].sort());
    for (const n of NOTICES) expect(readFileSync(join(dir, "out", String(n.cik), `${n.accession}.txt`))).toEqual(wrapped(n));
    expect(readFileSync(join(dir, "out/index/daily-index/2020/QTR1/form.20200318.idx"))).toEqual(server.files.get(DAILY_INDEX));
    expect(server.requests.map((r) => r.path).sort()).toEqual([DAILY_INDEX, ...NOTICES.map(noticePath)].sort());
    expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(new Set([UA]));
    expect(new Set(server.requests.map((r) => r.acceptEncoding))).toEqual(new Set(["gzip"]));
    expect(run.err).toMatch(/4 notices listed/);
  });

  it("takes the User-Agent from EDGAR_USER_AGENT", async () => {
    const run = await fetch(["--from", DAY, "--index-only"], { EDGAR_USER_AGENT: UA });
    expect(run.code, run.err).toBe(0);
    expect(server.requests.map((r) => r.userAgent)).toEqual([UA]);
  });

  it.each([[[]], [["--user-agent", "my-scraper/1.0"]], [["--user-agent", ""]]])("refuses to start without a User-Agent naming an e-mail (%j)", async (ua) => {
    const run = await fetch(["--from", DAY, ...ua]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/e-mail/);
    expect(server.requests).toEqual([]);
  });

  it.each([
    ["nt10-q", "write NT 10-Q"],
    ["XYZ", "not a Form 12b-25 submission type"],
    [" , ", "names no submission type"],
  ])("refuses --forms %j as extract does, before any request", async (value, said) => {
    const run = await fetch(["--from", DAY, "--user-agent", UA, "--forms", value]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(said);
    expect(server.requests).toEqual([]);
  });

  it.each([["--rate", "11"], ["--rate", "0"], ["--rate", "ten"]])("refuses %s %s: never faster than EDGAR allows", async (flag, value) => {
    const run = await fetch(["--from", DAY, "--user-agent", UA, flag, value]);
    expect(run.code).toBe(2);
    expect(server.requests).toEqual([]);
  });

  it.each([
    [["--from", "2020-02-30"]],
    [["--from", DAY, "--to", "2020-03-17"]],
    [["--quarters", "2020Q5"]],
    [["--quarters", "2020Q1", "--from", DAY]],
    [["--from", DAY, "--cik", "12x"]],
    [["--from", DAY, "--base-url", "ftp://example.org"]],
    [[]],
  ])("refuses the request %j as a usage error", async (args) => {
    const run = await fetch(["--user-agent", UA, ...args]);
    expect(run.code, run.err).toBe(2);
    expect(server.requests).toEqual([]);
  });

  it("keeps the request rate the server observes at or under --rate", async () => {
    // Forty more notices make the run long enough to measure.
    const index = server.files.get(DAILY_INDEX)?.toString("latin1") ?? "";
    const extra = Array.from({ length: 40 }, (_, i) => {
      const accession = `0009999999-20-${String(i).padStart(6, "0")}`;
      server.files.set(`/Archives/edgar/data/9999999/${accession}.txt`, Buffer.from(`<SEC-DOCUMENT>${accession}.txt : 20200318\nACCESSION NUMBER: ${accession}\n</SEC-DOCUMENT>\n`));
      return `NT 10-Q      CONSTRUCTED FILER ${String(i).padEnd(44)}9999999     20200318    edgar/data/9999999/${accession}.txt\n`;
    });
    server.files.set(DAILY_INDEX, Buffer.from(index + extra.join(""), "latin1"));
    const run = await fetch(["--from", DAY, "--user-agent", UA, "--rate", "8", "--connections", "6"]);
    expect(run.code, run.err).toBe(0);
    expect(server.requests).toHaveLength(45);
    expect(busiestWindow(server.requests, 1000)).toBeLessThanOrEqual(8);
  });

  it("resumes: a rerun of the same command asks EDGAR for nothing it already has", async () => {
    expect((await fetch(["--from", DAY, "--user-agent", UA])).code).toBe(0);
    const before = server.requests.length;
    const again = await fetch(["--from", DAY, "--user-agent", UA]);
    expect(again.code, again.err).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(again.err).toMatch(/4 already there/);
  });

  it("honours Retry-After on 429 and still gets every file", async () => {
    const first = NOTICES[0];
    if (!first) throw new Error("fixture");
    const target = noticePath(first);
    server.misbehave = (path, nth) => (path === target && nth === 1 ? { kind: "status", status: 429, retryAfter: "1" } : null);
    const run = await fetch(["--from", DAY, "--user-agent", UA]);
    expect(run.code, run.err).toBe(0);
    const times = server.requests.filter((r) => r.path === target).map((r) => r.at);
    expect(times).toHaveLength(2);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(950);
    expect(filesUnder(join(dir, "out")).filter((f) => !f.startsWith("index/"))).toEqual(OUT_NOTICES);
  });

  it("retries 503s and a body cut short", async () => {
    server.misbehave = (path, nth) => (path.endsWith(".txt") && nth === 1 ? (path.includes("1694688") ? { kind: "cut", bytes: 200 } : { kind: "status", status: 503 }) : null);
    const run = await fetch(["--from", DAY, "--user-agent", UA]);
    expect(run.code, run.err).toBe(0);
    for (const n of NOTICES) expect(readFileSync(join(dir, "out", String(n.cik), `${n.accession}.txt`))).toEqual(wrapped(n));
  });

  it("stops after repeated 403s, explaining that EDGAR refuses the address", async () => {
    server.misbehave = (path) => (path.endsWith(".txt") ? { kind: "status", status: 403 } : null);
    const run = await fetch(["--from", DAY, "--user-agent", UA, "--connections", "1"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refus/i);
    expect(run.err).toMatch(/User-Agent/);
    expect(server.requests.filter((r) => r.path.endsWith(".txt")).length).toBe(3);
  });

  it("lists a notice EDGAR does not have in --errors, fetches the others, and exits 1", async () => {
    const missing = NOTICES[2];
    if (!missing) throw new Error("fixture");
    server.files.delete(noticePath(missing));
    const run = await fetch(["--from", DAY, "--user-agent", UA, "--errors", "errors.jsonl"]);
    expect(run.code).toBe(1);
    const errors = readFileSync(join(dir, "errors.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { ruleId: string; url: string });
    expect(errors.map((e) => [e.ruleId, e.url])).toEqual([["fetch-not-found", server.url + noticePath(missing)]]);
    expect(filesUnder(join(dir, "out")).filter((f) => !f.startsWith("index/"))).toHaveLength(3);
  });

  it("counts days without a daily index (weekends are not asked for; holidays answer 404) as not published, not failed", async () => {
    const run = await fetch(["--from", "2020-03-13", "--to", DAY, "--user-agent", UA, "--index-only"]);
    expect(run.code, run.err).toBe(0);
    // Friday 13th, Monday 16th, Tuesday 17th and Wednesday 18th; not the weekend.
    expect(server.requests.map((r) => r.path.split("/").at(-1)).sort()).toEqual(["form.20200313.idx", "form.20200316.idx", "form.20200317.idx", "form.20200318.idx"]);
    expect(run.err).toMatch(/3 not published/);
  });

  it("selects by --cik and --forms", async () => {
    const run = await fetch(["--from", DAY, "--user-agent", UA, "--cik", "0001190370", "--forms", "nt 10-q/a"]);
    expect(run.code, run.err).toBe(0);
    expect(filesUnder(join(dir, "out")).filter((f) => !f.startsWith("index/"))).toEqual(["1190370/0001731122-20-000278.txt"]);
  });

  it("fetches whole quarters from the full index", async () => {
    server.files.set("/Archives/edgar/full-index/2020/QTR1/form.idx", server.files.get(DAILY_INDEX) ?? Buffer.alloc(0));
    const run = await fetch(["--quarters", "2020Q1..2020Q1", "--user-agent", UA]);
    expect(run.code, run.err).toBe(0);
    expect(filesUnder(join(dir, "out"))).toEqual([...OUT_NOTICES, "index/full-index/2020/QTR1/form.idx"].sort());
  });

  it("--index-only --submissions keeps the index files and the companies' JSON with its pages, which the index reader takes", async () => {
    const run = await fetch(["--from", DAY, "--user-agent", UA, "--index-only", "--submissions", "--cik", String(SUBMISSIONS_CIK)]);
    expect(run.code, run.err).toBe(0);
    expect(filesUnder(join(dir, "out"))).toEqual([
      "index/daily-index/2020/QTR1/form.20200318.idx",
      "index/submissions/CIK0000749647-submissions-001.json",
      "index/submissions/CIK0000749647.json",
    ]);
    const nt: string[] = [];
    for (const f of filesUnder(join(dir, "out/index"))) {
      for await (const row of readIndexFile(join(dir, "out/index", f), { keepForm: (t) => t.startsWith("NT ") })) nt.push(`${row.cik} ${row.formType}`);
    }
    expect(nt.filter((r) => r.startsWith("0000749647")).length).toBeGreaterThanOrEqual(4);
  });

  it("leaves a folder extract reads directly: the same records as the sample notices", async () => {
    expect((await fetch(["--from", DAY, "--user-agent", UA])).code).toBe(0);
    const extractOf = async (args: string[]) => {
      const world = io(dir);
      expect(await cli(["extract", "--jobs", "1", ...args], world), world.err()).toBe(0);
      return world
        .out()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown> & { source: { path: string } });
    };
    const fetched = await extractOf(["out"]);
    expect(fetched.map((r) => r.source.path)).toEqual(NOTICES.map((n) => `out/${n.cik}/${n.accession}.txt`).sort());
    const root = join(import.meta.dirname, "..", "..", "fixtures/samples");
    for (const record of fetched) {
      const n = NOTICES.find((x) => record.source.path.endsWith(`${x.accession}.txt`));
      if (!n) throw new Error(record.source.path);
      const [sample] = await extractOf([join(root, n.sample)]);
      for (const group of ["registrant", "part2", "part3", "part4", "signature", "auditorLetter", "reasons"]) {
        expect(record[group], `${n.sample} ${group}`).toEqual(sample?.[group]);
      }
      expect(record["filing"]).toMatchObject({ accessionNumber: n.accession, submissionType: n.type });
    }
    expect(existsSync(join(dir, "out/.fetch.lock"))).toBe(false);
  });

  it("extract DIR on a fetched quarter skips DIR/index once, unread and counted, even when its form.idx is over --max-bytes", async () => {
    server.files.set("/Archives/edgar/full-index/2020/QTR1/form.idx", server.files.get(DAILY_INDEX) ?? Buffer.alloc(0));
    const fetched = await fetch(["--quarters", "2020Q1", "--user-agent", UA]);
    expect(fetched.code, fetched.err).toBe(0);
    const json = await fetch(["--quarters", "2020Q1", "--user-agent", UA, "--index-only", "--submissions", "--cik", String(SUBMISSIONS_CIK)]);
    expect(json.code, json.err).toBe(0);
    expect(existsSync(join(dir, "out/index/submissions/CIK0000749647.json"))).toBe(true);
    expect(existsSync(join(dir, "out/index/full-index/2020/QTR1/form.idx"))).toBe(true);
    // The quarter's index (617 kB here, tens of MB on EDGAR) is larger than this limit.
    const world = io(dir);
    const code = await cli(["extract", "--jobs", "1", "--max-bytes", "100k", "--errors", "errors.jsonl", "out"], world);
    expect(code, world.err()).toBe(0);
    expect(world.out().trim().split("\n")).toHaveLength(NOTICES.length);
    const errors = readFileSync(join(dir, "errors.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, string>);
    expect(errors.map((e) => [e["path"], e["kind"], e["ruleId"]])).toEqual([["out/index", "skip", "source-edgar-index"]]);
    expect(world.err()).toMatch(/5 inputs seen, 4 records, 1 skipped, 0 failed/);
    expect(world.err()).toMatch(/source-edgar-index 1/);
  });

  it("extract DIR/index given by itself is the same one skip; a folder named index holding anything else is read", async () => {
    expect((await fetch(["--from", DAY, "--user-agent", UA])).code).toBe(0);
    const alone = io(dir);
    expect(await cli(["extract", "--errors", "alone.jsonl", "out/index/"], alone), alone.err()).toBe(0);
    expect(readFileSync(join(dir, "alone.jsonl"), "utf8")).toMatch(/^\{"path":"out\/index","reason":"[^"]+","ruleId":"source-edgar-index","kind":"skip"\}\n$/);
    // A user's folder that happens to be called index is read as usual.
    const mine = join(dir, "mine", "index");
    mkdirSync(join(mine, "daily-index"), { recursive: true });
    cpSync(join(import.meta.dirname, "..", "..", "fixtures/samples/igene-nt10k-1998.txt"), join(mine, "igene.txt"));
    writeFileSync(join(mine, "daily-index", "note.txt"), "not a notice\n");
    const world = io(dir);
    expect(await cli(["extract", "--jobs", "1", "mine"], world), world.err()).toBe(0);
    expect(world.out().trim().split("\n").map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(["mine/index/igene.txt"]);
  });

  it("refuses a second fetch into a folder another fetch is writing (exit 3), and takes over a killed run's lock", async () => {
    mkdirSync(join(dir, "out"));
    const lock = join(dir, "out/.fetch.lock");
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }) + "\n");
    const held = await fetch(["--from", DAY, "--user-agent", UA]);
    expect(held.code, held.err).toBe(3);
    expect(server.requests).toEqual([]);
    // A pid that no longer runs: a run killed before it could release its lock.
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), started: new Date().toISOString() }) + "\n");
    const taken = await fetch(["--from", DAY, "--user-agent", UA]);
    expect(taken.code, taken.err).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it("draws a progress bar (phase, files, bytes, rate, time left) on a terminal, and none elsewhere", async () => {
    let err = "";
    const world = { ...io(dir, "", {}), stderr: { write: (t: string) => (err += t), isTTY: true, columns: 120 } };
    // Slow enough (2 requests a second) for frames with the time left.
    const code = await cli(["fetch", "--base-url", server.url, "--out", "out", "--from", DAY, "--user-agent", UA, "--rate", "2"], world);
    expect(code, err).toBe(0);
    const frames = err.split("\r").filter((f) => f.startsWith("["));
    expect(frames.some((f) => /^\[=+ +\] notices [123]\/4 .* files\/s {2}ETA 0:0\d/.test(f)), err).toBe(true);
    expect(frames.some((f) => /^\[=+\] notices 4\/4 {2}0\.\d MB {2}\d+\.\d files\/s/.test(f)), err).toBe(true);
    expect(frames.some((f) => /^\[ *=* *\] index files [01]\/1/.test(f)), err).toBe(true);
    // The bar is cleared before the summary, which stays.
    expect(err).toMatch(/\r\x1b\[K(?:edgar-nt fetch: 4 notices listed)/);
    const plain = await fetch(["--from", DAY, "--user-agent", UA, "--out", "plain"]);
    expect(plain.code, plain.err).toBe(0);
    expect(plain.err).not.toContain("\r");
  });
});
