import type { DerivedOffset } from "./core/derived-offset.js";
import type { InputOffset } from "./core/input-offset.js";
import type { Message, Skip } from "./core/message.js";
import type { NtRecord } from "./record/types.js";

/** Options of {@link parseFiling}. */
export interface ParseOptions {
  /** The input's path as given (inside an archive: `archive.tar.gz!entry/name.txt`). */
  path?: string;
  /**
   * NT submission types to accept (compared without regard to case, blanks
   * and hyphens, so `NT N-CSR` also accepts `NT NCSR`; default: the whole NT
   * family). The type is the header's, else the notice document's `<TYPE>`,
   * else the report type checked on the cover (`☒ Form 10-K` → `NT 10-K`). A
   * notice of another type, or of no type at all, is a `form-not-selected`
   * skip.
   */
  forms?: readonly string[];
  /**
   * Keep the texts the values were read from ({@link FilingTexts}), for a
   * view of the filing with its values marked (`inspect --html`).
   */
  keepTexts?: boolean;
}

/** A text of the filing as a person reads it, with the way back to the input. */
export interface FilingText {
  /** The submission header (as written), the notice or an accountant's letter (as rendered). */
  role: "header" | "notice" | "letter";
  text: string;
  /** Offset in `text` (a derived text; the header as written) → offset in the decoded input. */
  toInput(offset: DerivedOffset): InputOffset;
}

/** The decoded input and the texts of it that values and warnings point into. */
export interface FilingTexts {
  /** The decoded input: evidence lines and columns count in it. */
  input: string;
  /** The header (when there is one), the notice, then each accountant's letter. */
  parts: FilingText[];
}

/** What {@link parseFiling} returns: a record, or a skip, never a throw. */
export type ParseResult =
  | {
      kind: "record";
      record: NtRecord;
      /** The record's warnings (the same as `record.warnings`, as messages). */
      messages: Message[];
      /** With `keepTexts`: the texts the values were read from. */
      texts?: FilingTexts;
    }
  | {
      kind: "skip";
      /** Why the input yields no record. */
      skip: Skip;
      messages: Message[];
    };
