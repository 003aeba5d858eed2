import { Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { RECORD, type NtRecord } from "./types.js";

/** The record's fields after `schemaVersion` and `source`, which every record sets. */
const READ_FIELDS = Type.Omit(RECORD, ["schemaVersion", "source"]);

/** A record with every field at its "not given" value (the `default` of its definition: null, [], false for `form.amendment`). */
export function emptyRecord(path: string, sha256: string, format: "text" | "html"): NtRecord {
  return { schemaVersion: 1, source: { path, sha256, format }, ...Value.Create(READ_FIELDS) };
}

/** The outcome group's "not given" values, made once: `link` starts one per notice. */
const EMPTY_OUTCOME: NtRecord["outcome"] = Value.Create(RECORD.properties.outcome);

/** An outcome group with nothing known (every field null), as `link` starts from. */
export function emptyOutcome(): NtRecord["outcome"] {
  return { ...EMPTY_OUTCOME };
}
