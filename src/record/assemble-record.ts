import { messageAt, type Message } from "../core/message.js";
import type { DerivedOffset } from "../core/derived-offset.js";
import type { SubmissionHeader } from "../envelope/envelope-types.js";
import type { EvidenceMap, FieldMessage, Reading } from "../fields/reading.js";
import { readingOf, type NoticeReadings } from "../fields/read-notice.js";
import { readReasons, type PhraseEvidence } from "../reasons/read-reasons.js";
import { MAX_PHRASES_PER_CATEGORY, type ReasonField } from "../reasons/classify-reasons.js";
import { capMessages } from "./cap-messages.js";
import { emptyRecord } from "./empty-record.js";
import { placeEvidence, placeMessage, pointIn, type ReadDocument } from "./place-readings.js";
import type { Evidence, NtRecord, RecordWarning } from "./types.js";

/** Everything a record is made of: the input's identity, its header, the readers' readings, the earlier stages' messages. */
export interface RecordParts {
  /** The input's path as given, its SHA-256 and whether the notice was HTML. */
  source: NtRecord["source"];
  /** The decoded input (the header's evidence quotes it). */
  input: string;
  /** The submission header, or null when the input has none. */
  header: SubmissionHeader | null;
  /** The notice document's `<TYPE>` (the submission type when there is no header). */
  noticeType: string | null;
  /** The notice as read. */
  notice: ReadDocument;
  /** The accountant's-letter exhibits, in the order given to `readNotice`. */
  exhibits: readonly ReadDocument[];
  /** The form tree with each part's reading, and the letter. */
  readings: NoticeReadings;
  /** Messages of the stages before the readers (renderers, envelope), in order. */
  messages: readonly Message[];
}

/** The submission header's values copied into the record (with their evidence). */
const HEADER_FIELDS = ["accessionNumber", "submissionType", "filedDate", "cik", "companyName", "sic", "stateOfIncorporation", "fiscalYearEnd", "fileNumber"] as const;

/** The evidence path of each header field, made once. */
const HEADER_PATHS = new Map(HEADER_FIELDS.map((f) => [f, `filing.${f}`]));

/** The record of a notice and its messages (the first 100 of each ruleId, also kept as its warnings). */
export interface Assembled {
  record: NtRecord;
  messages: Message[];
}

/**
 * Makes the record: the one writer of its fields. The header's values, each
 * part's reading in form order (cover, Part I–IV, signature, the letter),
 * then what is computed from several parts: the amendment (the cover's words
 * or the submission type), the reasons, the Part IV (3) coding and the
 * grace-period intent (from Part III, Part IV (3), the letter and Part II).
 */
export function assembleRecord(parts: RecordParts): Assembled {
  const record = emptyRecord(parts.source.path, parts.source.sha256, parts.source.format);
  const { header, notice, readings } = parts;
  if (header) {
    for (const f of HEADER_FIELDS) {
      record.filing[f] = header[f];
      const span = header.evidence[f];
      if (span && header[f] !== null) {
        const p = notice.index.point(span.start);
        record.evidence[HEADER_PATHS.get(f) ?? `filing.${f}`] = { line: p.line, column: p.column, text: parts.input.slice(span.start, span.end) };
      }
    }
  } else if (parts.noticeType) {
    record.filing.submissionType = parts.noticeType;
  }

  const fieldMessages: FieldMessage[] = [];
  const apply = <G extends object>(group: G, reading: Reading<G>, doc: ReadDocument): void => {
    Object.assign(group, reading.values);
    copyEvidence(record, reading.evidence, doc);
    fieldMessages.push(...reading.messages);
  };
  const cover = readingOf(readings.root, "cover");
  apply(record.form, cover, notice);
  record.form.amendment = record.form.amendment || (record.filing.submissionType?.trim().toUpperCase().endsWith("/A") ?? false);
  apply(record.registrant, readingOf(readings.root, "part1"), notice);
  apply(record.part2, readingOf(readings.root, "part2"), notice);
  const part3 = readingOf(readings.root, "part3");
  apply(record.part3, part3, notice);
  const part4 = readingOf(readings.root, "part4");
  apply(record.part4, part4, notice);
  apply(record.signature, readingOf(readings.root, "signature"), notice);

  const letter = readings.letter;
  const letterDoc = letter ? (letter.exhibit === null ? notice : parts.exhibits[letter.exhibit]) : undefined;
  if (letter && letterDoc) {
    record.auditorLetter = { firm: null, date: null, text: null, ...letter.reading.values };
    copyEvidence(record, letter.reading.evidence, letterDoc);
  }

  const reasons = readReasons({ narrative: part3.narrative, changeExplanation: part4.changeExplanation, auditorLetter: letterDoc ? (letter?.reading.body ?? null) : null }, record.part2.reliefClaimed);
  record.reasons = reasons.values.reasons;
  record.part4.changeDirection = reasons.values.changeDirection;
  record.part4.changeFigures = reasons.values.changeFigures;
  record.intent.withinGracePeriod = reasons.values.withinGracePeriod;
  const docOf: Record<ReasonField, ReadDocument> = { narrative: notice, changeExplanation: notice, auditorLetter: letterDoc ?? notice };
  const place = (e: PhraseEvidence): Evidence => {
    const point = pointIn(docOf[e.field], e.at);
    const placed: Evidence = { line: point.line, column: point.column, text: e.text };
    if (e.role) placed.role = e.role;
    return placed;
  };
  for (const [path, e] of reasons.evidence) record.evidence[path] = Array.isArray(e) ? e.map(place) : place(e);
  const relief = record.evidence["part2.reliefClaimed"];
  if (reasons.intentFromRelief && relief) record.evidence["intent.withinGracePeriod"] = relief;

  const cappedEvidence = reasons.capped.map(({ category, first }) =>
    messageAt(
      "reason-evidence-capped",
      `more than ${MAX_PHRASES_PER_CATEGORY} phrases give or mention reason ${category}: its evidence lists the first ${MAX_PHRASES_PER_CATEGORY}`,
      (offset: DerivedOffset) => pointIn(docOf[first.field], offset),
      first.at,
      "reasons",
    ),
  );
  const messages: Message[] = [...parts.messages, ...fieldMessages.map((m) => placeMessage(notice, readings.root, m)), ...cappedEvidence].map((m) => ({ ...m, path: m.path ?? null }));
  // A hostile body can repeat one warning without end (a symbol font: one per letter): keep a bounded record.
  const kept = capMessages(messages);
  record.warnings = kept.map((m): RecordWarning => ({ path: m.path ?? null, message: m.message, line: m.line, column: m.column, ruleId: m.ruleId }));
  return { record, messages: kept };
}

/** A reading's evidence into the record, placed in the input through its document. */
function copyEvidence(record: NtRecord, evidence: EvidenceMap, doc: ReadDocument): void {
  for (const [path, e] of evidence) record.evidence[path] = Array.isArray(e) ? e.map((x) => placeEvidence(doc, x)) : placeEvidence(doc, e);
}
