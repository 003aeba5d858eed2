import { hash } from "node:crypto";
import { decodeBytes } from "./input/decode-bytes.js";
import { readEnvelope } from "./envelope/read-envelope.js";
import { selectDocuments } from "./envelope/select-documents.js";
import type { EnvelopeDocument } from "./envelope/envelope-types.js";
import { htmlToText, looksLikeHtml } from "./render/html-to-text.js";
import { readNotice, type NoticeProcessor } from "./fields/read-notice.js";
import { assembleRecord } from "./record/assemble-record.js";
import type { ReadDocument } from "./record/place-readings.js";
import type { NtRecord } from "./record/types.js";
import { identityText, type DerivedText } from "./core/derived-text.js";
import { LineIndex } from "./core/line-index.js";
import { inputOffset, type InputOffset } from "./core/input-offset.js";
import { bodyToInput, derivedToBody, derivedToInput } from "./core/offset-maps.js";
import { preparePlainText } from "./render/prepare-plain-text.js";
import type { FilingText, ParseOptions, ParseResult } from "./parse-filing-types.js";
import type { Message, Skip } from "./core/message.js";
import { selectForms } from "./envelope/select-forms.js";
import { coverSubmissionTypes } from "./record/cover-submission-types.js";

interface Derived {
  derived: DerivedText;
  format: "text" | "html";
  /** The HTML renderer's messages, at points of the input. */
  messages: Message[];
}

/** The derived text of one document body: HTML through the HTML front end, else plain text. */
function deriveDocument(text: string, doc: EnvelopeDocument, index: LineIndex<InputOffset>): Derived {
  const body = text.slice(doc.bodyStart, doc.bodyEnd);
  if (looksLikeHtml(body)) {
    const html = htmlToText(body, (offset) => index.point(bodyToInput(offset, doc.bodyStart)));
    const derived: DerivedText = { text: html.derived.text, toSource: (o) => derivedToBody(html.derived, o) };
    return { derived, format: "html", messages: html.messages };
  }
  return { derived: preparePlainText(body), format: "text", messages: [] };
}

/** The record's `source.sha256`: of the input as given (its bytes, or the text as UTF-8), by the one-shot `hash` (no Hash object per notice). */
function sha256(bytes: Uint8Array | string): string {
  return hash("sha256", bytes, "hex");
}

/**
 * Parses one filing (raw bytes or already-decoded text) into a record, or a
 * skip with a reason. Never throws: an unexpected error becomes a skip with
 * the `internal-error` ruleId so a batch goes on.
 */
export function parseFiling(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  return parseFilingWith(undefined, input, options);
}

/**
 * {@link parseFiling} with the notice read by `processor` (the sectioner and
 * the field readers in an order of its own; undefined: the one of every
 * notice). Tests run the readers in other orders through it.
 */
export function parseFilingWith(processor: NoticeProcessor | undefined, input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  try {
    return parseFilingUnsafe(processor, input, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return skip({ ruleId: "internal-error", reason });
  }
}

/** The result of an input that yields no record. */
function skip(reason: Skip): ParseResult {
  return { kind: "skip", skip: reason, messages: [] };
}

/**
 * `--forms` for a notice whose type no header or `<TYPE>` names: selected
 * when a report type checked on its cover is (`☒ Form 10-K` → `NT 10-K`),
 * else the skip; a cover without any checked type cannot be told selected.
 */
function selectByCover(forms: readonly string[], record: NtRecord): Skip | null {
  const types = coverSubmissionTypes(record.form);
  if (types.length === 0) {
    return { ruleId: "form-not-selected", reason: "the notice names no submission type and checks no report type, so --forms cannot select it" };
  }
  const select = selectForms(forms);
  if (types.some((t) => select(t) === null)) return null;
  return { ruleId: "form-not-selected", reason: `the notice's cover checks ${types.join(", ")}, not among --forms` };
}

function parseFilingUnsafe(processor: NoticeProcessor | undefined, input: Uint8Array | string, options: ParseOptions): ParseResult {
  const path = options.path ?? "<input>";
  const text = typeof input === "string" ? input : decodeBytes(input).text;
  if (text.trim() === "") return skip({ ruleId: "empty-input", reason: "the input holds no text" });
  const index = new LineIndex(text, inputOffset);
  const envelope = readEnvelope(text, (offset) => index.point(offset));
  const selected = selectDocuments(envelope, text);
  if (!selected.notice) return skip(selected.skipReason ?? { ruleId: "not-12b25", reason: "no Form 12b-25 document found" });
  const header = envelope.header;
  const type = header?.submissionType ?? selected.notice.type;
  const notSelected = options.forms && type !== null ? selectForms(options.forms)(type) : null;
  if (notSelected) return skip(notSelected);
  const notice = deriveDocument(text, selected.notice, index);
  const letters = selected.letters.map((doc) => ({ doc, ...deriveDocument(text, doc, index) }));
  const read = (d: { derived: DerivedText }, bodyStart: InputOffset): ReadDocument => ({ derived: d.derived, bodyStart, index });
  const { record, messages: kept } = assembleRecord({
    source: { path, sha256: sha256(input), format: notice.format },
    input: text,
    header,
    noticeType: selected.notice.type,
    notice: read(notice, selected.notice.bodyStart),
    exhibits: letters.map((l) => read(l, l.doc.bodyStart)),
    readings: readNotice(notice.derived.text, letters.map((l) => l.derived.text), processor),
    messages: [
      ...notice.messages,
      // An accountant's letter in HTML has its own renderer messages.
      ...letters.flatMap((l) => l.messages),
      ...envelope.warnings,
    ],
  });
  // Without a header or a <TYPE>, --forms goes by the report type checked on the cover.
  const coverNotSelected = options.forms && type === null ? selectByCover(options.forms, record) : null;
  if (coverNotSelected) return skip(coverNotSelected);
  if (!options.keepTexts) return { kind: "record", record, messages: kept };
  const shown = (role: FilingText["role"], derived: DerivedText, bodyStart: InputOffset): FilingText => ({
    role,
    text: derived.text,
    toInput: (o) => derivedToInput(derived, o, bodyStart),
  });
  // The header as written: everything before the first document.
  const headerEnd = envelope.header ? Math.min(...envelope.documents.map((d) => d.start)) : 0;
  const parts: FilingText[] = [
    ...(headerEnd > 0 && Number.isFinite(headerEnd) ? [shown("header", identityText(text.slice(0, headerEnd)), inputOffset(0))] : []),
    shown("notice", notice.derived, selected.notice.bodyStart),
    ...letters.map((l) => shown("letter", l.derived, l.doc.bodyStart)),
  ];
  return { kind: "record", record, messages: kept, texts: { input: text, parts } };
}
