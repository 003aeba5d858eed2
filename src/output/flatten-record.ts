import { CAMEL_HUMP } from "./output-patterns.js";
import type { NtRecord } from "../record/types.js";

/**
 * CSV columns in SPEC.md order: the record's paths with `.` → `_` and
 * camelCase → snake_case; evidence and warnings replaced by `warning_count`.
 */
export const CSV_PATHS: readonly string[] = [
  "schemaVersion",
  "source.path",
  "source.sha256",
  "source.format",
  "filing.accessionNumber",
  "filing.submissionType",
  "filing.filedDate",
  "filing.cik",
  "filing.companyName",
  "filing.sic",
  "filing.stateOfIncorporation",
  "filing.fiscalYearEnd",
  "filing.fileNumber",
  "form.amendment",
  "form.reportTypes",
  "form.periodEnded",
  "form.transition",
  "form.transitionPeriodEnded",
  "form.itemsRelatedTo",
  "form.secFileNumber",
  "form.cusip",
  "registrant.name",
  "registrant.formerName",
  "registrant.address",
  "registrant.cityStateZip",
  "part2.reliefClaimed",
  "part3.narrative",
  "part4.contactName",
  "part4.contactPhone",
  "part4.otherReportsFiled",
  "part4.reportsNotFiled",
  "part4.significantChange",
  "part4.changeExplanation",
  "signature.registrantName",
  "signature.date",
  "signature.name",
  "signature.title",
  "auditorLetter.firm",
  "auditorLetter.date",
  "auditorLetter.text",
  "reasons",
  "part4.changeDirection",
  "part4.changeFigures",
  "intent.withinGracePeriod",
  "history.priorNotices",
  "history.firstTime",
];

/** `part4.contactPhone` → `part4_contact_phone`. */
export function columnName(path: string): string {
  return path.replaceAll(".", "_").replace(CAMEL_HUMP, "$1_$2").toLowerCase();
}

/** The CSV header row. */
export const CSV_COLUMNS: readonly string[] = [...CSV_PATHS.map(columnName), "warning_count"];

/** Reads a dotted path; a path through a null object gives null. */
export function getPath(record: unknown, path: string): unknown {
  let cur: unknown = record;
  for (const part of path.split(".")) {
    if (cur === null || cur === undefined) return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur === undefined ? null : cur;
}

/** One CSV row's cells (before spreadsheet protection), in {@link CSV_COLUMNS} order. */
export function flattenRecord(record: NtRecord): (string | null)[] {
  const cells = CSV_PATHS.map((path) => cell(getPath(record, path)));
  cells.push(String(record.warnings.length));
  return cells;
}

/** One cell: null stays null, lists are joined with "|", objects written as JSON. */
function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))).join("|");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
