import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ParseOptions, ParseResult } from "../parse-filing-types.js";
import type { NtRecord } from "../record/types.js";
import type { ParseOutcome, ParseTask, WireOutcome } from "./parse-task.js";

/** Parses filings, in this thread or in a pool of worker threads. */
export interface FilingParser {
  /** Parses one filing; rejects only when the parser itself broke. */
  parse(task: ParseTask): Promise<ParseOutcome>;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/**
 * Parses in the calling thread (`--jobs 1`), with `parse` (default: the
 * parser, loaded only now so that runs with workers never load it here).
 */
export async function createInProcessParser(
  parse?: (input: Uint8Array, options: ParseOptions) => ParseResult,
): Promise<FilingParser> {
  parse ??= (await import("../parse-filing.js")).parseFiling;
  return {
    parse: async (task) => {
      const result = parse(task.bytes, { path: task.path, ...(task.forms ? { forms: task.forms } : {}) });
      return result.kind === "record" ? { kind: "record", record: result.record } : { kind: "skip", skip: result.skip };
    },
    close: async () => {},
  };
}

/** Young-generation size of a worker's heap, in MB. */
const WORKER_YOUNG_MB = 16;
/** Old-generation ceiling of a worker's heap, in MB. */
const WORKER_OLD_MB = 512;

/**
 * Parses in a pool of `jobs` worker threads. Each filing's buffer is moved,
 * not copied, to its worker. The workers run the compiled parser in `dist/`,
 * or the worker module `filename` (a benchmark's stand-in parser).
 */
export function createWorkerParser(jobs: number, filename: string = workerFile()): FilingParser {
  const pool = new Piscina<ParseTask[], WireOutcome[]>({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    atomics: "disabled",
    // A small young generation keeps each worker's heap from ballooning
    // between collections (peak RSS of a 2-worker run drops from about 330 to
    // 200 MB at no measurable cost). The old generation's ceiling is far above
    // what an 8 MB filing needs; a worker that still runs out is replaced and
    // its filings listed as parse-crashed failures.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
  });
  // Filings go to the workers in small batches: one message each way per
  // batch instead of per filing (the per-message cost was as large as
  // parsing a short notice). A batch leaves when it is full or at the end of
  // the current turn of the event loop, so nothing waits for company.
  let pending: { task: ParseTask; resolve: (o: ParseOutcome) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const tasks = batch.map((b) => b.task);
    pool.run(tasks, { transferList: tasks.map((t) => t.bytes.buffer as ArrayBuffer) }).then(
      (wires) =>
        batch.forEach((b, i) => {
          const wire = wires[i] as WireOutcome;
          b.resolve(wire.kind === "record" ? { kind: "record", record: JSON.parse(wire.record) as NtRecord } : wire);
        }),
      (error: unknown) => batch.forEach((b) => b.reject(error)),
    );
  };
  return {
    parse: (task) =>
      new Promise<ParseOutcome>((resolve, reject) => {
        pending.push({ task: { ...task, bytes: ownBuffer(task.bytes) }, resolve, reject });
        if (pending.length >= BATCH_SIZE) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    close: () => pool.destroy(),
  };
}

/** Filings per message to a worker. */
const BATCH_SIZE = 8;

/** The bytes in a buffer of their own: moving a view of a shared buffer would take the rest with it. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * The worker's compiled file. Beside this module when it runs from `dist/`;
 * when it runs from the TypeScript sources (tests, `tsx`), the copy in the
 * build named by `EDGAR_NT_BUILD` (the tests' one build), else in `dist/`,
 * which `npm run build` makes.
 */
function workerFile(): string {
  const here = import.meta.url;
  const build = process.env["EDGAR_NT_BUILD"];
  const file = !here.endsWith(".ts")
    ? fileURLToPath(new URL("./parse-worker.js", here))
    : build
      ? join(build, "dist", "batch", "parse-worker.js")
      : fileURLToPath(new URL("../../dist/batch/parse-worker.js", here));
  if (!existsSync(file)) throw new Error(`the parse worker ${file} is missing: run npm run build`);
  return file;
}
