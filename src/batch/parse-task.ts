import type { NtRecord } from "../record/types.js";
import type { Skip } from "../core/message.js";
import type { CsvOptions, TextFormat } from "../output/record-writer.js";
import type { HistoryValues } from "./record-template.js";

/** One filing to parse. */
export interface ParseTask {
  /** The raw bytes. */
  bytes: Uint8Array;
  /** The input as shown in records. */
  path: string;
  /** `--forms`, when given. */
  forms: readonly string[] | undefined;
}

/** What comes back from parsing one filing: the record or the skip. */
export type ParseOutcome = { kind: "record"; record: NtRecord } | { kind: "skip"; skip: Skip };

/**
 * What the output needs of a record, made where it was parsed: its text in
 * a text format (`text`, cut where the history values go, as UTF-8), or, for the
 * typed files that write from the record itself, the record as JSON text.
 */
export type OutputShape = { kind: "text"; format: TextFormat; csv: CsvOptions } | { kind: "record" };

/** A parsed notice as the main thread takes it: its output and the few values history and the counts need. */
export interface FinishedNotice {
  /** `filing.cik`. */
  cik: string | null;
  /** The date history orders by: `filing.filedDate`, else `signature.date`. */
  date: string | null;
  /** The record's `history` group as parsed (the batch fills in two of its values). */
  history: HistoryValues;
  /** The ruleIds of the record's warnings, for the counts. */
  warnings: string[];
  /** The record's output: see {@link OutputShape}. */
  output: { kind: "text"; parts: Uint8Array[] } | { kind: "record"; json: string };
}

/**
 * {@link ParseOutcome} made ready for the output; for a file the worker read
 * itself, also the failure to read it, and its size (for the progress bar).
 */
export type FinishedOutcome = (
  | { kind: "notice"; notice: FinishedNotice }
  | { kind: "skip"; skip: Skip }
  | { kind: "failure"; failure: { ruleId: "source-unreadable"; reason: string } }
) & { size?: number };

/** A plain file for a worker to read and parse (see `deferPlainFiles`). */
export interface FileTask {
  /** The file on disk (a name that is not UTF-8 as its bytes). */
  file: string | Uint8Array;
  /** The input as shown in records. */
  path: string;
  forms: readonly string[] | undefined;
}

/**
 * A batch of filings as it crosses to a worker thread: their bytes one after
 * the other in one buffer (moved, not copied), `ends[i]` the end of the
 * `i`-th; or, where `files[i]` is not null, the plain file the worker reads
 * itself (with `maxBytes` and the screen of `forms`); and what they share.
 */
export interface TaskBatch {
  bytes: Uint8Array;
  ends: number[];
  files: (string | Uint8Array | null)[];
  paths: string[];
  forms: readonly string[] | undefined;
  maxBytes: number;
  shape: OutputShape;
}
