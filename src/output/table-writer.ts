import type { NtRecord } from "../record/types.js";

/** The typed file formats: a DuckDB database, a Parquet file, an Excel workbook. */
export type TableFormat = "duckdb" | "parquet" | "xlsx";

/**
 * Writes records, in order, into a typed file (a database, a Parquet file,
 * a workbook). Rows go out in batches as they come, so memory stays flat
 * however many records are written; the file is complete only after
 * {@link TableWriter.finish}.
 */
export interface TableWriter {
  /** Adds one record (the next notice, numbered from 1). */
  add(record: NtRecord): void;
  /** Lets queued rows reach the file; called between inputs. */
  drain(): Promise<void>;
  /** Completes and closes the file. */
  finish(): Promise<void>;
  /** Closes without completing (after an error); the file is left as it is. */
  abandon(): Promise<void>;
}

/** Opens the writer of `format` on `file` (an existing file is replaced). */
export async function openTableWriter(format: TableFormat, file: string): Promise<TableWriter> {
  switch (format) {
    case "duckdb":
    case "parquet": {
      const { openDuckDbWriter } = await import("./duckdb-writer.js");
      return openDuckDbWriter(file, format);
    }
    case "xlsx": {
      const { openXlsxWriter } = await import("./xlsx-writer.js");
      return openXlsxWriter(file);
    }
  }
}

/** The files besides `file` that writing `format` creates on the way (checked before a run, removed after). */
export function tableSideFiles(format: TableFormat, file: string): string[] {
  switch (format) {
    case "duckdb":
      return [...["notices", "evidence", "warnings", "reasons"].map((table) => stagePath(file, table)), `${file}.wal`, `${file}.tmp`];
    case "parquet":
      return [stagePath(file, "notices"), `${file}.tmp`];
    case "xlsx":
      return [];
  }
}

/** The scratch file of one table's rows, staged as JSON Lines by the DuckDB and Parquet writers. */
export function stagePath(file: string, table: string): string {
  return `${file}.${table}.tmp.jsonl`;
}
