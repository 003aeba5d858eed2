import { existsSync } from "node:fs";
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
      const { record, skip } = parse(task.bytes, { path: task.path, ...(task.forms ? { forms: task.forms } : {}) });
      return { record, skip };
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
 * not copied, to its worker. The workers run the compiled parser in `dist/`.
 */
export function createWorkerParser(jobs: number): FilingParser {
  const filename = workerFile();
  const pool = new Piscina<ParseTask, WireOutcome>({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    atomics: "disabled",
    // A small young generation keeps each worker's heap from ballooning
    // between collections (peak RSS of a 2-worker run drops from about 330 to
    // 200 MB at no measurable cost). The old generation's ceiling is far above
    // what an 8 MB filing needs; a worker that still runs out is replaced and
    // its filing listed as a parse-crashed failure.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
  });
  return {
    parse: (task) => {
      const bytes = ownBuffer(task.bytes);
      return pool
        .run({ ...task, bytes }, { transferList: [bytes.buffer as ArrayBuffer] })
        .then((wire) => ({ record: wire.record === null ? null : (JSON.parse(wire.record) as NtRecord), skip: wire.skip }));
    },
    close: () => pool.destroy(),
  };
}

/** The bytes in a buffer of their own: moving a view of a shared buffer would take the rest with it. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * The worker's compiled file. Beside this module when it runs from `dist/`;
 * when it runs from the TypeScript sources (tests, `tsx`), the build's copy
 * in `dist/batch/`, which `npm run build` makes.
 */
export function workerFile(): string {
  const here = import.meta.url;
  const url = here.endsWith(".ts")
    ? new URL("../../dist/batch/parse-worker.js", here)
    : new URL("./parse-worker.js", here);
  const file = fileURLToPath(url);
  if (!existsSync(file)) throw new Error(`the parse worker ${file} is missing: run npm run build`);
  return file;
}
