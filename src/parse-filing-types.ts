import type { NtRecord } from "./record/types.js";

/** Options of {@link parseFiling}. */
export interface ParseOptions {
  /** The input's path as given (inside an archive: `archive.tar.gz!entry/name.txt`). */
  path?: string;
  /** SEC submission types to accept (default: the whole NT family). */
  forms?: readonly string[];
}

/** A message from parsing: a warning on the record, or the reason for a skip. */
export interface ParseMessage {
  ruleId: string;
  message: string;
  /** SPEC.md path the message is about, or null. */
  path: string | null;
  line: number | null;
  column: number | null;
}

/** Why an input yields no record. */
export interface Skip {
  ruleId: string;
  reason: string;
}

/** What {@link parseFiling} returns: a record, or a skip, never a throw. */
export interface ParseResult {
  record: NtRecord | null;
  skip: Skip | null;
  messages: ParseMessage[];
}
