/**
 * `edgar-nt fetch` killed with SIGKILL in the middle of a download and run
 * again with the same command: the built CLI runs as a child process
 * against the local EDGAR stand-in, which holds one notice's answer half
 * sent so that the kill finds a download under way (its `.part` file on
 * disk) while other notices are already complete. The rerun ends with every
 * file whole, no `.part` file left, and no request for a file that was
 * complete when the run was killed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { builtCli } from "../helpers/test-build.js";
import { DAILY_INDEX, DAY, NOTICES, edgarTree, noticePath, wrapped } from "./edgar-tree.js";
import { startStandIn, type StandIn } from "./edgar-stand-in.js";

const UA = "Test Researcher test@example.org";
/** Constructed notices added to the day's four real ones, so the run is long enough to kill. */
const EXTRA = 24;
/** The constructed notice whose answer the stand-in holds half sent. */
const HELD = 3;

let BIN = "";
beforeAll(() => {
  BIN = builtCli();
}, 200_000);

let server: StandIn;
let dir: string;
let proc: ChildProcess | null = null;
beforeEach(async () => {
  server = await startStandIn(edgarTree());
  dir = mkdtempSync(join(tmpdir(), "edgar-nt-fetch-kill-"));
});
afterEach(async () => {
  if (proc !== null && proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
  proc = null;
  await server.close();
});

/** A constructed submission of about 120 kB that compresses poorly, so half its gzip stream is half the file. */
function constructed(accession: string): Buffer {
  const lines = randomBytes(90_000).toString("base64").match(/.{1,76}/g) ?? [];
  return Buffer.from(`<SEC-DOCUMENT>${accession}.txt : 20200318\nACCESSION NUMBER: ${accession}\n${lines.join("\n")}\n</SEC-DOCUMENT>\n`);
}

/** Every file under `root`, relative, sorted. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(root, join(d, e.name)));
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

/** Resolves when `ready` holds (checked every 10 ms), or rejects after `ms`. */
async function until(ready: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Starts the built CLI in `dir`. */
function start(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

describe("edgar-nt fetch killed with SIGKILL and run again", () => {
  it("ends with every file whole, no partial file, and nothing complete downloaded twice", async () => {
    const index = server.files.get(DAILY_INDEX)?.toString("latin1") ?? "";
    const extra = Array.from({ length: EXTRA }, (_, i) => {
      const accession = `0009999999-20-${String(i).padStart(6, "0")}`;
      const path = `/Archives/edgar/data/9999999/${accession}.txt`;
      server.files.set(path, constructed(accession));
      return { path, dest: `9999999/${accession}.txt`, row: `NT 10-Q      CONSTRUCTED FILER ${String(i).padEnd(44)}9999999     20200318    edgar/data/9999999/${accession}.txt\n` };
    });
    server.files.set(DAILY_INDEX, Buffer.from(index + extra.map((e) => e.row).join(""), "latin1"));
    const held = extra[HELD];
    if (!held) throw new Error("fixture");
    // The held answer: half its bytes at once, the rest long after the kill.
    server.misbehave = (path, nth) => (path === held.path && nth === 1 ? { kind: "slow", ms: 60_000, bytes: 40_000 } : null);
    const expected = new Map<string, Buffer>([
      ...NOTICES.map((n) => [`${n.cik}/${n.accession}.txt`, wrapped(n)] as const),
      ...extra.map((e) => [e.dest, server.files.get(e.path) ?? Buffer.alloc(0)] as const),
    ]);
    const command = ["fetch", "--from", DAY, "--to", DAY, "--user-agent", UA, "--base-url", server.url, "--out", "out", "--connections", "2"];

    const first = start(command);
    proc = first.child;
    const out = join(dir, "out");
    const heldPart = join(out, `${held.dest}.part`);
    const complete = (): string[] => filesUnder(out).filter((f) => expected.has(f));
    // Killed while the held download is under way (its .part holds bytes) and other notices are complete.
    await until(() => existsSync(heldPart) && statSync(heldPart).size > 0 && complete().length >= 6, 30_000, "a download under way");
    first.child.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");

    const completeAtKill = complete();
    const partsAtKill = filesUnder(out).filter((f) => f.endsWith(".part"));
    expect(partsAtKill).toContain(`${held.dest}.part`);
    expect(completeAtKill).not.toContain(held.dest);
    expect(completeAtKill.length).toBeLessThan(expected.size);
    // What was complete at the kill is whole already: renamed only after its checks.
    for (const f of completeAtKill) expect(readFileSync(join(out, f)).equals(expected.get(f) ?? Buffer.alloc(0)), f).toBe(true);

    const before = server.requests.length;
    const again = start(command);
    proc = again.child;
    const rerun = await again.done;
    expect(rerun.code, rerun.stderr).toBe(0);

    const files = filesUnder(out);
    expect(files).toEqual([...expected.keys(), "index/daily-index/2020/QTR1/form.20200318.idx"].sort());
    for (const [f, bytes] of expected) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
    expect(files.filter((f) => f.endsWith(".part") || f.endsWith(".lock"))).toEqual([]);
    // The rerun asked for exactly the notices not complete at the kill: none twice, the index of a past day not again.
    const asked = server.requests.slice(before).map((r) => r.path);
    const notComplete = [...expected.keys()].filter((f) => !completeAtKill.includes(f));
    const pathOf = (dest: string): string => {
      const n = NOTICES.find((x) => dest === `${x.cik}/${x.accession}.txt`);
      return n ? noticePath(n) : `/Archives/edgar/data/${dest}`;
    };
    expect(asked.sort()).toEqual(notComplete.map(pathOf).sort());
    expect(rerun.stderr).toMatch(new RegExp(`${completeAtKill.length} already there`));
  }, 120_000);
});
