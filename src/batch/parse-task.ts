import type { NtRecord } from "../record/types.js";
import type { Skip } from "../core/message.js";

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
export type ParseOutcome = { kind: "record"; record: NtRecord } | { kind: "skip"; skip: Skip };

/** {@link ParseOutcome} as it crosses from a worker thread: the record as JSON text. */
export type WireOutcome = { kind: "record"; record: string } | { kind: "skip"; skip: Skip };
