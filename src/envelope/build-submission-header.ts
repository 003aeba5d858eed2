import { ACCESSION_NUMBER, CIK_VALUE, FILE_NUMBER_VALUE, FISCAL_YEAR_END_VALUE, HEADER_DATE, SIC_EMPTY, SIC_VALUE, STATE_VALUE } from "./envelope-patterns.js";
import { inputOffset, type InputOffset } from "../core/input-offset.js";
import type { Span } from "../core/span.js";
import type { EnvelopeWarn, SubmissionHeader } from "./envelope-types.js";
import { normalizeType } from "./peek-submission-type.js";
import type { HeaderEntry } from "./read-header-entries.js";

/** A value read from an entry: the value and the span it came from, or unreadable. */
type Read = { value: string; span: Span<InputOffset> } | null;

/** Header fields of the submission as a whole (outside the company sections). */
const SUBMISSION_KEYS = {
  accessionNumber: ["ACCESSION NUMBER"],
  submissionType: ["CONFORMED SUBMISSION TYPE", "TYPE"],
  filedDate: ["FILED AS OF DATE", "FILING DATE"],
  period: ["CONFORMED PERIOD OF REPORT", "PERIOD"],
} as const;

/** Header fields of the filer (text header key, `.nc` tag name). */
const FILER_KEYS = {
  companyName: ["COMPANY CONFORMED NAME", "CONFORMED NAME"],
  cik: ["CENTRAL INDEX KEY", "CIK"],
  sic: ["STANDARD INDUSTRIAL CLASSIFICATION", "ASSIGNED SIC"],
  stateOfIncorporation: ["STATE OF INCORPORATION"],
  fiscalYearEnd: ["FISCAL YEAR END"],
  fileNumber: ["SEC FILE NUMBER", "FILE NUMBER"],
} as const;

type FieldName = keyof typeof SUBMISSION_KEYS | keyof typeof FILER_KEYS;

/**
 * Turns header entries into a {@link SubmissionHeader}: picks each field's
 * entry, checks its shape, normalizes it (dates to ISO, CIK to 10 digits)
 * and records where it came from. A value in a shape that cannot be read is
 * null with an `envelope-header-unreadable` warning; an absent or empty one
 * is null without a warning.
 *
 * Submission fields come from outside the company sections when present
 * there. Filer fields all come from one section: the first FILER block (a
 * filing may list co-registrants in further FILER blocks); when the header
 * has no FILER section (a Form 4: REPORTING-OWNER then ISSUER,
 * fixtures/envelope/real/0001127602-25-001055.txt), the first section;
 * with no section at all, the first entry of each key.
 */
export function buildSubmissionHeader(
  entries: readonly HeaderEntry[],
  warn: EnvelopeWarn,
): SubmissionHeader {
  const header: SubmissionHeader = {
    accessionNumber: null,
    submissionType: null,
    filedDate: null,
    cik: null,
    companyName: null,
    sic: null,
    stateOfIncorporation: null,
    fiscalYearEnd: null,
    fileNumber: null,
    period: null,
    evidence: {},
  };
  // The filer's section: the first FILER block, else the first section of any name.
  const filerSection =
    entries.find((e) => e.section === "FILER")?.sectionIndex ?? entries.find((e) => e.section !== null)?.sectionIndex ?? null;

  const pick = (keys: readonly string[], scope: "submission" | "filer"): HeaderEntry | null => {
    const candidates = entries.filter((e) => keys.includes(e.key));
    if (scope === "submission") {
      // `TYPE` is the submission type only outside any section (.nc header).
      return candidates.find((e) => e.section === null) ?? candidates.find((e) => e.key !== "TYPE") ?? null;
    }
    if (filerSection !== null) return candidates.find((e) => e.sectionIndex === filerSection) ?? null;
    return candidates[0] ?? null;
  };

  const set = (field: FieldName, entry: HeaderEntry | null, read: (e: HeaderEntry) => Read | "empty"): void => {
    if (!entry) return;
    const got = read(entry);
    if (got === "empty") return;
    if (got === null) {
      warn("envelope-header-unreadable", `header value for ${field} cannot be read: ${JSON.stringify(entry.value.slice(0, 80))}`, entry.valueStart);
      return;
    }
    header[field] = got.value;
    header.evidence[field] = got.span;
  };

  set("accessionNumber", pick(SUBMISSION_KEYS.accessionNumber, "submission"), (e) =>
    whole(e, ACCESSION_NUMBER.test(e.value) ? e.value : null),
  );
  set("submissionType", pick(SUBMISSION_KEYS.submissionType, "submission"), (e) => whole(e, normalizeType(e.value)));
  set("filedDate", pick(SUBMISSION_KEYS.filedDate, "submission"), readDate);
  set("period", pick(SUBMISSION_KEYS.period, "submission"), readDate);
  set("companyName", pick(FILER_KEYS.companyName, "filer"), (e) => whole(e, collapse(e.value)));
  set("cik", pick(FILER_KEYS.cik, "filer"), (e) => whole(e, CIK_VALUE.test(e.value) ? e.value.padStart(10, "0") : null));
  set("sic", pick(FILER_KEYS.sic, "filer"), readSic);
  // SPEC.md: header values as written ("DE", and also "DELAWARE" in some 1990s headers).
  set("stateOfIncorporation", pick(FILER_KEYS.stateOfIncorporation, "filer"), (e) =>
    whole(e, STATE_VALUE.test(e.value) ? e.value : collapse(e.value) || null),
  );
  set("fiscalYearEnd", pick(FILER_KEYS.fiscalYearEnd, "filer"), readFiscalYearEnd);
  set("fileNumber", pick(FILER_KEYS.fileNumber, "filer"), (e) =>
    whole(e, FILE_NUMBER_VALUE.test(e.value) ? e.value : collapse(e.value) || null),
  );
  return header;
}

/** The whole trimmed value as evidence, or unreadable when `value` is null. */
function whole(e: HeaderEntry, value: string | null): Read {
  return value === null ? null : { value, span: { start: inputOffset(e.valueStart), end: inputOffset(e.valueStart + e.value.length) } };
}

/** Collapses inner blanks to one space. */
function collapse(value: string): string {
  return value.replaceAll("\t", " ").split(" ").filter((p) => p.length > 0).join(" ");
}

/** `19951228` → `1995-12-28`; a date that does not exist is unreadable. */
function readDate(e: HeaderEntry): Read {
  const m = HEADER_DATE.exec(e.value);
  const y = m?.groups?.["year"];
  const mo = m?.groups?.["month"];
  const d = m?.groups?.["day"];
  if (!y || !mo || !d || !validDay(Number(y), Number(mo), Number(d))) return null;
  return whole(e, `${y}-${mo}-${d}`);
}

/** `1031` → `1031`; a month or day out of range is unreadable. */
function readFiscalYearEnd(e: HeaderEntry): Read {
  const m = FISCAL_YEAR_END_VALUE.exec(e.value);
  const mo = m?.groups?.["month"];
  const d = m?.groups?.["day"];
  // Leap year: a fiscal year may end on February 29.
  if (!mo || !d || !validDay(2000, Number(mo), Number(d))) return null;
  return whole(e, e.value);
}

/**
 * The SIC code: `AIRCRAFT & PARTS [3720]` → `3720`, evidence on the digits;
 * `[]` (no code assigned, fixtures/envelope/real/0000950129-95-001652.txt) is empty.
 */
function readSic(e: HeaderEntry): Read | "empty" {
  if (SIC_EMPTY.test(e.value)) return "empty";
  const m = SIC_VALUE.exec(e.value);
  const at = m?.indices?.groups?.["bracketed"] ?? m?.indices?.groups?.["bare"];
  if (!m || !at) return null;
  return {
    value: e.value.slice(at[0], at[1]),
    span: { start: inputOffset(e.valueStart + at[0]), end: inputOffset(e.valueStart + at[1]) },
  };
}

/** Whether year-month-day is a real calendar day. */
function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
