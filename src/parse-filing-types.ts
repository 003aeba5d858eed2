import type { Message, Skip } from "./core/message.js";
import type { NtRecord } from "./record/types.js";

/** Options of {@link parseFiling}. */
export interface ParseOptions {
  /** The input's path as given (inside an archive: `archive.tar.gz!entry/name.txt`). */
  path?: string;
  /**
   * SEC submission types to accept (compared without regard to case and
   * inner blanks; default: the whole NT family). A notice of another type is
   * a `form-not-selected` skip.
   */
  forms?: readonly string[];
}

/** What {@link parseFiling} returns: a record, or a skip, never a throw. */
export type ParseResult =
  | {
      kind: "record";
      record: NtRecord;
      /** The record's warnings (the same as `record.warnings`, as messages). */
      messages: Message[];
    }
  | {
      kind: "skip";
      /** Why the input yields no record. */
      skip: Skip;
      messages: Message[];
    };
