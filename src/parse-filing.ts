import { createHash } from "node:crypto";
import { decodeBytes } from "./input/decode-bytes.js";
import { readEnvelope } from "./envelope/read-envelope.js";
import { selectDocuments } from "./envelope/select-documents.js";
import type { EnvelopeDocument } from "./envelope/envelope-types.js";
import { htmlToText, looksLikeHtml } from "./render/html-to-text.js";
import { extractNotice } from "./fields/read-fields.js";
import { capMessages } from "./record/cap-messages.js";
import { emptyRecord } from "./record/empty-record.js";
import type { NtRecord, RecordWarning } from "./record/types.js";
import { identityText, type DerivedText } from "./core/derived-text.js";
import { LineIndex } from "./core/line-index.js";
import { preparePlainText } from "./render/prepare-plain-text.js";
import type { ParseMessage, ParseOptions, ParseResult } from "./parse-filing-types.js";

interface Derived {
  derived: DerivedText;
  format: "text" | "html";
  messages: { ruleId: string; message: string; sourceOffset: number }[];
}

/** The derived text of one document body: HTML through the HTML front end, else plain text. */
function deriveDocument(text: string, doc: EnvelopeDocument): Derived {
  const body = text.slice(doc.bodyStart, doc.bodyEnd);
  if (looksLikeHtml(body)) {
    const html = htmlToText(body);
    const derived: DerivedText = { text: html.derived.text, toSource: (o) => html.derived.toSource(o) };
    return { derived, format: "html", messages: html.messages };
  }
  return { derived: preparePlainText(body, 0), format: "text", messages: [] };
}

function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Parses one filing (raw bytes or already-decoded text) into a record, or a
 * skip with a reason. Never throws: an unexpected error becomes a skip with
 * the `internal-error` ruleId so a batch goes on.
 */
export function parseFiling(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  try {
    return parseFilingUnsafe(input, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { record: null, skip: { ruleId: "internal-error", reason }, messages: [] };
  }
}

function parseFilingUnsafe(input: Uint8Array | string, options: ParseOptions): ParseResult {
  const path = options.path ?? "<input>";
  const text = typeof input === "string" ? input : decodeBytes(input).text;
  if (text.trim() === "") return { record: null, skip: { ruleId: "empty-input", reason: "the input holds no text" }, messages: [] };
  const envelope = readEnvelope(text);
  const selected = selectDocuments(envelope, text);
  if (!selected.notice) {
    const skip = selected.skipReason ?? { ruleId: "not-12b25", reason: "no Form 12b-25 document found" };
    return { record: null, skip, messages: [] };
  }
  const index = new LineIndex(text);
  const notice = deriveDocument(text, selected.notice);
  const record: NtRecord = emptyRecord(path, sha256(input), notice.format);
  const header = envelope.header;
  if (header) {
    const fields = ["accessionNumber", "submissionType", "filedDate", "cik", "companyName", "sic", "stateOfIncorporation", "fiscalYearEnd", "fileNumber"] as const;
    for (const f of fields) {
      record.filing[f] = header[f];
      const span = header.evidence[f];
      if (span && header[f] !== null) {
        const p = index.point(span.start);
        record.evidence[`filing.${f}`] = { line: p.line, column: p.column, text: text.slice(span.start, span.end) };
      }
    }
  } else if (selected.notice.type) {
    record.filing.submissionType = selected.notice.type;
  }
  const letters = selected.letters.map((doc) => {
    const d = deriveDocument(text, doc);
    return { derived: d.derived, documentOffset: doc.bodyStart };
  });
  const file = extractNotice({ derived: notice.derived, documentOffset: selected.notice.bodyStart, index, record, letters });

  const messages: ParseMessage[] = [];
  for (const m of notice.messages) {
    const p = index.point(m.sourceOffset + selected.notice.bodyStart);
    messages.push({ ruleId: m.ruleId, message: m.message, path: null, line: p.line, column: p.column });
  }
  for (const w of envelope.warnings) {
    const p = index.point(w.offset);
    messages.push({ ruleId: w.ruleId, message: w.message, path: null, line: p.line, column: p.column });
  }
  for (const m of file.messages) {
    messages.push({
      ruleId: m.ruleId ?? "unknown",
      message: m.reason,
      path: (m as unknown as { field?: string | null }).field ?? null,
      line: m.line ?? null,
      column: m.column ?? null,
    });
  }
  // A hostile body can repeat one warning without end (a symbol font: one per letter): keep a bounded record.
  const kept = capMessages(messages);
  record.warnings = kept.map((m): RecordWarning => ({ path: m.path, message: m.message, line: m.line, column: m.column, ruleId: m.ruleId }));
  return { record, skip: null, messages: kept };
}

export { identityText };
