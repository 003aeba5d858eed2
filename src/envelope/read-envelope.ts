import { messageAt, type Locate, type Message } from "../core/message.js";
import { lazyLineIndex } from "../core/line-index.js";
import { inputOffset, type InputOffset } from "../core/input-offset.js";
import { matchAt, matchesFrom } from "../core/scan.js";
import type { Span } from "../core/span.js";
import { DOCUMENT_BOUNDARY, DOCUMENT_CLOSE, DOCUMENT_HEAD_TAG, DOCUMENT_OPEN, NC_HEADER_END, NC_SUBMISSION_OPEN, NON_TEXT_BODY, STRUCTURE_OPEN, TEXT_CLOSE, TEXT_HEADER_END, TEXT_HEADER_OPEN, TEXT_OPEN } from "./envelope-patterns.js";
import { buildSubmissionHeader } from "./build-submission-header.js";
import type {
  BodyKind,
  Envelope,
  EnvelopeDocument,
  EnvelopeWarn,
  SubmissionHeader,
} from "./envelope-types.js";
import { NextMatchFinder } from "./next-match-finder.js";
import { normalizeType } from "./peek-submission-type.js";
import { readNcHeaderEntries, readTextHeaderEntries } from "./read-header-entries.js";

export type { Envelope, EnvelopeDocument, SubmissionHeader } from "./envelope-types.js";

/**
 * Reads the EDGAR envelope of a decoded input: its kind, its submission

 * header and its documents, with exact offsets into `text`, and its warnings
 * at line and column through `locate` (a line index of `text` unless given).
 * Linear in the input size; never throws.
 *
 * - No structural tag: `bare`, one document spanning the whole text.
 * - `<DOCUMENT>` first: `document`, no header.
 * - `<SEC-DOCUMENT>`/`<SEC-HEADER>` or `<IMS-…>` first (perhaps after a PEM
 *   preamble): `submission`, the text header read up to `</SEC-HEADER>`.
 * - `<SUBMISSION>` first: `nc`, the tag header read up to the first document.
 *
 * A header without documents gives `documents: []` and an
 * `envelope-no-documents` warning.
 */
export function readEnvelope(text: string, locate: Locate<InputOffset> = lazyLineIndex(text, inputOffset)): Envelope {
  const warnings: Message[] = [];
  const warn: EnvelopeWarn = (ruleId, message, offset) => warnings.push(messageAt(ruleId, message, locate, inputOffset(offset)));
  const first = new NextMatchFinder(text, STRUCTURE_OPEN).find(0);
  const firstName = first?.groups?.["name"];
  if (!first || !firstName) {
    return { kind: "bare", header: null, documents: [bareDocument(text)], warnings };
  }

  let kind: Envelope["kind"];
  let header: SubmissionHeader | null = null;
  let documentsFrom = first.index;
  if (firstName === "SUBMISSION") {
    kind = "nc";
    const open = new NextMatchFinder(text, NC_SUBMISSION_OPEN).find(first.index);
    const start = open ? open.index + open[0].length : first.index;
    const end = new NextMatchFinder(text, NC_HEADER_END).indexFrom(start, text.length);
    header = buildSubmissionHeader(readNcHeaderEntries(text, start, end), warn);
    documentsFrom = end;
  } else if (firstName === "DOCUMENT") {
    kind = "document";
  } else {
    kind = "submission";
    const firstDocument = new NextMatchFinder(text, DOCUMENT_OPEN).indexFrom(first.index, text.length);
    const open = new NextMatchFinder(text, TEXT_HEADER_OPEN).find(first.index);
    if (open && open.index < firstDocument) {
      const start = open.index + open[0].length;
      const end = new NextMatchFinder(text, TEXT_HEADER_END).indexFrom(start, text.length);
      header = buildSubmissionHeader(readTextHeaderEntries(text, start, end), warn);
      documentsFrom = end;
    }
  }

  const documents = readDocuments(text, documentsFrom, warn);
  if (documents.length === 0) {
    warn("envelope-no-documents", "the envelope holds no <DOCUMENT>", documentsFrom);
  }
  return { kind, header, documents, warnings };
}

/** The whole input as one untyped document. */
function bareDocument(text: string): EnvelopeDocument {
  return {
    type: null,
    sequence: null,
    filename: null,
    description: null,
    bodyStart: inputOffset(0),
    bodyEnd: inputOffset(text.length),
    bodyKind: bodyKindAt(text, 0),
    start: inputOffset(0),
    end: inputOffset(text.length),
    evidence: {},
  };
}

/**
 * Reads every `<DOCUMENT>` from `from` on. A document's head (`<TYPE>`,
 * `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>`) runs to `<TEXT>`; its body to
 * `</TEXT>`. Recovery, each with a warning: a `<TEXT>` never closed ends at
 * the next document boundary (`envelope-text-unclosed`); a document without
 * `<TEXT>` has the lines after its head as body (`envelope-text-missing`).
 */
function readDocuments(text: string, from: number, warn: EnvelopeWarn): EnvelopeDocument[] {
  const opens = new NextMatchFinder(text, DOCUMENT_OPEN);
  const boundaries = new NextMatchFinder(text, DOCUMENT_BOUNDARY);
  const textOpens = new NextMatchFinder(text, TEXT_OPEN);
  const textCloses = new NextMatchFinder(text, TEXT_CLOSE);
  const documents: EnvelopeDocument[] = [];
  let pos = from;
  for (;;) {
    const open = opens.find(pos);
    if (!open) break;
    const start = open.index;
    const headStart = open.index + open[0].length;
    const boundary = boundaries.indexFrom(headStart, text.length);
    const textOpen = textOpens.find(headStart);
    const hasText = textOpen !== null && textOpen.index < boundary;
    const headEnd = hasText ? textOpen.index : boundary;
    const head = readHead(text, headStart, headEnd);

    let bodyStart: number;
    let bodyEnd: number;
    if (hasText) {
      bodyStart = afterTagLine(text, textOpen.index + textOpen[0].length);
      const close = textCloses.find(bodyStart);
      const limit = boundaries.indexFrom(bodyStart, text.length);
      if (close && close.index < limit) {
        bodyEnd = close.index;
      } else {
        bodyEnd = limit;
        warn("envelope-text-unclosed", "<TEXT> is not closed; the body runs to the next document boundary", textOpen.index);
      }
    } else {
      bodyStart = afterTagLine(text, head.lastTagEnd ?? headStart);
      bodyEnd = Math.max(bodyStart, boundary);
      warn("envelope-text-missing", "<DOCUMENT> has no <TEXT>; the lines after its head are read as the body", start);
    }

    const bodyKind = bodyKindAt(text, bodyStart, bodyEnd);
    if (bodyKind !== "text") {
      warn("envelope-body-not-text", `document body is ${bodyKind}, not text; skipped`, bodyStart);
    }
    const end = documentEnd(text, boundaries, bodyEnd);
    documents.push({
      type: head.type,
      sequence: head.sequence,
      filename: head.filename,
      description: head.description,
      bodyStart: inputOffset(bodyStart),
      bodyEnd: inputOffset(bodyEnd),
      bodyKind,
      start: inputOffset(start),
      end: inputOffset(end),
      evidence: head.evidence,
    });
    pos = Math.max(end, headStart);
  }
  return documents;
}

/** The values of a document's head. */
interface DocumentHead {
  type: string | null;
  sequence: string | null;
  filename: string | null;
  description: string | null;
  evidence: Record<string, Span<InputOffset>>;
  /** Offset just past the last head tag's value, or null when there was none. */
  lastTagEnd: number | null;
}

/** Reads `<TYPE>` and friends between `start` and `end`; the first of each counts. */
function readHead(text: string, start: number, end: number): DocumentHead {
  const head: DocumentHead = {
    type: null,
    sequence: null,
    filename: null,
    description: null,
    evidence: {},
    lastTagEnd: null,
  };
  const region = text.slice(start, end);
  for (const m of matchesFrom(region, DOCUMENT_HEAD_TAG, 0)) {
    const name = m.groups?.["name"];
    const raw = m.groups?.["value"] ?? "";
    if (!name) continue;
    // The value follows "<", the name and ">".
    const at = m.index + name.length + 2;
    head.lastTagEnd = start + at + raw.length;
    const field = name === "TYPE" ? "type" : name === "SEQUENCE" ? "sequence" : name === "FILENAME" ? "filename" : "description";
    if (head[field] !== null) continue;
    const value = normalizeType(raw);
    if (value === null) continue;
    // Evidence: the value as written, blanks around it excluded.
    const lead = raw.length - raw.trimStart().length;
    const valueStart = start + at + lead;
    head[field] = value;
    head.evidence[field] = { start: inputOffset(valueStart), end: inputOffset(valueStart + raw.trim().length) };
  }
  return head;
}

/**
 * The offset after a tag whose line holds nothing else: past the blanks and
 * the one line break (LF, CRLF or CR) that follow it. When content follows
 * the tag on its line (`<TEXT><HTML>`), the offset just after the tag.
 */
function afterTagLine(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (text[i] === "\r") return text[i + 1] === "\n" ? i + 2 : i + 1;
  if (text[i] === "\n") return i + 1;
  return i >= text.length ? i : at;
}

/** Whether the body starting at `start` is text, a `<PDF>` or a uuencoded binary. */
function bodyKindAt(text: string, start: number, end = text.length): BodyKind {
  const m = matchAt(NON_TEXT_BODY, text, start);
  if (!m || m.index + m[0].length > end) return "text";
  return m.groups?.["pdf"] !== undefined ? "pdf" : "uuencoded";
}

/**
 * Where a document ends: just past its `</DOCUMENT>` when that line follows
 * the body (after `</TEXT>`), else at the next boundary.
 */
function documentEnd(text: string, boundaries: NextMatchFinder, bodyEnd: number): number {
  const next = boundaries.find(bodyEnd);
  if (!next) return text.length;
  const m = matchAt(DOCUMENT_CLOSE, text, next.index);
  return m ? m.index + m[0].length : next.index;
}
