import { deriveRecordTable } from "./derive-record-table.js";
import type { RecordColumn } from "./record-columns.js";
import type { NtRecord } from "./types.js";

/** What run time needs of the record definition (see {@link deriveRecordTable}). */
export interface RecordTable {
  /** Every field after `schemaVersion` and `source` at its "not given" value. */
  readFields: Omit<NtRecord, "schemaVersion" | "source">;
  /**
   * A new record of `source` with every other field at its "not given"
   * value, each array and object its own. In the build it is one object
   * literal (scripts/build/record-table.mjs), which costs far less per
   * notice than copying {@link RecordTable.readFields}.
   */
  emptyRecord(path: string, sha256: string, format: "text" | "html"): NtRecord;
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
 * time. Read only: `empty-record.ts` makes each empty record through it.
 */
export const RECORD_TABLE: RecordTable = deriveRecordTable();
