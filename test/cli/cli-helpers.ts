import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/cli-io.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";

/** The 1998 plain-text notice (no envelope). */
export const IGENE = join(ROOT, "fixtures/samples/igene-nt10k-1998.txt");
/** An HTML NT 10-Q with an EDGAR envelope. */
export const DOMO = join(ROOT, "fixtures/samples/Luke-Bradford_domo_nt10q.htm");

/** A CLI world in memory whose standard input holds `stdin` (text or bytes). */
export function io(cwd: string, stdin: string | Buffer = "", options: { tty?: boolean; columns?: number; env?: Record<string, string> } = {}) {
  let out = "";
  let err = "";
  const world: CliIo & { out(): string; err(): string } = {
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false, ...(options.columns ? { columns: options.columns } : {}) },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: Readable.from(typeof stdin === "string" ? [Buffer.from(stdin)] : [stdin]),
    cwd,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
  return world;
}

/** A scratch folder holding a copy of the samples under `in/`. */
export function samplesCopy(): { dir: string; input: string } {
  const dir = tempDir();
  const input = join(dir, "in");
  mkdirSync(input);
  cpSync(join(ROOT, "fixtures/samples"), input, { recursive: true });
  return { dir, input };
}

/** The bytes of a file, for before/after comparisons. */
export function bytesOf(file: string): Buffer {
  return readFileSync(file);
}
