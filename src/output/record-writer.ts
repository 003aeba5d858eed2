import { stringify } from "csv-stringify/sync";
import { EDGE_SPACE } from "./output-patterns.js";
import type { NtRecord } from "../record/types.js";
import { CSV_COLUMNS, flattenRecord } from "./flatten-record.js";
import { protectCell } from "./protect-cell.js";

/** Output formats of `extract`. */
export type OutputFormat = "json" | "jsonl" | "csv";

/** Writes records one at a time as text chunks; nothing is collected in memory. */
export interface RecordWriter {
  /** The chunk to write before the first record (CSV header, JSON `[`). */
  header(): string;
  /** The chunk for one record; `index` is its 0-based position in the output. */
  record(record: NtRecord, index: number): string;
  /** The chunk to write after the last record. */
  footer(count: number): string;
}

/** A writer for one output format. */
export function createRecordWriter(format: OutputFormat): RecordWriter {
  switch (format) {
    case "jsonl":
      return {
        header: () => "",
        record: (r) => JSON.stringify(r) + "\n",
        footer: () => "",
      };
    case "json":
      return {
        header: () => "[\n",
        record: (r, i) => (i > 0 ? ",\n" : "") + JSON.stringify(r, null, 2),
        footer: (n) => (n > 0 ? "\n]\n" : "]\n"),
      };
    case "csv":
      return {
        header: () => csvLine([...CSV_COLUMNS]),
        record: (r) => csvLine(flattenRecord(r).map((c) => (c === null ? "" : protectCell(c)))),
        footer: () => "",
      };
  }
}

/** One CSV line; cells that begin or end with white space are quoted so it survives. */
function csvLine(cells: string[]): string {
  return stringify([cells], { eof: true, record_delimiter: "unix", quoted_match: EDGE_SPACE });
}
