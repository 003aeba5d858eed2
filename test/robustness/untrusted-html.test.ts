/**
 * Untrusted HTML is parsed, never executed, never fetched: a notice full of
 * scripts, event handlers, remote images, style sheets, frames, refresh
 * tags and entity tricks gives its record while no script runs, no network
 * connection or name lookup is attempted, and no file is written or read
 * beyond the input itself (SECURITY.md).
 */
import dns from "node:dns";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { syncBuiltinESMExports } from "node:module";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import { outcomeProblems } from "../helpers/fuzz-outcome.js";
import { HTML_SAMPLE, sampleText } from "../helpers/fuzz-seeds.js";
import { injectAfter } from "../helpers/fuzz-worst-cases.js";
import { recordOf } from "../helpers/parse-result.js";

/** A marker a script would set if anything ran it. */
const RAN = "__edgarNtHostileScriptRan";

const HOSTILE = [
  `<script>globalThis.${RAN} = true; require("fs").writeFileSync("/tmp/pwned", "x")</script>`,
  `<script src="http://example.invalid/x.js"></script>`,
  `<img src="http://example.invalid/pixel.gif" onerror="globalThis.${RAN}=true" onload="globalThis.${RAN}=true">`,
  `<img src="file:///etc/passwd" alt="checked box">`,
  `<link rel="stylesheet" href="http://example.invalid/s.css"><style>@import url("http://example.invalid/i.css"); body { background: url(http://example.invalid/b.png) }</style>`,
  `<iframe src="http://example.invalid/"></iframe><object data="http://example.invalid/o"></object><embed src="file:///etc/passwd">`,
  `<meta http-equiv="refresh" content="0; url=http://example.invalid/"><base href="http://example.invalid/">`,
  `<svg onload="globalThis.${RAN}=true"><script>globalThis.${RAN}=true</script></svg>`,
  `<a href="javascript:globalThis.${RAN}=true">click</a><body onload="globalThis.${RAN}=true">`,
  `<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><p>&xxe;</p><?xml-stylesheet href="http://example.invalid/x.xsl"?>`,
  `<p>&#x3C;script&#x3E;globalThis.${RAN}=true&#x3C;/script&#x3E;</p>`,
  `<template><script>globalThis.${RAN}=true</script></template><noscript><img src="http://example.invalid/n.gif"></noscript>`,
].join("\n");

/** What the parse tried to do to the outside world. */
const attempts: string[] = [];
const restore: (() => void)[] = [];

/** Replaces `obj[key]` with a function that records the call and throws. */
function trap(obj: Record<string, unknown>, key: string, what: string): void {
  const original = obj[key];
  obj[key] = (...args: unknown[]): never => {
    attempts.push(`${what}(${args.map((a) => String(a).slice(0, 60)).join(", ")})`);
    throw new Error(`${what} is not allowed while parsing`);
  };
  restore.push(() => {
    obj[key] = original;
  });
}

// The HTML front end loads htmlparser2 on the first HTML document
// (src/render/html-parser-loader.ts): a one-time module load, not the filing's
// doing, so a harmless notice is parsed before the traps are set.
beforeAll(() => {
  parseFiling(Buffer.from(sampleText(HTML_SAMPLE), "utf8"), { path: "warm-up.htm" });
});

beforeEach(() => {
  attempts.length = 0;
  trap(net.Socket.prototype as unknown as Record<string, unknown>, "connect", "net.Socket.connect");
  trap(net as unknown as Record<string, unknown>, "connect", "net.connect");
  trap(net as unknown as Record<string, unknown>, "createConnection", "net.createConnection");
  trap(dns as unknown as Record<string, unknown>, "lookup", "dns.lookup");
  trap(http as unknown as Record<string, unknown>, "request", "http.request");
  trap(http as unknown as Record<string, unknown>, "get", "http.get");
  trap(https as unknown as Record<string, unknown>, "request", "https.request");
  trap(https as unknown as Record<string, unknown>, "get", "https.get");
  trap(globalThis as unknown as Record<string, unknown>, "fetch", "fetch");
  for (const key of ["writeFileSync", "appendFileSync", "openSync", "readFileSync", "createWriteStream", "createReadStream", "writeFile", "readFile", "open"]) {
    trap(fs as unknown as Record<string, unknown>, key, `fs.${key}`);
  }
  syncBuiltinESMExports();
});

afterEach(() => {
  while (restore.length > 0) restore.pop()?.();
  syncBuiltinESMExports();
  delete (globalThis as Record<string, unknown>)[RAN];
});

describe("hostile HTML in a notice", () => {
  const html = injectAfter(sampleText(HTML_SAMPLE), "or as soon as practicable.</P>", HOSTILE);
  const bytes = Buffer.from(html, "utf8");

  it("gives its record without running a script, touching the network or the file system", () => {
    const result = parseFiling(bytes, { path: "hostile.htm" });
    expect(attempts).toEqual([]);
    expect((globalThis as Record<string, unknown>)[RAN]).toBeUndefined();
    expect(recordOf(result)?.registrant.name).toBe("Marwynn Holdings, Inc.");
  });

  it("keeps script and style text and entity tricks out of the record", () => {
    const result = parseFiling(bytes, { path: "hostile.htm" });
    const json = JSON.stringify(recordOf(result));
    expect(json).not.toContain(RAN.slice(0, 12) + " = true");
    expect(json).not.toContain("writeFileSync");
    expect(json).not.toContain("@import");
    expect(json).not.toContain("root:x:0:0");
    expect(outcomeProblems(result, bytes, "hostile.htm")).toEqual([]);
  });

  it("the traps work: a real lookup or file read in the test is caught", () => {
    expect(() => fs.readFileSync("/etc/hostname")).toThrow();
    expect(() => dns.lookup("example.invalid", () => {})).toThrow();
    expect(attempts).toHaveLength(2);
  });
});
