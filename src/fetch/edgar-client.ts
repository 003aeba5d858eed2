import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import type { Clock } from "./clock.js";
import type { FileCheck } from "./file-checks.js";
import type { RateLimiter } from "./rate-limiter.js";
import { parseRetryAfter, retryDelay, type RetryPolicy } from "./retry-policy.js";
import { FAIR_ACCESS_URL } from "./user-agent.js";
import type { RuleId } from "../core/rules/index.js";

/** How the client talks to EDGAR. */
export interface ClientOptions {
  userAgent: string;
  /** Shared by every request of the run. */
  limiter: RateLimiter;
  clock: Clock;
  /** A number in [0, 1) for the backoff's jitter. */
  random: () => number;
  retry: RetryPolicy;
  /** A request with no byte for this long is abandoned and retried. */
  timeoutMs: number;
  /** Connections open at once. */
  connections: number;
  /** Refusals (403) in a row after which the run stops. */
  maxForbidden: number;
  /** Told of each body byte count as it arrives (for the progress bar). */
  onBytes?: (n: number) => void;
}

/** The outcome of one download. */
export type DownloadResult =
  | { kind: "saved"; bytes: number }
  | { kind: "not-found"; status: number }
  | { kind: "failed"; ruleId: Extract<RuleId, "fetch-failed" | "fetch-check-failed">; status: number | null; reason: string };

/** Counts of a client's requests. */
export interface ClientStats {
  requests: number;
  retries: number;
  /** Body bytes as they came over the wire (compressed when gzip was used). */
  wireBytes: number;
  /** Answers by HTTP status, and `timeout`/`network` for requests without one. */
  statuses: Record<string, number>;
}

/**
 * EDGAR refused this address: `maxForbidden` answers in a row were 403.
 * The run stops, since going on only prolongs the block.
 */
export class EdgarRefusedError extends Error {
  override name = "EdgarRefusedError";
}

/** A client of EDGAR: rate-limited, retrying, writing whole files only. */
export interface EdgarClient {
  /**
   * Downloads `url` to `dest`: the body (gzip decoded) goes to `dest.part`,
   * which is checked by `check` and renamed to `dest` only when complete and
   * right. Retries on 429, 5xx, timeouts, broken or short bodies and failed
   * checks; throws {@link EdgarRefusedError} after repeated 403s.
   */
  download(url: string, dest: string, check: () => FileCheck): Promise<DownloadResult>;
  stats: ClientStats;
  /** Closes idle connections. */
  close(): void;
}

/** Redirects followed at most. */
const MAX_REDIRECTS = 5;

/** One attempt's outcome. */
type Attempt =
  | { kind: "saved"; bytes: number }
  | { kind: "answer"; status: number; retryAfterMs: number | null; location: string | null }
  | { kind: "broken"; status: number | null; reason: string; check: boolean };

/** The temporary name a file is written under until it is complete. */
function partPath(dest: string): string {
  return `${dest}.part`;
}

/** A client for `options`. */
export function createEdgarClient(options: ClientOptions): EdgarClient {
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: options.connections }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: options.connections }),
  };
  const stats: ClientStats = { requests: 0, retries: 0, wireBytes: 0, statuses: {} };
  let forbiddenInARow = 0;
  const count = (key: string): void => {
    stats.statuses[key] = (stats.statuses[key] ?? 0) + 1;
  };

  const attempt = async (url: URL, dest: string, check: FileCheck): Promise<Attempt> => {
    const sent = await options.limiter.acquire();
    stats.requests++;
    let response: IncomingMessage;
    try {
      response = await send(url, options, url.protocol === "https:" ? agents.https : agents.http, sent);
    } catch (error) {
      const timedOut = error instanceof TimeoutError;
      count(timedOut ? "timeout" : "network");
      return { kind: "broken", status: null, reason: timedOut ? "no answer in time" : describe(error), check: false };
    }
    const status = response.statusCode ?? 0;
    count(String(status));
    if (status !== 200) {
      response.resume();
      const header = response.headers["retry-after"];
      return {
        kind: "answer",
        status,
        retryAfterMs: parseRetryAfter(Array.isArray(header) ? header[0] : header, options.clock.now()),
        location: response.headers.location ?? null,
      };
    }
    forbiddenInARow = 0;
    return save(response, dest, check);
  };

  const save = async (response: IncomingMessage, dest: string, check: FileCheck): Promise<Attempt> => {
    const part = partPath(dest);
    await mkdir(dirname(dest), { recursive: true });
    const expected = Number(response.headers["content-length"] ?? Number.NaN);
    let wire = 0;
    let bytes = 0;
    const gzip = (response.headers["content-encoding"] ?? "").toLowerCase().includes("gzip");
    const onWire = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        wire += chunk.length;
        stats.wireBytes += chunk.length;
        options.onBytes?.(chunk.length);
        done(null, chunk);
      },
    });
    const watch = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        check.update(chunk);
        done(null, chunk);
      },
    });
    try {
      const stages: Readable[] = gzip ? [response, onWire, createGunzip()] : [response, onWire];
      await pipeline([...stages, watch, createWriteStream(part)]);
      // On disk before it is renamed, so that no crash leaves a named file without its bytes.
      const written = await open(part, "r+");
      try {
        await written.sync();
      } finally {
        await written.close();
      }
    } catch (error) {
      await rm(part, { force: true });
      const reason = error instanceof TimeoutError ? "the answer stopped coming" : `the body broke off (${describe(error)})`;
      return { kind: "broken", status: 200, reason, check: false };
    }
    if (Number.isFinite(expected) && wire !== expected) {
      await rm(part, { force: true });
      return { kind: "broken", status: 200, reason: `the body has ${wire} of ${expected} bytes`, check: false };
    }
    const problem = check.finish();
    if (problem !== null) {
      await rm(part, { force: true });
      return { kind: "broken", status: 200, reason: problem, check: true };
    }
    await rename(part, dest);
    return { kind: "saved", bytes };
  };

  const download = async (address: string, dest: string, check: () => FileCheck): Promise<DownloadResult> => {
    let url = new URL(address);
    let redirects = 0;
    for (let tries = 0; ; ) {
      const result = await attempt(url, dest, check());
      if (result.kind === "saved") return result;
      let retryAfterMs: number | null = null;
      if (result.kind === "answer") {
        const { status } = result;
        if (status === 403) {
          forbiddenInARow++;
          if (forbiddenInARow >= options.maxForbidden) {
            throw new EdgarRefusedError(
              `EDGAR refused ${forbiddenInARow} requests in a row (403 Forbidden): it is refusing requests from this address. ` +
                `This happens when requests come faster than 10 a second or without a User-Agent naming you and your e-mail. ` +
                `Stopped; wait at least 10 minutes before running the same command again (files already saved are kept). See ${FAIR_ACCESS_URL}`,
            );
          }
        } else forbiddenInARow = 0;
        if (status === 404 || status === 410) return { kind: "not-found", status };
        if (status >= 300 && status < 400 && result.location !== null && redirects < MAX_REDIRECTS) {
          redirects++;
          url = new URL(result.location, url);
          continue;
        }
        if (!retryable(status)) return { kind: "failed", ruleId: "fetch-failed", status, reason: `HTTP ${status}` };
        retryAfterMs = result.retryAfterMs;
        if (retryAfterMs !== null) options.limiter.pauseUntil(options.clock.now() + retryAfterMs);
      }
      if (tries >= options.retry.retries) {
        if (result.kind === "answer") {
          return { kind: "failed", ruleId: "fetch-failed", status: result.status, reason: `HTTP ${result.status} after ${tries + 1} attempts` };
        }
        return {
          kind: "failed",
          ruleId: result.check ? "fetch-check-failed" : "fetch-failed",
          status: result.status,
          reason: `${result.reason} (${tries + 1} attempts)`,
        };
      }
      await options.clock.sleep(retryDelay(options.retry, tries, retryAfterMs, options.random));
      tries++;
      stats.retries++;
    }
  };

  return {
    download,
    stats,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Statuses worth another try: refusals that may pass (403 until the limit), too many requests, server errors, request timeouts. */
function retryable(status: number): boolean {
  return status === 403 || status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** No byte came for the client's time limit. */
class TimeoutError extends Error {
  override name = "TimeoutError";
}

/** Sends one GET and resolves with the answer's head; `sent` is called when the request has left for the network. */
function send(url: URL, options: ClientOptions, agent: HttpAgent, sent: () => void): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: "GET",
      agent,
      headers: { "User-Agent": options.userAgent, "Accept-Encoding": "gzip", Accept: "*/*" },
    });
    request.setTimeout(options.timeoutMs, () => request.destroy(new TimeoutError("timed out")));
    // The limit holds while the body streams too: the request's socket timeout stays armed.
    request.on("finish", sent);
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}

/** An error's message, or its code. */
function describe(error: unknown): string {
  if (error instanceof Error) return "code" in error && typeof error.code === "string" ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}
