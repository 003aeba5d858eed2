import { RECORD_TABLE } from "./record-table.js";
import type { NtRecord } from "./types.js";

/** A record with every field at its "not given" value (the `default` of its definition: null, [], false for `form.amendment`). */
export function emptyRecord(path: string, sha256: string, format: "text" | "html"): NtRecord {
  return RECORD_TABLE.emptyRecord(path, sha256, format);
}

/** An outcome group with nothing known (every field null), as `link` starts from. */
export function emptyOutcome(): NtRecord["outcome"] {
  return { ...RECORD_TABLE.outcome };
}
