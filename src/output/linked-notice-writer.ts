import { stringify } from "csv-stringify/sync";
import { LINKED_NOTICE_PATHS, type LinkedNotice } from "../link/linked-notice.js";
import { columnName, getPath } from "./flatten-record.js";
import { EDGE_SPACE } from "./output-patterns.js";
import { protectCell } from "./protect-cell.js";
import { DEFAULT_CSV_OPTIONS, type CsvOptions, type TextFormat } from "./record-writer.js";

/** Writes the lines of `link` without RECORDS (notices from the index data) as text chunks, one at a time. */
export interface LinkedNoticeWriter {
  header(): string;
  line(notice: LinkedNotice, index: number): string;
  footer(count: number): string;
}

/** The CSV header of `link` without RECORDS: the record's column names for its paths, then `warning_count`. */
export const LINKED_NOTICE_COLUMNS: readonly string[] = [...LINKED_NOTICE_PATHS.map(columnName), "warning_count"];

/** A writer of linked notices in one text format (JSON Lines, JSON, CSV as `extract` writes them). */
export function createLinkedNoticeWriter(format: TextFormat, csv: CsvOptions = DEFAULT_CSV_OPTIONS): LinkedNoticeWriter {
  switch (format) {
    case "jsonl":
      return { header: () => "", line: (n) => JSON.stringify(n) + "\n", footer: () => "" };
    case "json":
      return {
        header: () => "[\n",
        line: (n, i) => (i > 0 ? ",\n" : "") + JSON.stringify(n, null, 2),
        footer: (count) => (count > 0 ? "\n]\n" : "]\n"),
      };
    case "csv": {
      const guard = csv.formulaGuard ? protectCell : (value: string) => value;
      return {
        header: () => (csv.bom ? "\uFEFF" : "") + csvLine([...LINKED_NOTICE_COLUMNS]),
        line: (n) =>
          csvLine([
            ...LINKED_NOTICE_PATHS.map((path) => {
              const value = getPath(n, path);
              return value === null ? "" : guard(String(value));
            }),
            String(n.warnings.length),
          ]),
        footer: () => "",
      };
    }
  }
}

/** One CSV line, as the record writer writes it. */
function csvLine(cells: string[]): string {
  return stringify([cells], { eof: true, record_delimiter: "unix", quoted_match: EDGE_SPACE });
}
