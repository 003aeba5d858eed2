import { CAMEL_HUMP } from "./output-patterns.js";
import { RECORD_COLUMNS } from "../record/record-columns.js";
import type { NtRecord } from "../record/types.js";

/**
 * The record's paths in CSV order (from the record definition: SPEC.md
 * order, later additions at the end); evidence and warnings are replaced by
 * `warning_count`.
 */
export const CSV_PATHS: readonly string[] = RECORD_COLUMNS.map((c) => c.path);
/** The CSV column name of a record path: `part4.contactPhone` → `part4_contact_phone`. */
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
  const cells = RECORD_COLUMNS.map((column) => cell(getPath(record, column.path), column.type === "struct-list"));
  cells.push(String(record.warnings.length));
  return cells;
}

/**
 * One cell: null stays null, a list of values is joined with "|", a list of
 * objects (`part4.changeFigures`) is one JSON array (`[]` when empty), an
 * object is JSON.
 */
function cell(value: unknown, structList: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (structList) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map(String).join("|");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
