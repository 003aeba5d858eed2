import { createHash } from "node:crypto";
import { stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { EXIT_OUTPUT, UsageError, type CliIo } from "../cli/cli-io.js";
import { DEFAULT_CSV_OPTIONS, isTextFormat, type CsvOptions, type OutputFormat } from "../output/record-writer.js";
import { enumerateInputs } from "../input/enumerate-inputs.js";
import { screenForms } from "../input/screen-forms.js";
import type { SourceItem } from "../input/source-item.js";
import { CHECKPOINT_MS, openBatchOutput } from "./batch-output.js";
import { formatSummary, summaryJson, total, type BatchStats, type RunTiming } from "./batch-stats.js";
import { measureInputs } from "../input/measure-inputs.js";
import type { Verbosity } from "./stderr-listing.js";
import { createInProcessParser, createWorkerParser, finishing, type FilingParser } from "./parse-pool.js";
import type { FinishedOutcome, OutputShape } from "./parse-task.js";
import { createProgress } from "./progress-bar.js";
import { journalPath, journalTemporaryPath, openJournal, readJournal } from "./resume-journal.js";
import { lockOutput, lockPath, type OutputLock } from "./output-lock.js";
import { OutputWriteError, writingTo } from "./output-write-error.js";
import { openTableOutput } from "./table-output.js";
import { tableSideFiles, type TableFormat } from "../output/table-writer.js";
import { checkOutputWritable, checkOutputsApart, type PlannedOutput } from "./outputs-apart.js";

/** What `extract` was asked to do. */
export interface BatchOptions {
  /** Files, folders, archives, or `-` (a list of paths on standard input). */
  paths: readonly string[];
  format: OutputFormat;
  /** Output file, or null for standard output. */
  out: string | null;
  /** JSON Lines file listing skips and failures, or null. */
  errors: string | null;
  /** Worker threads; 1 parses in this thread. */
  jobs: number;
  /** Submission types to parse, or null for the whole NT family. */
  forms: readonly string[] | null;
  /** Go on from the progress file beside `out`. */
  resume: boolean;
  /** Inputs larger than this are skipped unread. */
  maxBytes: number;
  /** Options of the CSV writer (byte-order mark, formula guard); the defaults when not given. */
  csv?: CsvOptions;
  /** Milliseconds between checkpoints of the output (default `CHECKPOINT_MS`, one second). */
  checkpointMs?: number;
  /** Which skips standard error names, and whether it gets a summary and progress (default `normal`). */
  verbosity?: Verbosity;
  /** A file to write the summary to as JSON, or null. */
  summary?: string | null;
  /** The parser to use instead of the default one, in this thread (tests). */
  parser?: FilingParser;
  /**
   * With `jobs` above 1, the worker module to parse with instead of the
   * parser's (a benchmark's stand-in; see `parseTasksWith`).
   */
  workerFile?: string;
}

/** The end of a run: the counts and the exit code. */
export interface BatchResult {
  stats: BatchStats;
  exitCode: number;
}

/**
 * Filings with the parser at most, per job: enough to keep every worker busy
 * with a few batches each (see `createWorkerParser`).
 */
const FILINGS_PER_JOB = 256;
/**
 * Inputs in flight at most, skips included. Reading runs ahead through the
 * skipped inputs (nine in ten of a feed) to find the next notices while the
 * workers parse; their results wait here, a few hundred bytes each.
 */
const MAX_WINDOW = 4096;
/** Bytes of loaded inputs in flight at most (one larger input always passes). */
const MAX_INFLIGHT_BYTES = 64 << 20;

/** An input on its way: its bytes are with the parser, only what the output needs is kept. */
interface Slot {
  item: Exclude<SourceItem, { kind: "done" | "filing" | "unread" }> | { kind: "filing"; path: string };
  outcome: Promise<FinishedOutcome | { crashed: string }> | null;
  /** Bytes with the parser. */
  weight: number;
  /** The result is in (always, for an input that was not parsed). */
  ready: boolean;
}

/**
 * Runs `extract` over every input: reads them in order, parses them on
 * `jobs` threads, writes records in input order as they come (output order
 * never depends on `jobs`), lists skips and failures in the errors file,
 * checkpoints the output for `--resume`, and prints a summary to standard
 * error. Exit code 1 when some input failed, else 0.
 */
export async function runBatch(options: BatchOptions, io: CliIo): Promise<BatchResult> {
  const started = Date.now();
  const key = jobKey(options, io.cwd);
  const outFile = options.out === null ? null : resolve(io.cwd, options.out);
  const errorsFile = options.errors === null ? null : resolve(io.cwd, options.errors);
  const labels = { out: options.out ?? "standard output", errors: options.errors ?? "" };
  if (!isTextFormat(options.format)) typedOutFile(options.format, outFile, options.resume);
  const planned = plannedOutputs(options, io.cwd);
  for (const output of planned) await checkOutputWritable(output);
  await checkOutputsApart(
    options.paths.filter((p) => p !== "-").map((p) => ({ file: resolve(io.cwd, p), label: p })),
    planned,
  );
  const locks: OutputLock[] = [];
  try {
    for (const [file, label] of [[outFile, labels.out], [errorsFile, labels.errors]] as const) {
      if (file) locks.push(await lockOutput(file, label));
    }
    const ended = await runLocked(options, io, { started, key, outFile, errorsFile, labels });
    const written = options.summary ? await writeSummary(resolve(io.cwd, options.summary), options.summary, ended, io) : true;
    return { stats: ended.stats, exitCode: written ? ended.exitCode : EXIT_OUTPUT };
  } finally {
    for (const lock of locks) await lock.release();
  }
}

/** What {@link runBatch} settled before taking the locks. */
interface RunSetup {
  started: number;
  key: string;
  outFile: string | null;
  errorsFile: string | null;
  labels: { out: string; errors: string };
}

/** How a run ended: its result and the timing of its summary. */
interface RunEnd extends BatchResult {
  timing: RunTiming;
}

/** The run itself, its outputs locked. */
async function runLocked(options: BatchOptions, io: CliIo, setup: RunSetup): Promise<RunEnd> {
  const { started, key, outFile, errorsFile, labels } = setup;
  const verbosity = options.verbosity ?? "normal";
  const summarize = (stats: BatchStats, timing: RunTiming): void => {
    if (verbosity !== "quiet") io.stderr.write(formatSummary(stats, timing));
  };
  if (outFile && !options.resume) await refuseToDiscardProgress(journalPath(outFile), journalPath(labels.out));
  const resumeFrom = outFile && options.resume ? await readJournal(journalPath(outFile), key) : null;
  const resumedAt = resumeFrom?.checkpoint.stats.inputs ?? 0;

  if (resumeFrom?.checkpoint.done && outFile) {
    const journal = await openJournal(journalPath(outFile), key, resumeFrom);
    await journal.remove();
    const { stats } = resumeFrom.checkpoint;
    if (verbosity !== "quiet") io.stderr.write("edgar-nt extract: the output was already complete\n");
    const timing = { seconds: 0, inputsThisRun: 0, resumedAt };
    summarize(stats, timing);
    return { stats, exitCode: exitCode(stats), timing };
  }

  const format = options.format;
  const draw = io.stderr.isTTY === true && verbosity !== "quiet";
  const total = draw ? await measureInputs(options.paths, io.cwd) : null;
  const progress = createProgress(io.stderr, { total, startDone: resumedAt, draw });
  const output = isTextFormat(format)
    ? await openBatchOutput({
        format,
        csv: options.csv ?? DEFAULT_CSV_OPTIONS,
        outFile,
        errorsFile,
        labels,
        stdout: io.stdout,
        key,
        resumeFrom,
        checkpointMs: options.checkpointMs ?? CHECKPOINT_MS,
        progress,
        verbosity,
      })
    : await openTableOutput({ format, outFile: typedOutFile(format, outFile, options.resume), errorsFile, labels, progress, verbosity });
  const shape: OutputShape = isTextFormat(format) ? { kind: "text", format, csv: options.csv ?? DEFAULT_CSV_OPTIONS } : { kind: "record" };
  const parser = options.parser
    ? finishing(options.parser, shape)
    : options.jobs === 1
      ? finishing(await createInProcessParser(), shape)
      : createWorkerParser(options.jobs, shape, options.maxBytes, options.workerFile);

  const settle = async (slot: Slot): Promise<void> => {
    const { item } = slot;
    if (item.kind !== "filing") {
      output.list(item.path, item.kind, item.ruleId, item.reason);
    } else {
      const outcome = await slot.outcome;
      if (!outcome || "crashed" in outcome) output.list(item.path, "failure", "parse-crashed", outcome?.crashed ?? "no outcome");
      else {
        // A plain file the worker read itself: its bytes count now.
        if (outcome.size !== undefined) progress.bytes(outcome.size);
        if (outcome.kind === "notice") output.record(outcome.notice);
        else if (outcome.kind === "skip") output.list(item.path, "skip", outcome.skip.ruleId, outcome.skip.reason);
        else output.list(item.path, "failure", outcome.failure.ruleId, outcome.failure.reason);
      }
    }
    await output.tick();
  };

  try {
    // Inputs in flight, oldest first: results are written strictly in this
    // order, as soon as the oldest is ready; reading waits while too many
    // filings, inputs or bytes are in flight.
    const window: Slot[] = [];
    let filings = 0;
    let bytes = 0;
    const maxFilings = Math.max(4, options.jobs * FILINGS_PER_JOB);
    const writeHead = async (): Promise<void> => {
      const head = window.shift() as Slot;
      if (head.item.kind === "filing") filings--;
      bytes -= head.weight;
      await settle(head);
    };
    const items = enumerateInputs(
      { paths: options.paths, cwd: io.cwd, stdin: io.stdin },
      {
        maxBytes: options.maxBytes,
        screen: screenForms(options.forms),
        alreadyDone: resumedAt,
        onSource: (path) => progress.source(path),
        onBytes: (n) => progress.bytes(n),
        // Workers read plain files themselves, in parallel.
        deferPlainFiles: parser.readsFiles,
      },
    );
    for await (const item of items) {
      if (item.kind === "done") continue;
      if (item.kind === "filing" || item.kind === "unread") {
        const forms = options.forms ?? undefined;
        const weight = item.kind === "filing" ? item.bytes.byteLength : 0;
        const slot: Slot = { item: { kind: "filing", path: item.path }, outcome: null, weight, ready: false };
        slot.outcome = (
          item.kind === "filing"
            ? parser.parse({ bytes: item.bytes, path: item.path, forms })
            : parser.parseFile({ file: item.file, path: item.path, forms })
        )
          .catch((error: unknown) => ({ crashed: error instanceof Error ? error.message : String(error) }))
          .finally(() => {
            slot.ready = true;
          });
        window.push(slot);
        filings++;
        bytes += slot.weight;
      } else {
        window.push({ item, outcome: null, weight: 0, ready: true });
      }
      while (window[0]?.ready) await writeHead();
      while (filings >= maxFilings || window.length >= MAX_WINDOW || bytes > MAX_INFLIGHT_BYTES) await writeHead();
    }
    while (window.length > 0) await writeHead();
    await output.finish();
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    progress.finish();
    await output.abandon();
    const timing = { seconds: (Date.now() - started) / 1000, inputsThisRun: output.stats.inputs - resumedAt, resumedAt };
    return { stats: output.stats, exitCode: reportWriteError(error, outFile !== null, io), timing };
  } finally {
    progress.finish();
    await parser.close();
  }
  const { stats } = output;
  const timing = { seconds: (Date.now() - started) / 1000, inputsThisRun: stats.inputs - resumedAt, resumedAt };
  summarize(stats, timing);
  return { stats, exitCode: exitCode(stats), timing };
}

/**
 * Writes the summary of `--summary FILE`; false, once said on standard
 * error, when it cannot be written (the run then ends with {@link EXIT_OUTPUT}).
 */
async function writeSummary(file: string, label: string, ended: RunEnd, io: CliIo): Promise<boolean> {
  try {
    await writingTo(label, () => writeFile(file, summaryJson(ended.stats, ended.timing, ended.exitCode)));
    return true;
  } catch (error) {
    io.stderr.write(`edgar-nt extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

/**
 * Tells why the run stopped on a write error and gives its exit status:
 * {@link EXIT_OUTPUT}, or 0 without a word when the reader of standard output
 * went away (`extract … | head`), as a filter ends in a pipeline.
 */
function reportWriteError(error: OutputWriteError, resumable: boolean, io: CliIo): number {
  if (error.closedPipe && error.target === "standard output") return 0;
  const resume = resumable ? "; the progress so far is kept: run the same command with --resume once the cause is fixed" : "";
  io.stderr.write(`edgar-nt extract: stopped: ${error.message}${resume}\n`);
  return EXIT_OUTPUT;
}

/**
 * A progress file left by a run that did not finish (killed, or stopped by a
 * full disk) is never thrown away silently: without `--resume` the run is
 * refused (exit 2) and told how to go on or start over.
 */
async function refuseToDiscardProgress(file: string, label: string): Promise<void> {
  if (!(await stat(file).then(() => true, () => false))) return;
  throw new UsageError(
    `${label} holds the progress of an earlier run that did not finish: add --resume to go on from there, or delete ${label} to start over`,
  );
}

/**
 * The output file of a typed format: one is needed (a database, a Parquet
 * file or a workbook is not written to standard output), and it is written
 * whole in one run, so `--resume` does not apply.
 */
function typedOutFile(format: TableFormat, outFile: string | null, resume: boolean): string {
  if (outFile === null) throw new UsageError(`--format ${format} writes a file: name it with --out`);
  if (resume) {
    throw new UsageError(`--resume works with --format jsonl, json and csv; a ${format} file is written whole: run the command again without --resume`);
  }
  return outFile;
}

/** Every file a run may write, for the checks made before anything is written. */
function plannedOutputs(options: BatchOptions, cwd: string): PlannedOutput[] {
  const planned: PlannedOutput[] = [];
  if (options.out !== null) {
    const file = resolve(cwd, options.out);
    const format = options.format;
    if (!isTextFormat(format)) {
      for (const side of tableSideFiles(format, options.out)) {
        planned.push({ file: resolve(cwd, side), label: side, option: `--out's ${format} scratch file` });
      }
    }
    planned.push(
      { file, label: options.out, option: "--out" },
      { file: journalPath(file), label: journalPath(options.out), option: "--out's progress file" },
      { file: journalTemporaryPath(file), label: journalTemporaryPath(options.out), option: "--out's temporary file" },
      { file: lockPath(file), label: lockPath(options.out), option: "--out's lock file" },
    );
  }
  if (options.summary) planned.push({ file: resolve(cwd, options.summary), label: options.summary, option: "--summary" });
  if (options.errors !== null) {
    const file = resolve(cwd, options.errors);
    planned.push(
      { file, label: options.errors, option: "--errors" },
      { file: lockPath(file), label: lockPath(options.errors), option: "--errors's lock file" },
    );
  }
  return planned;
}

/**
 * 1 when some input failed, else 0 (skips count as processed). An input
 * skipped unread for its size (`source-too-large`) also gives 1: it may be
 * a notice that was never read, and a batch must not lose one silently.
 */
function exitCode(stats: BatchStats): number {
  return total(stats.failures) > 0 || (stats.skips["source-too-large"] ?? 0) > 0 ? 1 : 0;
}

/**
 * Names the job a progress file belongs to: the same inputs and options give
 * the same key, so `--resume` cannot continue another command's output.
 */
function jobKey(options: BatchOptions, cwd: string): string {
  const { paths, format, errors, forms, maxBytes } = options;
  // CSV options change the bytes written: a resumed run must use the same ones.
  const csv = format === "csv" && options.csv && (options.csv.bom || !options.csv.formulaGuard) ? options.csv : undefined;
  return createHash("sha256")
    .update(JSON.stringify({ paths, cwd, format, errors, forms, maxBytes, csv }))
    .digest("hex")
    .slice(0, 32);
}
