import { RECORD_COLUMNS, type RecordColumn } from "../record/record-columns.js";
import type { Evidence, NtRecord, ReasonCategory } from "../record/types.js";
import { columnName, getPath } from "./flatten-record.js";
import { ISO_DATE_PARTS } from "./output-patterns.js";

/**
 * The rows the typed writers (DuckDB, Parquet, Excel) write: one `notices`
 * row per record, its columns those of the CSV (same names, same order) with
 * their types from `RECORD_COLUMNS`, and the long tables of evidence,
 * warnings and reason phrases, each row naming its notice by its 1-based
 * place in the output.
 */

/** One column of the `notices` table. */
export interface NoticeColumn {
  /** The CSV column name (`part4_contact_phone`). */
  name: string;
  /** The record field it holds. */
  column: RecordColumn;
}

/** The record's columns under their CSV names, in CSV order. */
export const NOTICE_COLUMNS: readonly NoticeColumn[] = RECORD_COLUMNS.map((column) => ({ name: columnName(column.path), column }));

/** A calendar date as the typed writers hold it; `partial` when the form gave only year and month (the day is then 1). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  partial: boolean;
}

/**
 * An ISO date of the record (`YYYY-MM-DD`, or `YYYY-MM`) as a calendar date;
 * null when it names no real day (never the case for the readers' dates).
 */
export function calendarDate(iso: string): CalendarDate | null {
  const parts = ISO_DATE_PARTS.exec(iso)?.groups;
  if (!parts) return null;
  const year = Number(parts["year"]);
  const month = Number(parts["month"]);
  const partial = parts["day"] === undefined;
  const day = partial ? 1 : Number(parts["day"]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day, partial };
}

/** The value of one `notices` column in a record (null through a null group such as `auditorLetter`). */
export function noticeValue(record: NtRecord, column: NoticeColumn): unknown {
  return getPath(record, column.column.path);
}

/** The record paths of its `YYYY-MM` dates (stored as the month's first day, named in `partial_dates`). */
export function partialDates(record: NtRecord): string[] {
  return NOTICE_COLUMNS.filter(({ column }) => {
    if (column.type !== "date") return false;
    const value = getPath(record, column.path);
    return typeof value === "string" && calendarDate(value)?.partial === true;
  }).map(({ column }) => column.path);
}

/** One row of the `evidence` table: where a value was found. */
export interface EvidenceRow {
  path: string;
  line: number;
  column: number;
  text: string;
  /** The role of a reason phrase (`reasons.<category>` only), else null. */
  role: string | null;
}

/** Every piece of evidence of a record, in the record's order (a list's items one row each). */
export function evidenceRows(record: NtRecord): EvidenceRow[] {
  return Object.entries(record.evidence).flatMap(([path, found]) =>
    (Array.isArray(found) ? found : [found]).map((e) => ({ path, line: e.line, column: e.column, text: e.text, role: e.role ?? null })),
  );
}

/** One row of the `reasons` table: a category and a phrase that gave it (null when none is recorded). */
export interface ReasonRow {
  category: ReasonCategory;
  phrase: string | null;
}

/**
 * The record's reason categories with their phrases: each category of
 * `reasons` once per phrase stated as a cause, or once with a null phrase.
 */
export function reasonRows(record: NtRecord): ReasonRow[] {
  return record.reasons.flatMap((category): ReasonRow[] => {
    const found = record.evidence[`reasons.${category}`];
    const causes = (found === undefined ? [] : Array.isArray(found) ? found : [found]).filter(isCause);
    return causes.length === 0 ? [{ category, phrase: null }] : causes.map((e) => ({ category, phrase: e.text }));
  });
}

/** Evidence of a reason that states it as a cause (or carries no role). */
function isCause(evidence: Evidence): boolean {
  return evidence.role === undefined || evidence.role === "cause";
}
