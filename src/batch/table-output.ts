import type { RuleId } from "../core/rules/index.js";
import { NoticeHistory } from "../record/notice-history.js";
import type { NtRecord } from "../record/types.js";
import { openTableWriter, type TableFormat, type TableWriter } from "../output/table-writer.js";
import { bump, emptyStats } from "./batch-stats.js";
import type { BatchOutput } from "./batch-output.js";
import { openFileSink, type OutputSink } from "./output-sink.js";
import { OutputWriteError, writingTo as writing } from "./output-write-error.js";
import type { Progress } from "./progress-bar.js";
import { listingLine, type Verbosity } from "./stderr-listing.js";

/** Output queued for the errors file beyond this is written out. */
const FLUSH_BYTES = 1 << 20;

/** Where a batch writes a typed file (DuckDB, Parquet, Excel), and how. */
export interface TableOutputOptions {
  format: TableFormat;
  /** Output file (absolute). */
  outFile: string;
  /** Errors file (absolute), or null. */
  errorsFile: string | null;
  /** The output and errors files as the user named them, for messages. */
  labels: { out: string; errors: string };
  progress: Progress;
  /** Which skips standard error names (failures always). */
  verbosity: Verbosity;
}

/**
 * The writing side of a batch into a typed file: records in input order
 * (with `history` filled in) to the {@link TableWriter}, skips and failures
 * to the errors file and (as `verbosity` says) standard error, and the counts. A typed file is
 * written whole in one run: there are no checkpoints, and `--resume` is
 * refused before the run starts.
 */
export async function openTableOutput(options: TableOutputOptions): Promise<BatchOutput> {
  const { progress, labels } = options;
  const stats = emptyStats();
  const history = new NoticeHistory();
  const writer: TableWriter = await writing(labels.out, () => openTableWriter(options.format, options.outFile));
  const errors: OutputSink | null = options.errorsFile ? await openFileSink(options.errorsFile, 0, labels.errors) : null;
  return {
    stats,
    record(notice) {
      if (notice.output.kind !== "record") throw new Error("a typed file is written from records, not text");
      const record: NtRecord = JSON.parse(notice.output.json);
      record.history = { ...notice.history, ...history.count(notice.cik, notice.date) };
      for (const ruleId of notice.warnings) bump(stats.warnings, ruleId);
      try {
        writer.add(record);
      } catch (error) {
        // A writer that cannot take the record (a full workbook sheet) stops the run as a write error does.
        throw new OutputWriteError(labels.out, error instanceof Error ? error : new Error(String(error)));
      }
      stats.records++;
      stats.inputs++;
    },
    list(path: string, kind: "skip" | "failure", ruleId: RuleId, reason: string) {
      bump(kind === "skip" ? stats.skips : stats.failures, ruleId);
      errors?.write(JSON.stringify({ path, reason, ruleId, kind }) + "\n");
      const line = listingLine(path, kind, ruleId, reason, options.verbosity);
      if (line !== null) progress.log(line);
      stats.inputs++;
    },
    async tick() {
      progress.update(stats.inputs);
      await writing(labels.out, () => writer.drain());
      if ((errors?.pending ?? 0) >= FLUSH_BYTES) await errors?.flush();
    },
    async finish() {
      await writing(labels.out, () => writer.finish());
      await errors?.close();
    },
    async abandon() {
      await writer.abandon();
      await errors?.abandon();
    },
  };
}
