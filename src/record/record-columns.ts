import { RECORD_TABLE } from "./record-table.js";

/** What a column holds, for writers that type their columns (DuckDB, Parquet, spreadsheets). */
export type ColumnType = "string" | "date" | "boolean" | "integer" | "number" | "list" | "struct-list";

/** One field of the record as a column of a flat table. */
export interface RecordColumn {
  /** Dotted path in the record (`part4.contactPhone`). */
  path: string;
  /** What the column holds. */
  type: ColumnType;
  /** Whether the value may be null (a struct list or a list is never null, only empty). */
  nullable: boolean;
  /** The values a string (or a list's items) may take, when the definition fixes them. */
  values: readonly string[] | null;
  /** A struct list's fields (`part4.changeFigures`: metric, period, amount), else empty. */
  fields: readonly RecordColumn[];
  /** CSV column group (see `CSV_GROUP` in `types.ts`). */
  group: number;
}

/**
 * The record's fields as columns, in CSV order: record order within each
 * CSV group, group 0 first. Evidence and warnings are not columns.
 */
export const RECORD_COLUMNS: readonly RecordColumn[] = RECORD_TABLE.columns;
