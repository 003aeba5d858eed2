import { stringify } from "csv-stringify/sync";
import { EDGE_SPACE } from "./output-patterns.js";
import type { NtRecord } from "../record/types.js";
import { CSV_COLUMNS, flattenRecord } from "./flatten-record.js";
import { protectCell } from "./protect-cell.js";

/** Text output formats of `extract`, written by a {@link RecordWriter}. */
export type TextFormat = "json" | "jsonl" | "csv";

/** Output formats of `extract`: the text formats and the typed files (DuckDB database, Parquet, Excel workbook). */
export type OutputFormat = TextFormat | "duckdb" | "parquet" | "xlsx";

/** The formats written as text, chunk by chunk, to a file or standard output. */
export function isTextFormat(format: OutputFormat): format is TextFormat {
  return format === "json" || format === "jsonl" || format === "csv";
}

/** Options of the CSV writer. */
export interface CsvOptions {
  /** Begin the file with a UTF-8 byte-order mark (for Excel on Windows opened by double-click). */
  bom: boolean;
  /**
   * Prefix `'` to a cell a spreadsheet would evaluate (starting with `=`,
   * `+`, `-`, `@`, tab or carriage return). On by default; off leaves every
   * value as extracted, for code that reads the CSV.
   */
  formulaGuard: boolean;
}

/** The CSV options when none are given: no byte-order mark, formulas guarded. */
export const DEFAULT_CSV_OPTIONS: CsvOptions = { bom: false, formulaGuard: true };

/** Writes records one at a time as text chunks; nothing is collected in memory. */
export interface RecordWriter {
  /** The chunk to write before the first record (CSV header, JSON `[`). */
  header(): string;
  /** The chunk for one record; `index` is its 0-based position in the output. */
  record(record: NtRecord, index: number): string;
  /** The chunk to write after the last record. */
  footer(count: number): string;
}

/** A writer for one text format; `csv` options apply to the CSV writer only. */
export function createRecordWriter(format: TextFormat, csv: CsvOptions = DEFAULT_CSV_OPTIONS): RecordWriter {
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
    case "csv": {
      const guard = csv.formulaGuard ? protectCell : (value: string) => value;
      return {
        header: () => (csv.bom ? "\uFEFF" : "") + csvLine([...CSV_COLUMNS]),
        record: (r) => csvLine(flattenRecord(r).map((c) => (c === null ? "" : guard(c)))),
        footer: () => "",
      };
    }
  }
}

/** One CSV line; cells that begin or end with white space are quoted so it survives. */
function csvLine(cells: string[]): string {
  return stringify([cells], { eof: true, record_delimiter: "unix", quoted_match: EDGE_SPACE });
}
