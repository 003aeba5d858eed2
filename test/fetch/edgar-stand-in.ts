/**
 * A stand-in for EDGAR on 127.0.0.1: serves files at EDGAR's paths (gzip
 * encoded when the request accepts it), records every request (time, path,
 * User-Agent) and misbehaves on demand, so the fetcher is tested without
 * the internet.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** One request the server saw. */
export interface SeenRequest {
  /** Milliseconds since the server started when the request arrived. */
  at: number;
  path: string;
  userAgent: string | undefined;
  acceptEncoding: string | undefined;
}

/** What to do with a request instead of serving it. */
export type Misbehaviour =
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "cut"; bytes: number }
  | { kind: "cut-gzip" }
  | { kind: "slow"; ms: number; bytes?: number }
  | { kind: "body"; body: Buffer };

/** A running stand-in. */
export interface StandIn {
  url: string;
  requests: SeenRequest[];
  /** Files served, by path (`/Archives/edgar/…`); change at will. */
  files: Map<string, Buffer>;
  /** Decides per request (the n-th request of its path, from 1) whether to misbehave. */
  misbehave: (path: string, nth: number) => Misbehaviour | null;
  close(): Promise<void>;
}

/** Starts a stand-in serving `files`. */
export async function startStandIn(files: Map<string, Buffer> = new Map()): Promise<StandIn> {
  const perPath = new Map<string, number>();
  const started = performance.now();
  const state: Omit<StandIn, "url" | "close"> = { requests: [], files, misbehave: () => null };
  const sockets = new Set<import("node:net").Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    state.requests.push({
      at: performance.now() - started,
      path,
      userAgent: req.headers["user-agent"],
      acceptEncoding: req.headers["accept-encoding"],
    });
    const nth = (perPath.get(path) ?? 0) + 1;
    perPath.set(path, nth);
    const body = state.files.get(path);
    const odd = state.misbehave(path, nth);
    const gzip = (req.headers["accept-encoding"] ?? "").includes("gzip");
    if (odd?.kind === "status") {
      res.writeHead(odd.status, odd.retryAfter === undefined ? {} : { "Retry-After": odd.retryAfter });
      res.end(`status ${odd.status}`);
      return;
    }
    if (body === undefined && odd?.kind !== "body") {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    const plain = odd?.kind === "body" ? odd.body : (body as Buffer);
    const sent = gzip ? gzipSync(plain) : plain;
    const headers: Record<string, string | number> = { "Content-Type": "text/plain", "Content-Length": sent.length };
    if (gzip) headers["Content-Encoding"] = "gzip";
    if (odd?.kind === "cut") {
      res.writeHead(200, headers);
      res.write(sent.subarray(0, Math.min(odd.bytes, sent.length - 1)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (odd?.kind === "cut-gzip") {
      // A gzip stream cut short, framed as if it were whole (no Content-Length to betray it).
      delete headers["Content-Length"];
      headers["Connection"] = "close";
      headers["Content-Encoding"] = "gzip";
      res.writeHead(200, headers);
      const zipped = gzipSync(plain);
      res.end(zipped.subarray(0, zipped.length - 12));
      return;
    }
    if (odd?.kind === "slow") {
      res.writeHead(200, headers);
      // The first `bytes` (default 1) at once, the rest after `ms`.
      const first = Math.min(odd.bytes ?? 1, sent.length - 1);
      res.write(sent.subarray(0, first));
      setTimeout(() => res.end(sent.subarray(first)), odd.ms);
      return;
    }
    res.writeHead(200, headers);
    res.end(sent);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const standIn: StandIn = {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    files: state.files,
    get misbehave() {
      return state.misbehave;
    },
    set misbehave(f) {
      state.misbehave = f;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return standIn;
}

/** The most requests that arrived within any window of `ms` milliseconds. */
export function busiestWindow(requests: readonly SeenRequest[], ms = 1000): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= ms) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
