import type { NtRecord } from "../record/types.js";
import type { Skip } from "../parse-filing-types.js";

/** One filing to parse, as sent to a worker. */
export interface ParseTask {
  /** The raw bytes (their buffer is moved to the worker, not copied). */
  bytes: Uint8Array;
  /** The input as shown in records. */
  path: string;
  /** `--forms`, when given. */
  forms: readonly string[] | undefined;
}

/** What comes back from parsing one filing: the record or the skip. */
export interface ParseOutcome {
  record: NtRecord | null;
  skip: Skip | null;
}

/** {@link ParseOutcome} as it crosses from a worker thread: the record as JSON text. */
export interface WireOutcome {
  record: string | null;
  skip: Skip | null;
}
