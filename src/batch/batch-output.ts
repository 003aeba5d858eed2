import type { RuleId } from "../core/rules/index.js";
import { createRecordWriter, type CsvOptions, type TextFormat } from "../output/record-writer.js";
import { NoticeHistory } from "../record/notice-history.js";
import type { NtRecord } from "../record/types.js";
import type { FinishedNotice } from "./parse-task.js";
import { fillTemplateBytes, type TextShape } from "./record-template.js";
import { bump, emptyStats, type BatchStats } from "./batch-stats.js";
import { openFileSink, streamSink, type OutputSink } from "./output-sink.js";
import type { Progress } from "./progress-bar.js";
import { journalPath, openJournal, type JournalWriter, type Notice, type ResumePoint } from "./resume-journal.js";
import type { CliOutput } from "../cli/cli-io.js";
import { listingLine, type Verbosity } from "./stderr-listing.js";

/** Time between checkpoints: each one fsyncs the output, so not too often. */
export const CHECKPOINT_MS = 1000;
/** Output queued beyond this is written out, checkpoint or not. */
const FLUSH_BYTES = 1 << 20;

/** Where a batch writes, and how. */
export interface BatchOutputOptions {
  format: TextFormat;
  /** Options of the CSV writer. */
  csv: CsvOptions;
  /** Output file (absolute), or null for `stdout`. */
  outFile: string | null;
  /** Errors file (absolute), or null. */
  errorsFile: string | null;
  /** The output and errors files as the user named them, for messages. */
  labels: { out: string; errors: string };
  stdout: CliOutput;
  /** Names the job in the progress file. */
  key: string;
  /** Where an earlier run stopped, when resuming. */
  resumeFrom: ResumePoint | null;
  /** Milliseconds between checkpoints. */
  checkpointMs: number;
  progress: Progress;
  /** Which skips standard error names (failures always). */
  verbosity: Verbosity;
}

/**
 * The writing side of a batch, fed one input at a time in input order:
 * records to the output (with `history` filled in), skips and failures to the
 * errors file and (as `verbosity` says) standard error, the counts, and the checkpoints of
 * `--resume`.
 */
export interface BatchOutput {
  /** The counts so far (resumed runs included). */
  readonly stats: BatchStats;
  /** Writes the record of one input, its history filled in. */
  record(notice: FinishedNotice): void;
  /** Lists an input that gave no record. */
  list(path: string, kind: "skip" | "failure", ruleId: RuleId, reason: string): void;
  /** After each input: writes out, or checkpoints, when due. */
  tick(): Promise<void>;
  /** Writes the footer and the last checkpoint, closes the files, deletes the progress file. */
  finish(): Promise<void>;
  /**
   * After a write error: releases the files without writing anything more,
   * keeping the progress file as the last checkpoint left it (so that
   * `--resume` goes on from there).
   */
  abandon(): Promise<void>;
}

/**
 * Opens the output, the errors file and (with an output file) the progress
 * file; a resumed run cuts the first two back to the last checkpoint.
 */
export async function openBatchOutput(options: BatchOutputOptions): Promise<BatchOutput> {
  const { resumeFrom, progress } = options;
  const checkpoint = resumeFrom?.checkpoint ?? null;
  const stats: BatchStats = checkpoint ? structuredClone(checkpoint.stats) : emptyStats();
  const history = new NoticeHistory();
  for (const [cik, date] of resumeFrom?.notices ?? []) history.remember(cik, date);
  /** Notices written since the last checkpoint, for the next one. */
  let newNotices: Notice[] = [];
  const writer = createRecordWriter(options.format, options.csv);
  const shape: TextShape = { format: options.format, csv: options.csv };
  // The progress file is rewritten before the output is cut back or started
  // anew, so that it never describes an output that is no longer there.
  const { labels } = options;
  const journal: JournalWriter | null = options.outFile
    ? await openJournal(journalPath(options.outFile), options.key, resumeFrom, journalPath(labels.out))
    : null;
  const out: OutputSink = options.outFile
    ? await openFileSink(options.outFile, checkpoint?.out ?? 0, labels.out)
    : streamSink(options.stdout);
  const errors: OutputSink | null = options.errorsFile
    ? await openFileSink(options.errorsFile, checkpoint?.errors ?? 0, labels.errors)
    : null;
  if ((checkpoint?.out ?? 0) === 0) out.write(writer.header());
  let lastCheckpoint = Date.now();

  const flush = async (): Promise<void> => {
    await out.flush();
    await errors?.flush();
  };
  const saveCheckpoint = async (done: boolean): Promise<void> => {
    await flush();
    lastCheckpoint = Date.now();
    if (!journal) return;
    // The bytes a checkpoint counts are durable before the checkpoint is.
    await out.sync();
    await errors?.sync();
    const notices = newNotices;
    newNotices = [];
    await journal.append({ inputs: stats.inputs, out: out.flushed, errors: errors?.flushed ?? 0, notices, stats, done });
  };

  return {
    stats,
    record(notice) {
      const { cik, date, output } = notice;
      const filled = { ...notice.history, ...history.count(cik, date) };
      if (journal && cik) newNotices.push([cik, date]);
      for (const ruleId of notice.warnings) bump(stats.warnings, ruleId);
      if (output.kind === "text") out.writeBytes(fillTemplateBytes(output.parts, filled, shape, stats.records));
      else {
        const record: NtRecord = JSON.parse(output.json);
        record.history = filled;
        out.write(writer.record(record, stats.records));
      }
      stats.records++;
      stats.inputs++;
    },
    // Every skip and failure goes to the errors file when there is one;
    // standard error names failures always, skips as the verbosity says.
    list(path, kind, ruleId, reason) {
      bump(kind === "skip" ? stats.skips : stats.failures, ruleId);
      errors?.write(JSON.stringify({ path, reason, ruleId, kind }) + "\n");
      const line = listingLine(path, kind, ruleId, reason, options.verbosity);
      if (line !== null) progress.log(line);
      stats.inputs++;
    },
    async tick() {
      // A reader that went away stops the run at the next input, not at the next checkpoint.
      out.check();
      progress.update(stats.inputs);
      if (Date.now() - lastCheckpoint >= options.checkpointMs) await saveCheckpoint(false);
      else if (out.pending + (errors?.pending ?? 0) >= FLUSH_BYTES) await flush();
    },
    async finish() {
      out.write(writer.footer(stats.records));
      await saveCheckpoint(true);
      await out.close();
      await errors?.close();
      await journal?.remove();
    },
    async abandon() {
      await out.abandon();
      await errors?.abandon();
      await journal?.close().catch(() => undefined);
    },
  };
}
