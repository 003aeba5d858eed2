import type { Message } from "../core/message.js";
import type { RuleId } from "../core/rules/index.js";
import type { InputOffset } from "../core/input-offset.js";
import type { Span } from "../core/span.js";

/**
 * The values of an EDGAR submission header (text `<SEC-HEADER>` /
 * `<IMS-HEADER>` or `.nc` `<SUBMISSION>` tags). Each is null when the header
 * does not give it or gives it in a shape that cannot be read.
 */
export interface SubmissionHeader {
  /** `0000950129-95-001652`. */
  accessionNumber: string | null;
  /** CONFORMED SUBMISSION TYPE (`.nc`: `<TYPE>`), blanks collapsed: `NT 10-K/A`. */
  submissionType: string | null;
  /** FILED AS OF DATE (`.nc`: `<FILING-DATE>`), ISO `YYYY-MM-DD`. */
  filedDate: string | null;
  /** The filer's CENTRAL INDEX KEY, 10 digits zero-padded. */
  cik: string | null;
  /** The filer's COMPANY CONFORMED NAME. */
  companyName: string | null;
  /** The 4-digit SIC code as written: `2836` from `PHARMACEUTICAL PREPARATIONS [2836]`. */
  sic: string | null;
  /** STATE OF INCORPORATION as written: `DE`. */
  stateOfIncorporation: string | null;
  /** FISCAL YEAR END, `MMDD`. */
  fiscalYearEnd: string | null;
  /** The filer's SEC FILE NUMBER: `001-06263`. */
  fileNumber: string | null;
  /** CONFORMED PERIOD OF REPORT (`.nc`: `<PERIOD>`), ISO `YYYY-MM-DD`. */
  period: string | null;
  /** For each field above that was read: the span of its value in the input text. */
  evidence: Record<string, Span<InputOffset>>;
}

/** What a document's body holds: text (plain or HTML), or a binary that is skipped. */
export type BodyKind = "text" | "pdf" | "uuencoded";

/** One `<DOCUMENT>` of an envelope (or the whole input when it has no tags). */
export interface EnvelopeDocument {
  /** `<TYPE>`, blanks collapsed (`NT 10-K`, `EX-99`); null when absent. */
  type: string | null;
  /** `<SEQUENCE>` as written. */
  sequence: string | null;
  /** `<FILENAME>` as written. */
  filename: string | null;
  /** `<DESCRIPTION>` as written. */
  description: string | null;
  /**
   * Start of the body: just after `<TEXT>` and the line break that follows it
   * (or just after `<TEXT>` when content shares its line).
   */
  bodyStart: InputOffset;
  /** End of the body: the offset of `</TEXT>` (or of whatever ends an unclosed body). */
  bodyEnd: InputOffset;
  /** Whether the body is text or a binary to skip. */
  bodyKind: BodyKind;
  /** Offset of `<DOCUMENT>` (0 for a bare input). */
  start: InputOffset;
  /** Offset just past `</DOCUMENT>`, or where the document was cut off. */
  end: InputOffset;
  /** Spans of the head's values (`type`, `sequence`, `filename`, `description`). */
  evidence: Record<string, Span<InputOffset>>;
}

/** Records something odd about the envelope at an offset of the input text. */
export type EnvelopeWarn = (ruleId: RuleId, message: string, offset: number) => void;

/**
 * The envelope of an input: its kind, header and documents.
 *
 * - `bare`: no tags at all; one document spans the whole text, type null.
 * - `document`: `<DOCUMENT>…</DOCUMENT>` without a header.
 * - `submission`: a full EDGAR `.txt` (`<SEC-DOCUMENT>` / `<SEC-HEADER>` or
 *   the 1990s `<IMS-…>` tags), perhaps inside a PEM wrapper.
 * - `nc`: a dissemination-feed file, `<SUBMISSION>` with tag-style header.
 */
export interface Envelope {
  kind: "bare" | "document" | "submission" | "nc";
  header: SubmissionHeader | null;
  documents: EnvelopeDocument[];
  warnings: Message[];
}
