import { deriveRecordTable } from "./derive-record-table.js";
import type { RecordColumn } from "./record-columns.js";
import type { NtRecord } from "./types.js";

/** What run time needs of the record definition (see {@link deriveRecordTable}). */
export interface RecordTable {
  /** Every field after `schemaVersion` and `source` at its "not given" value. */
  readFields: Omit<NtRecord, "schemaVersion" | "source">;
  /** The outcome group's "not given" values. */
  outcome: NtRecord["outcome"];
  /** The record's fields as columns, in CSV order. */
  columns: RecordColumn[];
}

/**
 * The record definition's run-time values: its empty values and its
 * columns. Derived here through TypeBox in the sources; `npm run build`
 * writes them as plain data over this module in `dist/`
 * (scripts/build/record-table.mjs), so that TypeBox is not loaded at run
 * time. Read only: `empty-record.ts` copies the empty values.
 */
export const RECORD_TABLE: RecordTable = deriveRecordTable();
