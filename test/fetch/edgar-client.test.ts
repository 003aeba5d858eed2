/* The HTTP client against a local EDGAR stand-in: User-Agent and gzip on every request, retries, give-up, whole files only. */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { systemClock, type Clock } from "../../src/fetch/clock.js";
import { createEdgarClient, EdgarRefusedError, type EdgarClient } from "../../src/fetch/edgar-client.js";
import { submissionCheck } from "../../src/fetch/file-checks.js";
import { createRateLimiter } from "../../src/fetch/rate-limiter.js";
import { DEFAULT_RETRY } from "../../src/fetch/retry-policy.js";
import { startStandIn, type StandIn } from "./edgar-stand-in.js";

const UA = "Test Researcher test@example.org";
const ACCESSION = "0001376339-20-000010";
const PATH = `/Archives/edgar/data/1376339/${ACCESSION}.txt`;
const BODY = Buffer.from(
  `<SEC-DOCUMENT>${ACCESSION}.txt : 20200318\n<SEC-HEADER>\nACCESSION NUMBER:\t\t${ACCESSION}\n</SEC-HEADER>\n<DOCUMENT>\n<TEXT>\n${"line of text\n".repeat(5000)}</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`,
);

/** The real clock, moved on by each sleep instead of waiting (so retries do not slow the tests); sleeps are recorded. */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  let slept = 0;
  return {
    sleeps,
    now: () => systemClock.now() + slept,
    sleep: async (ms) => {
      sleeps.push(ms);
      slept += Math.max(0, ms);
    },
  };
}

let server: StandIn;
let dir: string;
beforeEach(async () => {
  server = await startStandIn(new Map([[PATH, BODY]]));
  dir = mkdtempSync(join(tmpdir(), "edgar-nt-client-"));
});
afterEach(async () => {
  await server.close();
});

function client(clock: Clock, overrides: { maxForbidden?: number; timeoutMs?: number; retries?: number } = {}): EdgarClient {
  return createEdgarClient({
    userAgent: UA,
    limiter: createRateLimiter(10, clock),
    clock,
    random: () => 0.5,
    retry: { ...DEFAULT_RETRY, retries: overrides.retries ?? DEFAULT_RETRY.retries },
    timeoutMs: overrides.timeoutMs ?? 10_000,
    connections: 2,
    maxForbidden: overrides.maxForbidden ?? 3,
  });
}

const dest = (): string => join(dir, "1376339", `${ACCESSION}.txt`);
const check = () => submissionCheck(ACCESSION);

describe("EDGAR client", () => {
  it("sends the User-Agent and asks for gzip, and saves the decoded body", async () => {
    const c = client(recordingClock());
    expect(await c.download(server.url + PATH, dest(), check)).toEqual({ kind: "saved", bytes: BODY.length });
    c.close();
    expect(readFileSync(dest())).toEqual(BODY);
    expect(server.requests.map((r) => [r.userAgent, r.acceptEncoding])).toEqual([[UA, "gzip"]]);
    // Sent compressed: far fewer bytes over the wire than on disk.
    expect(c.stats.wireBytes).toBeLessThan(BODY.length / 10);
  });

  it("honours Retry-After on 429, for every connection", async () => {
    const clock = recordingClock();
    server.misbehave = (_path, nth) => (nth <= 2 ? { kind: "status", status: 429, retryAfter: "7" } : null);
    const c = client(clock);
    expect((await c.download(server.url + PATH, dest(), check)).kind).toBe("saved");
    c.close();
    expect(server.requests).toHaveLength(3);
    expect(c.stats.retries).toBe(2);
    // Each retry waited at least the 7 s asked (the limiter and the retry both honour it).
    expect(clock.sleeps.filter((ms) => ms >= 6900).length).toBeGreaterThanOrEqual(2);
  });

  it("retries 5xx with exponential backoff, then gives up with the status", async () => {
    const clock = recordingClock();
    server.misbehave = () => ({ kind: "status", status: 503 });
    const c = client(clock, { retries: 4 });
    const result = await c.download(server.url + PATH, dest(), check);
    c.close();
    expect(result).toMatchObject({ kind: "failed", ruleId: "fetch-failed", status: 503 });
    expect(server.requests).toHaveLength(5);
    // random() = 0.5: three quarters of 1, 2, 4, 8 s.
    expect(clock.sleeps.filter((ms) => ms >= 500)).toEqual([750, 1500, 3000, 6000]);
    expect(existsSync(dest())).toBe(false);
  });

  it("stops the run after repeated 403s, explaining that EDGAR refuses the address", async () => {
    server.misbehave = () => ({ kind: "status", status: 403 });
    const c = client(recordingClock(), { maxForbidden: 3 });
    const error = await c.download(server.url + PATH, dest(), check).catch((e: unknown) => e);
    c.close();
    expect(error).toBeInstanceOf(EdgarRefusedError);
    expect(String(error)).toMatch(/refus/);
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a missing file", async () => {
    const c = client(recordingClock());
    expect(await c.download(server.url + "/Archives/edgar/data/1/0000000001-20-000001.txt", join(dir, "x.txt"), check)).toEqual({ kind: "not-found", status: 404 });
    c.close();
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["a body cut short", { kind: "cut", bytes: 100 } as const],
    ["a gzip stream without its end", { kind: "cut-gzip" } as const],
    ["another filing's body", { kind: "body", body: Buffer.from(BODY.toString().replaceAll(ACCESSION, "0001376339-20-000099")) } as const],
  ])("never keeps %s, and fetches the file again", async (_name, odd) => {
    server.misbehave = (_path, nth) => (nth === 1 ? odd : null);
    const c = client(recordingClock());
    expect((await c.download(server.url + PATH, dest(), check)).kind).toBe("saved");
    c.close();
    expect(readFileSync(dest())).toEqual(BODY);
    expect(server.requests).toHaveLength(2);
    expect(readdirSync(join(dir, "1376339"))).toEqual([`${ACCESSION}.txt`]);
  });

  it("abandons an answer that stops coming, and retries", async () => {
    server.misbehave = (_path, nth) => (nth === 1 ? { kind: "slow", ms: 3000 } : null);
    const c = client(recordingClock(), { timeoutMs: 300 });
    expect((await c.download(server.url + PATH, dest(), check)).kind).toBe("saved");
    c.close();
    expect(c.stats.statuses).toMatchObject({ "200": 2 });
    expect(readFileSync(dest())).toEqual(BODY);
  });

  it("keeps nothing when every attempt fails the check", async () => {
    server.misbehave = () => ({ kind: "body", body: Buffer.from("<html>Request Rate Threshold Exceeded</html>") });
    const c = client(recordingClock(), { retries: 1 });
    expect(await c.download(server.url + PATH, dest(), check)).toMatchObject({ kind: "failed", ruleId: "fetch-check-failed" });
    c.close();
    expect(readdirSync(join(dir, "1376339"))).toEqual([]);
  });
});
