import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ParseOptions, ParseResult } from "../parse-filing-types.js";
import { finishOutcome } from "./finish-outcome.js";
import { unpackOutcomes, type OutcomeBatch } from "./outcome-batch.js";
import type { FileTask, FinishedOutcome, OutputShape, ParseOutcome, ParseTask, TaskBatch } from "./parse-task.js";

/** Parses filings into records (in this thread, or a stand-in in tests). */
export interface FilingParser {
  /** Parses one filing; rejects only when the parser itself broke. */
  parse(task: ParseTask): Promise<ParseOutcome>;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/** Parses filings into their finished output (see {@link finishOutcome}), in this thread or in worker threads. */
export interface OutputParser {
  /** Parses one filing; rejects only when the parser itself broke. */
  parse(task: ParseTask): Promise<FinishedOutcome>;
  /** Whether it reads plain files itself ({@link OutputParser.parseFile}): the sources then leave them unread. */
  readonly readsFiles: boolean;
  /** Reads and parses one plain file (only when {@link OutputParser.readsFiles}). */
  parseFile(task: FileTask): Promise<FinishedOutcome>;
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

/** A record parser whose outcomes are finished for the output in `shape`, in this thread. */
export function finishing(parser: FilingParser, shape: OutputShape): OutputParser {
  return {
    parse: async (task) => finishOutcome(await parser.parse(task), shape),
    readsFiles: false,
    parseFile: () => Promise.reject(new Error("this parser reads no files")),
    close: () => parser.close(),
  };
}

/** Young-generation size of a worker's heap, in MB. */
const WORKER_YOUNG_MB = 16;
/** Old-generation ceiling of a worker's heap, in MB. */
const WORKER_OLD_MB = 512;
/**
 * Filings per message to a worker at most: each message costs the main
 * thread about as much as taking a few dozen filings from an archive, so
 * batches are large (64 against 16 cut the stub-parser run's CPU by about a
 * tenth); large notices fill a batch by {@link BATCH_BYTES} first.
 */
const BATCH_FILINGS = 64;
/** Bytes of filings per message to a worker at most (one larger filing goes alone). */
const BATCH_BYTES = 512 << 10;

/**
 * Parses in a pool of `jobs` worker threads, each filing's output made in
 * its worker for `shape`. Filings go in batches, their bytes copied into one
 * buffer that is moved, not copied again, to the worker; plain files go as
 * their names, and the worker reads them (up to `maxBytes`, screened). The workers run the
 * compiled parser in `dist/`, or the worker module `filename` (a
 * benchmark's stand-in parser).
 */
export function createWorkerParser(jobs: number, shape: OutputShape, maxBytes: number, filename: string = workerFile()): OutputParser {
  const pool = new Piscina<TaskBatch, OutcomeBatch>({
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
  type Pending = { task: ParseTask | FileTask; resolve: (o: FinishedOutcome) => void; reject: (e: unknown) => void };
  let pending: Pending[] = [];
  let pendingBytes = 0;
  let forms: readonly string[] | undefined;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const batch = pending;
    pending = [];
    pendingBytes = 0;
    if (batch.length === 0) return;
    const { message, buffer } = packBatch(batch.map((b) => b.task), { forms, maxBytes, shape });
    pool.run(message, { transferList: [buffer] }).then(
      (packed) => {
        const outcomes = unpackOutcomes(packed);
        batch.forEach((b, i) => {
          const outcome = outcomes[i];
          if (outcome) b.resolve(outcome);
          else b.reject(new Error("the worker returned no outcome"));
        });
      },
      (error: unknown) => batch.forEach((b) => b.reject(error)),
    );
  };
  const add = (task: ParseTask | FileTask): Promise<FinishedOutcome> =>
    new Promise<FinishedOutcome>((resolve, reject) => {
      const size = "bytes" in task ? task.bytes.byteLength : 0;
      // A batch shares its `--forms` (the same for every filing of a run).
      if (pending.length > 0 && task.forms !== forms) flush();
      forms = task.forms;
      if (pending.length > 0 && pendingBytes + size > BATCH_BYTES) flush();
      pending.push({ task, resolve, reject });
      pendingBytes += size;
      if (pending.length >= BATCH_FILINGS || pendingBytes >= BATCH_BYTES) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  return { parse: add, readsFiles: true, parseFile: add, close: () => pool.destroy() };
}

/** The filings of a batch in one message: their bytes in one new buffer of their own (safe to move). */
function packBatch(
  tasks: readonly (ParseTask | FileTask)[],
  shared: Pick<TaskBatch, "forms" | "maxBytes" | "shape">,
): { message: TaskBatch; buffer: ArrayBuffer } {
  let total = 0;
  for (const task of tasks) if ("bytes" in task) total += task.bytes.byteLength;
  const buffer = new ArrayBuffer(total);
  const bytes = new Uint8Array(buffer);
  const ends: number[] = [];
  const files: TaskBatch["files"] = [];
  let at = 0;
  for (const task of tasks) {
    if ("bytes" in task) {
      bytes.set(task.bytes, at);
      at += task.bytes.byteLength;
      files.push(null);
    } else files.push(task.file);
    ends.push(at);
  }
  return { message: { bytes, ends, files, paths: tasks.map((t) => t.path), ...shared }, buffer };
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
